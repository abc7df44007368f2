/*
 * suffix.c — the statement's word positions sorted by the words that
 * follow them.
 *
 * Positions are sorted by their first SUFFIX_DEPTH word keys (past the
 * statement's end counts as less than any word), equal runs by
 * position: SUFFIX_DEPTH stable counting sorts over the keys, last word
 * first.  The rows of a gram of k <= SUFFIX_DEPTH words are then one
 * range, found by narrowing on one word after another, so its count is
 * the range's size.  Its occurrences in statement order are the range's
 * smallest positions: a range-minimum table over blocks of SUFFIX_BLOCK
 * rows finds the least of any range at a cost of two blocks, and a heap
 * of ranges split at their least hands them out in order.
 *
 * Memory: 4 bytes per word (the rows), 4 per distinct word (the first
 * row of each key) and 4 x log2(n / SUFFIX_BLOCK) / SUFFIX_BLOCK per
 * word (the table): under 10 bytes per word for any statement.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "suffix.h"
#include "xmalloc.h"

#define SUFFIX_BLOCK	32	/* rows per block of the minimum table */
#define SUFFIX_HEAP	64	/* ranges of a heap kept on the stack */
#define SUFFIX_SCAN	8	/* rows searched one by one */

/* A range of rows and the row of its least position. */
struct suffix_range {
	uint32_t	pos, row;
	uint32_t	lo, hi;
};

/* The key of word p shifted by one, 0 past the end: the sort's key. */
static uint32_t
suffix_key(const struct suffix *sx, size_t p)
{
	return p < sx->n ? sx->words[p].key + 1 : 0;
}

/* Sort the rows: one stable counting sort per word, the last first. */
static void
suffix_sort(struct suffix *sx)
{
	uint32_t	*tmp, *cnt, *swap, c, sum;
	size_t		 i, d, nb = sx->nkeys + 1;

	tmp = xcalloc(sx->n, sizeof(*tmp));
	cnt = xcalloc(nb, sizeof(*cnt));
	for (i = 0; i < sx->n; i++)
		sx->pos[i] = (uint32_t)i;
	for (d = SUFFIX_DEPTH; d-- > 0;) {
		memset(cnt, 0, nb * sizeof(*cnt));
		for (i = 0; i < sx->n; i++)
			cnt[suffix_key(sx, i + d)]++;
		for (sum = 0, i = 0; i < nb; i++) {
			c = cnt[i];
			cnt[i] = sum;
			sum += c;
		}
		for (i = 0; i < sx->n; i++)
			tmp[cnt[suffix_key(sx, sx->pos[i] + d)]++] = sx->pos[i];
		swap = sx->pos;
		sx->pos = tmp;
		tmp = swap;
	}
	free(tmp);
	free(cnt);
}

/* The row of the lesser position of rows a and b. */
static uint32_t
suffix_less(const struct suffix *sx, uint32_t a, uint32_t b)
{
	return sx->pos[b] < sx->pos[a] ? b : a;
}

/*
 * The minimum table: level j, block b holds the row of the least
 * position of blocks [b, b + 2^j).
 */
static void
suffix_table(struct suffix *sx)
{
	uint32_t	*t, *u;
	size_t		 b, i, j, end;

	sx->nblocks = (sx->n + SUFFIX_BLOCK - 1) / SUFFIX_BLOCK;
	for (sx->nlevels = 1; (size_t)1 << sx->nlevels <= sx->nblocks;)
		sx->nlevels++;
	sx->rmq = xcalloc(sx->nblocks * sx->nlevels, sizeof(*sx->rmq));
	for (b = 0; b < sx->nblocks; b++) {
		sx->rmq[b] = (uint32_t)(b * SUFFIX_BLOCK);
		end = (b + 1) * SUFFIX_BLOCK;
		if (end > sx->n)
			end = sx->n;
		for (i = b * SUFFIX_BLOCK + 1; i < end; i++)
			sx->rmq[b] = suffix_less(sx, sx->rmq[b], (uint32_t)i);
	}
	for (j = 1; j < sx->nlevels; j++) {
		t = sx->rmq + j * sx->nblocks;
		u = t - sx->nblocks;
		for (b = 0; b + ((size_t)1 << j) <= sx->nblocks; b++)
			t[b] = suffix_less(sx, u[b], u[b + ((size_t)1 << (j - 1))]);
	}
}

struct suffix *
suffix_build(const struct doc *st)
{
	struct suffix	*sx;
	size_t		 i;

	sx = xcalloc(1, sizeof(*sx));
	sx->words = st->words;
	sx->n = st->nwords < UINT32_MAX ? st->nwords : UINT32_MAX - 1;
	for (i = 0; i < sx->n; i++)
		if (st->words[i].key >= sx->nkeys)
			sx->nkeys = (size_t)st->words[i].key + 1;
	sx->pos = xcalloc(sx->n + 1, sizeof(*sx->pos));
	suffix_sort(sx);
	sx->start = xcalloc(sx->nkeys + 1, sizeof(*sx->start));
	for (i = 0; i < sx->n; i++)
		sx->start[st->words[i].key + 1]++;
	for (i = 0; i < sx->nkeys; i++)
		sx->start[i + 1] += sx->start[i];
	suffix_table(sx);
	return sx;
}

void
suffix_free(struct suffix *sx)
{
	if (sx == NULL)
		return;
	free(sx->pos);
	free(sx->start);
	free(sx->rmq);
	free(sx);
}

size_t
suffix_bytes(const struct suffix *sx)
{
	return sizeof(*sx) + (sx->n + 1) * sizeof(*sx->pos) +
	    (sx->nkeys + 1) * sizeof(*sx->start) +
	    sx->nblocks * sx->nlevels * sizeof(*sx->rmq);
}

/* The first row of [lo, hi) whose word d has a key of at least k. */
static uint32_t
suffix_lower(const struct suffix *sx, size_t d, uint32_t k, uint32_t lo,
    uint32_t hi)
{
	uint32_t	mid;

	/* A few rows are read in order: no mispredicted halving. */
	if (hi - lo <= SUFFIX_SCAN) {
		while (lo < hi && suffix_key(sx, (size_t)sx->pos[lo] + d) < k)
			lo++;
		return lo;
	}
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (suffix_key(sx, (size_t)sx->pos[mid] + d) < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
suffix_narrow(const struct suffix *sx, size_t d, uint32_t key, uint32_t *lo,
    uint32_t *hi)
{
	if (key >= sx->nkeys) {
		*hi = *lo;
		return 0;
	}
	if (d == 0) {
		*lo = sx->start[key];
		*hi = sx->start[key + 1];
	} else {
		*lo = suffix_lower(sx, d, key + 1, *lo, *hi);
		*hi = suffix_lower(sx, d, key + 2, *lo, *hi);
	}
	return *hi - *lo;
}

/* The row of the least position of rows [lo, hi), lo < hi. */
static uint32_t
suffix_min(const struct suffix *sx, uint32_t lo, uint32_t hi)
{
	size_t		bl = lo / SUFFIX_BLOCK, bh = (hi - 1) / SUFFIX_BLOCK;
	size_t		i, j, len, end;
	uint32_t	best = lo;
	const uint32_t	*t;

	/* Two partial blocks at most, scanned; the table between them. */
	end = bh > bl + 1 ? (bl + 1) * SUFFIX_BLOCK : hi;
	for (i = lo + 1; i < end; i++)
		best = suffix_less(sx, best, (uint32_t)i);
	if (bh <= bl + 1)
		return best;
	for (i = bh * SUFFIX_BLOCK; i < hi; i++)
		best = suffix_less(sx, best, (uint32_t)i);
	len = bh - bl - 1;
	for (j = 0; (size_t)2 << j <= len; j++)
		continue;
	t = sx->rmq + j * sx->nblocks;
	best = suffix_less(sx, best, t[bl + 1]);
	return suffix_less(sx, best, t[bh - ((size_t)1 << j)]);
}

static void
suffix_push(const struct suffix *sx, struct suffix_range *h, size_t *nh,
    uint32_t lo, uint32_t hi)
{
	struct suffix_range	 r;
	size_t			 i, up;

	if (lo >= hi)
		return;
	r.lo = lo;
	r.hi = hi;
	r.row = suffix_min(sx, lo, hi);
	r.pos = sx->pos[r.row];
	for (i = (*nh)++; i > 0 && h[up = (i - 1) / 2].pos > r.pos; i = up)
		h[i] = h[up];
	h[i] = r;
}

static struct suffix_range
suffix_pop(struct suffix_range *h, size_t *nh)
{
	struct suffix_range	 top = h[0], last = h[--(*nh)];
	size_t			 i = 0, c;

	while ((c = 2 * i + 1) < *nh) {
		if (c + 1 < *nh && h[c + 1].pos < h[c].pos)
			c++;
		if (h[c].pos >= last.pos)
			break;
		h[i] = h[c];
		i = c;
	}
	if (*nh > 0)
		h[i] = last;
	return top;
}

static int
suffix_pos_cmp(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

void
suffix_first(const struct suffix *sx, uint32_t lo, uint32_t hi, size_t n,
    uint32_t *out)
{
	struct suffix_range	 stack[SUFFIX_HEAP + 1], *h = stack, r;
	size_t			 i, j, nh = 0;

	if (n == 0)
		return;
	if (hi - lo <= n) {
		memcpy(out, sx->pos + lo, (size_t)(hi - lo) * sizeof(*out));
		if (hi - lo > SUFFIX_HEAP) {
			qsort(out, hi - lo, sizeof(*out), suffix_pos_cmp);
			return;
		}
		/* SUFFIX_HEAP at most: an insertion sort, no calls. */
		for (i = 1; i < hi - lo; i++) {
			r.pos = out[i];
			for (j = i; j > 0 && out[j - 1] > r.pos; j--)
				out[j] = out[j - 1];
			out[j] = r.pos;
		}
		return;
	}
	if (n > SUFFIX_HEAP)
		h = xcalloc(n + 1, sizeof(*h));
	/* Each pop adds two ranges at most: n + 1 are never exceeded. */
	suffix_push(sx, h, &nh, lo, hi);
	for (i = 0; i < n; i++) {
		r = suffix_pop(h, &nh);
		out[i] = r.pos;
		if (i + 1 < n) {
			suffix_push(sx, h, &nh, r.lo, r.row);
			suffix_push(sx, h, &nh, r.row + 1, r.hi);
		}
	}
	if (h != stack)
		free(h);
}
