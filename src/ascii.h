/*
 * ascii.h — byte tests for the recognisers in doc.c and datetime.c, and
 * the one ASCII white-space test.
 * Only ASCII bytes are letters, digits or white space here (and a
 * no-break space); a byte of 0x80 or above is never one of them.
 * Offsets, counts and lengths are in bytes.
 */
#ifndef QC_ASCII_H
#define QC_ASCII_H

#include <stdbool.h>
#include <stddef.h>

/* Whether c is ASCII white space: space, tab, LF, VT, FF or CR. */
static inline bool
ascii_isspace(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Whether c is 0 to 9. */
static inline bool
ascii_isdigit(char c)
{
	return c >= '0' && c <= '9';
}

/* Whether c is A to Z. */
static inline bool
ascii_isupper(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Whether c is a to z. */
static inline bool
ascii_islower(char c)
{
	return c >= 'a' && c <= 'z';
}

/* Whether c is an ASCII letter. */
static inline bool
ascii_isalpha(char c)
{
	return ascii_isupper(c) || ascii_islower(c);
}

/* Whether c is not ASCII: a byte of a UTF-8 sequence. */
static inline bool
ascii_ishigh(char c)
{
	return (unsigned char)c >= 0x80;
}

/* c in lower case if it is an ASCII capital. */
static inline char
ascii_tolower(char c)
{
	return ascii_isupper(c) ? c - 'A' + 'a' : c;
}

/* Whether s[0..n) is word, ignoring ASCII case. */
static inline bool
ascii_same(const char *s, size_t n, const char *word)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (word[i] == '\0' ||
		    ascii_tolower(s[i]) != ascii_tolower(word[i]))
			return false;
	return word[n] == '\0';
}

/* Index of s[0..n) in a NULL-terminated list, ignoring case; or -1. */
static inline int
ascii_lookup(const char *const *list, const char *s, size_t n)
{
	int	 i;

	if (n == 0)
		return -1;
	for (i = 0; list[i] != NULL; i++)
		if (ascii_tolower(s[0]) == ascii_tolower(list[i][0]) &&
		    ascii_same(s, n, list[i]))
			return i;
	return -1;
}

/* Bytes of white space at s[0..n): ASCII or a no-break space; or 0. */
static inline size_t
ascii_space_at(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	if (ascii_isspace(s[0]))
		return 1;
	if (n >= 2 && (unsigned char)s[0] == 0xc2 &&
	    (unsigned char)s[1] == 0xa0)
		return 2;
	return 0;
}

/* The index after the white space at s[i..n). */
static inline size_t
ascii_skip_space(const char *s, size_t n, size_t i)
{
	size_t	 w;

	while (i < n && (w = ascii_space_at(s + i, n - i)) > 0)
		i += w;
	return i;
}

/* Bytes of ASCII letters at s[i..n). */
static inline size_t
ascii_letters(const char *s, size_t n, size_t i)
{
	size_t	 k;

	for (k = i; k < n && ascii_isalpha(s[k]); k++)
		continue;
	return k - i;
}

/*
 * Up to max digits at s[i..n), not followed by another digit: their
 * count (0 if none or too many) and their value in *v.
 */
static inline size_t
ascii_digits(const char *s, size_t n, size_t i, size_t max, int *v)
{
	size_t	 k;

	*v = 0;
	for (k = i; k < n && ascii_isdigit(s[k]); k++) {
		if (k - i == max)
			return 0;
		*v = *v * 10 + (s[k] - '0');
	}
	return k - i;
}

#endif
