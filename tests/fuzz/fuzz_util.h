/*
 * fuzz_util.h — shared by the fuzz harnesses (fuzz_*.c): how an input
 * becomes a statement and a report, the terminal-safety property of
 * output text, a strict JSON checker, and the failure path.  Static
 * functions only: each harness is one translation unit.
 */
#ifndef QC_FUZZ_UTIL_H
#define QC_FUZZ_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>

#include "msg.h"

/* The byte between the statement and the report (ASCII RS). */
#define FUZZ_SEP	0x1e

/* Where failures are told: the real stderr, kept before it is muted. */
static FILE	*fuzz_err;

static inline void fuzz_fail(const char *, ...)
    __attribute__((format(printf, 1, 2), noreturn));

static inline void
fuzz_fail(const char *fmt, ...)
{
	va_list	ap;

	fputs("fuzz property violated: ", fuzz_err ? fuzz_err : stderr);
	va_start(ap, fmt);
	vfprintf(fuzz_err ? fuzz_err : stderr, fmt, ap);
	va_end(ap);
	fputc('\n', fuzz_err ? fuzz_err : stderr);
	fflush(fuzz_err ? fuzz_err : stderr);
	abort();
}

/*
 * Mute quotecheck's own messages (one per bad input would swamp the
 * fuzzer's log) unless QC_FUZZ_VERBOSE is set.  Sanitizer and libFuzzer
 * reports do not go through stdio's stderr and still show.
 */
static inline void
fuzz_quiet(void)
{
	FILE	*null;

	fuzz_err = stderr;
	if (getenv("QC_FUZZ_VERBOSE") != NULL)
		return;
	msg_quiet_warnings(1);
	if ((null = fopen("/dev/null", "w")) != NULL) {
		fuzz_err = fdopen(dup(fileno(stderr)), "w");
		if (fuzz_err == NULL)
			fuzz_err = stderr;
		stderr = null;
	}
}

/* Split data at the first FUZZ_SEP; without one, both are all of it. */
static inline void
fuzz_split(const uint8_t *data, size_t size, const char **s, size_t *sl,
    const char **r, size_t *rl)
{
	const uint8_t	*sep = memchr(data, FUZZ_SEP, size);

	*s = (const char *)data;
	*r = (const char *)data;
	*sl = *rl = size;
	if (sep != NULL) {
		*sl = sep - data;
		*r = (const char *)sep + 1;
		*rl = size - *sl - 1;
	}
}

/*
 * Why code point uc may not be written to a terminal, or NULL.  lf:
 * a line feed is allowed.  ascii: nothing above U+007E is allowed.
 */
static inline const char *
fuzz_unsafe_cp(ucs4_t uc, bool lf, bool ascii)
{
	if (uc == '\n' && lf)
		return NULL;
	if (uc < 0x20)
		return "C0 control";
	if (uc == 0x7f)
		return "DEL";
	if (ascii && uc > 0x7e)
		return "non-ASCII in ASCII mode";
	if (uc >= 0x80 && uc <= 0x9f)
		return "C1 control";
	if (uc_is_property_bidi_control(uc))
		return "bidi control";
	if (uc >= 0xe0000 && uc <= 0xe007f)
		return "tag character";
	if (uc_is_general_category(uc, UC_CATEGORY_Cf))
		return "format character (Cf)";
	if (uc_is_general_category(uc, UC_CATEGORY_Zl) ||
	    uc_is_general_category(uc, UC_CATEGORY_Zp))
		return "line or paragraph separator";
	if (uc_is_general_category(uc, UC_CATEGORY_Cs))
		return "surrogate";
	return NULL;
}

/*
 * Whether the ZWJ at p joins two pictographs (an emoji ZWJ sequence such
 * as a family): display.c keeps those whole (checklist B12), the one
 * format character allowed.  Before it: a pictograph and any Extend.
 */
static inline bool
fuzz_emoji_zwj(const uint8_t *start, const uint8_t *p, const uint8_t *end)
{
	const uint8_t	*q = p;
	ucs4_t		 uc;

	if (p + 3 >= end || u8_mbtoucr(&uc, p + 3, end - p - 3) <= 0 ||
	    !uc_is_property_extended_pictographic(uc))
		return false;
	while ((q = u8_prev(&uc, q, start)) != NULL) {
		if (uc_is_property_extended_pictographic(uc))
			return true;
		if (uc_graphemeclusterbreak_property(uc) != GBP_EXTEND)
			return false;
	}
	return false;
}

/* Abort unless s[0..n) is valid UTF-8 that is safe on a terminal. */
static inline void
fuzz_check_safe(const char *what, const char *s, size_t n, bool lf,
    bool ascii)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n, *bad;
	const char	*why;
	ucs4_t		 uc;
	int		 k;

	if ((bad = u8_check(p, n)) != NULL)
		fuzz_fail("%s: invalid UTF-8 at byte %zu of %zu", what,
		    (size_t)(bad - p), n);
	while (p < end) {
		k = u8_mbtouc(&uc, p, end - p);
		if (uc == 0x200D && fuzz_emoji_zwj((const uint8_t *)s, p, end)) {
			p += k;
			continue;
		}
		if ((why = fuzz_unsafe_cp(uc, lf, ascii)) != NULL)
			fuzz_fail("%s: U+%04X (%s) at byte %zu of %zu", what,
			    (unsigned)uc, why, (size_t)(p - (const uint8_t *)s),
			    n);
		p += k;
	}
}

/* A strict RFC 8259 checker: 0 if s[0..n) is one JSON value. */
struct fuzz_json {
	const char	*p, *end;
	int		 depth;
};

static inline void	fuzz_json_value(struct fuzz_json *);

static inline void
fuzz_json_ws(struct fuzz_json *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\n' ||
	    *j->p == '\t' || *j->p == '\r'))
		j->p++;
}

static inline void
fuzz_json_expect(struct fuzz_json *j, char c)
{
	fuzz_json_ws(j);
	if (j->p >= j->end || *j->p != c)
		fuzz_fail("JSON: '%c' expected at byte %zu", c,
		    (size_t)(j->end - j->p));
	j->p++;
}

static inline void
fuzz_json_string(struct fuzz_json *j)
{
	fuzz_json_expect(j, '"');
	while (j->p < j->end && *j->p != '"') {
		if ((unsigned char)*j->p < 0x20)
			fuzz_fail("JSON: raw control 0x%02x in a string",
			    (unsigned char)*j->p);
		if (*j->p++ != '\\')
			continue;
		if (j->p >= j->end)
			break;
		if (strchr("\"\\/bfnrt", *j->p) != NULL && *j->p != '\0') {
			j->p++;
			continue;
		}
		if (*j->p != 'u' || j->end - j->p < 5 ||
		    strspn(j->p + 1, "0123456789abcdefABCDEF") < 4)
			fuzz_fail("JSON: bad escape");
		j->p += 5;
	}
	fuzz_json_expect(j, '"');
}

static inline void
fuzz_json_number(struct fuzz_json *j)
{
	const char	*start = j->p;

	if (j->p < j->end && *j->p == '-')
		j->p++;
	while (j->p < j->end && strchr("0123456789.eE+-", *j->p) != NULL &&
	    *j->p != '\0')
		j->p++;
	if (j->p == start || (j->p - start == 1 && *start == '-'))
		fuzz_fail("JSON: value expected");
}

static inline void
fuzz_json_compound(struct fuzz_json *j, char open, char close)
{
	fuzz_json_expect(j, open);
	if (++j->depth > 64)
		fuzz_fail("JSON: nested too deep");
	fuzz_json_ws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		j->depth--;
		return;
	}
	for (;;) {
		if (open == '{') {
			fuzz_json_string(j);
			fuzz_json_expect(j, ':');
		}
		fuzz_json_value(j);
		fuzz_json_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		fuzz_json_expect(j, close);
		break;
	}
	j->depth--;
}

static inline void
fuzz_json_value(struct fuzz_json *j)
{
	fuzz_json_ws(j);
	if (j->p >= j->end)
		fuzz_fail("JSON: value expected at the end");
	switch (*j->p) {
	case '{':
		fuzz_json_compound(j, '{', '}');
		return;
	case '[':
		fuzz_json_compound(j, '[', ']');
		return;
	case '"':
		fuzz_json_string(j);
		return;
	}
	if (j->end - j->p >= 4 && memcmp(j->p, "null", 4) == 0)
		j->p += 4;
	else if (j->end - j->p >= 4 && memcmp(j->p, "true", 4) == 0)
		j->p += 4;
	else if (j->end - j->p >= 5 && memcmp(j->p, "false", 5) == 0)
		j->p += 5;
	else
		fuzz_json_number(j);
}

static inline void
fuzz_check_json(const char *s, size_t n)
{
	struct fuzz_json	j = { s, s + n, 0 };

	fuzz_json_value(&j);
	fuzz_json_ws(&j);
	if (j.p != j.end)
		fuzz_fail("JSON: %zu bytes after the value",
		    (size_t)(j.end - j.p));
}

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Every harness starts with its output muted (fuzz_quiet). */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet();
	return 0;
}

#endif
