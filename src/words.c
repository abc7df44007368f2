/*
 * words.c — where a document's words lie (words.h tells how they are
 * kept), and making them one after another.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fatal.h"
#include "model.h"
#include "words.h"
#include "xmalloc.h"

size_t
doc_word_long(const struct doc *d, size_t i)
{
	size_t	lo = 0, hi = d->nwlong, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (d->wlong[mid].word < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == d->nwlong || d->wlong[lo].word != i)
		fatal("doc_word_len: word %zu has no length", i);
	return d->wlong[lo].len;
}

size_t
doc_word_at(const struct doc *d, size_t off)
{
	size_t		 lo = 0, hi = (d->nwords + DOC_WBLOCK - 1) / DOC_WBLOCK;
	size_t		 mid, i, k, n, pos;
	const uint32_t	*wo;
	const uint8_t	*c;
	uint32_t	 base;

	/* The last block whose first word starts before off ... */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (doc_word_off(d, mid * DOC_WBLOCK) < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return 0;
	/* ... holds the word, or the next block's first word is it:
	 * DOC_WBLOCK - 1 steps at most, from the block's first word. */
	i = (lo - 1) * DOC_WBLOCK;
	n = lo * DOC_WBLOCK < d->nwords ? lo * DOC_WBLOCK : d->nwords;
	base = d->wbase[lo - 1];
	if (base & DOC_WWIDE) {
		wo = d->woff + (base & ~DOC_WWIDE);
		for (k = 1; i + k < n && wo[k] < off; k++)
			;
		return i + k;
	}
	for (pos = base, c = d->wcode + i; ++i < n; c++)
		if ((pos += (size_t)(*c & 31) + 1 + (*c >> 5)) >= off)
			break;
	return i;
}

void
doc_words_free(struct doc *d)
{
	free(d->words);
	free(d->wcode);
	free(d->wbase);
	free(d->woff);
	free(d->wlong);
	d->words = NULL;
	d->wcode = NULL;
	d->wbase = NULL;
	d->woff = NULL;
	d->wlong = NULL;
	d->nwords = d->nwoff = d->nwlong = 0;
}

/* Give block b of the words its codes, and its base. */
static void
words_flush(struct doc_wbuild *wb, size_t b)
{
	struct doc	*d = wb->d;
	size_t		 first = b * DOC_WBLOCK, n = d->nwords - first, k;
	uint8_t		*c = d->wcode + first;
	bool		 narrow = true;
	uint32_t	 gap;

	for (k = 0; k < n && narrow; k++) {
		if (wb->len[k] < 1 || wb->len[k] > DOC_WNARROW_LEN)
			narrow = false;
		else if (k + 1 < n && wb->off[k + 1] - wb->off[k] -
		    wb->len[k] > DOC_WNARROW_GAP)
			narrow = false;
	}
	xgrow(&d->wbase, &wb->basecap, b + 1, sizeof(*d->wbase));
	if (narrow) {
		d->wbase[b] = wb->off[0];
		for (k = 0; k < n; k++) {
			gap = k + 1 < n ? wb->off[k + 1] - wb->off[k] -
			    wb->len[k] : 0;
			c[k] = (uint8_t)(gap << 5 | (wb->len[k] - 1));
		}
		return;
	}
	d->wbase[b] = DOC_WWIDE | (uint32_t)d->nwoff;
	xgrow(&d->woff, &wb->woffcap, d->nwoff + n, sizeof(*d->woff));
	memcpy(d->woff + d->nwoff, wb->off, n * sizeof(*d->woff));
	d->nwoff += n;
	for (k = 0; k < n; k++) {
		if (wb->len[k] < WORD_LONG) {
			c[k] = (uint8_t)wb->len[k];
			continue;
		}
		c[k] = WORD_LONG;
		xgrow(&d->wlong, &wb->wlongcap, d->nwlong + 1,
		    sizeof(*d->wlong));
		d->wlong[d->nwlong].word = (uint32_t)(first + k);
		d->wlong[d->nwlong++].len = wb->len[k];
	}
}

void
doc_words_begin(struct doc_wbuild *wb, struct doc *d)
{
	memset(wb, 0, sizeof(*wb));
	wb->d = d;
	doc_words_free(d);
}

void
doc_words_add(struct doc_wbuild *wb, size_t off, size_t len, uint32_t key)
{
	struct doc	*d = wb->d;
	size_t		 i = d->nwords;

	if (i > 0 && i % DOC_WBLOCK == 0)
		words_flush(wb, i / DOC_WBLOCK - 1);
	if (off + len > UINT32_MAX / 2)
		fatal("word at byte %zu is past the largest text", off);
	if (i % DOC_WBLOCK == 0) {
		xgrow(&d->words, &wb->keycap, i + DOC_WBLOCK,
		    sizeof(*d->words));
		xgrow(&d->wcode, &wb->codecap, i + DOC_WBLOCK, 1);
	}
	d->words[i].key = key;
	wb->off[i % DOC_WBLOCK] = (uint32_t)off;
	wb->len[i % DOC_WBLOCK] = (uint32_t)len;
	d->nwords = i + 1;
}

void
doc_words_grow(struct doc_wbuild *wb, size_t len)
{
	struct doc	*d = wb->d;

	if (wb->off[(d->nwords - 1) % DOC_WBLOCK] + len > UINT32_MAX / 2)
		fatal("word of %zu bytes is too long", len);
	wb->len[(d->nwords - 1) % DOC_WBLOCK] = (uint32_t)len;
}

void
doc_words_end(struct doc_wbuild *wb)
{
	struct doc	*d = wb->d;
	size_t		 nb = (d->nwords + DOC_WBLOCK - 1) / DOC_WBLOCK;

	if (nb > 0)
		words_flush(wb, nb - 1);
	/* Exact sizes: the words are the model's largest arrays. */
	d->words = xreallocarray(d->words, d->nwords, sizeof(*d->words));
	d->wcode = xreallocarray(d->wcode, d->nwords, 1);
	d->wbase = xreallocarray(d->wbase, nb, sizeof(*d->wbase));
	d->woff = xreallocarray(d->woff, d->nwoff, sizeof(*d->woff));
	d->wlong = xreallocarray(d->wlong, d->nwlong, sizeof(*d->wlong));
}
