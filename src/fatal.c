/* fatal.c — fatal() and the clean-up hook it shares with msg.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "fatal.h"

static void	(*fatal_hook)(void);

void
fatal_set_cleanup(void (*fn)(void))
{
	fatal_hook = fn;
}

void
fatal_cleanup(void)
{
	if (fatal_hook != NULL)
		fatal_hook();
}

void
fatal(const char *fmt, ...)
{
	va_list	ap;

	fatal_cleanup();
	fputs("quotecheck: fatal: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}
