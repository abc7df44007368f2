/*
 * match.c — align the report's quotations with the statement.
 *
 * Words are compared by lexicon key (their comparison form), so case,
 * curly quotes, dashes and NFKC forms never count as changes; where the
 * bytes differ anyway a typographic note is kept.
 *
 * 1. Index.  The grams of every quotation, runs of 2, 3, 4 and 8
 *    words (a three-word quotation still has seeds, and a passage of
 *    frequent words still has a rare gram), go into an open-addressing
 *    table, each known by a 64-bit hash of its words.  One scan of the
 *    statement, a hash of each length rolled along, counts each gram's
 *    occurrences and keeps the first GRAM_CAP of them in statement
 *    order; a bitmap turns most statement grams away at one probe, and
 *    a longer gram is looked up only if the shorter one it ends with
 *    is a quotation's.  A piece (below) whose grams all occur more
 *    often than that becomes a pattern of an Aho-Corasick automaton
 *    over words; a second scan, if there is any such piece, keeps the
 *    first EXACT_KEEP occurrences of each pattern.  O(S) time; memory
 *    the size of the report's quotations plus the occurrences kept.
 * 2. Seeds.  A quotation is cut at its ellipses into pieces, each
 *    matched on its own.  A piece that occurs verbatim is placed there,
 *    wherever that is in the statement: each occurrence holds the
 *    piece's rarest gram at one place, so checking that gram's
 *    occurrences, all kept, finds them all, and the automaton knows
 *    those of the other pieces.  Of the occurrences known the one
 *    nearest the neighbouring piece's source wins, else the earliest.
 *    Any other piece takes the occurrences of its grams, rarest first,
 *    SEED_MAX in all: each gives a diagonal (statement position minus
 *    piece position), scored by the words that agree along it within
 *    SCORE_REACH of the seed.  The NCAND best diagonals, none within
 *    the band (below) of a better one, become candidates.  A passage
 *    the quotation changed is found wherever it lies when a gram of it
 *    that the change left intact is among the piece's rarest, and "of
 *    the" in ten megabytes of prose, or a sentence repeated 100,000
 *    times, costs no more than a rare word.
 * 3. Alignment.  Around each candidate diagonal a banded, semi-global
 *    edit-distance alignment (the whole piece against a free-ended
 *    statement window, B words either side of the diagonal, B about
 *    the piece length) finds the cheapest word-level edit script:
 *    match (free), substitute, insert (report words) or delete
 *    (statement words), one each; of two equally cheap scripts the one
 *    matching more words wins.  The cheapest candidate wins.  Words
 *    inserted at an end become replacements of the statement words
 *    that go on with the same phrase.  A piece of fewer than three
 *    words is aligned next to its neighbouring piece's source instead.
 * 4. Sentences.  A piece that is not exact is also placed sentence by
 *    sentence (ends as doc_sentence_end() finds them); the longest
 *    chain of sentences in statement order stays in place (statement
 *    words between them deleted), the others are moves.  That script
 *    is kept if it is cheaper (a move costs one).
 * 5. Changes.  Runs of edits become changes.  Nearby runs whose report
 *    and statement words are the same multiset are one move (a
 *    reordering: "25 May 1972" -> "May 25, 1972"); a run of inserted
 *    words found verbatim near the source is a move from there.
 *    Matched words with different bytes, and different punctuation
 *    between matched words, are typographic notes, never changes.
 *
 * Time: O(S + R + sum over pieces of q * (GRAM_CAP + SEED_MAX +
 * NCAND x B + MOVE_REACH)), with q the piece length (pieces and their
 * sentences) and B <= BAND_MAX: linear in the statement S and the
 * report R, and in each quotation's length times a constant.  The
 * automaton costs O(R) to build and O(S) to run, and notes each
 * pattern EXACT_KEEP times at most (ac_note()).
 * Memory: O(R + q * B) beyond the documents, with at most
 * min(NLENS x S, NLENS x GRAM_CAP x R) occurrences kept.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "doc.h"
#include "match.h"
#include "model.h"
#include "msg.h"
#include "text.h"
#include "xmalloc.h"

#define GRAM_CAP	64	/* occurrences of one gram kept */
#define CHUNK_POS	7	/* occurrences of one gram per chunk */
#define SEED_GRAMS	256	/* grams of one length a piece seeds with */
#define SEED_MAX	256	/* candidate diagonals scored per piece */
#define SCORE_REACH	96	/* words scored either side of a seed */
#define NCAND		3	/* candidate diagonals aligned per piece */
#define EXACT_KEEP	NCAND	/* exact occurrences kept per pattern */
#define BAND_MIN	16	/* band half-width, in words */
#define BAND_MAX	96
#define DP_BUDGET	((size_t)16 << 20)	/* trace cells of one alignment */
#define NEAR_BAND	24	/* short pieces: within 2 x this of a neighbour */
#define SHORT_PIECE	3	/* pieces shorter than this follow a neighbour */
#define PARTS_MAX	64	/* sentences of a piece placed one by one */
#define MOVE_LOOK	8	/* edit runs merged when seeking a reordering */
#define MOVE_MAX	64	/* words on one side of a move, at most */
#define MOVE_REACH	256	/* a moved passage comes from this near */
#define ALTERED_SIM	0.6	/* least similarity of an altered quotation */
#define ALTERED_COVER	0.8	/* or least part of its words matched */

#define INF		(INT64_MAX / 4)
#define NONE		UINT32_MAX
#define HASH_MUL	0x9E3779B97F4A7C15ULL

/* The lengths of the grams that seed the search, in words. */
static const size_t gram_lens[] = { 2, 3, 4, 8 };
#define NLENS		(sizeof(gram_lens) / sizeof(gram_lens[0]))

enum optype {
	OP_NONE,
	OP_MATCH,
	OP_SUB,
	OP_INS,
	OP_DEL,
	OP_MOVE,	/* marker: the ops up to OP_JUMP are a moved sentence */
	OP_JUMP		/* marker: the statement position jumps */
};

/*
 * One step of an edit script.  r is a report word and s a statement
 * word; an insert has no statement word and a delete no report word,
 * so there s (or r) is the index of the next word: where it happens.
 * An OP_MOVE marker's r and s are the moved report words [r, s).
 */
struct op {
	enum optype	type;
	size_t		r;
	size_t		s;
};

struct aln {
	struct op	*ops;
	size_t		 nops;
	size_t		 cap;
	size_t		 cost;		/* edits, and one per move */
	size_t		 matches;
	size_t		 nsrc;		/* statement words matched or edited */
	size_t		 s0, s1;	/* statement words spanned */
};

/*
 * The statement's occurrences of the quotations' grams (runs of k
 * words, k in gram_lens), each known by a 64-bit hash of its words.
 * Of each gram's occurrences the first GRAM_CAP are kept, in statement
 * order: the first in the gram, the others in a list of chunks.  Two
 * grams with one hash are one: that costs a candidate, no more.
 */
struct gram {
	uint64_t	 hash;
	uint32_t	 count;		/* occurrences in the statement */
	uint32_t	 pos0;		/* the first one's first word */
	uint32_t	 first, last;	/* chunks of the next, or NONE */
};

struct gchunk {
	uint32_t	 pos[CHUNK_POS];
	uint32_t	 next;
};

struct gidx {
	uint32_t	*slots;		/* gram id + 1; 0 is empty */
	size_t		 mask;
	uint64_t	*bits;		/* a bit per hash: maybe a gram */
	size_t		 bitmask;
	struct gram	*grams;
	size_t		 ngrams;
	struct gchunk	*chunks;
	size_t		 nchunks, chunkcap;
};

/*
 * An Aho-Corasick automaton over words whose patterns are the pieces
 * (and sentences of pieces) that the gram index cannot place verbatim:
 * those whose grams all occur more than GRAM_CAP times.  A node stands
 * for the words on its path from the root (node 0), and is found by
 * the edge into it, (parent, key), in an open-addressing table.
 */
struct acnode {
	uint32_t	 parent, key;	/* the edge into it */
	uint32_t	 depth;		/* words */
	uint32_t	 fail;		/* longest proper suffix that is a node */
	uint32_t	 out;		/* ... that is a pattern, or NONE */
	uint32_t	 occ[EXACT_KEEP];	/* first words of occurrences */
	uint8_t		 nocc;
	bool		 term;		/* a pattern */
};

struct actrie {
	struct acnode	*nodes;
	size_t		 nnodes;
	uint32_t	*slots;		/* node id; 0 is empty */
	size_t		 mask;
	uint64_t	*inq;		/* a bit per word key: in a pattern */
	size_t		 nkeys;
};

/* A gram of a piece that the statement holds: a seed. */
struct seed {
	size_t		 n;		/* its occurrences in the statement */
	uint32_t	 g;
	uint32_t	 t, k;		/* piece words [t, t + k) */
};

/* A candidate diagonal: statement word d + i faces piece word i. */
struct diag {
	long		 d;
	size_t		 t;		/* the seed's first piece word */
	size_t		 score;		/* words agreeing */
};

/* A piece of a quotation between ellipses. */
struct piece {
	size_t		r0, r1;		/* report words */
	struct aln	a;
	enum verdict	v;
	bool		tried;
	bool		chain;		/* a sentence in statement order */
};

struct mctx {
	struct model	*m;
	const struct doc *st;
	const struct doc *rp;
	struct gidx	 gi;
	struct actrie	 ac;
	struct seed	*seeds;
	size_t		 seedcap;
	struct diag	*diags;
	size_t		 diagcap;
	uint32_t	*occ;
	size_t		 occcap;
	uint8_t		*trace;
	size_t		 tracecap;
	int64_t		*rows;
	size_t		 rowcap;
	struct aln	 tmp;
	struct piece	*pieces;
	size_t		 npieces, piececap;
	struct piece	*parts;		/* sentences of one piece */
	size_t		 nparts, partcap;
	struct aln	 joined;
	struct op	*ops;		/* all pieces' ops of one quotation */
	size_t		 nops, opcap;
	size_t		*opiece;	/* first op of each piece */
	size_t		 opiececap;
	bool		*inchange;
	size_t		 inchangecap;
	uint32_t	*ka, *kb;	/* scratch keys for moves */
	size_t		 kacap, kbcap;
	size_t		 changecap, typocap;
	size_t		 src0, src1;	/* source span of the quotation, bytes */
};

/* ---- words -------------------------------------------------------- */

static size_t
word_end(const struct word *w)
{
	return w->off + w->len;
}

/* Do statement words from s on repeat report words [r0, r0 + len)? */
static bool
words_equal(const struct mctx *mc, size_t s, size_t r0, size_t len)
{
	const struct word	*rw = mc->rp->words, *sw = mc->st->words;
	size_t			 i;

	if (s + len > mc->st->nwords)
		return false;
	for (i = 0; i < len; i++)
		if (sw[s + i].key != rw[r0 + i].key)
			return false;
	return true;
}

/*
 * Length of the character at s (n > 0 bytes left); *space tells if it
 * is white space (or hidden): a character the comparison form drops.
 */
static size_t
gap_char(const char *s, size_t n, bool *space)
{
	unsigned char	 c = *s;
	size_t		 len = 1, flen;
	char		*f;

	if (c < 0x80) {
		*space = ascii_isspace((char)c);
		return 1;
	}
	while (len < n && len < 4 && ((unsigned char)s[len] & 0xC0) == 0x80)
		len++;
	f = text_fold(s, len, &flen);
	free(f);
	*space = flen == 0;
	return len;
}

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

/* The id of the gram with hash h, added if add; or NONE. */
static uint32_t
gram_find(struct gidx *gi, uint64_t h, bool add)
{
	size_t		 bit = (size_t)(h >> 32) & gi->bitmask, i;
	uint32_t	 g;
	struct gram	*gr;

	/* Most statement grams are in no quotation: one bit says so. */
	if (!add && !(gi->bits[bit / 64] >> (bit % 64) & 1))
		return NONE;
	for (i = (size_t)h & gi->mask;; i = (i + 1) & gi->mask) {
		if ((g = gi->slots[i]) == 0)
			break;
		if (gi->grams[g - 1].hash == h)
			return g - 1;
	}
	if (!add)
		return NONE;
	g = (uint32_t)gi->ngrams++;
	gi->slots[i] = g + 1;
	gi->bits[bit / 64] |= (uint64_t)1 << (bit % 64);
	gr = &gi->grams[g];
	gr->hash = h;
	gr->count = 0;
	gr->first = gr->last = NONE;
	return g;
}

/* Intern the grams of every length of every quotation. */
static void
gidx_grams(struct gidx *gi, const struct model *m)
{
	const struct word	*rw = m->rep.words;
	const struct quote	*q;
	size_t			 i, l, t, k, n = 0, size = 16;

	for (i = 0; i < m->nquotes; i++)
		n += m->quotes[i].nwords;
	n *= NLENS;
	while (size < n + n / 2)
		size *= 2;
	gi->mask = size - 1;
	gi->slots = xcalloc(size, sizeof(*gi->slots));
	gi->bitmask = 8 * size - 1;
	gi->bits = xcalloc(size / 8, sizeof(*gi->bits));
	gi->grams = xcalloc(n + 1, sizeof(*gi->grams));
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		for (l = 0; l < NLENS; l++) {
			k = gram_lens[l];
			for (t = 0; t + k <= q->nwords; t++)
				gram_find(gi, gram_hash(rw + q->wfirst + t, k),
				    true);
		}
	}
}

/* Count an occurrence of gram g at statement word s; keep GRAM_CAP. */
static void
gidx_add(struct gidx *gi, uint32_t g, uint32_t s)
{
	struct gram	*gr = &gi->grams[g];
	uint32_t	 n = gr->count++, c;

	if (n == 0)
		gr->pos0 = s;
	if (n == 0 || n >= GRAM_CAP)
		return;
	if (--n % CHUNK_POS == 0) {
		xgrow(&gi->chunks, &gi->chunkcap, gi->nchunks + 1,
		    sizeof(*gi->chunks));
		c = (uint32_t)gi->nchunks++;
		gi->chunks[c].next = NONE;
		if (gr->last == NONE)
			gr->first = c;
		else
			gi->chunks[gr->last].next = c;
		gr->last = c;
	}
	gi->chunks[gr->last].pos[n % CHUNK_POS] = s;
}

/* Copy the first n kept occurrences of gram g, as first words, to out. */
static void
gidx_occ(const struct gidx *gi, uint32_t g, size_t n, uint32_t *out)
{
	uint32_t	c = gi->grams[g].first;
	size_t		i;

	if (n > 0)
		out[0] = gi->grams[g].pos0;
	for (i = 1; i < n; i++) {
		if (i > 1 && (i - 1) % CHUNK_POS == 0)
			c = gi->chunks[c].next;
		out[i] = gi->chunks[c].pos[(i - 1) % CHUNK_POS];
	}
}

static void
gidx_free(struct gidx *gi)
{
	free(gi->slots);
	free(gi->bits);
	free(gi->grams);
	free(gi->chunks);
	memset(gi, 0, sizeof(*gi));
}

/* ---- exact occurrences -------------------------------------------- */

static size_t
edge_hash(uint32_t parent, uint32_t key)
{
	uint64_t	h = ((uint64_t)parent << 32 | key) * HASH_MUL;

	return (size_t)(h ^ (h >> 29));
}

/* The child of node v by word key, or NONE. */
static uint32_t
ac_child(const struct actrie *ac, uint32_t v, uint32_t key)
{
	size_t		i;
	uint32_t	c;

	for (i = edge_hash(v, key) & ac->mask;; i = (i + 1) & ac->mask) {
		if ((c = ac->slots[i]) == 0)
			return NONE;
		if (ac->nodes[c].parent == v && ac->nodes[c].key == key)
			return c;
	}
}

/* Room for patterns of n words in all; the root. */
static void
ac_init(struct actrie *ac, const struct model *m, size_t n)
{
	const struct word	*rw = m->rep.words;
	size_t			 i, size = 16;

	memset(ac, 0, sizeof(*ac));
	while (size < 2 * (n + 1))
		size *= 2;
	ac->mask = size - 1;
	ac->slots = xcalloc(size, sizeof(*ac->slots));
	ac->nodes = xcalloc(n + 1, sizeof(*ac->nodes));
	ac->nnodes = 1;
	ac->nodes[0].out = NONE;
	for (i = 0; i < m->rep.nwords; i++)
		if (rw[i].key >= ac->nkeys)
			ac->nkeys = (size_t)rw[i].key + 1;
	ac->inq = xcalloc(ac->nkeys / 64 + 1, sizeof(*ac->inq));
}

/* Add report words [r0, r0 + q) as a pattern. */
static void
ac_insert(struct actrie *ac, const struct word *rw, size_t r0, size_t q)
{
	struct acnode	*n;
	size_t		 i, h;
	uint32_t	 v = 0, c, key;

	for (i = 0; i < q; i++) {
		key = rw[r0 + i].key;
		ac->inq[key / 64] |= (uint64_t)1 << (key % 64);
		if ((c = ac_child(ac, v, key)) == NONE) {
			c = (uint32_t)ac->nnodes++;
			n = &ac->nodes[c];
			n->parent = v;
			n->key = key;
			n->depth = ac->nodes[v].depth + 1;
			n->out = NONE;
			for (h = edge_hash(v, key) & ac->mask; ac->slots[h] != 0;
			    h = (h + 1) & ac->mask)
				continue;
			ac->slots[h] = c;
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
ac_link(struct actrie *ac)
{
	struct acnode	*nodes = ac->nodes, *n;
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
		c = NONE;
		while (n->parent != 0 && (c = ac_child(ac, f, n->key)) == NONE &&
		    f != 0)
			f = nodes[f].fail;
		n->fail = c != NONE ? c : 0;
		n->out = nodes[n->fail].term ? n->fail : nodes[n->fail].out;
	}
	free(start);
	free(order);
}

/* The node after node v reads word key. */
static uint32_t
ac_step(const struct actrie *ac, uint32_t v, uint32_t key)
{
	uint32_t	c;

	if (key >= ac->nkeys || !(ac->inq[key / 64] >> (key % 64) & 1))
		return 0;
	while ((c = ac_child(ac, v, key)) == NONE && v != 0)
		v = ac->nodes[v].fail;
	return c != NONE ? c : 0;
}

/*
 * Note the patterns that end at statement word s, node v read up to
 * it, EXACT_KEEP of each.  A pattern's suffixes end wherever it ends,
 * so once a pattern holds EXACT_KEEP, so does every one after it on
 * the output chain: each is noted EXACT_KEEP times at most in all.
 */
static void
ac_note(struct actrie *ac, uint32_t v, size_t s)
{
	struct acnode	*n;

	if (!ac->nodes[v].term)
		v = ac->nodes[v].out;
	for (; v != NONE; v = n->out) {
		n = &ac->nodes[v];
		if (n->nocc == EXACT_KEEP)
			break;
		n->occ[n->nocc++] = (uint32_t)(s + 1 - n->depth);
	}
}

/* The pattern node of report words [r0, r0 + q), or NONE. */
static uint32_t
ac_find(const struct actrie *ac, const struct word *rw, size_t r0,
    size_t q)
{
	uint32_t	v = 0;
	size_t		i;

	for (i = 0; i < q && v != NONE; i++)
		v = ac_child(ac, v, rw[r0 + i].key);
	return v != NONE && ac->nodes[v].term ? v : NONE;
}

static void
ac_free(struct actrie *ac)
{
	free(ac->nodes);
	free(ac->slots);
	free(ac->inq);
	memset(ac, 0, sizeof(*ac));
}

/* Note the exact occurrences of the patterns: one scan. */
static void
ac_scan(struct actrie *ac, const struct doc *st)
{
	size_t		j, n = st->nwords;
	uint32_t	v = 0;

	if (n > NONE)
		n = NONE;
	for (j = 0; j < n; j++) {
		v = ac_step(ac, v, st->words[j].key);
		ac_note(ac, v, j);
	}
}

/*
 * Count the statement's occurrences of the quotations' grams and keep
 * the first GRAM_CAP of each: one scan, each length's hash rolled
 * along.  Words past UINT32_MAX are not indexed.
 */
static void
gidx_scan(struct gidx *gi, const struct doc *st)
{
	const struct word	*sw = st->words;
	size_t			 j, l, k, n = st->nwords;
	uint64_t		 h[NLENS], pk[NLENS];
	uint32_t		 g;

	if (n > NONE)
		n = NONE;
	for (l = 0; l < NLENS; l++) {
		h[l] = 0;
		for (pk[l] = 1, k = 0; k < gram_lens[l]; k++)
			pk[l] *= HASH_MUL;
	}
	for (j = 0; j < n; j++) {
		for (l = 0; l < NLENS; l++) {
			k = gram_lens[l];
			h[l] = h[l] * HASH_MUL + sw[j].key + 1;
			if (j >= k)
				h[l] -= ((uint64_t)sw[j - k].key + 1) * pk[l];
		}
		/*
		 * The grams ending here, shortest first: the longer ones
		 * end with it, and are a quotation's only if it is.
		 */
		for (l = 0; l < NLENS && j + 1 >= gram_lens[l]; l++) {
			k = gram_lens[l];
			if ((g = gram_find(gi, gram_mix(h[l], k), false)) == NONE)
				break;
			gidx_add(gi, g, (uint32_t)(j + 1 - k));
		}
	}
}

/* ---- seeds and candidates --------------------------------------- */

static int
seed_cmp(const void *a, const void *b)
{
	const struct seed	*x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return (x->k > y->k) - (x->k < y->k);
}

static int
diag_cmp(const void *a, const void *b)
{
	const struct diag	*x = a, *y = b;

	if (x->d != y->d)
		return x->d < y->d ? -1 : 1;
	return (x->t > y->t) - (x->t < y->t);
}

/*
 * The grams of report words [r0, r0 + q) that the statement holds into
 * mc->seeds, the rarest first (piece_diags() orders the others);
 * SEED_GRAMS of each length at most, spread over the piece.  *absent
 * tells if it does not hold one.  Returns how many.
 */
static size_t
piece_seeds(struct mctx *mc, size_t r0, size_t q, bool *absent)
{
	const struct word	*rw = mc->rp->words;
	struct seed		*sd, tmp;
	size_t			 l, k, t, step, ns = 0;
	uint32_t		 g;

	*absent = false;
	for (l = 0; l < NLENS && gram_lens[l] <= q; l++) {
		k = gram_lens[l];
		step = (q - k + SEED_GRAMS) / SEED_GRAMS;
		for (t = 0; t + k <= q; t += step) {
			g = gram_find(&mc->gi, gram_hash(rw + r0 + t, k), false);
			if (g == NONE || mc->gi.grams[g].count == 0) {
				*absent = true;
				continue;
			}
			xgrow(&mc->seeds, &mc->seedcap, ns + 1,
			    sizeof(*mc->seeds));
			sd = &mc->seeds[ns++];
			sd->n = mc->gi.grams[g].count;
			sd->g = g;
			sd->t = (uint32_t)t;
			sd->k = (uint32_t)k;
			if (seed_cmp(sd, &mc->seeds[0]) < 0) {
				tmp = *sd;
				*sd = mc->seeds[0];
				mc->seeds[0] = tmp;
			}
		}
	}
	return ns;
}

/*
 * Statement words agreeing with report words [r0, r0 + q) along
 * diagonal d, within SCORE_REACH words of the seed's word t.
 */
static size_t
diag_score(const struct mctx *mc, size_t r0, size_t q, const struct diag *dg)
{
	const struct word	*rw = mc->rp->words, *sw = mc->st->words;
	size_t			 i, hi, n = 0;
	long			 s;

	i = dg->t > SCORE_REACH ? dg->t - SCORE_REACH : 0;
	hi = q - dg->t > SCORE_REACH ? dg->t + SCORE_REACH : q;
	for (; i < hi; i++) {
		s = dg->d + (long)i;
		if (s >= 0 && (size_t)s < mc->st->nwords &&
		    sw[s].key == rw[r0 + i].key)
			n++;
	}
	return n;
}

/*
 * The diagonals (statement word minus piece word) of the occurrences of
 * the piece's rarest grams (its ns seeds), SEED_MAX at most, each once
 * and scored, in mc->diags.  Returns how many.
 */
static size_t
piece_diags(struct mctx *mc, size_t r0, size_t q, size_t ns)
{
	struct diag	*dg;
	size_t		 i, k, n, nd = 0;

	if (ns > 1)
		qsort(mc->seeds, ns, sizeof(*mc->seeds), seed_cmp);
	xgrow(&mc->diags, &mc->diagcap, SEED_MAX, sizeof(*mc->diags));
	for (i = 0; i < ns && nd < SEED_MAX; i++) {
		n = mc->seeds[i].n < GRAM_CAP ? mc->seeds[i].n : GRAM_CAP;
		if (n > SEED_MAX - nd)
			n = SEED_MAX - nd;
		gidx_occ(&mc->gi, mc->seeds[i].g, n, mc->occ);
		for (k = 0; k < n; k++) {
			mc->diags[nd].d = (long)mc->occ[k] -
			    (long)mc->seeds[i].t;
			mc->diags[nd++].t = mc->seeds[i].t;
		}
	}
	if (nd > 1)
		qsort(mc->diags, nd, sizeof(*mc->diags), diag_cmp);
	for (n = 0, i = 0; i < nd; i++) {
		if (n > 0 && mc->diags[n - 1].d == mc->diags[i].d)
			continue;
		dg = &mc->diags[n++];
		*dg = mc->diags[i];
		dg->score = diag_score(mc, r0, q, dg);
	}
	return n;
}

/*
 * Up to NCAND diagonals for a piece with ns seeds, the most words
 * agreeing first (the earliest on a tie), none within band of another.
 * Returns how many.
 */
static size_t
piece_candidates(struct mctx *mc, size_t r0, size_t q, size_t ns,
    size_t band, long *cand)
{
	size_t	nd, nc, i, k, best;
	bool	near;

	nd = piece_diags(mc, r0, q, ns);
	for (nc = 0; nc < NCAND; nc++) {
		best = SIZE_MAX;
		for (i = 0; i < nd; i++) {
			for (near = false, k = 0; k < nc && !near; k++)
				near = labs(mc->diags[i].d - cand[k]) <=
				    (long)band;
			if (!near && (best == SIZE_MAX ||
			    mc->diags[i].score > mc->diags[best].score))
				best = i;
		}
		if (best == SIZE_MAX)
			break;
		cand[nc] = mc->diags[best].d;
	}
	return nc;
}

/* ---- alignments ----------------------------------------------------- */

static bool
op_is_edit(enum optype t)
{
	return t == OP_SUB || t == OP_INS || t == OP_DEL;
}

static void
aln_push(struct aln *a, enum optype type, size_t r, size_t s)
{
	xgrow(&a->ops, &a->cap, a->nops + 1, sizeof(*a->ops));
	a->ops[a->nops].type = type;
	a->ops[a->nops].r = r;
	a->ops[a->nops].s = s;
	a->nops++;
}

/*
 * Count matches, edits and statement words, and span the statement
 * words (sbound, an empty span, when there are none).
 */
static void
aln_sum(struct aln *a, size_t sbound)
{
	const struct op	*o;
	size_t		 i;

	a->cost = a->matches = a->nsrc = 0;
	a->s0 = SIZE_MAX;
	a->s1 = 0;
	for (i = 0; i < a->nops; i++) {
		o = &a->ops[i];
		if (o->type == OP_MATCH)
			a->matches++;
		else if (op_is_edit(o->type))
			a->cost++;
		if (o->type != OP_MATCH && o->type != OP_SUB &&
		    o->type != OP_DEL)
			continue;
		a->nsrc++;
		if (o->s < a->s0)
			a->s0 = o->s;
		if (o->s + 1 > a->s1)
			a->s1 = o->s + 1;
	}
	if (a->nsrc == 0)
		a->s0 = a->s1 = sbound;
}

static void
aln_reverse(struct aln *a)
{
	struct op	t;
	size_t		i;

	for (i = 0; i < a->nops / 2; i++) {
		t = a->ops[i];
		a->ops[i] = a->ops[a->nops - 1 - i];
		a->ops[a->nops - 1 - i] = t;
	}
}

static void
aln_swap(struct aln *a, struct aln *b)
{
	struct aln	t = *a;

	*a = *b;
	*b = t;
}

/* Is there nothing but white space between statement words k, k + 1? */
static bool
stmt_gap_plain(const struct mctx *mc, size_t k)
{
	const struct word	*sw = mc->st->words;
	size_t			 i, end, len;
	bool			 space;

	if (k + 1 >= mc->st->nwords)
		return false;
	end = sw[k + 1].off;
	for (i = word_end(&sw[k]); i < end; i += len) {
		len = gap_char(mc->st->text + i, end - i, &space);
		if (!space)
			return false;
	}
	return true;
}

/*
 * Inserted words at an end of an alignment face statement words its
 * free end left out.  Where those go on with the same phrase (nothing
 * but white space between), the pair is a replacement at the same
 * cost: "resume the talks" against "resume the dialogue, which".
 */
static void
aln_edges(struct mctx *mc, struct aln *a)
{
	struct op	*o = a->ops;
	size_t		 i, s;

	if (a->nsrc == 0)
		return;
	for (i = a->nops; i > 0 && o[i - 1].type == OP_INS; i--)
		continue;
	for (s = a->s1; i < a->nops && stmt_gap_plain(mc, s - 1); i++, s++) {
		o[i].type = OP_SUB;
		o[i].s = s;
	}
	for (i = 0; i < a->nops && o[i].type == OP_INS; i++)
		continue;
	for (s = a->s0; i > 0 && s > 0 && stmt_gap_plain(mc, s - 1); s--) {
		o[--i].type = OP_SUB;
		o[i].s = s - 1;
	}
	aln_sum(a, a->s0);
}

/* Trailing inserts of a (from *first on) found in order at p or later. */
static bool
reach_after(struct mctx *mc, const struct aln *a, size_t *first, size_t *p)
{
	size_t	i, len, end;

	for (i = a->nops; i > 0 && a->ops[i - 1].type == OP_INS; i--)
		continue;
	if ((len = a->nops - i) < 2 || a->nsrc == 0)
		return false;
	end = a->s1 + MOVE_REACH;
	for (*p = a->s1 + 1; *p < end && *p + len <= mc->st->nwords; (*p)++)
		if (words_equal(mc, *p, a->ops[i].r, len)) {
			*first = i;
			return true;
		}
	return false;
}

/* Leading inserts of a (up to *last) found in order ending before s0. */
static bool
reach_before(struct mctx *mc, const struct aln *a, size_t *last, size_t *p)
{
	size_t	i, len, k;

	for (i = 0; i < a->nops && a->ops[i].type == OP_INS; i++)
		continue;
	if ((len = i) < 2 || a->nsrc == 0 || a->s0 < len + 1)
		return false;
	for (k = 1; k <= MOVE_REACH && a->s0 >= len + k; k++)
		if (words_equal(mc, a->s0 - len - k, a->ops[0].r, len)) {
			*last = i;
			*p = a->s0 - len - k;
			return true;
		}
	return false;
}

/*
 * Words inserted at an end of an alignment may be the statement's own a
 * little further on (or back): a clause left out without an ellipsis.
 * Found verbatim and in order within MOVE_REACH words, they match there
 * and the statement words skipped are deleted.
 */
static void
aln_reach(struct mctx *mc, struct aln *a)
{
	struct aln	*t = &mc->tmp;
	size_t		 i, k, p;

	if (reach_after(mc, a, &i, &p)) {
		t->nops = 0;
		for (k = 0; k < i; k++)
			aln_push(t, a->ops[k].type, a->ops[k].r, a->ops[k].s);
		for (k = a->s1; k < p; k++)
			aln_push(t, OP_DEL, a->ops[i].r, k);
		for (k = i; k < a->nops; k++)
			aln_push(t, OP_MATCH, a->ops[k].r, p + k - i);
		aln_sum(t, a->s0);
		aln_swap(t, a);
	}
	if (reach_before(mc, a, &i, &p)) {
		t->nops = 0;
		for (k = 0; k < i; k++)
			aln_push(t, OP_MATCH, a->ops[k].r, p + k);
		for (k = p + i; k < a->s0; k++)
			aln_push(t, OP_DEL, a->ops[i].r, k);
		for (k = i; k < a->nops; k++)
			aln_push(t, a->ops[k].type, a->ops[k].r, a->ops[k].s);
		aln_sum(t, p);
		aln_swap(t, a);
	}
}

/* ---- banded alignment ------------------------------------------- */

/* Walk the trace back from row q, column k. */
static void
align_trace(struct mctx *mc, size_t r0, size_t q, long dc, size_t band,
    size_t k, struct aln *out)
{
	size_t	w = 2 * band + 1, i = q;
	long	j;

	out->nops = 0;
	while (i > 0) {
		j = dc + (long)i - (long)band + (long)k;
		switch (mc->trace[i * w + k]) {
		case OP_MATCH:
		case OP_SUB:
			aln_push(out, mc->trace[i * w + k], r0 + i - 1, j - 1);
			i--;
			break;
		case OP_INS:
			aln_push(out, OP_INS, r0 + i - 1, j);
			i--;
			k++;
			break;
		case OP_DEL:
			aln_push(out, OP_DEL, r0 + i, j - 1);
			k--;
			break;
		default:
			fatal("align_trace: broken trace");
		}
	}
	aln_reverse(out);
	aln_sum(out, (size_t)(dc - (long)band + (long)k));
}

/*
 * One row of the band: quote word i against statement words base ...
 * base + w - 1.  A cell holds cost x (q + 1) - matches, edit cost
 * first, then more words matched: of two equally cheap scripts the
 * one that accounts for more of the passage wins.
 */
static void
align_row(struct mctx *mc, uint32_t key, size_t i, long base, size_t w,
    int64_t step, const int64_t *prev, int64_t *cur)
{
	const struct word	*sw = mc->st->words;
	uint8_t			*tr = mc->trace + i * w;
	int64_t			 best, diag;
	size_t			 k;
	long			 j;
	bool			 eq;

	for (k = 0; k < w; k++) {
		j = base + (long)k;
		best = INF;
		tr[k] = OP_NONE;
		if (j < 0 || j > (long)mc->st->nwords) {
			cur[k] = INF;
			continue;
		}
		diag = j >= 1 ? prev[k] : INF;
		eq = j >= 1 && sw[j - 1].key == key;
		/* On a tie: match, insert, delete, substitute. */
		if (eq && diag < INF / 2 && diag - 1 < best) {
			best = diag - 1;
			tr[k] = OP_MATCH;
		}
		if (k + 1 < w && prev[k + 1] + step < best) {
			best = prev[k + 1] + step;
			tr[k] = OP_INS;
		}
		if (k > 0 && cur[k - 1] + step < best) {
			best = cur[k - 1] + step;
			tr[k] = OP_DEL;
		}
		if (!eq && diag + step < best) {
			best = diag + step;
			tr[k] = OP_SUB;
		}
		cur[k] = best;
	}
}

/*
 * Align report words [r0, r0 + q) with the statement: statement word
 * dc + i faces quote word i, give or take band words.  The quotation
 * is aligned whole; the statement's ends are free.  The leftmost best
 * end wins.  Returns false if the band misses the statement.
 */
static bool
align_band(struct mctx *mc, size_t r0, size_t q, long dc, size_t band,
    struct aln *out)
{
	size_t		 w = 2 * band + 1, i, k, kend = 0;
	int64_t		*prev, *cur, *t;
	long		 j;

	xgrow(&mc->trace, &mc->tracecap, (q + 1) * w, 1);
	xgrow(&mc->rows, &mc->rowcap, 2 * w, sizeof(*mc->rows));
	prev = mc->rows;
	cur = mc->rows + w;
	for (k = 0; k < w; k++) {
		j = dc - (long)band + (long)k;
		prev[k] = j >= 0 && j <= (long)mc->st->nwords ? 0 : INF;
	}
	for (i = 1; i <= q; i++) {
		align_row(mc, mc->rp->words[r0 + i - 1].key, i,
		    dc + (long)i - (long)band, w, (int64_t)q + 1, prev, cur);
		t = prev;
		prev = cur;
		cur = t;
	}
	for (k = 1; k < w; k++)
		if (prev[k] < prev[kend])
			kend = k;
	if (prev[kend] >= INF / 2)
		return false;
	align_trace(mc, r0, q, dc, band, kend, out);
	return true;
}

/* Half-width of the band for a piece of q words. */
static size_t
piece_band(size_t q)
{
	size_t	band = q;

	if (band < BAND_MIN)
		band = BAND_MIN;
	if (band > BAND_MAX)
		band = BAND_MAX;
	if ((q + 1) * (2 * band + 1) > DP_BUDGET)
		band = DP_BUDGET / (q + 1) / 2;
	return band < 4 ? 4 : band;
}

static size_t
distance(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/*
 * Is alignment a better than b: cheaper, more matches, nearer the
 * hint (where the neighbouring piece's source ends), earlier?
 */
static bool
aln_better(const struct aln *a, const struct aln *b, size_t hint)
{
	if (a->cost != b->cost)
		return a->cost < b->cost;
	if (a->matches != b->matches)
		return a->matches > b->matches;
	if (hint != SIZE_MAX &&
	    distance(a->s0, hint) != distance(b->s0, hint))
		return distance(a->s0, hint) < distance(b->s0, hint);
	return a->s0 < b->s0;
}

/* Of two exact occurrences, keep in *best the nearest the hint. */
static void
exact_pick(size_t *best, size_t s, size_t hint)
{
	if (*best == SIZE_MAX || (hint != SIZE_MAX &&
	    distance(s, hint) < distance(*best, hint)))
		*best = s;
}

/*
 * Report words [r0, r0 + q), with ns seeds and none absent, where they
 * occur verbatim, if they do: of the occurrences known, the nearest the
 * hint, else the earliest.  Every occurrence of the piece holds its
 * rarest gram at one place, and that gram's occurrences are all kept,
 * unless the piece is a pattern of the automaton, which has them.
 */
static bool
piece_exact(struct mctx *mc, size_t r0, size_t q, size_t ns, size_t hint,
    struct aln *out)
{
	const struct acnode	*n;
	const struct seed	*sd;
	uint32_t		 v;
	size_t			 i, best = SIZE_MAX;

	if ((v = ac_find(&mc->ac, mc->rp->words, r0, q)) != NONE) {
		n = &mc->ac.nodes[v];
		for (i = 0; i < n->nocc; i++)
			exact_pick(&best, n->occ[i], hint);
	} else if (ns > 0 && mc->seeds[0].n <= GRAM_CAP) {
		sd = &mc->seeds[0];
		gidx_occ(&mc->gi, sd->g, sd->n, mc->occ);
		for (i = 0; i < sd->n; i++)
			if (mc->occ[i] >= sd->t &&
			    words_equal(mc, mc->occ[i] - sd->t, r0, q))
				exact_pick(&best, mc->occ[i] - sd->t, hint);
	}
	if (best == SIZE_MAX)
		return false;
	xgrow(&out->ops, &out->cap, q, sizeof(*out->ops));
	for (i = 0; i < q; i++) {
		out->ops[i].type = OP_MATCH;
		out->ops[i].r = r0 + i;
		out->ops[i].s = best + i;
	}
	out->nops = q;
	aln_sum(out, best);
	return true;
}

/*
 * Look for report words [r0, r0 + q) anywhere: where they occur
 * verbatim, else around the best candidate diagonals.  True if
 * aligned.
 */
static bool
piece_search(struct mctx *mc, size_t r0, size_t q, size_t hint,
    struct aln *out)
{
	size_t	band = piece_band(q), nc, ns, i;
	long	cand[NCAND];
	bool	found = false, absent;

	if (q < 2)
		return false;
	ns = piece_seeds(mc, r0, q, &absent);
	if (!absent && piece_exact(mc, r0, q, ns, hint, out))
		return true;
	nc = piece_candidates(mc, r0, q, ns, band, cand);
	for (i = 0; i < nc; i++) {
		if (!align_band(mc, r0, q, cand[i], band, &mc->tmp) ||
		    mc->tmp.matches == 0)
			continue;
		if (!found || aln_better(&mc->tmp, out, hint)) {
			aln_swap(&mc->tmp, out);
			found = true;
		}
		if (out->cost == 0)
			break;
	}
	if (found) {
		aln_reach(mc, out);
		aln_edges(mc, out);
	}
	return found;
}

/*
 * Look for report words [r0, r0 + q) next to a neighbour's source:
 * after statement word from, or (before) ending at word from.
 */
static bool
piece_near(struct mctx *mc, size_t r0, size_t q, size_t from, bool before,
    struct aln *out)
{
	long	dc;

	if (before)
		dc = (long)from - (long)q - NEAR_BAND;
	else
		dc = (long)from + NEAR_BAND;
	if (!align_band(mc, r0, q, dc, NEAR_BAND, out))
		return false;
	aln_reach(mc, out);
	aln_edges(mc, out);
	return true;
}

/* ---- verdicts ----------------------------------------------------- */

static double
similarity(size_t matches, size_t q, size_t nsrc)
{
	return q + nsrc == 0 ? 0 : 2.0 * matches / (double)(q + nsrc);
}

/*
 * A piece is exact when it matches with no edit.  Otherwise it is
 * altered when at least two words and more than half of them match,
 * and either similarity (2 x matches / (quote words + source words))
 * reaches ALTERED_SIM or ALTERED_COVER of its words match in order:
 * the first bound weighs words invented and replaced against those
 * kept (a three-word quotation needs two right, a ten-word one six or
 * seven); the second lets a quotation that left out a clause without
 * an ellipsis, which lengthens its source, still be the statement's.
 * A short piece found next to its neighbour is placed by the
 * neighbour and is altered at worst.
 */
static enum verdict
piece_verdict(const struct piece *p, bool anchored)
{
	size_t	q = p->r1 - p->r0, m = p->a.matches;

	if (p->a.nops == 0)
		return VERDICT_NOT_FOUND;
	if (p->a.cost == 0)
		return VERDICT_EXACT;
	if (anchored)
		return VERDICT_ALTERED;
	if (m >= 2 && 2 * m > q &&
	    (similarity(m, q, p->a.nsrc) >= ALTERED_SIM ||
	    m >= ALTERED_COVER * q))
		return VERDICT_ALTERED;
	return VERDICT_NOT_FOUND;
}

/* A fresh piece in *arr; the alignment buffers of earlier ones stay. */
static struct piece *
piece_new(struct piece **arr, size_t *n, size_t *cap, size_t r0, size_t r1)
{
	struct piece	*p;
	size_t		 old = *cap, opcap;
	struct op	*ops;

	xgrow(arr, cap, *n + 1, sizeof(**arr));
	if (*cap > old)
		memset(*arr + old, 0, (*cap - old) * sizeof(**arr));
	p = &(*arr)[(*n)++];
	ops = p->a.ops;
	opcap = p->a.cap;
	memset(p, 0, sizeof(*p));
	p->a.ops = ops;
	p->a.cap = opcap;
	p->r0 = r0;
	p->r1 = r1;
	p->v = VERDICT_NOT_FOUND;
	return p;
}

/* Cut quotation q at its ellipses into mc->pieces. */
static void
quote_pieces(struct mctx *mc, const struct quote *q)
{
	size_t	i, r = q->wfirst, end = q->wfirst + q->nwords, e;

	mc->npieces = 0;
	for (i = 0; i <= q->ncuts; i++) {
		e = i < q->ncuts ? q->cuts[i] + 1 : end;
		if (e <= r || e > end)
			continue;
		piece_new(&mc->pieces, &mc->npieces, &mc->piececap, r, e);
		r = e;
	}
}

/* Is piece p placed in the statement, with a word there? */
static bool
piece_placed(const struct piece *p)
{
	return p->v != VERDICT_NOT_FOUND && p->a.nsrc > 0;
}

/* The statement neighbour of ps[i]: true and where, if it has one. */
static bool
piece_anchor(const struct piece *ps, size_t n, size_t i, size_t *from,
    bool *before)
{
	size_t	k;

	for (k = i; k-- > 0;)
		if (piece_placed(&ps[k])) {
			*from = ps[k].a.s1;
			*before = false;
			return true;
		}
	for (k = i + 1; k < n; k++)
		if (piece_placed(&ps[k])) {
			*from = ps[k].a.s0;
			*before = true;
			return true;
		}
	return false;
}

/*
 * Place pieces ps[0..n): long ones anywhere (the nearest to the piece
 * before on a tie), short ones next to a placed neighbour, or anywhere
 * if none is placed.  If no piece is long, the longest counts as long.
 */
static void
match_set(struct mctx *mc, struct piece *ps, size_t n)
{
	struct piece	*p;
	size_t		 i, longest = 0, from, hint = SIZE_MAX;
	bool		 before, anyl = false;

	for (i = 0; i < n; i++) {
		if (ps[i].r1 - ps[i].r0 >= SHORT_PIECE)
			anyl = true;
		if (ps[i].r1 - ps[i].r0 > ps[longest].r1 - ps[longest].r0)
			longest = i;
	}
	for (i = 0; i < n; i++) {
		p = &ps[i];
		if (p->r1 - p->r0 < SHORT_PIECE && (anyl || i != longest))
			continue;
		p->tried = true;
		if (piece_search(mc, p->r0, p->r1 - p->r0, hint, &p->a))
			p->v = piece_verdict(p, false);
		if (piece_placed(p))
			hint = p->a.s1;
	}
	for (i = 0; i < n; i++) {
		p = &ps[i];
		if (p->tried)
			continue;
		if (piece_anchor(ps, n, i, &from, &before)) {
			if (piece_near(mc, p->r0, p->r1 - p->r0, from, before,
			    &p->a))
				p->v = piece_verdict(p, true);
		} else if (piece_search(mc, p->r0, p->r1 - p->r0, SIZE_MAX,
		    &p->a))
			p->v = piece_verdict(p, false);
	}
}

/* ---- sentences of a piece ------------------------------------------- */

/* Cut piece p into its sentences, in mc->parts; how many. */
static size_t
piece_sentences(struct mctx *mc, const struct piece *p)
{
	size_t	k, r = p->r0;

	mc->nparts = 0;
	for (k = p->r0; k < p->r1; k++) {
		if (k + 1 < p->r1 && !doc_sentence_end(mc->rp, k))
			continue;
		piece_new(&mc->parts, &mc->nparts, &mc->partcap, r, k + 1);
		r = k + 1;
		if (mc->nparts > PARTS_MAX)
			break;
	}
	return mc->nparts;
}

/*
 * The longest chain, by words, of placed parts whose sources follow
 * each other in report order with at most gapmax words skipped; mark
 * them.  The parts left out were moved.  O(n^2) in at most PARTS_MAX.
 */
static void
parts_chain(struct mctx *mc, size_t gapmax)
{
	struct piece	*ps = mc->parts;
	size_t		 n = mc->nparts, i, j, best = SIZE_MAX;
	size_t		 score[PARTS_MAX], prev[PARTS_MAX];

	for (i = 0; i < n; i++) {
		ps[i].chain = false;
		if (!piece_placed(&ps[i]))
			continue;
		score[i] = ps[i].r1 - ps[i].r0;
		prev[i] = SIZE_MAX;
		for (j = 0; j < i; j++)
			if (piece_placed(&ps[j]) && ps[i].a.s0 >= ps[j].a.s1 &&
			    ps[i].a.s0 - ps[j].a.s1 <= gapmax &&
			    score[j] + ps[i].r1 - ps[i].r0 > score[i]) {
				score[i] = score[j] + ps[i].r1 - ps[i].r0;
				prev[i] = j;
			}
		if (best == SIZE_MAX || score[i] > score[best])
			best = i;
	}
	for (i = best; i != SIZE_MAX; i = prev[i])
		ps[i].chain = true;
}

/* Append part p's ops to a, after deleting statement words [e, s0). */
static void
parts_append(struct aln *a, const struct piece *p, size_t e)
{
	size_t	i;

	for (i = e; i < p->a.s0; i++)
		aln_push(a, OP_DEL, p->r0, i);
	for (i = 0; i < p->a.nops; i++)
		aln_push(a, p->a.ops[i].type, p->a.ops[i].r, p->a.ops[i].s);
}

/*
 * Join the parts into one script in a: parts in the chain in place
 * (the statement words between them deleted), the others marked as
 * moved, parts not found as inserted words.  A move costs one edit.
 */
static void
parts_join(struct mctx *mc, struct aln *a)
{
	const struct piece	*p;
	size_t			 i, k, e = SIZE_MAX, moves = 0;

	a->nops = 0;
	for (i = 0; i < mc->nparts; i++) {
		p = &mc->parts[i];
		if (p->chain) {
			parts_append(a, p, e == SIZE_MAX ? p->a.s0 : e);
			e = p->a.s1;
		} else if (piece_placed(p)) {
			aln_push(a, OP_MOVE, p->r0, p->r1);
			parts_append(a, p, p->a.s0);
			aln_push(a, OP_JUMP, p->r1, 0);
			moves++;
		} else
			for (k = p->r0; k < p->r1; k++)
				aln_push(a, OP_INS, k, e == SIZE_MAX ? 0 : e);
	}
	aln_sum(a, e == SIZE_MAX ? 0 : e);
	a->cost += moves;
}

/*
 * A piece that is not exact may hold sentences the reporter reordered,
 * or took from further apart than the band reaches.  Place each
 * sentence on its own; keep the result if it explains the piece better.
 */
static void
piece_parts(struct mctx *mc, struct piece *p)
{
	struct piece	 joined;
	enum verdict	 v;

	if (piece_sentences(mc, p) < 2 || mc->nparts > PARTS_MAX)
		return;
	match_set(mc, mc->parts, mc->nparts);
	parts_chain(mc, p->r1 - p->r0 + NEAR_BAND);
	joined = *p;
	joined.a = mc->joined;
	parts_join(mc, &joined.a);
	v = piece_verdict(&joined, false);
	if (v < p->v || (v == p->v && joined.a.cost < p->a.cost)) {
		mc->joined = p->a;
		p->a = joined.a;
		p->v = v;
	} else
		mc->joined = joined.a;
}

/* Place every piece of the quotation, then its sentences if need be. */
static void
quote_match_pieces(struct mctx *mc)
{
	size_t	i;

	match_set(mc, mc->pieces, mc->npieces);
	for (i = 0; i < mc->npieces; i++)
		if (mc->pieces[i].v != VERDICT_EXACT)
			piece_parts(mc, &mc->pieces[i]);
}

/* ---- changes and typographic notes -------------------------------- */

/*
 * Do two runs of bytes between words differ, other than in the kind of
 * white space (a line break or a no-break space where the other has a
 * space is layout, not typography)?
 */
static bool
gap_differs(const char *a, size_t an, const char *b, size_t bn)
{
	size_t	i = 0, j = 0, la = 0, lb = 0;
	bool	wa = false, wb = false, sa, sb;

	if (an == bn && memcmp(a, b, an) == 0)
		return false;
	for (;;) {
		for (sa = false; i < an &&
		    (la = gap_char(a + i, an - i, &wa), wa); i += la)
			sa = true;
		for (sb = false; j < bn &&
		    (lb = gap_char(b + j, bn - j, &wb), wb); j += lb)
			sb = true;
		if (sa != sb)
			return true;
		if (i == an || j == bn)
			return i != an || j != bn;
		if (la != lb || memcmp(a + i, b + j, la) != 0)
			return true;
		i += la;
		j += lb;
	}
}

/* Does the punctuation differ between report words r, r2 and statement
 * words s, s2 (r before r2, s before s2)? */
static bool
match_gap_differs(const struct mctx *mc, size_t r, size_t r2, size_t s,
    size_t s2)
{
	const struct word	*rw = mc->rp->words, *sw = mc->st->words;

	return gap_differs(mc->rp->text + word_end(&rw[r]),
	    rw[r2].off - word_end(&rw[r]), mc->st->text + word_end(&sw[s]),
	    sw[s2].off - word_end(&sw[s]));
}

static struct span
span_words(const struct word *w, size_t first, size_t last)
{
	struct span	sp;

	sp.off = w[first].off;
	sp.len = word_end(&w[last]) - sp.off;
	return sp;
}

/*
 * Where an edit with no word on one side happens, as an empty span:
 * after the word before next, or before next when it is the first
 * word of the passage (lo) or the document has no word before it.
 */
static struct span
span_point(const struct doc *d, size_t next, size_t lo)
{
	struct span	sp;

	if (next > lo || next >= d->nwords)
		sp.off = next > 0 ? word_end(&d->words[next - 1]) : 0;
	else
		sp.off = d->words[next].off;
	sp.len = 0;
	return sp;
}

/* Word ranges of ops [a, b): report [*r0, *r1], statement [*s0, *s1]. */
static void
ops_range(const struct op *ops, size_t a, size_t b, size_t *r0, size_t *r1,
    size_t *s0, size_t *s1)
{
	size_t	i;

	*r0 = *s0 = SIZE_MAX;
	*r1 = *s1 = 0;
	for (i = a; i < b; i++) {
		if (ops[i].type == OP_MOVE || ops[i].type == OP_JUMP)
			continue;
		if (ops[i].type != OP_DEL) {
			if (*r0 == SIZE_MAX)
				*r0 = ops[i].r;
			*r1 = ops[i].r;
		}
		if (ops[i].type != OP_INS) {
			if (*s0 == SIZE_MAX)
				*s0 = ops[i].s;
			*s1 = ops[i].s;
		}
	}
}

static void
change_add(struct mctx *mc, struct quote *q, enum change_op op,
    struct span rep, struct span src)
{
	struct change	*c;

	xgrow(&q->changes, &mc->changecap, q->nchanges + 1,
	    sizeof(*q->changes));
	c = &q->changes[q->nchanges++];
	c->op = op;
	c->rep = rep;
	c->src = src;
}

static int
key_cmp(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

/*
 * Are the edited report and statement words of ops [a, b) one multiset
 * (the matched words between them count on both sides)?
 */
static bool
ops_permuted(struct mctx *mc, size_t a, size_t b)
{
	const struct word	*rw = mc->rp->words, *sw = mc->st->words;
	size_t			 i, na = 0, nb = 0;

	xgrow(&mc->ka, &mc->kacap, b - a, sizeof(*mc->ka));
	xgrow(&mc->kb, &mc->kbcap, b - a, sizeof(*mc->kb));
	for (i = a; i < b; i++) {
		if (!op_is_edit(mc->ops[i].type))
			continue;
		if (mc->ops[i].type != OP_DEL)
			mc->ka[na++] = rw[mc->ops[i].r].key;
		if (mc->ops[i].type != OP_INS)
			mc->kb[nb++] = sw[mc->ops[i].s].key;
	}
	/* One word may move a word or two; longer runs further. */
	if (na == 0 || na != nb || na > MOVE_MAX || (na == 1 && b - a > 4))
		return false;
	qsort(mc->ka, na, sizeof(*mc->ka), key_cmp);
	qsort(mc->kb, nb, sizeof(*mc->kb), key_cmp);
	return memcmp(mc->ka, mc->kb, na * sizeof(*mc->ka)) == 0;
}

/*
 * A reordering carries its punctuation: take in a matched word next to
 * ops [*a, *b) when the punctuation between them differs ("May 25,
 * 1972" against "25 May 1972" takes in 1972).  lo and hi bound the
 * piece; ops before done are already in a change.
 */
static void
move_widen(struct mctx *mc, size_t *a, size_t *b, size_t lo, size_t hi,
    size_t done)
{
	const struct op	*o = mc->ops;
	size_t		 r0, r1, s0, s1;

	ops_range(o, *a, *b, &r0, &r1, &s0, &s1);
	if (*b < hi && o[*b].type == OP_MATCH &&
	    match_gap_differs(mc, r1, o[*b].r, s1, o[*b].s))
		(*b)++;
	if (*a > lo && *a - 1 >= done && o[*a - 1].type == OP_MATCH &&
	    match_gap_differs(mc, o[*a - 1].r, r0, o[*a - 1].s, s0))
		(*a)--;
}

/* Record ops [a, b) as one move and mark them. */
static void
change_move(struct mctx *mc, struct quote *q, size_t a, size_t b)
{
	size_t	r0, r1, s0, s1, i;

	ops_range(mc->ops, a, b, &r0, &r1, &s0, &s1);
	change_add(mc, q, CHANGE_MOVE, span_words(mc->rp->words, r0, r1),
	    span_words(mc->st->words, s0, s1));
	for (i = a; i < b; i++)
		mc->inchange[i] = true;
}

/*
 * Inserted report words [r0, r1] found verbatim in the statement near
 * piece p's source (within MOVE_REACH words) but outside it: a passage
 * moved from there.  The nearest wins.  Returns its first statement
 * word, or SIZE_MAX.
 */
static size_t
move_from(struct mctx *mc, const struct piece *p, size_t r0, size_t r1)
{
	size_t	len = r1 - r0 + 1, lo, hi, s, dist;
	size_t	best = SIZE_MAX, bestdist = SIZE_MAX;

	if (len < 2 || len > mc->st->nwords)
		return SIZE_MAX;
	lo = p->a.s0 > MOVE_REACH ? p->a.s0 - MOVE_REACH : 0;
	hi = p->a.s1 + MOVE_REACH;
	if (hi > mc->st->nwords - len + 1)
		hi = mc->st->nwords - len + 1;
	for (s = lo; s < hi; s++) {
		/* Not out of the aligned source itself. */
		if (s + len > p->a.s0 && s < p->a.s1) {
			s = p->a.s1 - 1;
			continue;
		}
		if (!words_equal(mc, s, r0, len))
			continue;
		dist = s < p->a.s0 ? p->a.s0 - s : s - p->a.s1;
		if (dist < bestdist) {
			bestdist = dist;
			best = s;
		}
	}
	return best;
}

/* One run of edits [a, b) that is not a reordering. */
static void
change_plain(struct mctx *mc, struct quote *q, const struct piece *p,
    size_t a, size_t b)
{
	const struct word	*rw = mc->rp->words, *sw = mc->st->words;
	struct span		 rs, ss;
	size_t			 r0, r1, s0, s1, from, i;

	ops_range(mc->ops, a, b, &r0, &r1, &s0, &s1);
	for (i = a; i < b; i++)
		mc->inchange[i] = true;
	if (s0 == SIZE_MAX) {
		rs = span_words(rw, r0, r1);
		if ((from = move_from(mc, p, r0, r1)) != SIZE_MAX) {
			ss = span_words(sw, from, from + (r1 - r0));
			change_add(mc, q, CHANGE_MOVE, rs, ss);
			if (ss.off < mc->src0)
				mc->src0 = ss.off;
			if (ss.off + ss.len > mc->src1)
				mc->src1 = ss.off + ss.len;
			return;
		}
		change_add(mc, q, CHANGE_INSERT, rs,
		    span_point(mc->st, mc->ops[a].s, p->a.s0));
	} else if (r0 == SIZE_MAX)
		change_add(mc, q, CHANGE_DELETE,
		    span_point(mc->rp, mc->ops[a].r, p->r0),
		    span_words(sw, s0, s1));
	else
		change_add(mc, q, CHANGE_REPLACE, span_words(rw, r0, r1),
		    span_words(sw, s0, s1));
}

/* The end of the run of edits starting at op a, within [a, hi). */
static size_t
run_end(const struct mctx *mc, size_t a, size_t hi)
{
	while (a < hi && op_is_edit(mc->ops[a].type))
		a++;
	return a;
}

/*
 * Try runs of edits starting at op a, joined with up to MOVE_LOOK - 1
 * following runs, as one reordering; the end of the move, or 0.
 */
static size_t
move_try(struct mctx *mc, size_t a, size_t hi)
{
	size_t	b = a, n;

	for (n = 0; n < MOVE_LOOK && b < hi; n++) {
		b = run_end(mc, b, hi);
		if (ops_permuted(mc, a, b))
			return b;
		while (b < hi && mc->ops[b].type == OP_MATCH)
			b++;
		if (b == hi || !op_is_edit(mc->ops[b].type) ||
		    b - a > 2 * MOVE_MAX)
			break;
	}
	return 0;
}

/* A sentence moved as a whole: the ops from marker a to OP_JUMP. */
static void
change_sentence(struct mctx *mc, struct quote *q, size_t a, size_t hi)
{
	size_t	b, r0, r1, s0, s1;

	for (b = a + 1; b < hi && mc->ops[b].type != OP_JUMP; b++)
		continue;
	ops_range(mc->ops, a + 1, b, &r0, &r1, &s0, &s1);
	if (s0 == SIZE_MAX)
		return;
	change_add(mc, q, CHANGE_MOVE, span_words(mc->rp->words,
	    mc->ops[a].r, mc->ops[a].s - 1), span_words(mc->st->words, s0,
	    s1));
}

/* The changes of the ops of piece p, ops [lo, hi). */
static void
piece_changes(struct mctx *mc, struct quote *q, const struct piece *p,
    size_t lo, size_t hi)
{
	size_t	a, b, done = lo;

	for (a = lo; a < hi; a = b) {
		b = a + 1;
		if (mc->ops[a].type == OP_MOVE)
			change_sentence(mc, q, a, hi);
		if (!op_is_edit(mc->ops[a].type) || mc->inchange[a])
			continue;
		if ((b = move_try(mc, a, hi)) != 0) {
			move_widen(mc, &a, &b, lo, hi, done);
			change_move(mc, q, a, b);
		} else {
			b = run_end(mc, a, hi);
			change_plain(mc, q, p, a, b);
		}
		done = b;
	}
}

static void
typo_add(struct mctx *mc, struct quote *q, struct span rep, struct span src)
{
	xgrow(&q->typos, &mc->typocap, q->ntypos + 1, sizeof(*q->typos));
	q->typos[q->ntypos].rep = rep;
	q->typos[q->ntypos].src = src;
	q->ntypos++;
}

/*
 * Typographic notes of ops [lo, hi): matched words whose bytes differ,
 * and punctuation that differs between two matched neighbours.
 */
static void
piece_typos(struct mctx *mc, struct quote *q, size_t lo, size_t hi)
{
	const struct word	*rw = mc->rp->words, *sw = mc->st->words;
	const struct op		*o = mc->ops;
	size_t			 i;

	for (i = lo; i < hi; i++) {
		if (o[i].type != OP_MATCH)
			continue;
		if (rw[o[i].r].len != sw[o[i].s].len ||
		    memcmp(mc->rp->text + rw[o[i].r].off,
		    mc->st->text + sw[o[i].s].off, rw[o[i].r].len) != 0)
			typo_add(mc, q, span_words(rw, o[i].r, o[i].r),
			    span_words(sw, o[i].s, o[i].s));
		if (i + 1 < hi && o[i + 1].type == OP_MATCH &&
		    o[i + 1].r == o[i].r + 1 && o[i + 1].s == o[i].s + 1 &&
		    !mc->inchange[i] && !mc->inchange[i + 1] &&
		    match_gap_differs(mc, o[i].r, o[i + 1].r, o[i].s,
		    o[i + 1].s))
			typo_add(mc, q, span_words(rw, o[i].r, o[i + 1].r),
			    span_words(sw, o[i].s, o[i + 1].s));
	}
}

/* Gather the pieces' ops into one array, noting where each starts. */
static void
quote_gather(struct mctx *mc)
{
	const struct piece	*p;
	size_t			 i, n = 0;

	for (i = 0; i < mc->npieces; i++)
		n += mc->pieces[i].a.nops;
	xgrow(&mc->ops, &mc->opcap, n + 1, sizeof(*mc->ops));
	xgrow(&mc->opiece, &mc->opiececap, mc->npieces + 1,
	    sizeof(*mc->opiece));
	xgrow(&mc->inchange, &mc->inchangecap, n + 1, sizeof(*mc->inchange));
	memset(mc->inchange, 0, (n + 1) * sizeof(*mc->inchange));
	for (mc->nops = 0, i = 0; i < mc->npieces; i++) {
		p = &mc->pieces[i];
		mc->opiece[i] = mc->nops;
		if (p->a.nops > 0)
			memcpy(mc->ops + mc->nops, p->a.ops,
			    p->a.nops * sizeof(*mc->ops));
		mc->nops += p->a.nops;
	}
	mc->opiece[mc->npieces] = mc->nops;
}

/* Source span, changes and notes of a quotation found in the statement. */
static void
quote_describe(struct mctx *mc, struct quote *q)
{
	const struct word	*sw = mc->st->words;
	const struct piece	*p;
	size_t			 i;

	mc->changecap = mc->typocap = 0;
	mc->src0 = SIZE_MAX;
	mc->src1 = 0;
	for (i = 0; i < mc->npieces; i++) {
		p = &mc->pieces[i];
		if (p->a.s1 == p->a.s0)
			continue;
		if (sw[p->a.s0].off < mc->src0)
			mc->src0 = sw[p->a.s0].off;
		if (word_end(&sw[p->a.s1 - 1]) > mc->src1)
			mc->src1 = word_end(&sw[p->a.s1 - 1]);
	}
	quote_gather(mc);
	for (i = 0; i < mc->npieces; i++) {
		piece_changes(mc, q, &mc->pieces[i], mc->opiece[i],
		    mc->opiece[i + 1]);
		piece_typos(mc, q, mc->opiece[i], mc->opiece[i + 1]);
	}
	q->src.off = mc->src0;
	q->src.len = mc->src1 - mc->src0;
	doc_position(mc->st, q->src.off, &q->src_line, &q->src_col);
	q->proposal = doc_proposal_at(mc->st, q->src.off);
}

/*
 * Make report words [r0, r0 + q) a pattern of the automaton if its
 * rarest gram is too frequent for its occurrences all to be kept.
 */
static void
index_range(struct mctx *mc, size_t r0, size_t q)
{
	bool	absent;

	if (q >= 2 && piece_seeds(mc, r0, q, &absent) > 0 && !absent &&
	    mc->seeds[0].n > GRAM_CAP)
		ac_insert(&mc->ac, mc->rp->words, r0, q);
}

/* Index piece p and its sentences, as piece_parts() cuts them. */
static void
index_piece(struct mctx *mc, const struct piece *p)
{
	size_t	i;

	index_range(mc, p->r0, p->r1 - p->r0);
	if (piece_sentences(mc, p) < 2 || mc->nparts > PARTS_MAX)
		return;
	for (i = 0; i < mc->nparts; i++)
		index_range(mc, mc->parts[i].r0,
		    mc->parts[i].r1 - mc->parts[i].r0);
}

/*
 * Index the statement for the quotations: the occurrences of their
 * grams, then the exact occurrences of every piece piece_search() may
 * look for whose grams are all frequent.  Two scans at most.
 */
static void
match_index(struct mctx *mc)
{
	const struct model	*m = mc->m;
	size_t			 i, k, n = 0;

	gidx_grams(&mc->gi, m);
	gidx_scan(&mc->gi, mc->st);
	xgrow(&mc->occ, &mc->occcap, GRAM_CAP, sizeof(*mc->occ));
	for (i = 0; i < m->nquotes; i++)
		n += m->quotes[i].nwords;
	ac_init(&mc->ac, m, 2 * n);
	for (i = 0; i < m->nquotes; i++) {
		quote_pieces(mc, &m->quotes[i]);
		for (k = 0; k < mc->npieces; k++)
			index_piece(mc, &mc->pieces[k]);
	}
	if (mc->ac.nnodes > 1) {
		ac_link(&mc->ac);
		ac_scan(&mc->ac, mc->st);
	}
}

/* Judge one quotation. */
static void
quote_judge(struct mctx *mc, struct quote *q)
{
	const struct piece	*p;
	size_t			 i, m = 0, nq = 0, ns = 0;

	quote_pieces(mc, q);
	quote_match_pieces(mc);
	q->verdict = VERDICT_EXACT;
	for (i = 0; i < mc->npieces; i++) {
		p = &mc->pieces[i];
		if (p->v > q->verdict)
			q->verdict = p->v;
		nq += p->r1 - p->r0;
		m += p->a.matches;
		ns += p->a.nsrc;
	}
	if (mc->npieces == 0)
		q->verdict = VERDICT_NOT_FOUND;
	q->similarity = nq + ns == 0 ? 0 : 2.0 * m / (double)(nq + ns);
	if (q->verdict == VERDICT_NOT_FOUND) {
		memset(&q->src, 0, sizeof(q->src));
		q->src_line = q->src_col = 0;
		q->proposal = 0;
		return;
	}
	quote_describe(mc, q);
}

static void
match_quotes(struct mctx *mc)
{
	struct model	*m = mc->m;
	size_t		 i;

	match_index(mc);
	for (i = 0; i < m->nquotes; i++) {
		quote_judge(mc, &m->quotes[i]);
		switch (m->quotes[i].verdict) {
		case VERDICT_EXACT:
			m->nexact++;
			break;
		case VERDICT_ALTERED:
			m->naltered++;
			break;
		case VERDICT_NOT_FOUND:
			m->nnotfound++;
			break;
		}
	}
	gidx_free(&mc->gi);
	ac_free(&mc->ac);
}

static void
mctx_free(struct mctx *mc)
{
	size_t	i;

	for (i = 0; i < mc->piececap; i++)
		free(mc->pieces[i].a.ops);
	free(mc->pieces);
	for (i = 0; i < mc->partcap; i++)
		free(mc->parts[i].a.ops);
	free(mc->parts);
	free(mc->joined.ops);
	free(mc->seeds);
	free(mc->diags);
	free(mc->occ);
	free(mc->trace);
	free(mc->rows);
	free(mc->tmp.ops);
	free(mc->ops);
	free(mc->opiece);
	free(mc->inchange);
	free(mc->ka);
	free(mc->kb);
}

void
match_run(struct model *m)
{
	struct mctx	mc;

	memset(&mc, 0, sizeof(mc));
	mc.m = m;
	mc.st = m->stmt;
	mc.rp = &m->rep;
	m->nexact = m->naltered = m->nnotfound = 0;
	match_quotes(&mc);
	mctx_free(&mc);
}
