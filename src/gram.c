/*
 * gram.c — where the quotations' words occur in the statement.
 *
 * The grams of every quotation, runs of 1, 2, 3, 4 and 8 words (a
 * three-word quotation still has seeds, a short one whose every other
 * word was changed still has its words, and a passage of frequent words
 * still has a rare gram), go into an open-addressing table, each known
 * by a 64-bit hash of its words, but for those of one word, known by
 * the word's key; a gram holding a word the statement lacks goes
 * nowhere.  One scan of the statement, a hash of each length rolled
 * along, counts each gram's occurrences and keeps the first GRAM_CAP
 * of them in statement order; a bitmap turns most statement grams away
 * at one probe, and a longer gram is looked up only if the shorter one
 * it ends with is a quotation's.
 *
 * A passage whose grams all occur more often than that becomes a
 * pattern of an Aho-Corasick automaton over words; a second scan, if
 * there is any pattern, keeps the first GRAM_EXACT occurrences of each.
 *
 * Time O(S + R): the statement S is scanned once by each, every word
 * looking up GRAM_NLENS grams at most; building costs the patterns'
 * length.  Memory: the distinct grams and pattern words of the
 * quotations (the tables grow as they fill, so that a quotation
 * repeated a thousand times costs one; 8 bytes a word's gram, 16 and
 * 4 to 8 of table a longer one's) plus the occurrences kept, at most
 * min(GRAM_NLENS x S, GRAM_NLENS x GRAM_CAP x R), and 8 bytes a key up
 * to the largest key of a quotation's word, of which only the
 * quotations' words' are written.  Words past UINT32_MAX are not
 * indexed.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fatal.h"
#include "gram.h"
#include "model.h"
#include "suffix.h"
#include "xmalloc.h"

#define HASH_MUL	0x9E3779B97F4A7C15ULL

_Static_assert(SUFFIX_DEPTH >= 8, "the index is sorted by the longest gram");

const size_t gram_lens[GRAM_NLENS] = { 1, 2, 3, 4, 8 };

/* ---- the gram index ------------------------------------------------ */

static uint64_t
gram_mix(uint64_t h, size_t k)
{
	h += (uint64_t)k * 0xD6E8FEB86659FD93ULL;
	h ^= h >> 30;
	h *= 0xBF58476D1CE4E5B9ULL;
	h ^= h >> 27;
	h *= 0x94D049BB133111EBULL;
	return h ^ (h >> 31);
}

/*
 * The hash of the k words from w on: a polynomial in HASH_MUL of their
 * keys, so that the statement scan can roll it one word at a time.
 */
static uint64_t
gram_hash(const struct word *w, size_t k)
{
	uint64_t	h = 0;
	size_t		i;

	for (i = 0; i < k; i++)
		h = h * HASH_MUL + w[i].key + 1;
	return gram_mix(h, k);
}

/*
 * The id of the gram with hash h, or GRAM_NONE; *slot is where it
 * would go.
 */
static uint32_t
gram_slot(const struct gram_index *gi, uint64_t h, size_t *slot)
{
	size_t		 i;
	uint32_t	 g;

	for (i = (size_t)h & gi->mask;; i = (i + 1) & gi->mask) {
		if ((g = gi->slots[i]) == 0)
			break;
		if (gi->grams[g - 1].hash == h)
			return g - 1;
	}
	*slot = i;
	return GRAM_NONE;
}

/* The id of the gram with hash h, or GRAM_NONE. */
static uint32_t
gram_lookup(const struct gram_index *gi, uint64_t h)
{
	size_t	bit = (size_t)(h >> 32) & gi->bitmask, slot;

	/* Most statement grams are in no quotation: one bit says so. */
	if (!(gi->bits[bit / 64] >> (bit % 64) & 1))
		return GRAM_NONE;
	return gram_slot(gi, h, &slot);
}

/* Empty slots and bits for a table of size (a power of two) slots. */
static void
gram_table(struct gram_index *gi, size_t size)
{
	gi->mask = size - 1;
	gi->slots = xcalloc(size, sizeof(*gi->slots));
	gi->bitmask = 8 * size - 1;
	gi->bits = xcalloc(size / 8, sizeof(*gi->bits));
}

/* Put gram g, known not to be in the table, in its slot and bit. */
static void
gram_place(struct gram_index *gi, uint32_t g)
{
	uint64_t	h = gi->grams[g].hash;
	size_t		bit = (size_t)(h >> 32) & gi->bitmask, i;

	for (i = (size_t)h & gi->mask; gi->slots[i] != 0;
	    i = (i + 1) & gi->mask)
		continue;
	gi->slots[i] = g + 1;
	gi->bits[bit / 64] |= (uint64_t)1 << (bit % 64);
}

/*
 * Room for one more gram in the table, at most two thirds full: twice
 * the slots, every gram of the table placed again (ids, and so all
 * else, stay), so that placing again costs as much again at most, and
 * the table is never more than three slots a gram (four times left it
 * up to twelve: 20 MB more for 700,000 grams than for 699,000).  True
 * if the table grew.
 */
static bool
gram_room(struct gram_index *gi)
{
	size_t		size = gi->mask + 1;
	uint32_t	g;

	if (3 * (gi->nhashed + 1) <= 2 * size)
		return false;
	free(gi->slots);
	free(gi->bits);
	gram_table(gi, 2 * size);
	for (g = 0; g < gi->nhashed; g++)
		gram_place(gi, g);
	return true;
}

/* The id of the gram with hash h (two words or more), added if new. */
static uint32_t
gram_add(struct gram_index *gi, uint64_t h)
{
	size_t		 bit, slot;
	uint32_t	 g;
	struct gram	*gr;

	if ((g = gram_slot(gi, h, &slot)) != GRAM_NONE)
		return g;
	if (gram_room(gi))
		gram_slot(gi, h, &slot);	/* where it goes now */
	if (gi->nhashed >= GRAM_ONE - 1)
		fatal("gram index: too many grams");
	xgrow(&gi->grams, &gi->gramcap, gi->nhashed + 1, sizeof(*gi->grams));
	bit = (size_t)(h >> 32) & gi->bitmask;
	g = (uint32_t)gi->nhashed++;
	gi->ngrams++;
	gi->slots[slot] = g + 1;
	gi->bits[bit / 64] |= (uint64_t)1 << (bit % 64);
	gr = &gi->grams[g];
	gr->hash = h;
	gr->occ.count = 0;
	gr->occ.at = GRAM_NONE;
	return g;
}

/* Is key, below gi->nuni, a quotation's word? */
static bool
gram_uni_has(const struct gram_index *gi, uint32_t key)
{
	return gi->unibits[key / 64] >> (key % 64) & 1;
}

/* Intern the gram of one word, key (below gi->nuni). */
static void
gram_add_uni(struct gram_index *gi, uint32_t key)
{
	if (gram_uni_has(gi, key))
		return;
	gi->unibits[key / 64] |= (uint64_t)1 << (key % 64);
	gi->ngrams++;
}

/* The id of the gram of the word key, or GRAM_NONE. */
static uint32_t
gram_find_uni(const struct gram_index *gi, uint32_t key)
{
	if (key >= gi->nuni || !gram_uni_has(gi, key))
		return GRAM_NONE;
	return GRAM_ONE | key;
}

/* The occurrences of gram g. */
static struct gram_occ *
gram_occ_of(const struct gram_index *gi, uint32_t g)
{
	if (g & GRAM_ONE)
		return &gi->uni[g & ~GRAM_ONE];
	return &gi->grams[g].occ;
}

uint32_t
gram_index_find(const struct gram_index *gi, const struct word *w, size_t k)
{
	if (k == 1)
		return gram_find_uni(gi, w[0].key);
	return gram_lookup(gi, gram_hash(w, k));
}

size_t
gram_index_count(const struct gram_index *gi, uint32_t g)
{
	return gram_occ_of(gi, g)->count;
}

/*
 * Intern the grams of every length of report words [r, e) but those
 * holding a key from nokey on: the statement has none of those, so
 * they would count nothing (a gram not interned is as good as one of
 * count 0), and a quotation of words the statement never uses costs
 * no gram at all.  O(e - r) a length: bad only moves forward.
 */
static void
gram_index_range(struct gram_index *gi, const struct word *rw, size_t r,
    size_t e, uint64_t nokey)
{
	size_t	l, t, k, bad;

	for (l = 0; l < GRAM_NLENS; l++) {
		k = gram_lens[l];
		for (bad = r, t = r; t + k <= e; t++) {
			/* The first word from t on that the statement lacks. */
			while (bad < e && (bad < t || rw[bad].key < nokey))
				bad++;
			if (bad < t + k)
				continue;
			if (k == 1)
				gram_add_uni(gi, rw[t].key);
			else
				gram_add(gi, gram_hash(rw + t, k));
		}
	}
}

/*
 * The least key no statement word has from there on: one more than the
 * largest (a report's own words are numbered after the statement's),
 * or, without the statement, none.
 */
static uint64_t
gram_nokey(const struct doc *st)
{
	uint64_t	max = 0;
	size_t		i;

	if (st == NULL)
		return UINT64_MAX;
	for (i = 0; i < st->nwords; i++)
		if (st->words[i].key >= max)
			max = (uint64_t)st->words[i].key + 1;
	return max;
}

/*
 * Intern the grams of every length of every quotation, piece by piece
 * as its ellipses cut it (match.c cuts it so and looks grams up only
 * inside a piece): a gram across a cut is never asked for, and a
 * quotation of one-word pieces has one gram a word, not five.  A
 * word's gram is not in the table but known by its key: a bit says if
 * it is a quotation's, and its occurrences are in an array by key, up
 * to the largest key of a quotation's word the statement may hold.
 * The scan looks one up for every statement word, and a hash table of
 * a million grams cost each lookup a cache miss or two; and a word's
 * gram takes 8 bytes, not 16 and a slot.
 */
void
gram_index_init(struct gram_index *gi, const struct model *m)
{
	const struct quote	*q;
	size_t			 i, c, r, e, end;
	uint64_t		 nokey = gram_nokey(m->stmt), nuni = 0, key;

	memset(gi, 0, sizeof(*gi));
	gram_table(gi, 64);
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		for (r = q->wfirst; r < (size_t)q->wfirst + q->nwords; r++) {
			key = m->rep.words[r].key;
			if (key < nokey && key >= nuni)
				nuni = key + 1;
		}
	}
	if (nuni > GRAM_ONE)
		fatal("gram index: too many words");
	gi->nuni = (size_t)nuni;
	/* Untouched, the occurrences of words no quotation has cost no page. */
	gi->uni = xcalloc(gi->nuni + 1, sizeof(*gi->uni));
	gi->unibits = xcalloc(gi->nuni / 64 + 1, sizeof(*gi->unibits));
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		r = q->wfirst;
		end = q->wfirst + q->nwords;
		for (c = 0; c <= quote_ncuts(q); c++) {
			e = c < quote_ncuts(q) ? quote_cuts(q)[c] + 1 : end;
			if (e <= r || e > end)
				continue;
			gram_index_range(gi, m->rep.words, r, e, nokey);
			r = e;
		}
	}
}

/*
 * The chunk of a gram's kept occurrence i (< GRAM_CAP), and the first
 * occurrence it holds: chunk c holds gram_chunk_start[c] on, up to the
 * next one's start.
 */
static const uint32_t gram_chunk_start[GRAM_NCHUNKS + 1] = {
	0, 2, 6, 14, 30, GRAM_CAP
};

static size_t
gram_chunk_of(size_t i)
{
	size_t	c = 0;

	while (i >= gram_chunk_start[c + 1])
		c++;
	return c;
}

/* A new chunk c of the pool after chunk prev: its index. */
static uint32_t
gram_chunk_new(struct gram_index *gi, size_t c, uint32_t prev)
{
	size_t	n = 1 + gram_chunk_start[c + 1] - gram_chunk_start[c];
	size_t	at = gi->npool;

	if (at + n >= GRAM_NONE)
		fatal("gram index: too many occurrences kept");
	xgrow(&gi->pool, &gi->poolcap, at + n, sizeof(*gi->pool));
	gi->pool[at] = prev;
	gi->npool += n;
	return (uint32_t)at;
}

/* Count an occurrence of gram g at statement word s; keep GRAM_CAP. */
static void
gram_index_add(struct gram_index *gi, uint32_t g, uint32_t s)
{
	struct gram_occ	*gr = gram_occ_of(gi, g);
	uint32_t	 n = gr->count++, first;
	size_t		 c;

	if (n == 0) {
		gr->at = s;
		return;
	}
	if (n >= GRAM_CAP)
		return;
	if (n == 1) {
		first = gr->at;
		gr->at = gram_chunk_new(gi, 0, GRAM_NONE);
		gi->pool[gr->at + 1] = first;
	}
	c = gram_chunk_of(n);
	if (n == gram_chunk_start[c] && n > 1)
		gr->at = gram_chunk_new(gi, c, gr->at);
	gi->pool[gr->at + 1 + n - gram_chunk_start[c]] = s;
}

/* Copy the first n kept occurrences of gram g, as first words, to out. */
void
gram_index_occ(const struct gram_index *gi, uint32_t g, size_t n,
    uint32_t *out)
{
	const struct gram_occ	*gr = gram_occ_of(gi, g);
	uint32_t		 chunk[GRAM_NCHUNKS];
	size_t			 i, c, last;

	if (gi->sx != NULL) {
		suffix_first(gi->sx, gr->at, gr->at + gr->count, n, out);
		return;
	}
	if (n == 0)
		return;
	if (gr->count == 1) {
		out[0] = gr->at;
		return;
	}
	/* The chunks, from the last back: GRAM_NCHUNKS at most. */
	last = gram_chunk_of((gr->count < GRAM_CAP ? gr->count : GRAM_CAP) - 1);
	for (chunk[c = last] = gr->at; c > 0; c--)
		chunk[c - 1] = gi->pool[chunk[c]];
	for (i = 0, c = 0; i < n; i++) {
		if (i == gram_chunk_start[c + 1])
			c++;
		out[i] = gi->pool[chunk[c] + 1 + i - gram_chunk_start[c]];
	}
}

void
gram_index_free(struct gram_index *gi)
{
	free(gi->slots);
	free(gi->bits);
	free(gi->grams);
	free(gi->pool);
	free(gi->uni);
	free(gi->unibits);
	memset(gi, 0, sizeof(*gi));
}

/*
 * Note the count and rows of the interned grams of the k <= 8 words
 * from report word w on, each a prefix of the next: their rows narrow
 * one word at a time.
 */
static void
gram_index_rows(struct gram_index *gi, const struct word *w, size_t k)
{
	uint32_t	lo = 0, hi = 0, g;
	size_t		d, l = 0, slot;

	for (d = 0; d < k; d++) {
		if (suffix_narrow(gi->sx, d, w[d].key, &lo, &hi) == 0)
			return;		/* so are the longer grams: count 0 */
		if (l == GRAM_NLENS || d + 1 != gram_lens[l])
			continue;
		g = d == 0 ? gram_find_uni(gi, w[0].key) :
		    gram_slot(gi, gram_hash(w, d + 1), &slot);
		if (g != GRAM_NONE) {
			gram_occ_of(gi, g)->count = hi - lo;
			gram_occ_of(gi, g)->at = lo;
		}
		l++;
	}
}

void
gram_index_fill(struct gram_index *gi, const struct model *m,
    const struct suffix *sx)
{
	const struct quote	*q;
	size_t			 i, t, k;

	gi->sx = sx;
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		for (t = 0; t < q->nwords; t++) {
			k = q->nwords - t;
			if (k > gram_lens[GRAM_NLENS - 1])
				k = gram_lens[GRAM_NLENS - 1];
			gram_index_rows(gi, m->rep.words + q->wfirst + t, k);
		}
	}
}

/* ---- exact occurrences: the automaton ------------------------------ */

static size_t
gram_edge_hash(uint32_t parent, uint32_t key)
{
	uint64_t	h = ((uint64_t)parent << 32 | key) * HASH_MUL;

	return (size_t)(h ^ (h >> 29));
}

/* The child of node v by word key, or GRAM_NONE. */
static uint32_t
gram_ac_child(const struct gram_trie *ac, uint32_t v, uint32_t key)
{
	size_t		i;
	uint32_t	c;

	for (i = gram_edge_hash(v, key) & ac->mask;; i = (i + 1) & ac->mask) {
		if ((c = ac->slots[i]) == 0)
			return GRAM_NONE;
		if (ac->nodes[c].parent == v && ac->nodes[c].key == key)
			return c;
	}
}

/* Put node c, not yet in the table, in the slot of its edge. */
static void
gram_ac_place(struct gram_trie *ac, uint32_t c)
{
	size_t	h;

	for (h = gram_edge_hash(ac->nodes[c].parent, ac->nodes[c].key) &
	    ac->mask; ac->slots[h] != 0; h = (h + 1) & ac->mask)
		continue;
	ac->slots[h] = c;
}

/*
 * Room for one more node, the table at most half full: twice the
 * slots, every node placed again.
 */
static void
gram_ac_room(struct gram_trie *ac)
{
	size_t		size = ac->mask + 1;
	uint32_t	c;

	xgrow(&ac->nodes, &ac->nodecap, ac->nnodes + 1, sizeof(*ac->nodes));
	memset(&ac->nodes[ac->nnodes], 0, sizeof(*ac->nodes));
	if (2 * (ac->nnodes + 1) <= size)
		return;
	free(ac->slots);
	ac->mask = 2 * size - 1;
	ac->slots = xcalloc(2 * size, sizeof(*ac->slots));
	for (c = 1; c < ac->nnodes; c++)
		gram_ac_place(ac, c);
}

/* The root; room for patterns grows as they come. */
void
gram_trie_init(struct gram_trie *ac, const struct doc *rep)
{
	const struct word	*rw = rep->words;
	size_t			 i;

	memset(ac, 0, sizeof(*ac));
	ac->mask = 63;
	ac->slots = xcalloc(ac->mask + 1, sizeof(*ac->slots));
	gram_ac_room(ac);
	ac->nnodes = 1;
	ac->nodes[0].out = GRAM_NONE;
	for (i = 0; i < rep->nwords; i++)
		if (rw[i].key >= ac->nkeys)
			ac->nkeys = (size_t)rw[i].key + 1;
	ac->inq = xcalloc(ac->nkeys / 64 + 1, sizeof(*ac->inq));
}

/* Add report words [r0, r0 + q) as a pattern. */
void
gram_trie_insert(struct gram_trie *ac, const struct word *rw, size_t r0,
    size_t q)
{
	struct gram_acnode	*n;
	size_t		 i;
	uint32_t	 v = 0, c, key;

	for (i = 0; i < q; i++) {
		key = rw[r0 + i].key;
		ac->inq[key / 64] |= (uint64_t)1 << (key % 64);
		if ((c = gram_ac_child(ac, v, key)) == GRAM_NONE) {
			gram_ac_room(ac);
			c = (uint32_t)ac->nnodes++;
			n = &ac->nodes[c];
			n->parent = v;
			n->key = key;
			n->depth = ac->nodes[v].depth + 1;
			n->out = GRAM_NONE;
			gram_ac_place(ac, c);
		}
		v = c;
	}
	ac->nodes[v].term = true;
}

/*
 * Failure links (the longest proper suffix that is a node) and output
 * links (the longest proper suffix that is a pattern), shallow nodes
 * first.  Linear in the patterns' length: along each pattern the
 * failure depth grows by one a word at most.
 */
static void
gram_ac_link(struct gram_trie *ac)
{
	struct gram_acnode	*nodes = ac->nodes, *n;
	size_t		*start, *order, i, d, maxd = 0;
	uint32_t	 f, c;

	for (i = 1; i < ac->nnodes; i++)
		if (nodes[i].depth > maxd)
			maxd = nodes[i].depth;
	start = xcalloc(maxd + 2, sizeof(*start));
	order = xcalloc(ac->nnodes, sizeof(*order));
	for (i = 1; i < ac->nnodes; i++)
		start[nodes[i].depth + 1]++;
	for (d = 1; d <= maxd + 1; d++)
		start[d] += start[d - 1];
	for (i = 1; i < ac->nnodes; i++)
		order[start[nodes[i].depth]++] = i;
	for (i = 0; i + 1 < ac->nnodes; i++) {
		n = &nodes[order[i]];
		f = n->parent == 0 ? 0 : nodes[n->parent].fail;
		c = GRAM_NONE;
		while (n->parent != 0 &&
		    (c = gram_ac_child(ac, f, n->key)) == GRAM_NONE && f != 0)
			f = nodes[f].fail;
		n->fail = c != GRAM_NONE ? c : 0;
		n->out = nodes[n->fail].term ? n->fail : nodes[n->fail].out;
	}
	free(start);
	free(order);
}

/* The node after node v reads word key. */
static uint32_t
gram_ac_step(const struct gram_trie *ac, uint32_t v, uint32_t key)
{
	uint32_t	c;

	if (key >= ac->nkeys || !(ac->inq[key / 64] >> (key % 64) & 1))
		return 0;
	while ((c = gram_ac_child(ac, v, key)) == GRAM_NONE && v != 0)
		v = ac->nodes[v].fail;
	return c != GRAM_NONE ? c : 0;
}

/*
 * Note the patterns that end at statement word s, node v read up to
 * it, GRAM_EXACT of each.  A pattern's suffixes end wherever it ends,
 * so once a pattern holds GRAM_EXACT, so does every one after it on
 * the output chain: each is noted GRAM_EXACT times at most in all.
 */
static void
gram_ac_note(struct gram_trie *ac, uint32_t v, size_t s)
{
	struct gram_acnode	*n;

	if (!ac->nodes[v].term)
		v = ac->nodes[v].out;
	for (; v != GRAM_NONE; v = n->out) {
		n = &ac->nodes[v];
		if (n->nocc == GRAM_EXACT)
			break;
		n->occ[n->nocc++] = (uint32_t)(s + 1 - n->depth);
	}
}

/* The pattern node of report words [r0, r0 + q), or GRAM_NONE. */
uint32_t
gram_trie_find(const struct gram_trie *ac, const struct word *rw, size_t r0,
    size_t q)
{
	uint32_t	v = 0;
	size_t		i;

	for (i = 0; i < q && v != GRAM_NONE; i++)
		v = gram_ac_child(ac, v, rw[r0 + i].key);
	return v != GRAM_NONE && ac->nodes[v].term ? v : GRAM_NONE;
}

void
gram_trie_free(struct gram_trie *ac)
{
	free(ac->nodes);
	free(ac->slots);
	free(ac->inq);
	memset(ac, 0, sizeof(*ac));
}

/* Note the exact occurrences of the patterns: one scan. */
void
gram_trie_scan(struct gram_trie *ac, const struct doc *st)
{
	size_t		j, n = st->nwords;
	uint32_t	v = 0;

	if (ac->nnodes <= 1)
		return;
	gram_ac_link(ac);
	if (n > GRAM_NONE)
		n = GRAM_NONE;
	for (j = 0; j < n; j++) {
		v = gram_ac_step(ac, v, st->words[j].key);
		gram_ac_note(ac, v, j);
	}
}

/*
 * Note the first GRAM_EXACT occurrences of pattern v, keys[0..q), from
 * the index; false if they are not settled: a pattern longer than the
 * index is sorted by, whose first GRAM_CAP rows in statement order do
 * not hold them.
 */
static bool
gram_trie_rows(struct gram_trie *ac, uint32_t v, const uint32_t *keys,
    size_t q, const struct doc *st, const struct suffix *sx)
{
	struct gram_acnode	*n = &ac->nodes[v];
	uint32_t		 lo = 0, hi = 0, cand[GRAM_CAP];
	size_t			 d, i, m, k = q < SUFFIX_DEPTH ? q : SUFFIX_DEPTH;

	n->nocc = 0;
	for (d = 0; d < k; d++)
		if (suffix_narrow(sx, d, keys[d], &lo, &hi) == 0)
			return true;
	if (q == k) {
		m = hi - lo < GRAM_EXACT ? hi - lo : GRAM_EXACT;
		suffix_first(sx, lo, hi, m, n->occ);
		n->nocc = (uint8_t)m;
		return true;
	}
	m = hi - lo < GRAM_CAP ? hi - lo : GRAM_CAP;
	suffix_first(sx, lo, hi, m, cand);
	/* GRAM_CAP candidates of q words each at most. */
	for (i = 0; i < m && n->nocc < GRAM_EXACT; i++) {
		if (cand[i] + q > st->nwords)
			continue;
		for (d = k; d < q && st->words[cand[i] + d].key == keys[d]; d++)
			continue;
		if (d == q)
			n->occ[n->nocc++] = cand[i];
	}
	return n->nocc == GRAM_EXACT || m == hi - lo;
}

void
gram_trie_fill(struct gram_trie *ac, const struct doc *st,
    const struct suffix *sx)
{
	uint32_t	*keys = NULL, v, u;
	size_t		 cap = 0, i, q;
	bool		 settled = true;

	for (v = 1; v < ac->nnodes && settled; v++) {
		if (!ac->nodes[v].term)
			continue;
		/* Its words, from the path: the patterns' length in all. */
		q = ac->nodes[v].depth;
		xgrow(&keys, &cap, q, sizeof(*keys));
		for (u = v, i = q; i > 0; u = ac->nodes[u].parent)
			keys[--i] = ac->nodes[u].key;
		settled = gram_trie_rows(ac, v, keys, q, st, sx);
	}
	free(keys);
	if (settled)
		return;
	for (v = 0; v < ac->nnodes; v++)
		ac->nodes[v].nocc = 0;
	gram_trie_scan(ac, st);
}

/*
 * Count the statement's occurrences of the quotations' grams and keep
 * the first GRAM_CAP of each: one scan, each length's hash rolled
 * along.  Words past UINT32_MAX are not indexed.
 */
void
gram_index_scan(struct gram_index *gi, const struct doc *st)
{
	const struct word	*sw = st->words;
	size_t			 j, l, k, n = st->nwords;
	uint64_t		 h[GRAM_NLENS], pk[GRAM_NLENS];
	uint32_t		 g;

	if (n > GRAM_NONE)
		n = GRAM_NONE;
	for (l = 0; l < GRAM_NLENS; l++) {
		h[l] = 0;
		for (pk[l] = 1, k = 0; k < gram_lens[l]; k++)
			pk[l] *= HASH_MUL;
	}
	for (j = 0; j < n; j++) {
		for (l = 0; l < GRAM_NLENS; l++) {
			k = gram_lens[l];
			h[l] = h[l] * HASH_MUL + sw[j].key + 1;
			if (j >= k)
				h[l] -= ((uint64_t)sw[j - k].key + 1) * pk[l];
		}
		/*
		 * The grams ending here, shortest first: the longer ones
		 * end with it, and are a quotation's only if it is.
		 */
		for (l = 0; l < GRAM_NLENS && j + 1 >= gram_lens[l]; l++) {
			k = gram_lens[l];
			g = k == 1 ? gram_find_uni(gi, sw[j].key) :
			    gram_lookup(gi, gram_mix(h[l], k));
			if (g == GRAM_NONE)
				break;
			gram_index_add(gi, g, (uint32_t)(j + 1 - k));
		}
	}
}
