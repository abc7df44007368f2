/* test_text.c — comparison form, words, hidden characters; the lexicon. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>
#include <uniwbrk.h>

#include "doc.h"
#include "lexicon.h"
#include "text.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

#define HEART	"\xE2\x9D\xA4"		/* U+2764 */
#define VS16	"\xEF\xB8\x8F"		/* U+FE0F */
#define ZWJ	"\xE2\x80\x8D"		/* U+200D */
#define MAN	"\xF0\x9F\x91\xA8"	/* U+1F468 */
#define WOMAN	"\xF0\x9F\x91\xA9"	/* U+1F469 */
#define FIRE	"\xF0\x9F\x94\xA5"	/* U+1F525 */

static void
assert_fold(const char *in, const char *want)
{
	char	*r;
	size_t	 n;

	r = text_fold(in, strlen(in), &n);
	assert_non_null(r);
	assert_string_equal(r, want);
	assert_int_equal(n, strlen(want));
	free(r);
}

/* The words of s[0..len) into d (freed by words_free()), *w. */
static size_t
words_into(struct lexicon *lex, const char *s, size_t len, struct doc *d,
    struct word **w)
{
	size_t	n = text_words(lex, s, len, d);

	*w = d->words;
	return n;
}

static void
words_free(struct doc *d)
{
	doc_words_free(d);
	memset(d, 0, sizeof(*d));
}

/* Words of s must be exactly want[], each at its own bytes of s. */
static void
assert_words(const char *s, const char *const *want, size_t nwant)
{
	struct lexicon	*lex = lexicon_new();
	struct doc	 d;
	struct word	*w;
	size_t		 n, i;

	memset(&d, 0, sizeof(d));
	n = words_into(lex, s, strlen(s), &d, &w);
	assert_int_equal(n, nwant);
	for (i = 0; i < n; i++) {
		assert_int_equal(doc_word_len(&d, i), strlen(want[i]));
		assert_memory_equal(s + doc_word_off(&d, i), want[i],
		    doc_word_len(&d, i));
		if (i > 0)
			assert_true(doc_word_off(&d, i) >=
			    doc_word_end(&d, i - 1));
	}
	words_free(&d);
	lexicon_free(lex);
}

static void
test_fold_quotes(void **state)
{
	(void)state;
	assert_fold(u8"\u201CToday\u2019s\u201D", "\"today's\"");
	assert_fold("\"Today's\"", "\"today's\"");
	assert_fold(u8"\u2018a\u2019 \u201Ab\u201B c\u2032", "'a' 'b' c'");
	assert_fold(u8"\u201Ea\u201F \u00ABb\u00BB 5\u2033", "\"a\" \"b\" 5\"");
	assert_fold(u8"Putin\u02BCs Putin\u00B4s", "putin's putin's");
	/* Fullwidth forms reach ASCII through NFKC. */
	assert_fold(u8"\uFF02x\uFF07", "\"x'");
}

static void
test_fold_dashes(void **state)
{
	static const char *const dashes[] = {
		"-", u8"\u2010", u8"\u2011", u8"\u2012", u8"\u2013",
		u8"\u2014", u8"\u2015", u8"\u2212", u8"\u058A", u8"\u2E3A",
		u8"\u301C", u8"\uFE58", u8"\uFE63", u8"\uFF0D",
	};
	char	buf[32];
	size_t	i;

	(void)state;
	for (i = 0; i < NELEM(dashes); i++) {
		snprintf(buf, sizeof(buf), "A%sB", dashes[i]);
		assert_fold(buf, "a-b");
	}
	/* Other punctuation is kept. */
	assert_fold(u8"a\u2026b", "a...b");
	assert_fold(u8"a\u00B7b", u8"a\u00B7b");
}

static void
test_fold_nfkc(void **state)
{
	(void)state;
	assert_fold(u8"\uFB01ne \uFB02ow", "fine flow");
	assert_fold(u8"\uFF21\uFF22\uFF23\uFF11\uFF12", "abc12");
	assert_fold(u8"x\u00B2 \u2460", "x2 1");
	/* Decomposed and precomposed é fold alike. */
	assert_fold(u8"e\u0301t\u00E9", u8"\u00E9t\u00E9");
}

static void
test_fold_case(void **state)
{
	(void)state;
	assert_fold(u8"Stra\u00DFe", "strasse");
	assert_fold("STRASSE", "strasse");
	assert_fold(u8"\u00C9COLE", u8"\u00E9cole");
	assert_fold(u8"\u0414\u041E\u041C", u8"\u0434\u043E\u043C");
	assert_fold("Hello World", "hello world");
}

static void
test_fold_space(void **state)
{
	char	*r;
	size_t	 n = 99;

	(void)state;
	assert_fold("  a \t\n b  ", "a b");
	assert_fold(u8"a\u00A0b\u3000c\u2009d\u2028e", "a b c d e");
	assert_fold(u8"  \u00A0 ", "");
	assert_fold("a\r\nb", "a b");
	r = text_fold("", 0, &n);
	assert_non_null(r);
	assert_int_equal(n, 0);
	assert_int_equal(r[0], '\0');
	free(r);
	/* Only n bytes are read: no NUL needed after them. */
	r = text_fold("ABCDEF", 3, &n);
	assert_string_equal(r, "abc");
	free(r);
}

static void
test_fold_hidden(void **state)
{
	(void)state;
	assert_fold(u8"a\u200Bb", "ab");
	assert_fold(u8"\u202Eabc\u202C", "abc");
	assert_fold(u8"\uFEFFso\u00ADft", "soft");
	assert_fold(u8"a \u200B b", "a b");
}

static void
test_fold_invalid(void **state)
{
	(void)state;
	/* Not expected, but never read past n nor emit invalid UTF-8. */
	assert_fold(u8"\u00E9\xFF" "A", u8"\u00E9\uFFFD" "a");
	assert_fold(u8"x\u2019\xE2\x82", u8"x'\uFFFD");
}

static void
test_fold_ascii_path(void **state)
{
	(void)state;
	/* The same ASCII folds alike with and without non-ASCII nearby. */
	assert_fold("  Mixed\tCASE,  text-x ", "mixed case, text-x");
	assert_fold(u8"  Mixed\tCASE,  text-x \u00E9", u8"mixed case, text-x \u00E9");
}

static void
test_words_multibyte(void **state)
{
	static const char	*s = u8"Caf\u00E9 \u4E2D\u6587 \U0001F600 "
	    u8"l\u2019\u00E9t\u00E9, Putin\u2019s Russian-American ... 42! "
	    u8"e\u0301te\u0301 \uFF26\uFF29\uFF2E\uFF25.";
	static const char *const want[] = {
		u8"Caf\u00E9", u8"\u4E2D", u8"\u6587", u8"l\u2019\u00E9t\u00E9",
		u8"Putin\u2019s", "Russian", "American", "42",
		u8"e\u0301te\u0301", u8"\uFF26\uFF29\uFF2E\uFF25",
	};

	(void)state;
	assert_words(s, want, NELEM(want));
}

static void
test_words_none(void **state)
{
	static const char *const want[] = { "x" };

	(void)state;
	assert_words("", NULL, 0);
	assert_words(u8" ,.; \u2014 ... \u201C\u201D \U0001F600 _ ", NULL, 0);
	assert_words(u8"\u2014x\u2014", want, 1);
}

static uint32_t
key_of(struct lexicon *lex, const char *s)
{
	struct doc	 d;
	struct word	*w;
	uint32_t	 key;
	size_t		 n;

	memset(&d, 0, sizeof(d));
	n = words_into(lex, s, strlen(s), &d, &w);
	assert_int_equal(n, 1);
	key = w[0].key;
	words_free(&d);
	return key;
}

static void
test_words_keys(void **state)
{
	struct lexicon	*lex = lexicon_new();
	const char	*form;
	size_t		 n;
	uint32_t	 k;

	(void)state;
	k = key_of(lex, u8"Today\u2019s");
	assert_int_equal(key_of(lex, "today's"), k);
	assert_int_equal(key_of(lex, u8"TODAY\u2018S"), k);
	form = lexicon_word(lex, k, &n);
	assert_string_equal(form, "today's");
	assert_int_equal(n, 7);

	k = key_of(lex, u8"\uFB01ne");
	assert_int_equal(key_of(lex, "fine"), k);
	assert_int_equal(key_of(lex, u8"\uFF26\uFF29\uFF2E\uFF25"), k);
	assert_int_equal(key_of(lex, u8"Stra\u00DFe"), key_of(lex, "STRASSE"));
	assert_int_equal(key_of(lex, u8"e\u0301t\u00E9"),
	    key_of(lex, u8"\u00C9T\u00C9"));
	assert_int_equal(key_of(lex, u8"in\u00ADformation"),
	    key_of(lex, "information"));
	assert_int_not_equal(key_of(lex, "fine"), key_of(lex, "fin"));
	assert_int_not_equal(key_of(lex, "today"), key_of(lex, "today's"));
	lexicon_free(lex);
}

/* A spelling seen again gets the key it got the first time. */
static void
test_words_repeated(void **state)
{
	struct lexicon	*lex = lexicon_new();
	struct doc	 d = { 0 };
	struct word	*w;
	const char	*s = u8"Putin\u2019s \u2014 Putin\u2019s \u2014 "
	    u8"PUTIN\u2019S \U0001F600 \U0001F600 putin's \u00E9 \u00E9";

	(void)state;
	assert_int_equal(words_into(lex, s, strlen(s), &d, &w), 6);
	assert_int_equal(w[1].key, w[0].key);
	assert_int_equal(w[2].key, w[0].key);
	assert_int_equal(w[3].key, w[0].key);
	assert_int_equal(w[5].key, w[4].key);
	assert_int_not_equal(w[4].key, w[0].key);
	assert_int_equal(lexicon_size(lex), 2);
	assert_memory_equal(s + doc_word_off(&d, 2), u8"PUTIN\u2019S",
	    doc_word_len(&d, 2));
	words_free(&d);
	lexicon_free(lex);
}

/* Words far beyond one 64 KiB chunk keep their bytes and their count. */
static void
test_words_chunks(void **state)
{
	struct lexicon	*lex = lexicon_new();
	struct doc	 d = { 0 };
	struct word	*w;
	size_t		 len = 0, cap = 1 << 20, n, i, nlong;
	char		*s = malloc(cap), piece[64];
	int		 k;

	(void)state;
	/* One long line without a newline, then many short lines. */
	for (i = 0; len + 64 < cap / 2; i++)
		len += snprintf(s + len, cap - len, "w%zu ", i);
	nlong = i;
	for (; len + 64 < cap; i++)
		len += snprintf(s + len, cap - len, u8"\u00E9%zu\n", i);
	n = words_into(lex, s, len, &d, &w);
	assert_int_equal(n, i);
	for (i = 0; i < n; i++) {
		k = snprintf(piece, sizeof(piece),
		    i < nlong ? "w%zu" : u8"\u00E9%zu", i);
		assert_int_equal(doc_word_len(&d, i), k);
		assert_memory_equal(s + doc_word_off(&d, i), piece, k);
	}
	assert_int_equal(lexicon_size(lex), n);
	words_free(&d);
	free(s);
	lexicon_free(lex);
}

/* No place to cut: one word of 200 KB, then 100 000 ideographs. */
static void
test_words_uncuttable(void **state)
{
	struct lexicon	*lex = lexicon_new();
	struct doc	 d = { 0 };
	struct word	*w;
	size_t		 len = 200000, i;
	char		*s = malloc(300000 + 1);

	(void)state;
	memset(s, 'a', len);
	assert_int_equal(words_into(lex, s, len, &d, &w), 1);
	assert_int_equal(doc_word_off(&d, 0), 0);
	assert_int_equal(doc_word_len(&d, 0), len);
	for (i = 0; i < 100000; i++)
		memcpy(s + 3 * i, u8"\u4E2D", 3);
	assert_int_equal(words_into(lex, s, 300000, &d, &w), 100000);
	for (i = 0; i < 100000; i++) {
		assert_int_equal(doc_word_off(&d, i), 3 * i);
		assert_int_equal(doc_word_len(&d, i), 3);
	}
	words_free(&d);
	free(s);
	lexicon_free(lex);
}

/*
 * Lengths of WORD_LONG bytes or more are kept apart: a word that
 * becomes long by joining across a hidden character, one long from
 * the start, and the short words around them keep their lengths.
 */
static void
test_words_long_lengths(void **state)
{
	struct lexicon	*lex = lexicon_new();
	struct doc	 d = { 0 };
	struct word	*w;
	char		 s[1024], *p = s;
	static const size_t want[] = { 1, 200 + 3 + 100, 1, 300, 1 };
	size_t		 i;

	(void)state;
	p = stpcpy(p, "x ");
	memset(p, 'a', 200);
	p = stpcpy(p + 200, u8"\u200B");
	memset(p, 'b', 100);
	p = stpcpy(p + 100, " y ");
	memset(p, 'c', 300);
	p = stpcpy(p + 300, " z");
	assert_int_equal(words_into(lex, s, (size_t)(p - s), &d, &w), 5);
	for (i = 0; i < 5; i++)
		assert_int_equal(doc_word_len(&d, i), want[i]);
	assert_int_equal(d.nwlong, 2);
	assert_int_equal(doc_word_off(&d, 3), 2 + 303 + 3);
	assert_int_equal(doc_word_end(&d, 4), (size_t)(p - s));
	words_free(&d);
	lexicon_free(lex);
}

/*
 * A zero-width space inside a word does not split it: the word spans
 * it and its key is that of the word without it.  Between words, next
 * to a space or punctuation, or between ideographs (a break between
 * every two anyway) it joins nothing.
 */
static void
test_words_hidden_inside(void **state)
{
	static const char *const one[] = { u8"par​ties" };
	static const char *const two[] = { "a", "b" };
	static const char *const three[] = { "all", u8"par​​ties",
	    "agree" };
	static const char *const edges[] = { "parties", "x" };
	static const char *const cjk[] = { u8"中", u8"文" };
	struct lexicon	*lex = lexicon_new();
	struct doc	 d = { 0 };
	struct word	*w;
	const char	*s = u8"par​ties";

	(void)state;
	assert_int_equal(words_into(lex, s, strlen(s), &d, &w), 1);
	assert_int_equal(doc_word_off(&d, 0), 0);
	assert_int_equal(doc_word_len(&d, 0), strlen(s));
	assert_int_equal(w[0].key, key_of(lex, "parties"));
	assert_int_equal(key_of(lex, u8"a​b​c"), key_of(lex, "abc"));
	assert_int_equal(key_of(lex, u8"12​34"), key_of(lex, "1234"));
	assert_words(u8"par​ties", one, NELEM(one));
	assert_words(u8"a​ b", two, NELEM(two));
	assert_words(u8"a ​b", two, NELEM(two));
	assert_words(u8"a​.​b", two, NELEM(two));
	assert_words(u8"all par​​ties agree", three, NELEM(three));
	assert_words(u8"​parties​ x​.", edges, NELEM(edges));
	assert_words(u8"中​文", cjk, NELEM(cjk));
	words_free(&d);
	lexicon_free(lex);
}

/* A long run of words joined by zero-width spaces is one word, fast. */
static void
test_words_hidden_chain(void **state)
{
	struct lexicon	*lex = lexicon_new();
	struct doc	 d = { 0 };
	struct word	*w;
	size_t		 n = 100000, i, len = 0;
	char		*s = malloc(5 * n + 1);
	clock_t		 t0;

	(void)state;
	for (i = 0; i < n; i++) {
		memcpy(s + len, u8"ab​", 5);
		len += 5;
	}
	t0 = clock();
	assert_int_equal(words_into(lex, s, len, &d, &w), 1);
	assert_true(clock() - t0 < 5 * CLOCKS_PER_SEC);
	assert_int_equal(doc_word_off(&d, 0), 0);
	assert_int_equal(doc_word_len(&d, 0), len - 3);
	words_free(&d);
	free(s);
	lexicon_free(lex);
}

static void
test_nchars(void **state)
{
	const char	*s = u8"a\u00E9\u4E2D\U0001F600";

	(void)state;
	assert_int_equal(text_nchars(s, strlen(s)), 4);
	assert_int_equal(text_nchars(s, 3), 2);
	assert_int_equal(text_nchars("", 0), 0);
}

static void
test_hidden(void **state)
{
	static const uint32_t hidden[] = {
		0x202A, 0x202E, 0x2066, 0x2069, 0x200E, 0x200F, 0x061C,
		0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x0600,
		0xE0001,
	};
	static const uint32_t shown[] = {
		'a', ' ', '\t', 0x00E9, 0x0301, 0x00A0, 0x4E2D, 0x1F600,
		0x2019, 0xFFFD,
	};
	const char	*s = u8"a\u200Bb\u202Ec\uFEFF \u00E9";
	size_t		 i;

	(void)state;
	for (i = 0; i < NELEM(hidden); i++)
		assert_true(text_is_hidden(hidden[i]));
	for (i = 0; i < NELEM(shown); i++)
		assert_false(text_is_hidden(shown[i]));
	assert_int_equal(text_count_hidden(s, strlen(s)), 3);
	assert_int_equal(text_count_hidden("plain", 5), 0);
	assert_int_equal(text_count_hidden("\xFF\xE2\x80", 3), 0);
	/* Emoji sequences are visible; the same marks elsewhere are not. */
	assert_int_equal(text_count_hidden(HEART VS16, strlen(HEART VS16)), 0);
	assert_int_equal(text_count_hidden(MAN ZWJ WOMAN,
	    strlen(MAN ZWJ WOMAN)), 0);
	assert_int_equal(text_count_hidden(HEART VS16 ZWJ FIRE,
	    strlen(HEART VS16 ZWJ FIRE)), 0);
	assert_int_equal(text_count_hidden("a" ZWJ "b", 5), 1);
	assert_int_equal(text_count_hidden("x" VS16, 4), 1);
	assert_int_equal(text_count_hidden(MAN ZWJ, strlen(MAN ZWJ)), 1);
	assert_int_equal(text_count_hidden(HEART "\xE2\x80\x8B",
	    strlen(HEART "\xE2\x80\x8B")), 1);
}

static void
test_lexicon_round_trip(void **state)
{
	struct lexicon	*lex = lexicon_new();
	const char	*s;
	size_t		 n;

	(void)state;
	assert_int_equal(lexicon_size(lex), 0);
	assert_int_equal(lexicon_intern(lex, "alpha", 5), 0);
	assert_int_equal(lexicon_intern(lex, "beta", 4), 1);
	assert_int_equal(lexicon_intern(lex, "alphabet", 5), 0);
	assert_int_equal(lexicon_intern(lex, "", 0), 2);
	assert_int_equal(lexicon_intern(lex, "a\0b", 3), 3);
	assert_int_equal(lexicon_intern(lex, "a", 1), 4);
	assert_int_equal(lexicon_size(lex), 5);
	s = lexicon_word(lex, 1, &n);
	assert_string_equal(s, "beta");
	assert_int_equal(n, 4);
	s = lexicon_word(lex, 3, &n);
	assert_int_equal(n, 3);
	assert_memory_equal(s, "a\0b", 4);
	assert_string_equal(lexicon_word(lex, 2, &n), "");
	assert_null(lexicon_word(lex, 5, &n));
	assert_int_equal(n, 0);
	lexicon_free(lex);
	lexicon_free(NULL);
}

/* Far past the first table and arena block; old pointers stay good. */
static void
test_lexicon_growth(void **state)
{
	struct lexicon	*lex = lexicon_new();
	const char	*first, *s;
	char		 buf[32], *big;
	size_t		 i, n, count = 200000;

	(void)state;
	first = lexicon_word(lex, lexicon_intern(lex, "w0", 2), NULL);
	for (i = 1; i < count; i++) {
		n = snprintf(buf, sizeof(buf), "w%zu", i);
		assert_int_equal(lexicon_intern(lex, buf, n), i);
	}
	big = malloc(100000);
	memset(big, 'z', 100000);
	assert_int_equal(lexicon_intern(lex, big, 100000), count);
	assert_int_equal(lexicon_intern(lex, "tail", 4), count + 1);
	assert_int_equal(lexicon_size(lex), count + 2);
	for (i = 0; i < count; i++) {
		n = snprintf(buf, sizeof(buf), "w%zu", i);
		assert_int_equal(lexicon_intern(lex, buf, n), i);
		assert_string_equal(lexicon_word(lex, i, NULL), buf);
	}
	assert_ptr_equal(lexicon_word(lex, 0, NULL), first);
	s = lexicon_word(lex, count, &n);
	assert_int_equal(n, 100000);
	assert_memory_equal(s, big, n);
	assert_int_equal(s[n], '\0');
	assert_int_equal(lexicon_size(lex), count + 2);
	free(big);
	lexicon_free(lex);
}

/* The first hidden character's offset: what a warning points at. */
static void
test_first_hidden(void **state)
{
	static const char	 s[] = "ab\xE2\x80\x8B" "c\xE2\x80\xAE";

	(void)state;
	assert_int_equal(text_first_hidden(s, strlen(s)), 2);
	assert_int_equal(text_first_hidden(s + 5, strlen(s + 5)), 1);
	assert_int_equal(text_first_hidden("plain", 5), 5);
	assert_int_equal(text_first_hidden(MAN ZWJ WOMAN " " ZWJ,
	    strlen(MAN ZWJ WOMAN " " ZWJ)), strlen(MAN ZWJ WOMAN " "));
}

/* An overlay reads its frozen base and numbers its own words after it. */
static void
test_lexicon_overlay(void **state)
{
	struct lexicon	*base = lexicon_new(), *a, *b;
	char		 buf[16];
	size_t		 i;

	(void)state;
	assert_int_equal(lexicon_intern(base, "quay", 4), 0);
	assert_int_equal(lexicon_intern(base, "ferry", 5), 1);
	lexicon_freeze(base);
	/* Known words keep their base ids, in the base and the overlay. */
	assert_int_equal(lexicon_intern(base, "ferry", 5), 1);
	a = lexicon_overlay(base);
	b = lexicon_overlay(base);
	assert_int_equal(lexicon_intern(a, "ferry", 5), 1);
	assert_int_equal(lexicon_intern(a, "tug", 3), 2);
	assert_int_equal(lexicon_intern(a, "tug", 3), 2);
	assert_int_equal(lexicon_intern(b, "pier", 4), 2);
	assert_int_equal(lexicon_intern(b, "quay", 4), 0);
	assert_string_equal(lexicon_word(a, 0, NULL), "quay");
	assert_string_equal(lexicon_word(a, 2, NULL), "tug");
	assert_string_equal(lexicon_word(b, 2, NULL), "pier");
	assert_null(lexicon_word(base, 2, NULL));
	assert_null(lexicon_word(a, 3, NULL));
	/* Enough words to grow the overlay's table; the base stays. */
	for (i = 0; i < 3000; i++) {
		snprintf(buf, sizeof(buf), "w%zu", i);
		assert_int_equal(lexicon_intern(a, buf, strlen(buf)), 3 + i);
	}
	assert_int_equal(lexicon_intern(a, "tug", 3), 2);
	assert_int_equal(lexicon_size(a), 3003);
	assert_int_equal(lexicon_size(b), 3);
	assert_int_equal(lexicon_size(base), 2);
	lexicon_free(a);
	lexicon_free(b);
	assert_string_equal(lexicon_word(base, 1, NULL), "ferry");
	lexicon_free(base);
}

/*
 * text_wordbreaks() works ASCII out itself: on random text over every
 * kind of character UAX #29 tells apart (and some that are not ASCII,
 * next to ASCII and inside words), it agrees with u8_wordbreaks().
 */
static void
test_wordbreaks(void **state)
{
	static const char *const atoms[] = {
	    "a", "Z", "q", "0", "7", ".", ",", ";", ":", "'", "_", "\"", "-",
	    " ", " ", " ", "\t", "\n", "\r", "\v", "\f", "!", "(", "/", "@",
	    "\xe2\x80\x99", "\xc3\xa9", "\xcc\x81", "\xe2\x80\x8d",
	    "\xc2\xad", "\xd7\x90", "\xe4\xb8\xad", "\xf0\x9f\x98\x80",
	    "\xef\xbc\x8e", "\xe3\x82\xab", "\xf0\x9f\x87\xba",
	    "\xc2\xa0", "\xe2\x80\x8b",
	};
	const char	*at;
	char		 s[400], a[400], b[400];
	size_t		 n, t, k, len, seed = 1;

	(void)state;
	for (t = 0; t < 20000; t++) {
		len = 1 + t % 60;
		for (n = 0, k = 0; k < len; k++) {
			seed = seed * 6364136223846793005ULL + 1;
			/* Mostly ASCII: a third of the strings all ASCII. */
			at = atoms[(seed >> 33) %
			    (t % 3 == 0 ? 25 : sizeof(atoms) / sizeof(*atoms))];
			memcpy(s + n, at, strlen(at));
			n += strlen(at);
		}
		u8_wordbreaks((const uint8_t *)s, n, a);
		memset(b, 2, n);
		text_wordbreaks(s, n, b);
		for (k = 0; k < n; k++)
			if (a[k] != b[k])
				fail_msg("string %zu byte %zu: %d, not %d", t, k,
				    b[k], a[k]);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_quotes),
		cmocka_unit_test(test_fold_dashes),
		cmocka_unit_test(test_fold_nfkc),
		cmocka_unit_test(test_fold_case),
		cmocka_unit_test(test_fold_space),
		cmocka_unit_test(test_fold_hidden),
		cmocka_unit_test(test_fold_invalid),
		cmocka_unit_test(test_fold_ascii_path),
		cmocka_unit_test(test_words_multibyte),
		cmocka_unit_test(test_words_none),
		cmocka_unit_test(test_words_keys),
		cmocka_unit_test(test_words_repeated),
		cmocka_unit_test(test_words_chunks),
		cmocka_unit_test(test_words_uncuttable),
		cmocka_unit_test(test_words_long_lengths),
		cmocka_unit_test(test_words_hidden_inside),
		cmocka_unit_test(test_words_hidden_chain),
		cmocka_unit_test(test_nchars),
		cmocka_unit_test(test_hidden),
		cmocka_unit_test(test_lexicon_round_trip),
		cmocka_unit_test(test_lexicon_growth),
		cmocka_unit_test(test_first_hidden),
		cmocka_unit_test(test_lexicon_overlay),
		cmocka_unit_test(test_wordbreaks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
