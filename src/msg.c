/* msg.c — the message catalogue and its one reporter. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "msg.h"

static const char *const msg_text[MSG_MAX] = {
	"invalid UTF-8 replaced by U+FFFD",
	"hidden characters (bidirectional controls or zero-width)",
	"no numbered proposals found",
	"no quotations found",
	"waiting for input",
	NULL,
	"cannot open",
	"read error",
	"is a directory",
	"not a regular file",
	"empty file",
	"contains only white space",
	"binary file",
	"not UTF-8",
	"file too large",
	"usage",
	"no such proposal",
	"no such quotation",
	"not UTF-8",
	"cannot convert",
};

static enum msg_level	 worst = MSG_OK;
static int		 quiet;
static void		(*cleanup)(void);

static enum msg_level
msg_level_of(enum msg_code code)
{
	return code < MSG_ERRORS ? MSG_WARNING : MSG_ERROR;
}

void
qc_msg(enum msg_code code, const char *file, size_t line, size_t col,
    const char *detail, ...)
{
	enum msg_level	 level = msg_level_of(code);
	va_list		 ap;
	char		*shown;

	if (level > worst)
		worst = level;
	if (level == MSG_WARNING && quiet)
		return;
	if (cleanup != NULL)
		cleanup();
	fputs("quotecheck: ", stderr);
	if (file != NULL) {
		/* A file name can hold escape sequences too. */
		shown = display_string(file, strlen(file), false);
		fputs(shown, stderr);
		free(shown);
		if (line > 0)
			fprintf(stderr, ":%zu", line);
		if (line > 0 && col > 0)
			fprintf(stderr, ":%zu", col);
		fputs(": ", stderr);
	}
	fprintf(stderr, "%s: %s", level == MSG_WARNING ? "warning" : "error",
	    msg_text[code]);
	if (detail != NULL) {
		fputs(": ", stderr);
		va_start(ap, detail);
		vfprintf(stderr, detail, ap);
		va_end(ap);
	}
	fputc('\n', stderr);
}

enum msg_level
msg_worst(void)
{
	return worst;
}

void
msg_reset(void)
{
	worst = MSG_OK;
}

void
msg_quiet_warnings(int on)
{
	quiet = on;
}

void
msg_set_cleanup(void (*fn)(void))
{
	cleanup = fn;
}

void
fatal(const char *fmt, ...)
{
	va_list	ap;

	if (cleanup != NULL)
		cleanup();
	fputs("quotecheck: fatal: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}
