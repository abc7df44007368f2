/* test_lexicon.c — interned words: ids, forms, overlays, and their cost. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lexicon.h"

/* The i-th word of a run of distinct short words: "w0", "w1" ... */
static size_t
word_of(size_t i, char *buf, size_t size)
{
	return (size_t)snprintf(buf, size, "w%zu", i);
}

/* A word of n bytes, each from c on in turn, so that two n differ. */
static char *
long_word(size_t n, char c)
{
	char	*s = malloc(n + 1);
	size_t	 i;

	assert_non_null(s);
	for (i = 0; i < n; i++)
		s[i] = (char)(c + i % 7);
	s[n] = '\0';
	return s;
}

/*
 * The length kept before a word takes a byte below 255 and five from
 * there on; words about a block long, or longer than one (spanning
 * several units of the arena), are read back whole, NUL after them.
 */
static void
test_lengths_at_the_limits(void **state)
{
	static const size_t	 lens[] = { 0, 1, 253, 254, 255, 256, 1000,
	    16377, 16378, 16379, 16380, 16383, 16384, 65530, 65535, 65536,
	    65537, 200000 };
	struct lexicon		*lex = lexicon_new();
	char			*w[sizeof(lens) / sizeof(lens[0])];
	const char		*s;
	size_t			 i, n, nl = sizeof(lens) / sizeof(lens[0]);

	(void)state;
	assert_int_equal(lexicon_intern(lex, "x", 1), 0);
	for (i = 0; i < nl; i++) {
		w[i] = long_word(lens[i], (char)('a' + i % 19));
		assert_int_equal(lexicon_intern(lex, w[i], lens[i]), i + 1);
		/* Short words between them share the blocks. */
		assert_int_equal(lexicon_intern(lex, "x", 1), 0);
	}
	assert_int_equal(lexicon_size(lex), nl + 1);
	for (i = 0; i < nl; i++) {
		assert_int_equal(lexicon_intern(lex, w[i], lens[i]), i + 1);
		s = lexicon_word(lex, (uint32_t)i + 1, &n);
		assert_int_equal(n, lens[i]);
		assert_memory_equal(s, w[i], lens[i] + 1);
	}
	assert_string_equal(lexicon_word(lex, 0, &n), "x");
	/* A prefix or an extension of a word is another word. */
	assert_int_equal(lexicon_intern(lex, w[3], lens[3] - 1), nl + 1);
	assert_int_equal(lexicon_intern(lex, w[5], lens[4]), nl + 2);
	for (i = 0; i < nl; i++)
		free(w[i]);
	lexicon_free(lex);
}

/*
 * Many words: the table grows many times, keeping two thirds at most
 * (ids stay, every word is found again, a word not in it is not), and
 * the pointers handed out stay good.
 */
static void
test_many_words(void **state)
{
	struct lexicon	*lex = lexicon_new();
	const char	*first[64], *s;
	char		 buf[32];
	size_t		 i, n, count = 300000;

	(void)state;
	for (i = 0; i < count; i++) {
		n = word_of(i, buf, sizeof(buf));
		assert_int_equal(lexicon_intern(lex, buf, n), i);
		if (i < 64)
			first[i] = lexicon_word(lex, (uint32_t)i, NULL);
	}
	for (i = 0; i < count; i++) {
		n = word_of(i, buf, sizeof(buf));
		assert_int_equal(lexicon_intern(lex, buf, n), i);
		s = lexicon_word(lex, (uint32_t)i, &n);
		assert_int_equal(n, strlen(buf));
		assert_string_equal(s, buf);
	}
	for (i = 0; i < 64; i++)
		assert_ptr_equal(lexicon_word(lex, (uint32_t)i, NULL),
		    first[i]);
	assert_int_equal(lexicon_size(lex), count);
	assert_int_equal(lexicon_intern(lex, "new", 3), count);
	assert_null(lexicon_word(lex, (uint32_t)count + 1, &n));
	assert_int_equal(n, 0);
	lexicon_free(lex);
}

/*
 * An overlay finds its base's words under their ids, numbers its own
 * after them, and never writes to the base; two overlays of one base
 * number alike and apart.
 */
static void
test_overlay(void **state)
{
	struct lexicon	*base = lexicon_new(), *a, *b;
	char		 buf[32];
	size_t		 i, n, nb = 5000;

	(void)state;
	for (i = 0; i < nb; i++) {
		n = word_of(i, buf, sizeof(buf));
		lexicon_intern(base, buf, n);
	}
	lexicon_freeze(base);
	a = lexicon_overlay(base);
	b = lexicon_overlay(base);
	assert_int_equal(lexicon_size(a), nb);
	for (i = 0; i < 3 * nb; i++) {
		n = word_of(i, buf, sizeof(buf));
		assert_int_equal(lexicon_intern(a, buf, n), i);
	}
	assert_int_equal(lexicon_intern(b, "only-b", 6), nb);
	assert_int_equal(lexicon_intern(b, "w7", 2), 7);
	assert_string_equal(lexicon_word(a, (uint32_t)nb, &n), "w5000");
	assert_int_equal(n, 5);
	assert_string_equal(lexicon_word(b, (uint32_t)nb, NULL), "only-b");
	assert_string_equal(lexicon_word(a, 3, NULL), "w3");
	assert_int_equal(lexicon_size(base), nb);
	assert_null(lexicon_word(base, (uint32_t)nb, NULL));
	lexicon_free(a);
	lexicon_free(b);
	lexicon_free(base);
}

/*
 * What a word costs beyond its bytes: a 4-byte entry, its length and
 * NUL, and 1.5 to 3 slots of 4 bytes: 18 bytes at most (with 64-bit
 * slots and 16-byte entries it was 32 to 48).  Counted just after the
 * table doubled, when it holds the most slots a word.
 */
static void
test_cost_per_word(void **state)
{
	struct lexicon	*lex = lexicon_new();
	char		 buf[32];
	size_t		 i, n, count = (1 << 17) * 2 / 3 + 1, bytes = 0, over;

	(void)state;
	/* Two thirds of 2^17 and one: the table has just doubled. */
	for (i = 0; i < count; i++) {
		n = word_of(i, buf, sizeof(buf));
		bytes += n;
		lexicon_intern(lex, buf, n);
	}
	over = lexicon_bytes(lex) - bytes;
	print_message("%zu words of %zu bytes: %zu bytes beyond\n", count,
	    bytes, over);
	/* The last arena block is 64 KB, of which some is not yet used. */
	assert_true(over <= count * 18 + 65536);
	/* Three slots a word: 12 bytes, and 6 more. */
	assert_true(over >= count * 18 - 4096);
	lexicon_free(lex);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lengths_at_the_limits),
		cmocka_unit_test(test_many_words),
		cmocka_unit_test(test_overlay),
		cmocka_unit_test(test_cost_per_word),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
