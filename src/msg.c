/* msg.c — the message catalogue and its one reporter. */
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "fatal.h"
#include "msg.h"
#include "xmalloc.h"

static const char *const msg_text[MSG_MAX] = {
	"invalid UTF-8 replaced by U+FFFD",
	"hidden characters (bidirectional controls or zero-width)",
	"no numbered proposals found",
	"no quotations of three words or more",
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
	"cannot start the reader",
	"not UTF-8",
	"cannot convert",
};

static enum msg_level	 worst = MSG_OK;
static int		 quiet;
/* While the reader holds the terminal, messages wait here (msg_hold). */
static int		 held;
static char		**msg_kept;
static size_t		 msg_nkept;
/* Reports may be checked on several threads (batch.c). */
static pthread_mutex_t	 msg_lock = PTHREAD_MUTEX_INITIALIZER;

static enum msg_level
msg_level_of(enum msg_code code)
{
	return code < MSG_ERRORS ? MSG_WARNING : MSG_ERROR;
}

/* snprintf(3) at buf + *at, counting on past sz as snprintf does. */
static void
msg_put(char *buf, size_t sz, size_t *at, const char *fmt, ...)
{
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vsnprintf(*at < sz ? buf + *at : NULL, *at < sz ? sz - *at : 0,
	    fmt, ap);
	va_end(ap);
	if (n < 0)
		fatal("msg_put: bad format");
	*at += (size_t)n;
}

int
msg_vformat(char *buf, size_t sz, enum msg_code code, const char *file,
    size_t line, size_t col, bool level, const char *detail, va_list ap)
{
	size_t	at = 0;
	int	n;

	if ((unsigned)code >= MSG_MAX || msg_text[code] == NULL)
		fatal("msg_vformat: code %d", (int)code);
	if (sz > 0)
		buf[0] = '\0';
	if (file != NULL) {
		msg_put(buf, sz, &at, "%s", file);
		if (line > 0)
			msg_put(buf, sz, &at, ":%zu", line);
		if (line > 0 && col > 0)
			msg_put(buf, sz, &at, ":%zu", col);
		msg_put(buf, sz, &at, ": ");
	}
	if (level)
		msg_put(buf, sz, &at, "%s: ", msg_level_of(code) ==
		    MSG_WARNING ? "warning" : "error");
	msg_put(buf, sz, &at, "%s", msg_text[code]);
	if (detail != NULL) {
		msg_put(buf, sz, &at, ": ");
		n = vsnprintf(at < sz ? buf + at : NULL, at < sz ? sz - at : 0,
		    detail, ap);
		if (n < 0)
			fatal("msg_vformat: bad format");
		at += (size_t)n;
	}
	if (at > INT_MAX)
		fatal("msg_vformat: message too long");
	return (int)at;
}

int
msg_format(char *buf, size_t sz, enum msg_code code, const char *file,
    size_t line, size_t col, bool level, const char *detail, ...)
{
	va_list	ap;
	int	n;

	va_start(ap, detail);
	n = msg_vformat(buf, sz, code, file, line, col, level, detail, ap);
	va_end(ap);
	return n;
}

void
qc_msg(enum msg_code code, const char *file, size_t line, size_t col,
    const char *detail, ...)
{
	enum msg_level	 level = msg_level_of(code);
	va_list		 ap;
	char		*shown = NULL, *s;
	int		 n;

	pthread_mutex_lock(&msg_lock);
	if (level > worst)
		worst = level;
	pthread_mutex_unlock(&msg_lock);
	if (level == MSG_WARNING && quiet)
		return;
	if (!held)
		fatal_cleanup();
	/* A file name can hold escape sequences too. */
	if (file != NULL)
		shown = display_string(file, strlen(file), false);
	va_start(ap, detail);
	n = msg_vformat(NULL, 0, code, shown, line, col, true, detail, ap);
	va_end(ap);
	s = xmalloc((size_t)n + 1);
	va_start(ap, detail);
	msg_vformat(s, (size_t)n + 1, code, shown, line, col, true, detail, ap);
	va_end(ap);
	/* One whole line at a time, whatever the threads. */
	pthread_mutex_lock(&msg_lock);
	if (held) {
		msg_kept = xreallocarray(msg_kept, msg_nkept + 1,
		    sizeof(*msg_kept));
		msg_kept[msg_nkept++] = s;
		s = NULL;
	} else
		fprintf(stderr, "quotecheck: %s\n", s);
	pthread_mutex_unlock(&msg_lock);
	free(s);
	free(shown);
}

void
msg_hold(int on)
{
	size_t	 i;

	pthread_mutex_lock(&msg_lock);
	held = on;
	for (i = 0; !on && i < msg_nkept; i++) {
		fprintf(stderr, "quotecheck: %s\n", msg_kept[i]);
		free(msg_kept[i]);
	}
	if (!on) {
		free(msg_kept);
		msg_kept = NULL;
		msg_nkept = 0;
	}
	pthread_mutex_unlock(&msg_lock);
}

size_t
msg_held(void)
{
	return msg_nkept;
}

const char *
msg_held_text(size_t i)
{
	return i < msg_nkept ? msg_kept[i] : NULL;
}

enum msg_level
msg_worst(void)
{
	enum msg_level	 w;

	pthread_mutex_lock(&msg_lock);
	w = worst;
	pthread_mutex_unlock(&msg_lock);
	return w;
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
