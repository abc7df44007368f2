/* test_suffix.c — the statement's suffix index, against brute force. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "gram.h"
#include "model.h"
#include "suffix.h"
#include "xmalloc.h"

#define MAXOCC	200

static uint32_t	test_seed = 12345;

/* A fixed pseudo-random sequence: the same statement every run. */
static uint32_t
test_rand(uint32_t n)
{
	test_seed = test_seed * 1103515245 + 12345;
	return (test_seed >> 8) % n;
}

/* A document whose words have keys keys[0..n): only keys matter here. */
static void
words_doc(struct doc *d, const uint32_t *keys, size_t n)
{
	struct doc_wbuild	wb;
	size_t			i;

	memset(d, 0, sizeof(*d));
	doc_words_begin(&wb, d);
	for (i = 0; i < n; i++)
		doc_words_add(&wb, 2 * i, 1, keys[i]);
	doc_words_end(&wb);
}

/* Where the k keys g[0..k) occur in d, in order: how many, first max. */
static size_t
brute(const struct doc *d, const uint32_t *g, size_t k, uint32_t *out,
    size_t max)
{
	size_t	p, i, n = 0;

	for (p = 0; p + k <= d->nwords; p++) {
		for (i = 0; i < k && d->words[p + i].key == g[i]; i++)
			continue;
		if (i < k)
			continue;
		if (n < max)
			out[n] = (uint32_t)p;
		n++;
	}
	return n;
}

/* Count of g in sx, and its first n positions into out. */
static size_t
indexed(const struct suffix *sx, const uint32_t *g, size_t k, uint32_t *out,
    size_t max)
{
	uint32_t	lo = 0, hi = 0;
	size_t		d, n;

	for (d = 0; d < k; d++)
		if (suffix_narrow(sx, d, g[d], &lo, &hi) == 0)
			return 0;
	n = hi - lo < max ? hi - lo : max;
	suffix_first(sx, lo, hi, n, out);
	return hi - lo;
}

static void
check_gram(const struct doc *d, const struct suffix *sx, const uint32_t *g,
    size_t k)
{
	uint32_t	a[MAXOCC], b[MAXOCC];
	size_t		n, i, max;

	n = brute(d, g, k, a, MAXOCC);
	assert_int_equal(indexed(sx, g, k, b, MAXOCC), n);
	max = n < MAXOCC ? n : MAXOCC;
	for (i = 0; i < max; i++)
		assert_int_equal(a[i], b[i]);
	/* Fewer asked for: the first of them, still in order. */
	if (n > 3) {
		indexed(sx, g, k, b, 3);
		for (i = 0; i < 3; i++)
			assert_int_equal(a[i], b[i]);
	}
}

/*
 * Every gram of 1 to 8 words of a statement over a few keys (so that
 * grams repeat thousands of times), and grams it does not hold: the
 * count and the first occurrences are the brute force's.
 */
static void
test_against_brute(void **state)
{
	struct doc	 d;
	struct suffix	*sx;
	uint32_t	*keys, g[SUFFIX_DEPTH];
	size_t		 i, k, t, n = 3000;

	(void)state;
	keys = xcalloc(n, sizeof(*keys));
	for (i = 0; i < n; i++)
		keys[i] = i < 1000 ? test_rand(3) : test_rand(6);
	words_doc(&d, keys, n);
	sx = suffix_build(&d);
	for (t = 0; t < n; t += 7)
		for (k = 1; k <= SUFFIX_DEPTH && t + k <= n; k++)
			check_gram(&d, sx, keys + t, k);
	for (t = 0; t < 200; t++) {
		k = 1 + test_rand(SUFFIX_DEPTH);
		for (i = 0; i < k; i++)
			g[i] = test_rand(8);	/* 6 and 7 are in no word */
		check_gram(&d, sx, g, k);
	}
	assert_true(suffix_bytes(sx) < 10 * n);
	suffix_free(sx);
	doc_words_free(&d);
	free(keys);
}

/* A gram that would run past the statement's end is not there. */
static void
test_end(void **state)
{
	static const uint32_t	 keys[] = { 1, 2, 3, 1, 2 };
	static const uint32_t	 g[] = { 1, 2, 3 };
	struct doc		 d;
	struct suffix		*sx;
	uint32_t		 occ[4];

	(void)state;
	words_doc(&d, keys, 5);
	sx = suffix_build(&d);
	assert_int_equal(indexed(sx, g, 2, occ, 4), 2);
	assert_int_equal(occ[0], 0);
	assert_int_equal(occ[1], 3);
	assert_int_equal(indexed(sx, g, 3, occ, 4), 1);
	assert_int_equal(occ[0], 0);
	suffix_free(sx);
	doc_words_free(&d);
}

/*
 * The gram index filled from the suffix index counts and places the
 * quotation's grams as the scan of the statement does.
 */
static void
test_fill_as_scan(void **state)
{
	struct model		 m;
	struct doc		 d;
	struct suffix		*sx;
	struct gram_index	 a, b;
	uint32_t		*keys, oa[GRAM_CAP], ob[GRAM_CAP];
	size_t			 i, l, t, k, n = 5000, nq = 40;
	uint32_t		 ga, gb, c;

	(void)state;
	keys = xcalloc(n, sizeof(*keys));
	for (i = 0; i < n; i++)
		keys[i] = test_rand(5);
	words_doc(&d, keys, n);
	memset(&m, 0, sizeof(m));
	words_doc(&m.rep, keys + 1234, nq);
	m.rep.words[nq / 2].key = 9;		/* a word the statement lacks */
	m.quotes = xcalloc(1, sizeof(*m.quotes));
	m.quotes[0].nwords = nq;
	m.nquotes = 1;
	sx = suffix_build(&d);
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	gram_index_init(&a, &m);
	gram_index_scan(&a, &d);
	gram_index_init(&b, &m);
	gram_index_fill(&b, &m, sx);
	for (l = 0; l < GRAM_NLENS; l++) {
		k = gram_lens[l];
		for (t = 0; t + k <= nq; t++) {
			ga = gram_index_find(&a, m.rep.words + t, k);
			gb = gram_index_find(&b, m.rep.words + t, k);
			assert_int_not_equal(ga, GRAM_NONE);
			assert_int_equal(ga, gb);
			c = (uint32_t)gram_index_count(&a, ga);
			assert_int_equal(gram_index_count(&b, gb), c);
			if (c > GRAM_CAP)
				c = GRAM_CAP;
			gram_index_occ(&a, ga, c, oa);
			gram_index_occ(&b, gb, c, ob);
			for (i = 0; i < c; i++)
				assert_int_equal(oa[i], ob[i]);
		}
	}
	gram_index_free(&a);
	gram_index_free(&b);
	suffix_free(sx);
	doc_words_free(&m.rep);
	free(m.quotes);
	doc_words_free(&d);
	free(keys);
}

/* Patterns of rep from r0 on, every 13 words, noted both ways: the same. */
static void
check_trie(const struct doc *d, const struct suffix *sx,
    const struct doc *rep, size_t r0, size_t r1, size_t longer)
{
	struct gram_trie	 a, b;
	size_t			 i, v;

	gram_trie_init(&a, rep);
	gram_trie_init(&b, rep);
	for (; r0 + 30 < r1; r0 += 13) {
		/* Lengths 3 to 9, around the index's depth, and longer. */
		gram_trie_insert(&a, rep->words, r0, 3 + r0 % 7);
		gram_trie_insert(&b, rep->words, r0, 3 + r0 % 7);
		gram_trie_insert(&a, rep->words, r0, r0 % 2 ? 9 : longer);
		gram_trie_insert(&b, rep->words, r0, r0 % 2 ? 9 : longer);
	}
	gram_trie_scan(&a, d);
	gram_trie_fill(&b, d, sx);
	assert_int_equal(a.nnodes, b.nnodes);
	for (v = 1; v < a.nnodes; v++) {
		if (!a.nodes[v].term)
			continue;
		assert_int_equal(a.nodes[v].nocc, b.nodes[v].nocc);
		for (i = 0; i < a.nodes[v].nocc; i++)
			assert_int_equal(a.nodes[v].occ[i], b.nodes[v].occ[i]);
	}
	gram_trie_free(&a);
	gram_trie_free(&b);
}

/*
 * The automaton's patterns noted from the suffix index hold the
 * occurrences the scan of the statement finds: short and long ones,
 * ones that occur thousands of times, rarely (a long pattern whose
 * first eight words are frequent: the index cannot settle it and the
 * statement is scanned after all) or never.
 */
static void
test_trie_fill_as_scan(void **state)
{
	struct doc		 d, rep;
	struct suffix		*sx;
	uint32_t		*keys, *rk;
	size_t			 i, n = 6000, nr = 400;

	(void)state;
	keys = xcalloc(n, sizeof(*keys));
	/* "1 2 3" over and over, with some other words in between. */
	for (i = 0; i < n; i++)
		keys[i] = test_rand(10) == 0 ? 4 + test_rand(3) : 1 + i % 3;
	words_doc(&d, keys, n);
	rk = xcalloc(nr, sizeof(*rk));
	for (i = 0; i < nr; i++)
		rk[i] = i < 200 ? 1 + i % 3 : test_rand(10) == 0 ? 4 : 1 + i % 3;
	rk[150] = 5;
	rk[390] = 9;			/* a word the statement lacks */
	words_doc(&rep, rk, nr);
	sx = suffix_build(&d);
	/* All settled from the index: the periodic part, 12 words. */
	check_trie(&d, sx, &rep, 0, 160, 12);
	/* And some not: 30 words, past the periodic part. */
	check_trie(&d, sx, &rep, 0, nr, 30);
	suffix_free(sx);
	doc_words_free(&d);
	doc_words_free(&rep);
	free(keys);
	free(rk);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_against_brute),
		cmocka_unit_test(test_end),
		cmocka_unit_test(test_fill_as_scan),
		cmocka_unit_test(test_trie_fill_as_scan),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
