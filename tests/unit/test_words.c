/*
 * test_words.c — where the words lie: offsets and lengths kept in
 * blocks (narrow: a byte a word; wide: an offset each), read back
 * exactly as they were made, at block edges, in the last partial
 * block, across gaps and lengths just inside and past the narrow
 * limits, in a block spanning more than 65,535 bytes, for words of
 * WORD_LONG bytes or more, for words that grow after their block has
 * filled, and in an empty document.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "model.h"
#include "words.h"
#include "xmalloc.h"

static uint32_t	test_seed = 4321;

/* A fixed pseudo-random sequence: the same words every run. */
static uint32_t
test_rand(uint32_t n)
{
	test_seed = test_seed * 1103515245 + 12345;
	return (test_seed >> 8) % n;
}

/* The words of off[], len[] (key i + 7 each) into d. */
static void
make(struct doc *d, const size_t *off, const size_t *len, size_t n)
{
	struct doc_wbuild	wb;
	size_t			i;

	memset(d, 0, sizeof(*d));
	doc_words_begin(&wb, d);
	for (i = 0; i < n; i++)
		doc_words_add(&wb, off[i], len[i], (uint32_t)(i + 7));
	doc_words_end(&wb);
	d->len = n > 0 ? off[n - 1] + len[n - 1] + 5 : 0;
}

/* Is block b of d wide? */
static int
wide(const struct doc *d, size_t b)
{
	return (d->wbase[b] & DOC_WWIDE) != 0;
}

/* Every accessor of d gives back off[], len[]. */
static void
check(const struct doc *d, const size_t *off, const size_t *len, size_t n)
{
	size_t	i, pos;

	assert_int_equal(d->nwords, n);
	for (i = 0; i < n; i++) {
		assert_int_equal(d->words[i].key, i + 7);
		assert_int_equal(doc_word_off(d, i), off[i]);
		assert_int_equal(doc_word_len(d, i), len[i]);
		assert_int_equal(doc_word_end(d, i), off[i] + len[i]);
		assert_int_equal(doc_word_next(d, i, off[i]),
		    i + 1 < n ? off[i + 1] : d->len);
		/* At, inside and just past each word. */
		assert_int_equal(doc_word_at(d, off[i]), i);
		assert_int_equal(doc_word_at(d, off[i] + 1), i + 1);
		if (off[i] > 0)
			assert_int_equal(doc_word_at(d, off[i] - 1),
			    i > 0 && off[i - 1] >= off[i] - 1 ? i - 1 : i);
	}
	/* A walk from the first word meets every offset. */
	for (i = 0, pos = n > 0 ? doc_word_off(d, 0) : 0; i < n; i++) {
		assert_int_equal(pos, off[i]);
		pos = doc_word_next(d, i, pos);
	}
	assert_int_equal(doc_word_at(d, n > 0 ? off[n - 1] + len[n - 1] :
	    0), n);
	assert_int_equal(doc_word_at(d, SIZE_MAX / 2), n);
	assert_int_equal(doc_word_at(d, 0), 0);
}

/* Words of length 1 + i % 32 with gaps of i % 8: every block narrow. */
static void
test_words_narrow(void **state)
{
	size_t		 off[200], len[200], i, pos = 3, n;
	struct doc	 d;

	(void)state;
	for (i = 0; i < 200; i++) {
		len[i] = 1 + i % DOC_WNARROW_LEN;
		off[i] = pos;
		pos += len[i] + i % (DOC_WNARROW_GAP + 1);
	}
	/* The edges: a block exactly full, one word past, a partial one. */
	for (n = 0; n <= 200; n++) {
		if (n > 3 && n % DOC_WBLOCK > 1 && n % DOC_WBLOCK <
		    DOC_WBLOCK - 1 && n != 200)
			continue;
		make(&d, off, len, n);
		check(&d, off, len, n);
		assert_int_equal(d.nwoff, 0);
		assert_int_equal(d.nwlong, 0);
		doc_words_free(&d);
	}
}

/*
 * One word past a narrow limit makes its block wide, and only its
 * block: a word of DOC_WNARROW_LEN + 1 bytes, then a gap of
 * DOC_WNARROW_GAP + 1 bytes, in the second and fourth blocks; the
 * gap after a block's last word does not count.
 */
static void
test_words_limits(void **state)
{
	size_t		 off[5 * DOC_WBLOCK], len[5 * DOC_WBLOCK], i, pos = 0;
	size_t		 n = 5 * DOC_WBLOCK;
	struct doc	 d;

	(void)state;
	for (i = 0; i < n; i++) {
		len[i] = i == DOC_WBLOCK + 5 ? DOC_WNARROW_LEN + 1 :
		    i == 2 * DOC_WBLOCK ? DOC_WNARROW_LEN : 1 + i % 3;
		off[i] = pos;
		pos += len[i] + (i == 3 * DOC_WBLOCK + 9 ?
		    DOC_WNARROW_GAP + 1 : i == 3 * DOC_WBLOCK - 1 ? 1000 :
		    i == 4 * DOC_WBLOCK + 3 ? DOC_WNARROW_GAP : 1);
	}
	make(&d, off, len, n);
	check(&d, off, len, n);
	assert_false(wide(&d, 0));
	assert_true(wide(&d, 1));
	assert_false(wide(&d, 2));	/* 32 bytes; 1000 after its last */
	assert_true(wide(&d, 3));
	assert_false(wide(&d, 4));	/* a gap of DOC_WNARROW_GAP */
	assert_int_equal(d.nwoff, 2 * DOC_WBLOCK);
	doc_words_free(&d);
}

/* A block whose words span more than 65,535 bytes, and large offsets. */
static void
test_words_far(void **state)
{
	size_t		 off[40], len[40], i, pos = 10;
	struct doc	 d;

	(void)state;
	for (i = 0; i < 40; i++) {
		len[i] = 2;
		off[i] = pos;
		pos += 3 + (i == 10 ? 70000 : i == 20 ? 0x7000000 : 0);
	}
	make(&d, off, len, 40);
	check(&d, off, len, 40);
	assert_true(wide(&d, 0));
	assert_false(wide(&d, 1));	/* narrow, its base past 100 MB */
	doc_words_free(&d);
}

/* Lengths of WORD_LONG bytes or more, and those around the limit. */
static void
test_words_long(void **state)
{
	static const size_t lens[] = { 254, 255, 256, 100000, 1, 33 };
	size_t		 off[70], len[70], i, pos = 0;
	struct doc	 d;

	(void)state;
	for (i = 0; i < 70; i++) {
		len[i] = i >= 40 && i < 46 ? lens[i - 40] : 1;
		if (i == 69)
			len[i] = 300;	/* alone in the last block */
		off[i] = pos;
		pos += len[i] + 1;
	}
	make(&d, off, len, 70);
	check(&d, off, len, 70);
	assert_int_equal(d.nwlong, 4);
	assert_int_equal(d.wlong[0].word, 41);
	assert_int_equal(d.wlong[3].word, 69);
	assert_false(wide(&d, 0));
	assert_true(wide(&d, 1));
	assert_true(wide(&d, 2));
	assert_int_equal(d.nwoff, DOC_WBLOCK + 6);
	doc_words_free(&d);
}

/*
 * The last word may grow, joined across hidden characters, until the
 * next one comes: the last of a full block (which is made only then),
 * past the narrow limit, and past WORD_LONG at the end.
 */
static void
test_words_grow(void **state)
{
	struct doc_wbuild	wb;
	struct doc		d;
	size_t			off[DOC_WBLOCK + 2], len[DOC_WBLOCK + 2];
	size_t			i, n = DOC_WBLOCK + 2;

	(void)state;
	memset(&d, 0, sizeof(d));
	doc_words_begin(&wb, &d);
	for (i = 0; i < n; i++) {
		off[i] = 4 * i + (i >= DOC_WBLOCK ? 400 : 0);
		len[i] = 1;
	}
	len[DOC_WBLOCK - 1] = 40;
	len[n - 1] = 1000;
	for (i = 0; i < n; i++) {
		doc_words_add(&wb, off[i], 1, (uint32_t)(i + 7));
		if (len[i] > 1) {
			doc_words_grow(&wb, 20);
			doc_words_grow(&wb, len[i]);
		}
	}
	doc_words_end(&wb);
	d.len = off[n - 1] + len[n - 1];
	check(&d, off, len, n);
	assert_true(wide(&d, 0));
	assert_true(wide(&d, 1));
	assert_int_equal(d.nwlong, 1);
	doc_words_free(&d);
}

/* No words: every search finds none, and freeing is safe, twice. */
static void
test_words_empty(void **state)
{
	struct doc_wbuild	wb;
	struct doc		d;

	(void)state;
	memset(&d, 0, sizeof(d));
	doc_words_begin(&wb, &d);
	doc_words_end(&wb);
	assert_int_equal(d.nwords, 0);
	assert_int_equal(d.nwoff, 0);
	assert_int_equal(doc_word_at(&d, 0), 0);
	assert_int_equal(doc_word_at(&d, 1000), 0);
	doc_words_free(&d);
	doc_words_free(&d);
	assert_null(d.words);
}

/* Random lengths and gaps, mostly narrow, against the arrays. */
static void
test_words_random(void **state)
{
	size_t		 n = 20000, i, pos = 0, *off, *len;
	struct doc	 d;

	(void)state;
	off = xcalloc(n, sizeof(*off));
	len = xcalloc(n, sizeof(*len));
	for (i = 0; i < n; i++) {
		len[i] = test_rand(100) == 0 ? 1 + test_rand(400) :
		    1 + test_rand(12);
		off[i] = pos;
		pos += len[i] + (test_rand(200) == 0 ? test_rand(100000) :
		    test_rand(4));
	}
	make(&d, off, len, n);
	check(&d, off, len, n);
	/* Five bytes a word and the bases, and some wide blocks. */
	assert_true(d.nwoff > 0 && d.nwoff < n / 2);
	doc_words_free(&d);
	free(off);
	free(len);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_narrow),
		cmocka_unit_test(test_words_limits),
		cmocka_unit_test(test_words_far),
		cmocka_unit_test(test_words_long),
		cmocka_unit_test(test_words_grow),
		cmocka_unit_test(test_words_empty),
		cmocka_unit_test(test_words_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
