/*
 * fatal.h — the end of the program on out of memory or a broken
 * invariant, and the clean-up hook (leave curses) that runs before the
 * program speaks on stderr.  Depends on nothing but libc, so that every
 * module, the allocator and the reporter included, can use it.
 */
#ifndef QC_FATAL_H
#define QC_FATAL_H

/* Print "quotecheck: fatal: MESSAGE" after the hook and exit with 2. */
void	 fatal(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
/* Called before any message is printed, e.g. to leave curses. */
void	 fatal_set_cleanup(void (*)(void));
/* Run the hook, if one is set. */
void	 fatal_cleanup(void);

#endif
