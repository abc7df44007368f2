/*
 * msg.h — the one error idiom.  Code below main.c never exits on bad
 * input: it reports with qc_msg() and returns failure; main.c turns the
 * worst level seen into the exit status.  fatal() is for out of memory
 * and broken invariants only.
 */
#ifndef QC_MSG_H
#define QC_MSG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "fatal.h"

enum msg_level { MSG_OK, MSG_WARNING, MSG_ERROR };

/* The catalogue.  Codes before MSG_ERRORS are warnings. */
enum msg_code {
	MSG_INVALID_UTF8,	/* invalid UTF-8 replaced by U+FFFD */
	MSG_HIDDEN_CHARS,	/* bidi controls or zero-width characters */
	MSG_NO_PROPOSALS,	/* statement has no numbered proposals */
	MSG_NO_QUOTES,		/* report quotes nothing */
	MSG_WAITING,		/* a pipe has not written yet (a note) */
	MSG_ERRORS,		/* marker: the rest are errors */
	MSG_NO_FILE,		/* cannot open (detail: strerror) */
	MSG_READ,		/* read error (detail: strerror) */
	MSG_IS_DIR,		/* is a directory */
	MSG_NOT_REGULAR,	/* not a regular file and not readable */
	MSG_EMPTY,		/* empty file */
	MSG_BLANK,		/* white space only */
	MSG_BINARY,		/* binary (detail: why) */
	MSG_UTF16,		/* UTF-16/32 text (detail: which) */
	MSG_TOO_LARGE,		/* over the size cap */
	MSG_USAGE,		/* command line (file may be NULL) */
	MSG_NO_PROPOSAL,	/* -p names a proposal that does not exist */
	MSG_NO_QUOTE,		/* -q names a quotation that does not exist */
	MSG_NO_READER,		/* the reader cannot start (detail: why) */
	MSG_LEGACY,		/* a legacy encoding (detail: which, option) */
	MSG_CONVERT,		/* --encoding could not convert the file */
	MSG_MAX
};

/*
 * Print "quotecheck: FILE:LINE:COL: LEVEL: MESSAGE[: DETAIL]" on stderr
 * (FILE, LINE and COL left out when NULL or 0) and remember the level.
 * detail is a printf format and may be NULL.
 */
void		 qc_msg(enum msg_code, const char *file, size_t line,
		    size_t col, const char *detail, ...)
		    __attribute__((format(printf, 5, 6)));
enum msg_level	 msg_worst(void);
void		 msg_reset(void);
/* Silence warnings (errors are always printed). */
void		 msg_quiet_warnings(int);
/*
 * Hold messages (on) while the reader has the terminal: each is kept,
 * not printed, until msg_hold(0) prints them all in order.
 */
void		 msg_hold(int);
/* Messages held so far; the i-th, "FILE:LINE:COL: LEVEL: MESSAGE". */
size_t		 msg_held(void);
const char	*msg_held_text(size_t);
/*
 * The message as qc_msg() words it, without "quotecheck: " and without
 * the level when level is false: "FILE:LINE:COL: MESSAGE[: DETAIL]",
 * into buf of sz bytes; returns the length it needs, as snprintf(3).
 * FILE is copied as given (qc_msg() makes it safe to show).
 */
int		 msg_format(char *buf, size_t sz, enum msg_code,
		    const char *file, size_t line, size_t col, bool level,
		    const char *detail, ...)
		    __attribute__((format(printf, 8, 9)));
int		 msg_vformat(char *buf, size_t sz, enum msg_code,
		    const char *file, size_t line, size_t col, bool level,
		    const char *detail, va_list)
		    __attribute__((format(printf, 8, 0)));

#endif
