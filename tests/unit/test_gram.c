/* test_gram.c — the gram index and the automaton over words. */
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
#include "xmalloc.h"

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

/* A model whose report is keys[0..n), one quotation over all of it. */
static void
one_quote(struct model *m, const uint32_t *keys, size_t n)
{
	memset(m, 0, sizeof(*m));
	words_doc(&m->rep, keys, n);
	m->quotes = xcalloc(1, sizeof(*m->quotes));
	m->quotes[0].wfirst = 0;
	m->quotes[0].nwords = n;
	m->nquotes = 1;
}

static void
drop(struct model *m, struct doc *st)
{
	doc_words_free(&m->rep);
	free(m->quotes);
	doc_words_free(st);
}

/* Every occurrence is counted, the first GRAM_CAP kept in order. */
static void
test_count_and_keep(void **state)
{
	static const uint32_t	 q[] = { 7, 8, 9 };
	struct model		 m;
	struct doc		 st;
	struct gram_index	 gi;
	uint32_t		*keys, occ[GRAM_CAP];
	size_t			 i, n = 3 * 100;
	uint32_t		 g;

	(void)state;
	/* "1 7 8" a hundred times: the gram "7 8" at 1, 4, 7 ... */
	keys = xcalloc(n, sizeof(*keys));
	for (i = 0; i < n; i++)
		keys[i] = i % 3 == 0 ? 1 : 6 + (uint32_t)(i % 3);
	one_quote(&m, q, 3);
	words_doc(&st, keys, n);
	memset(&gi, 0, sizeof(gi));
	gram_index_init(&gi, &m);
	gram_index_scan(&gi, &st);
	g = gram_index_find(&gi, m.rep.words, 2);
	assert_int_not_equal(g, GRAM_NONE);
	assert_int_equal(gram_index_count(&gi, g), 100);
	gram_index_occ(&gi, g, GRAM_CAP, occ);
	for (i = 0; i < GRAM_CAP; i++)
		assert_int_equal(occ[i], 3 * i + 1);
	/* "8 9" and "7 8 9" are the quotation's but not the statement's. */
	g = gram_index_find(&gi, m.rep.words + 1, 2);
	assert_int_not_equal(g, GRAM_NONE);
	assert_int_equal(gram_index_count(&gi, g), 0);
	g = gram_index_find(&gi, m.rep.words, 3);
	assert_int_equal(gram_index_count(&gi, g), 0);
	/* "1 7" is the statement's only: not indexed. */
	assert_int_equal(gram_index_find(&gi, st.words, 2), GRAM_NONE);
	gram_index_free(&gi);
	drop(&m, &st);
	free(keys);
}

/* Grams of every length are found where they are, 8 words included. */
static void
test_lengths(void **state)
{
	static const uint32_t	 q[] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	static const uint32_t	 s[] = { 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2,
	    3, 4, 5, 6, 7, 0 };
	struct model		 m;
	struct doc		 st;
	struct gram_index	 gi;
	uint32_t		 g, occ[2];
	size_t			 l;

	(void)state;
	one_quote(&m, q, 8);
	words_doc(&st, s, sizeof(s) / sizeof(s[0]));
	memset(&gi, 0, sizeof(gi));
	gram_index_init(&gi, &m);
	gram_index_scan(&gi, &st);
	for (l = 0; l < GRAM_NLENS; l++) {
		g = gram_index_find(&gi, m.rep.words, gram_lens[l]);
		assert_int_not_equal(g, GRAM_NONE);
		/* The second copy stops one word short of eight. */
		assert_int_equal(gram_index_count(&gi, g),
		    gram_lens[l] == 8 ? 1 : 2);
		gram_index_occ(&gi, g, gram_index_count(&gi, g), occ);
		assert_int_equal(occ[0], 1);
		if (gram_lens[l] < 8)
			assert_int_equal(occ[1], 10);
	}
	gram_index_free(&gi);
	drop(&m, &st);
}

/*
 * The automaton keeps the first GRAM_EXACT occurrences of each pattern,
 * a pattern that is a suffix of another included, overlaps too.
 */
static void
test_trie(void **state)
{
	static const uint32_t	 r[] = { 1, 2, 3, 2, 3 };
	static const uint32_t	 s[] = { 1, 2, 3, 2, 3, 2, 3, 1, 2, 3, 1,
	    2, 3, 1, 2, 3, 1, 2 };
	struct model		 m;
	struct doc		 st;
	struct gram_trie	 ac;
	const struct gram_acnode *n;
	uint32_t		 v;

	(void)state;
	one_quote(&m, r, 5);
	words_doc(&st, s, sizeof(s) / sizeof(s[0]));
	gram_trie_init(&ac, &m.rep);
	gram_trie_insert(&ac, m.rep.words, 0, 3);	/* 1 2 3 */
	gram_trie_insert(&ac, m.rep.words, 3, 2);	/* 2 3 */
	gram_trie_scan(&ac, &st);
	v = gram_trie_find(&ac, m.rep.words, 0, 3);
	assert_int_not_equal(v, GRAM_NONE);
	n = &ac.nodes[v];
	assert_int_equal(n->nocc, GRAM_EXACT);
	assert_int_equal(n->occ[0], 0);
	assert_int_equal(n->occ[1], 7);
	assert_int_equal(n->occ[2], 10);
	v = gram_trie_find(&ac, m.rep.words, 3, 2);
	assert_int_not_equal(v, GRAM_NONE);
	n = &ac.nodes[v];
	assert_int_equal(n->nocc, GRAM_EXACT);
	assert_int_equal(n->occ[0], 1);
	assert_int_equal(n->occ[1], 3);
	assert_int_equal(n->occ[2], 5);
	/* "1 2" is on a pattern's path but is no pattern. */
	assert_int_equal(gram_trie_find(&ac, m.rep.words, 0, 2), GRAM_NONE);
	gram_trie_free(&ac);
	drop(&m, &st);
}

/* A statement with none of the patterns' words notes nothing. */
static void
test_trie_absent(void **state)
{
	static const uint32_t	 r[] = { 1, 2, 3 };
	static const uint32_t	 s[] = { 4, 5, 6, 1, 2, 4 };
	struct model		 m;
	struct doc		 st;
	struct gram_trie	 ac;
	uint32_t		 v;

	(void)state;
	one_quote(&m, r, 3);
	words_doc(&st, s, sizeof(s) / sizeof(s[0]));
	gram_trie_init(&ac, &m.rep);
	gram_trie_insert(&ac, m.rep.words, 0, 3);
	gram_trie_scan(&ac, &st);
	v = gram_trie_find(&ac, m.rep.words, 0, 3);
	assert_int_not_equal(v, GRAM_NONE);
	assert_int_equal(ac.nodes[v].nocc, 0);
	gram_trie_free(&ac);
	drop(&m, &st);
}

/*
 * The tables grow as grams and pattern words come: a quotation of
 * 2,000 distinct words (10,000 grams, every length's found where it
 * is) and a pattern of all of them, past the first table sizes; the
 * same quotation repeated a thousand times adds no gram.
 */
static void
test_growth(void **state)
{
	struct model		 m;
	struct doc		 st;
	struct gram_index	 gi;
	struct gram_trie	 ac;
	uint32_t		*keys, g, v, occ[1];
	size_t			 i, l, n = 2000, ngrams;

	(void)state;
	keys = xcalloc(n, sizeof(*keys));
	for (i = 0; i < n; i++)
		keys[i] = (uint32_t)(3 * i + 1);
	one_quote(&m, keys, n);
	words_doc(&st, keys, n);
	gram_index_init(&gi, &m);
	gram_index_scan(&gi, &st);
	ngrams = gi.ngrams;
	assert_true(ngrams > 5 * (n - 8));
	for (i = 0; i + 8 <= n; i++)
		for (l = 0; l < GRAM_NLENS; l++) {
			g = gram_index_find(&gi, m.rep.words + i,
			    gram_lens[l]);
			assert_int_not_equal(g, GRAM_NONE);
			assert_int_equal(gram_index_count(&gi, g), 1);
			gram_index_occ(&gi, g, 1, occ);
			assert_int_equal(occ[0], i);
		}
	gram_index_free(&gi);
	free(m.quotes);
	m.quotes = xcalloc(1000, sizeof(*m.quotes));
	for (i = 0; i < 1000; i++)
		m.quotes[i].nwords = (uint32_t)n;
	m.nquotes = 1000;
	gram_index_init(&gi, &m);
	assert_int_equal(gi.ngrams, ngrams);
	assert_true(gi.mask + 1 < 8 * ngrams);
	gram_index_free(&gi);

	gram_trie_init(&ac, &m.rep);
	gram_trie_insert(&ac, m.rep.words, 0, n);
	gram_trie_insert(&ac, m.rep.words, n / 2, n / 2);
	gram_trie_scan(&ac, &st);
	assert_int_equal(ac.nnodes, 1 + n + n / 2);
	v = gram_trie_find(&ac, m.rep.words, 0, n);
	assert_int_not_equal(v, GRAM_NONE);
	assert_int_equal(ac.nodes[v].nocc, 1);
	assert_int_equal(ac.nodes[v].occ[0], 0);
	v = gram_trie_find(&ac, m.rep.words, n / 2, n / 2);
	assert_int_not_equal(v, GRAM_NONE);
	assert_int_equal(ac.nodes[v].occ[0], n / 2);
	gram_trie_free(&ac);
	drop(&m, &st);
	free(keys);
}

/*
 * A quotation cut by an ellipsis after its third word: the grams of
 * each piece are kept, none across the cut (no piece asks for one).
 */
static void
test_cut(void **state)
{
	static const uint32_t	 q[] = { 1, 2, 3, 4, 5, 6 };
	struct model		 m;
	struct doc		 st;
	struct gram_index	 gi;
	uint32_t		 cut = 2;
	struct quote_more	 more = { .cuts = &cut, .ncuts = 1 };

	(void)state;
	one_quote(&m, q, 6);
	m.quotes[0].more = &more;
	words_doc(&st, q, 6);
	gram_index_init(&gi, &m);
	gram_index_scan(&gi, &st);
	assert_int_not_equal(gram_index_find(&gi, m.rep.words, 3), GRAM_NONE);
	assert_int_not_equal(gram_index_find(&gi, m.rep.words + 3, 3),
	    GRAM_NONE);
	assert_int_equal(gram_index_find(&gi, m.rep.words + 2, 2), GRAM_NONE);
	assert_int_equal(gram_index_find(&gi, m.rep.words + 1, 4), GRAM_NONE);
	assert_int_equal(gi.ngrams, 2 * (3 + 2 + 1));
	gram_index_free(&gi);
	drop(&m, &st);
}

/*
 * The kept occurrences of a gram are read back in order whatever the
 * count, across the chunks' bounds (2, 6, 14, 30, GRAM_CAP), with the
 * grams' chunks interleaved in the pool: the statement takes the keys
 * in turn.
 */
static void
test_chunks(void **state)
{
	static const uint32_t	 counts[] = { 1, 2, 3, 5, 6, 7, 13, 14, 15,
	    29, 30, 31, 63, 64, 65, 100 };
	enum { NK = sizeof(counts) / sizeof(counts[0]) };
	struct model		 m;
	struct doc		 st;
	struct gram_index	 gi;
	uint32_t		 q[NK], *keys, *pos[NK], occ[GRAM_CAP], g;
	size_t			 k, r, n = 0, np[NK] = { 0 }, kept, i, want;

	(void)state;
	for (k = 0; k < NK; k++) {
		q[k] = (uint32_t)(k + 1);
		pos[k] = xcalloc(counts[k], sizeof(*pos[k]));
	}
	keys = xcalloc(NK * 100, sizeof(*keys));
	for (r = 0; r < 100; r++)
		for (k = 0; k < NK; k++)
			if (r < counts[k]) {
				pos[k][np[k]++] = (uint32_t)n;
				keys[n++] = q[k];
			}
	one_quote(&m, q, NK);
	words_doc(&st, keys, n);
	memset(&gi, 0, sizeof(gi));
	gram_index_init(&gi, &m);
	gram_index_scan(&gi, &st);
	for (k = 0; k < NK; k++) {
		g = gram_index_find(&gi, m.rep.words + k, 1);
		assert_int_not_equal(g, GRAM_NONE);
		assert_int_equal(gram_index_count(&gi, g), counts[k]);
		kept = counts[k] < GRAM_CAP ? counts[k] : GRAM_CAP;
		for (want = 1; want <= kept; want++) {
			memset(occ, 0xff, sizeof(occ));
			gram_index_occ(&gi, g, want, occ);
			for (i = 0; i < want; i++)
				assert_int_equal(occ[i], pos[k][i]);
			if (want < GRAM_CAP)
				assert_int_equal(occ[want], UINT32_MAX);
		}
	}
	gram_index_free(&gi);
	drop(&m, &st);
	free(keys);
	for (k = 0; k < NK; k++)
		free(pos[k]);
}

/*
 * A gram holding a word the statement lacks (a key past the
 * statement's) is not interned when the model has its statement: it is
 * not found, as if it were counted 0.  Without the statement it is
 * interned and counted 0.
 */
static void
test_absent_words(void **state)
{
	static const uint32_t	 q[] = { 1, 2, 9, 3 };
	static const uint32_t	 s[] = { 1, 2, 3, 1, 2 };
	struct model		 m;
	struct doc		 st;
	struct gram_index	 gi;
	uint32_t		 g;

	(void)state;
	one_quote(&m, q, 4);
	words_doc(&st, s, 5);
	m.stmt = &st;
	memset(&gi, 0, sizeof(gi));
	gram_index_init(&gi, &m);
	gram_index_scan(&gi, &st);
	/* "1" "2" "3" and "1 2": no gram of 9, none across it. */
	assert_int_equal(gi.ngrams, 4);
	assert_int_equal(gram_index_find(&gi, m.rep.words + 2, 1), GRAM_NONE);
	assert_int_equal(gram_index_find(&gi, m.rep.words + 1, 2), GRAM_NONE);
	assert_int_equal(gram_index_find(&gi, m.rep.words, 4), GRAM_NONE);
	g = gram_index_find(&gi, m.rep.words, 2);
	assert_int_not_equal(g, GRAM_NONE);
	assert_int_equal(gram_index_count(&gi, g), 2);
	g = gram_index_find(&gi, m.rep.words + 3, 1);
	assert_int_equal(gram_index_count(&gi, g), 1);
	gram_index_free(&gi);
	/* Without the statement every gram is there; 9's count 0. */
	m.stmt = NULL;
	gram_index_init(&gi, &m);
	gram_index_scan(&gi, &st);
	assert_int_equal(gi.ngrams, 4 + 3 + 2 + 1);
	g = gram_index_find(&gi, m.rep.words + 2, 1);
	assert_int_not_equal(g, GRAM_NONE);
	assert_int_equal(gram_index_count(&gi, g), 0);
	gram_index_free(&gi);
	drop(&m, &st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_count_and_keep),
		cmocka_unit_test(test_lengths),
		cmocka_unit_test(test_trie),
		cmocka_unit_test(test_trie_absent),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_chunks),
		cmocka_unit_test(test_absent_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
