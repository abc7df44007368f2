/*
 * match.c — align the report's quotations with the statement.
 *
 * Words are compared by lexicon key (their comparison form), so case,
 * curly quotes, dashes and NFKC forms never count as changes; where the
 * bytes differ anyway a typographic note is kept.
 *
 * 1. Index.  gram.c counts the statement's occurrences of the
 *    quotations' grams (runs of 1, 2, 3, 4 and 8 words), keeping the first
 *    GRAM_CAP of each, and finds the exact occurrences of every piece
 *    (below) whose grams are all more frequent than that.
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
 * 5. A quotation not found still gets the statement passage nearest
 *    it, if one shares enough (closest.c), while the index is built.
 * 6. Changes.  Runs of edits become changes.  Nearby runs whose report
 *    and statement words are the same multiset are one move (a
 *    reordering: "25 May 1972" -> "May 25, 1972"); a run of inserted
 *    words found verbatim near the source is a move from there.
 *    Matched words with different bytes, and different punctuation
 *    between matched words, are typographic notes, never changes.
 *
 * Time: O(S + R + sum over pieces of q * (GRAM_CAP + SEED_MAX +
 * NCAND x B + MOVE_REACH)), with q the piece length (pieces and their
 * sentences) and B <= BAND_MAX: linear in the statement S and the
 * report R, and in each quotation's length times a constant; the
 * index (gram.c) is O(S + R); the closest passage of a quotation not
 * found costs a constant times its length too (closest.c).
 * Memory: O(R + q * B) beyond the documents and the index.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "closest.h"
#include "doc.h"
#include "gram.h"
#include "lexicon.h"
#include "match.h"
#include "model.h"
#include "msg.h"
#include "paraphrase.h"
#include "text.h"
#include "xmalloc.h"

#define SEED_GRAMS	256	/* grams of one length a piece seeds with */
#define SEED_MAX	256	/* candidate diagonals scored per piece */
#define SCORE_REACH	96	/* words scored either side of a seed */
/* Candidate diagonals aligned per piece: as many as exact ones kept. */
#define NCAND		GRAM_EXACT
#define BAND_MIN	16	/* band half-width, in words */
#define BAND_MAX	96
#define DP_BUDGET	((size_t)16 << 20)	/* trace cells of one alignment */
#define TRACE_HELD	((size_t)1 << 20)	/* of them held at one time */
#define NEAR_BAND	24	/* short pieces: within 2 x this of a neighbour */
#define SHORT_PIECE	3	/* pieces shorter than this follow a neighbour */
#define PARTS_MAX	64	/* sentences of a piece placed one by one */
#define MOVE_LOOK	8	/* edit runs merged when seeking a reordering */
#define MOVE_MAX	64	/* words on one side of a move, at most */
#define MOVE_REACH	256	/* a moved passage comes from this near */
#define REACH_WORD	4	/* one word at an end: skip this many at most */
#define GAP_JOIN	16	/* bytes between two words read as one */
#define ALTERED_SIM	0.6	/* least similarity of an altered quotation */
#define ALTERED_COVER	0.8	/* or least part of its words matched */
#define SENT_AGREE	3	/* or least words agreeing in one sentence */
#define COST_SUB	5	/* alignment: a word replaced, */
#define COST_OPEN	1	/* a run of words inserted or deleted, */
#define COST_WORD	2	/* and each word of the run */

#define INF		(INT64_MAX / 4)

enum optype {
	OP_NONE,
	OP_MATCH,
	OP_SUB,
	OP_INS,
	OP_DEL,
	OP_MOVE,	/* marker: the ops up to OP_JUMP are a moved sentence */
	OP_JUMP,	/* marker: the statement position jumps */
	OP_JOIN,	/* words split differently: a report word and a */
	OP_JOIN_R,	/* statement word, then the other report words */
	OP_JOIN_S	/* or statement words of the same letters */
};

/*
 * One step of an edit script.  r is a report word and s a statement
 * word; an insert has no statement word and a delete no report word,
 * so there s (or r) is the index of the next word: where it happens.
 * An OP_MOVE marker's r and s are the moved report words [r, s).
 * OP_JOIN faces a report word with a statement word whose letters,
 * with those of the OP_JOIN_R (report) or OP_JOIN_S (statement) words
 * after it, are the same: "inthe" for "in the", "inter-agency" for
 * "interagency".
 */
struct op {
	uint32_t	r;		/* word indices: a text has fewer */
	uint32_t	s;		/* than 2^32 (load.h) */
	enum optype	type;
};

struct aln {
	struct op	*ops;
	size_t		 nops;
	size_t		 cap;
	size_t		 cost;		/* edits, and one per move */
	size_t		 matches;	/* and OP_JOIN */
	size_t		 joined;	/* OP_JOIN_R and OP_JOIN_S */
	size_t		 nsrc;		/* statement words matched or edited */
	size_t		 s0, s1;	/* statement words spanned */
	bool		 single;	/* seeded by single words only */
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

/*
 * A piece of a quotation between ellipses, as placed: 12 bytes, for a
 * quotation cut into 700,000 one-word pieces keeps them all.  The
 * pieces of a set follow each other: a piece's report words end where
 * the next one's begin (match_piece_r1()).  Its alignment is none
 * (PIECE_NONE: not found), or a run of matches, not kept (PIECE_RUN:
 * report word r0 + i matches statement word s0 + i; exact), or ops in
 * its set's after a head op (at) whose r holds their number and the
 * verdict and whose s the statement words' end.  Its sums (cost,
 * matches ...) are counted again from its ops where they are needed
 * (match_piece_sum()).  32 bits: a text has fewer words than that
 * (load.h), and a piece fewer than 2^30 ops (each a word of the
 * report or the statement, or one of two markers a sentence).
 */
struct piece {
	uint32_t	r0;		/* first report word */
	uint32_t	s0;		/* first statement word spanned */
	uint32_t	at;		/* head op in the set's, or PIECE_* */
};

#define PIECE_RUN	UINT32_MAX
#define PIECE_NONE	(UINT32_MAX - 1)
#define PIECE_VSHIFT	30		/* a head op's r: verdict << 30 | n */
#define PIECE_OPS_MAX	(((uint32_t)1 << PIECE_VSHIFT) - 1)

_Static_assert(sizeof(struct piece) == 12, "a piece is 12 bytes");

/* A piece being described: its first report word, its statement words. */
struct pspan {
	size_t		r0, s0, s1;
};

/* Pieces, one after the other, and the ops of their alignments. */
struct pset {
	struct piece	*p;
	size_t		 n, cap;
	uint32_t	 end;		/* the last piece's end */
	struct op	*ops;
	size_t		 nops, opcap;
};

struct mctx {
	struct model	*m;
	const struct doc *st;
	const struct doc *rp;
	const struct suffix *sx;	/* st's index, or NULL */
	struct gram_index gi;
	struct gram_trie ac;
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
	struct aln	 work;		/* the piece being placed */
	struct pset	 pieces;	/* of one quotation */
	struct pset	 parts;		/* sentences of one piece */
	bool		 chain[PARTS_MAX];	/* parts in statement order */
	struct aln	 joined;
	const struct op	*ops;		/* one piece's ops, being described */
	size_t		 nops;
	struct op	*run;		/* a run of matches, written out */
	size_t		 runcap;
	bool		*inchange;
	size_t		 inchangecap;
	uint32_t	*ka, *kb;	/* scratch keys for moves */
	size_t		 kacap, kbcap;
	uint32_t	*slen, *rlen;	/* scratch for struct band */
	size_t		 slencap, rlencap;
	size_t		 changecap, typocap;
	size_t		 src0, src1;	/* source span of the quotation, bytes */
	struct closest_ctx cx;		/* closest.c's scratch */
};

/* ---- words -------------------------------------------------------- */

static size_t
match_word_end(const struct doc *d, size_t i)
{
	return doc_word_end(d, i);
}

/* Do statement words from s on repeat report words [r0, r0 + len)? */
static bool
match_words_equal(const struct mctx *mc, size_t s, size_t r0, size_t len)
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
match_gap_char(const char *s, size_t n, bool *space)
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

/* ---- seeds and candidates --------------------------------------- */

static int
match_seed_cmp(const void *a, const void *b)
{
	const struct seed	*x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return (x->k > y->k) - (x->k < y->k);
}

static int
match_diag_cmp(const void *a, const void *b)
{
	const struct diag	*x = a, *y = b;

	if (x->d != y->d)
		return x->d < y->d ? -1 : 1;
	return (x->t > y->t) - (x->t < y->t);
}

/*
 * Heap sorts of seeds and diagonals, the comparisons inlined: they run
 * for every piece, on SEED_MAX diagonals and some hundreds of seeds,
 * where qsort() spent its time calling the comparison.  Elements that
 * compare equal are equal, so the order is qsort()'s.  O(n log n).
 */
#define MATCH_HEAPSORT(name, type, cmp)					\
static void								\
name(type *a, size_t n)							\
{									\
	type	 t;							\
	size_t	 i, j, c, end;						\
									\
	for (end = n, i = n / 2; end > 1;) {				\
		if (i > 0)						\
			i--;		/* build the heap */		\
		else {							\
			end--;		/* move its top to the end */	\
			t = a[end];					\
			a[end] = a[0];					\
			a[0] = t;					\
		}							\
		for (j = i; (c = 2 * j + 1) < end; j = c) {		\
			if (c + 1 < end && cmp(&a[c + 1], &a[c]) > 0)	\
				c++;					\
			if (cmp(&a[c], &a[j]) <= 0)			\
				break;					\
			t = a[c];					\
			a[c] = a[j];					\
			a[j] = t;					\
		}							\
	}								\
}

MATCH_HEAPSORT(match_sort_seeds, struct seed, match_seed_cmp)
MATCH_HEAPSORT(match_sort_diags, struct diag, match_diag_cmp)

/*
 * The grams of k words of report words [r0, r0 + q) that the statement
 * holds, appended to the ns in mc->seeds (the rarest first); SEED_GRAMS
 * at most, spread over the piece.  *absent is set if it does not hold
 * one.  Returns the new ns.
 */
static size_t
match_seeds_of(struct mctx *mc, size_t r0, size_t q, size_t k, size_t ns,
    bool *absent)
{
	const struct word	*rw = mc->rp->words;
	struct seed		*sd, tmp;
	size_t			 t, step = (q - k + SEED_GRAMS) / SEED_GRAMS;
	uint32_t		 g;

	for (t = 0; t + k <= q; t += step) {
		g = gram_index_find(&mc->gi, rw + r0 + t, k);
		if (g == GRAM_NONE || gram_index_count(&mc->gi, g) == 0) {
			*absent = true;
			continue;
		}
		xgrow(&mc->seeds, &mc->seedcap, ns + 1, sizeof(*mc->seeds));
		sd = &mc->seeds[ns++];
		sd->n = gram_index_count(&mc->gi, g);
		sd->g = g;
		sd->t = (uint32_t)t;
		sd->k = (uint32_t)k;
		if (match_seed_cmp(sd, &mc->seeds[0]) < 0) {
			tmp = *sd;
			*sd = mc->seeds[0];
			mc->seeds[0] = tmp;
		}
	}
	return ns;
}

/*
 * The grams of report words [r0, r0 + q) that the statement holds into
 * mc->seeds, the rarest first (match_piece_diags() orders the others):
 * those of two words or more, or, if the statement holds none of them
 * (a short quotation whose every other word was changed), its single
 * words.  *absent tells if it does not hold one.  Returns how many.
 */
static size_t
match_piece_seeds(struct mctx *mc, size_t r0, size_t q, bool *absent)
{
	size_t	l, ns = 0;

	*absent = false;
	for (l = 1; l < GRAM_NLENS && gram_lens[l] <= q; l++)
		ns = match_seeds_of(mc, r0, q, gram_lens[l], ns, absent);
	if (ns == 0 && q >= 1)
		ns = match_seeds_of(mc, r0, q, gram_lens[0], ns, absent);
	return ns;
}

/*
 * Statement words agreeing with report words [r0, r0 + q) along
 * diagonal d, within SCORE_REACH words of the seed's word t.
 */
static size_t
match_diag_score(const struct mctx *mc, size_t r0, size_t q,
    const struct diag *dg)
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
match_piece_diags(struct mctx *mc, size_t r0, size_t q, size_t ns)
{
	struct diag	*dg;
	size_t		 i, k, n, nd = 0;

	if (ns > 1)
		match_sort_seeds(mc->seeds, ns);
	xgrow(&mc->diags, &mc->diagcap, SEED_MAX, sizeof(*mc->diags));
	for (i = 0; i < ns && nd < SEED_MAX; i++) {
		n = mc->seeds[i].n < GRAM_CAP ? mc->seeds[i].n : GRAM_CAP;
		if (n > SEED_MAX - nd)
			n = SEED_MAX - nd;
		gram_index_occ(&mc->gi, mc->seeds[i].g, n, mc->occ);
		for (k = 0; k < n; k++) {
			mc->diags[nd].d = (long)mc->occ[k] -
			    (long)mc->seeds[i].t;
			mc->diags[nd++].t = mc->seeds[i].t;
		}
	}
	if (nd > 1)
		match_sort_diags(mc->diags, nd);
	for (n = 0, i = 0; i < nd; i++) {
		if (n > 0 && mc->diags[n - 1].d == mc->diags[i].d)
			continue;
		dg = &mc->diags[n++];
		*dg = mc->diags[i];
		dg->score = match_diag_score(mc, r0, q, dg);
	}
	return n;
}

/*
 * Up to NCAND diagonals for a piece with ns seeds, the most words
 * agreeing first (the earliest on a tie), none within band of another.
 * Returns how many.
 */
static size_t
match_piece_candidates(struct mctx *mc, size_t r0, size_t q, size_t ns,
    size_t band, long *cand)
{
	size_t	nd, nc, i, k, best;
	bool	near;

	nd = match_piece_diags(mc, r0, q, ns);
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
match_op_is_edit(enum optype t)
{
	return t == OP_SUB || t == OP_INS || t == OP_DEL;
}

/* Does an op of type t hold a report word? */
static bool
match_op_has_r(enum optype t)
{
	return t == OP_MATCH || t == OP_SUB || t == OP_INS || t == OP_JOIN ||
	    t == OP_JOIN_R;
}

/* Does an op of type t hold a statement word? */
static bool
match_op_has_s(enum optype t)
{
	return t == OP_MATCH || t == OP_SUB || t == OP_DEL || t == OP_JOIN ||
	    t == OP_JOIN_S;
}

static bool
match_op_is_join(enum optype t)
{
	return t == OP_JOIN || t == OP_JOIN_R || t == OP_JOIN_S;
}

/*
 * Room for n ops in a: doubling, but from n, not xgrow()'s sixteen: a
 * quotation cut into 100,000 one-word pieces keeps an alignment each.
 */
static void
match_aln_room(struct aln *a, size_t n)
{
	size_t	cap = a->cap;

	if (n <= cap)
		return;
	cap = cap * 2 > n ? cap * 2 : n;
	a->ops = xreallocarray(a->ops, cap, sizeof(*a->ops));
	a->cap = cap;
}

static void
match_aln_push(struct aln *a, enum optype type, size_t r, size_t s)
{
	match_aln_room(a, a->nops + 1);
	a->ops[a->nops].type = type;
	a->ops[a->nops].r = (uint32_t)r;
	a->ops[a->nops].s = (uint32_t)s;
	a->nops++;
}

/*
 * Count matches, edits (a move costs one) and statement words of ops
 * [0, n) into a's sums, and span the statement words (sbound, an
 * empty span, when there are none).
 */
static void
match_ops_sum(const struct op *ops, size_t n, size_t sbound, struct aln *a)
{
	const struct op	*o;
	size_t		 i;

	a->cost = a->matches = a->joined = a->nsrc = 0;
	a->s0 = SIZE_MAX;
	a->s1 = 0;
	for (i = 0; i < n; i++) {
		o = &ops[i];
		if (o->type == OP_MATCH || o->type == OP_JOIN)
			a->matches++;
		else if (o->type == OP_JOIN_R || o->type == OP_JOIN_S)
			a->joined++;
		else if (match_op_is_edit(o->type) || o->type == OP_MOVE)
			a->cost++;
		if (!match_op_has_s(o->type))
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
match_aln_sum(struct aln *a, size_t sbound)
{
	match_ops_sum(a->ops, a->nops, sbound, a);
}

static void
match_aln_reverse(struct aln *a)
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
match_aln_swap(struct aln *a, struct aln *b)
{
	struct aln	t = *a;

	*a = *b;
	*b = t;
}

/* Is there nothing but white space between statement words k, k + 1? */
static bool
match_stmt_gap_plain(const struct mctx *mc, size_t k)
{
	size_t			 i, end, len;
	bool			 space;

	if (k + 1 >= mc->st->nwords)
		return false;
	end = doc_word_off(mc->st, k + 1);
	for (i = match_word_end(mc->st, k); i < end; i += len) {
		len = match_gap_char(mc->st->text + i, end - i, &space);
		if (!space)
			return false;
	}
	return true;
}

/*
 * A report word now facing statement word s: matched if the two agree.
 * The free end makes inserting words there cheaper than matching some
 * and replacing the others ("to postpone two years" against "to
 * postpone one year"): those that agree must not be reported changed.
 */
static void
match_aln_face(struct mctx *mc, struct op *o, size_t s)
{
	o->type = mc->st->words[s].key == mc->rp->words[o->r].key ?
	    OP_MATCH : OP_SUB;
	o->s = (uint32_t)s;
}

/*
 * Inserted words at an end of an alignment face statement words its
 * free end left out.  Where those go on with the same phrase (nothing
 * but white space between), the pair is a replacement at the same
 * cost, or a match where the words agree: "resume the talks" against
 * "resume the dialogue, which".
 */
static void
match_aln_edges(struct mctx *mc, struct aln *a)
{
	struct op	*o = a->ops;
	size_t		 i, s;

	if (a->nsrc == 0)
		return;
	for (i = a->nops; i > 0 && o[i - 1].type == OP_INS; i--)
		continue;
	for (s = a->s1; i < a->nops && match_stmt_gap_plain(mc, s - 1);
	    i++, s++)
		match_aln_face(mc, &o[i], s);
	for (i = 0; i < a->nops && o[i].type == OP_INS; i++)
		continue;
	for (s = a->s0; i > 0 && s > 0 && match_stmt_gap_plain(mc, s - 1);
	    s--) {
		i--;
		match_aln_face(mc, &o[i], s - 1);
	}
	match_aln_sum(a, a->s0);
}

/*
 * Trailing inserts of a (from *first on) found in order at p or later:
 * within MOVE_REACH words, or, one word, within REACH_WORD words of the
 * same statement sentence ("as long as it is needed").
 */
static bool
match_reach_after(struct mctx *mc, const struct aln *a, size_t *first,
    size_t *p)
{
	size_t	i, len, end;

	for (i = a->nops; i > 0 && a->ops[i - 1].type == OP_INS; i--)
		continue;
	if ((len = a->nops - i) < 1 || a->nsrc == 0)
		return false;
	/* At the statement's last word there is nothing after to reach. */
	if (a->s1 >= mc->st->nwords ||
	    (len == 1 && doc_sentence_end(mc->st, a->s1 - 1)))
		return false;
	end = a->s1 + (len == 1 ? REACH_WORD + 1 : MOVE_REACH);
	for (*p = a->s1 + 1; *p < end && *p + len <= mc->st->nwords; (*p)++) {
		if (len == 1 && doc_sentence_end(mc->st, *p - 1))
			return false;
		if (match_words_equal(mc, *p, a->ops[i].r, len)) {
			*first = i;
			return true;
		}
	}
	return false;
}

/* Leading inserts of a (up to *last) found in order ending before s0. */
static bool
match_reach_before(struct mctx *mc, const struct aln *a, size_t *last,
    size_t *p)
{
	size_t	i, len, k, reach;

	for (i = 0; i < a->nops && a->ops[i].type == OP_INS; i++)
		continue;
	if ((len = i) < 1 || a->nsrc == 0 || a->s0 < len + 1)
		return false;
	reach = len == 1 ? REACH_WORD : MOVE_REACH;
	for (k = 1; k <= reach && a->s0 >= len + k; k++) {
		/* Neither the words skipped nor the one found end one. */
		if (len == 1 && (doc_sentence_end(mc->st, a->s0 - k) ||
		    doc_sentence_end(mc->st, a->s0 - 1 - k)))
			return false;
		if (match_words_equal(mc, a->s0 - len - k, a->ops[0].r, len)) {
			*last = i;
			*p = a->s0 - len - k;
			return true;
		}
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
match_aln_reach(struct mctx *mc, struct aln *a)
{
	struct aln	*t = &mc->tmp;
	size_t		 i, k, p;

	if (match_reach_after(mc, a, &i, &p)) {
		t->nops = 0;
		for (k = 0; k < i; k++)
			match_aln_push(t, a->ops[k].type, a->ops[k].r,
			    a->ops[k].s);
		for (k = a->s1; k < p; k++)
			match_aln_push(t, OP_DEL, a->ops[i].r, k);
		for (k = i; k < a->nops; k++)
			match_aln_push(t, OP_MATCH, a->ops[k].r, p + k - i);
		match_aln_sum(t, a->s0);
		match_aln_swap(t, a);
	}
	if (match_reach_before(mc, a, &i, &p)) {
		t->nops = 0;
		for (k = 0; k < i; k++)
			match_aln_push(t, OP_MATCH, a->ops[k].r, p + k);
		for (k = p + i; k < a->s0; k++)
			match_aln_push(t, OP_DEL, a->ops[i].r, k);
		for (k = i; k < a->nops; k++)
			match_aln_push(t, a->ops[k].type, a->ops[k].r,
			    a->ops[k].s);
		match_aln_sum(t, p);
		match_aln_swap(t, a);
	}
}

/* ---- banded alignment ------------------------------------------- */

/*
 * The trace of one cell: how the best script ending there ends (TR_OP),
 * and whether the runs of inserts and of deletes ending there go on
 * from runs ending next to it (TR_EXT_INS, TR_EXT_DEL) or open there.
 */
#define TR_OP		0x07
#define TR_EXT_INS	0x08
#define TR_EXT_DEL	0x10
enum { TR_MATCH = 1, TR_SUB, TR_INS, TR_DEL, TR_JOIN_S, TR_JOIN_R };

/*
 * The rows of the band that one row of the alignment reads: the best
 * scripts of rows i - 2, i - 1 and i, and the best ending with an
 * insert of rows i - 1 and i (Gotoh's three matrices; the one ending
 * with a delete is read along the row).
 */
struct band {
	size_t		 w;		/* cells in a row */
	int64_t		 mult;		/* a unit of cost: more than q matches */
	int64_t		 gain;		/* what a match earns beyond that */
	int64_t		*h[3];
	int64_t		*e[2];
	/*
	 * Bytes of the comparison forms of statement words from slo on
	 * (as far as the band reaches) and of the piece's words: a word
	 * run together from two is as long as both.
	 */
	const uint32_t	*slen, *rlen;
	long		 slo;
	/*
	 * The trace holds a block of blk rows, rows 1 + held x blk on.
	 * A longer piece keeps the rows that start each block (h[0],
	 * h[1] and e[0] before its first row), three times w cells
	 * each, in ck, and the walk back fills each block again from
	 * there: twice the work, and memory TRACE_HELD instead of
	 * DP_BUDGET, for the same trace.
	 */
	size_t		 blk, held;
	size_t		 r0, q;
	long		 base1;		/* statement word of row 1, cell 0 */
	int64_t		*ck;
};

/*
 * Can two words stand for one in a text pasted from somewhere else:
 * is there only white space, hidden characters or hyphens between
 * words k and k + 1 of d ("in the", "inter-\nagency")?
 */
static bool
match_gap_joinable(const struct doc *d, size_t k)
{
	size_t	i, end, len;
	bool	space;

	if (k + 1 >= d->nwords)
		return false;
	end = doc_word_off(d, k + 1);
	/* A longer gap is no slip of the keyboard: GAP_JOIN bounds the loop. */
	if (end - match_word_end(d, k) > GAP_JOIN)
		return false;
	for (i = match_word_end(d, k); i < end; i += len) {
		len = match_gap_char(d->text + i, end - i, &space);
		if (!space && d->text[i] != '-' &&
		    !(len == 3 && memcmp(d->text + i, "\u2010", 3) == 0))
			return false;
	}
	return true;
}

/* Do the letters of words a and b, one after the other, make whole? */
static bool
match_join_keys(const struct mctx *mc, uint32_t whole, uint32_t a,
    uint32_t b)
{
	const char	*sw, *sa, *sb;
	size_t		 nw, na, nb;

	sw = lexicon_word(mc->m->lex, whole, &nw);
	sa = lexicon_word(mc->m->lex, a, &na);
	if (sw == NULL || sa == NULL || na >= nw)
		return false;
	/* The lengths first: they rule out most pairs, and cost no read. */
	sb = lexicon_word(mc->m->lex, b, &nb);
	return sb != NULL && na + nb == nw && memcmp(sw, sa, na) == 0 &&
	    memcmp(sw + na, sb, nb) == 0;
}

/* Is report key key statement words s, s + 1 run together? */
static bool
match_join_s(const struct mctx *mc, uint32_t key, size_t s)
{
	const struct word	*sw = mc->st->words;

	return match_join_keys(mc, key, sw[s].key, sw[s + 1].key) &&
	    match_gap_joinable(mc->st, s);
}

/* Is statement key key report words r, r + 1 run together? */
static bool
match_join_r(const struct mctx *mc, size_t r, uint32_t key)
{
	const struct word	*rw = mc->rp->words;

	return match_join_keys(mc, key, rw[r].key, rw[r + 1].key) &&
	    match_gap_joinable(mc->rp, r);
}

/* Bytes of the comparison form of key, or 0 if the lexicon lacks it. */
static uint32_t
match_key_length(const struct mctx *mc, uint32_t key)
{
	size_t	n;

	if (lexicon_word(mc->m->lex, key, &n) == NULL)
		return 0;
	return (uint32_t)n;
}

/*
 * The lengths struct band keeps: piece words [r0, r0 + q) and the
 * statement words the band's rows (match_align_row()) look at, from
 * two before its first column to its last.  O(q + band) lookups, so
 * that the O(q x band) cells need none unless the lengths agree.
 */
static void
match_band_lengths(struct mctx *mc, struct band *b, size_t r0, size_t q,
    long dc, size_t band)
{
	long	lo = dc - (long)band - 1, hi = dc + (long)q + (long)band, s;
	size_t	i;

	if (lo < 0)
		lo = 0;
	if (hi > (long)mc->st->nwords)
		hi = (long)mc->st->nwords;
	xgrow(&mc->rlen, &mc->rlencap, q + 1, sizeof(*mc->rlen));
	for (i = 0; i < q; i++)
		mc->rlen[i] = match_key_length(mc, mc->rp->words[r0 + i].key);
	xgrow(&mc->slen, &mc->slencap, hi > lo ? (size_t)(hi - lo) : 1,
	    sizeof(*mc->slen));
	for (s = lo; s < hi; s++)
		mc->slen[s - lo] = match_key_length(mc, mc->st->words[s].key);
	b->slen = mc->slen;
	b->rlen = mc->rlen;
	b->slo = lo;
}

static uint8_t	match_trace_at(struct mctx *, struct band *, size_t, size_t);

/* Walk the trace back from row q, column k: three states, as filled. */
static void
match_align_trace(struct mctx *mc, struct band *b, size_t r0, size_t q,
    long dc, size_t band, size_t k, struct aln *out)
{
	size_t	i = q;
	long	j;
	int	state = 0, t;	/* 0 best, TR_INS or TR_DEL: in a run */

	out->nops = 0;
	while (i > 0) {
		j = dc + (long)i - (long)band + (long)k;
		t = match_trace_at(mc, b, i, k);
		if (state == TR_INS) {
			match_aln_push(out, OP_INS, r0 + i - 1, j);
			state = t & TR_EXT_INS ? TR_INS : 0;
			i--;
			k++;
			continue;
		}
		if (state == TR_DEL) {
			match_aln_push(out, OP_DEL, r0 + i, j - 1);
			state = t & TR_EXT_DEL ? TR_DEL : 0;
			k--;
			continue;
		}
		switch (t & TR_OP) {
		case TR_MATCH:
		case TR_SUB:
			match_aln_push(out, (t & TR_OP) == TR_MATCH ?
			    OP_MATCH : OP_SUB, r0 + i - 1, j - 1);
			i--;
			break;
		case TR_INS:
		case TR_DEL:
			state = t & TR_OP;
			break;
		case TR_JOIN_S:
			match_aln_push(out, OP_JOIN_S, r0 + i, j - 1);
			match_aln_push(out, OP_JOIN, r0 + i - 1, j - 2);
			i--;
			k--;
			break;
		case TR_JOIN_R:
			match_aln_push(out, OP_JOIN_R, r0 + i - 1, j);
			match_aln_push(out, OP_JOIN, r0 + i - 2, j - 1);
			i -= 2;
			k++;
			break;
		default:
			fatal("align_trace: broken trace");
		}
	}
	match_aln_reverse(out);
	match_aln_sum(out, (size_t)(dc - (long)band + (long)k));
}

/* Keep in *best the cheaper of it and v, in *op the way it ends. */
static void
match_cell_min(int64_t *best, int *op, int64_t v, int vop)
{
	if (v < *best) {
		*best = v;
		*op = vop;
	}
}

/*
 * One row of the band: quote word i against statement words base ...
 * base + w - 1, with affine gap costs (Gotoh): a substitution costs
 * COST_SUB, a run of k words inserted or deleted COST_OPEN + k x
 * COST_WORD, so that of two scripts the one with fewer and longer
 * edits is cheaper ("as long as needed" deletes "it is" rather than
 * replacing "it" with "needed").  A cell holds cost x mult - matches:
 * of two equally cheap scripts the one matching more words wins.  When
 * gain is more than one a match also earns that (a piece placed by its
 * single words: the script matching most of them in order wins).
 * Words run together or split in two (OP_JOIN) cost nothing.
 */
static void
match_align_row(struct mctx *mc, struct band *b, size_t r0, size_t i,
    long base)
{
	const struct word	*sw = mc->st->words;
	uint8_t			*tr = mc->trace + (i - 1) % b->blk * b->w;
	const int64_t		*h2 = b->h[0], *h1 = b->h[1], *e1 = b->e[0];
	int64_t			*h0 = b->h[2], *e0 = b->e[1];
	int64_t			 open = (COST_OPEN + COST_WORD) * b->mult;
	int64_t			 ext = COST_WORD * b->mult;
	int64_t			 best, f = INF, diag;
	uint32_t		 key = mc->rp->words[r0 + i - 1].key;
	size_t			 k;
	long			 j;
	int			 op, bits;
	bool			 eq;

	for (k = 0; k < b->w; k++) {
		j = base + (long)k;
		if (j < 0 || j > (long)mc->st->nwords) {
			h0[k] = e0[k] = f = INF;
			tr[k] = 0;
			continue;
		}
		bits = 0;
		/* Runs of inserts (down the band) and deletes (along it). */
		e0[k] = INF;
		if (k + 1 < b->w) {
			e0[k] = h1[k + 1] + open;
			if (e1[k + 1] + ext < e0[k]) {
				e0[k] = e1[k + 1] + ext;
				bits |= TR_EXT_INS;
			}
		}
		if (k > 0 && f + ext < h0[k - 1] + open) {
			f += ext;
			bits |= TR_EXT_DEL;
		} else
			f = k > 0 ? h0[k - 1] + open : INF;
		diag = j >= 1 ? h1[k] : INF;
		eq = j >= 1 && sw[j - 1].key == key;
		best = INF;
		op = 0;
		/* On a tie: match, join, insert, delete, substitute. */
		if (eq && diag < INF / 2)
			match_cell_min(&best, &op, diag - b->gain, TR_MATCH);
		if (!eq && k > 0 && j >= 2 && h1[k - 1] < INF / 2 &&
		    h1[k - 1] - b->gain < best &&
		    b->rlen[i - 1] == b->slen[j - 2 - b->slo] +
		    b->slen[j - 1 - b->slo] &&
		    match_join_s(mc, key, j - 2))
			match_cell_min(&best, &op, h1[k - 1] - b->gain,
			    TR_JOIN_S);
		if (!eq && i >= 2 && j >= 1 && k + 1 < b->w &&
		    h2[k + 1] < INF / 2 && h2[k + 1] - b->gain < best &&
		    b->slen[j - 1 - b->slo] == b->rlen[i - 2] +
		    b->rlen[i - 1] &&
		    match_join_r(mc, r0 + i - 2, sw[j - 1].key))
			match_cell_min(&best, &op, h2[k + 1] - b->gain,
			    TR_JOIN_R);
		match_cell_min(&best, &op, e0[k], TR_INS);
		match_cell_min(&best, &op, f, TR_DEL);
		if (!eq && diag < INF / 2)
			match_cell_min(&best, &op, diag + COST_SUB * b->mult,
			    TR_SUB);
		h0[k] = best;
		tr[k] = (uint8_t)(op | bits);
	}
}

/*
 * Align report words [r0, r0 + q) with the statement: statement word
 * dc + i faces quote word i, give or take band words.  The quotation
 * is aligned whole; the statement's ends are free.  The leftmost best
 * end wins.  If most, a match earns as much as a substitution costs:
 * the most words matched win.  Returns false if the band misses the
 * statement.
 */
/* Row i of the band, then the rows turned for the next one. */
static void
match_band_step(struct mctx *mc, struct band *b, size_t i)
{
	int64_t	*t;

	match_align_row(mc, b, b->r0, i, b->base1 + (long)i - 1);
	t = b->h[0];
	b->h[0] = b->h[1];
	b->h[1] = b->h[2];
	b->h[2] = t;
	t = b->e[0];
	b->e[0] = b->e[1];
	b->e[1] = t;
}

/* Keep (save) or take back the rows that start block c. */
static void
match_band_checkpoint(struct band *b, size_t c, bool save)
{
	int64_t	*ck = b->ck + c * 3 * b->w, *rows[3];
	size_t	 n = b->w * sizeof(*ck), k;

	rows[0] = b->h[0];
	rows[1] = b->h[1];
	rows[2] = b->e[0];
	for (k = 0; k < 3; k++) {
		if (save)
			memcpy(ck + k * b->w, rows[k], n);
		else
			memcpy(rows[k], ck + k * b->w, n);
	}
}

/*
 * The trace of row i, cell k.  The walk back goes up the rows, so
 * each block is filled again once at most.
 */
static uint8_t
match_trace_at(struct mctx *mc, struct band *b, size_t i, size_t k)
{
	size_t	c = (i - 1) / b->blk, r, end;

	if (c != b->held) {
		match_band_checkpoint(b, c, false);
		end = (c + 1) * b->blk < b->q ? (c + 1) * b->blk : b->q;
		for (r = c * b->blk + 1; r <= end; r++)
			match_band_step(mc, b, r);
		b->held = c;
	}
	return mc->trace[(i - 1) % b->blk * b->w + k];
}

static bool
match_align_band(struct mctx *mc, size_t r0, size_t q, long dc, size_t band,
    bool most, struct aln *out)
{
	struct band	 b;
	size_t		 w = 2 * band + 1, i, k, kend = 0, nck;
	long		 j;
	bool		 ok;

	b.blk = q * w <= TRACE_HELD ? q : TRACE_HELD / w;
	if (b.blk == 0)
		b.blk = 1;
	nck = b.blk >= q ? 0 : (q + b.blk - 1) / b.blk;
	b.ck = nck > 0 ? xreallocarray(NULL, nck * 3 * w, sizeof(*b.ck)) :
	    NULL;
	b.r0 = r0;
	b.q = q;
	b.base1 = dc + 1 - (long)band;
	xgrow(&mc->trace, &mc->tracecap, b.blk * w, 1);
	xgrow(&mc->rows, &mc->rowcap, 5 * w, sizeof(*mc->rows));
	b.w = w;
	b.mult = (int64_t)q + 1;
	b.gain = most ? COST_SUB * b.mult + 1 : 1;
	for (k = 0; k < 3; k++)
		b.h[k] = mc->rows + k * w;
	b.e[0] = mc->rows + 3 * w;
	b.e[1] = mc->rows + 4 * w;
	for (k = 0; k < w; k++) {
		j = dc - (long)band + (long)k;
		b.h[0][k] = b.e[0][k] = INF;
		b.h[1][k] = j >= 0 && j <= (long)mc->st->nwords ? 0 : INF;
	}
	match_band_lengths(mc, &b, r0, q, dc, band);
	for (i = 1; i <= q; i++) {
		if (nck > 0 && (i - 1) % b.blk == 0)
			match_band_checkpoint(&b, (i - 1) / b.blk, true);
		match_band_step(mc, &b, i);
	}
	b.held = q > 0 ? (q - 1) / b.blk : 0;
	for (k = 1; k < w; k++)
		if (b.h[1][k] < b.h[1][kend])
			kend = k;
	ok = b.h[1][kend] < INF / 2;
	if (ok)
		match_align_trace(mc, &b, r0, q, dc, band, kend, out);
	free(b.ck);
	return ok;
}

/* Half-width of the band for a piece of q words. */
static size_t
match_piece_band(size_t q)
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
match_distance(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/*
 * Is alignment a better than b: cheaper, more matches, nearer the
 * hint (where the neighbouring piece's source ends), earlier?  With
 * most, more matches come first.
 */
static bool
match_aln_better(const struct aln *a, const struct aln *b, size_t hint,
    bool most)
{
	if (most && a->matches != b->matches)
		return a->matches > b->matches;
	if (a->cost != b->cost)
		return a->cost < b->cost;
	if (a->matches != b->matches)
		return a->matches > b->matches;
	if (hint != SIZE_MAX &&
	    match_distance(a->s0, hint) != match_distance(b->s0, hint))
		return match_distance(a->s0, hint) <
		    match_distance(b->s0, hint);
	return a->s0 < b->s0;
}

/* Of two exact occurrences, keep in *best the nearest the hint. */
static void
match_exact_pick(size_t *best, size_t s, size_t hint)
{
	if (*best == SIZE_MAX || (hint != SIZE_MAX &&
	    match_distance(s, hint) < match_distance(*best, hint)))
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
match_piece_exact(struct mctx *mc, size_t r0, size_t q, size_t ns, size_t hint,
    struct aln *out)
{
	const struct gram_acnode *n;
	const struct seed	*sd;
	uint32_t		 v;
	size_t			 i, best = SIZE_MAX;

	if ((v = gram_trie_find(&mc->ac, mc->rp->words, r0, q)) != GRAM_NONE) {
		n = &mc->ac.nodes[v];
		for (i = 0; i < n->nocc; i++)
			match_exact_pick(&best, n->occ[i], hint);
	} else if (ns > 0 && mc->seeds[0].n <= GRAM_CAP) {
		sd = &mc->seeds[0];
		gram_index_occ(&mc->gi, sd->g, sd->n, mc->occ);
		for (i = 0; i < sd->n; i++)
			if (mc->occ[i] >= sd->t &&
			    match_words_equal(mc, mc->occ[i] - sd->t, r0, q))
				match_exact_pick(&best, mc->occ[i] - sd->t,
				    hint);
	}
	if (best == SIZE_MAX)
		return false;
	match_aln_room(out, q);
	for (i = 0; i < q; i++) {
		out->ops[i].type = OP_MATCH;
		out->ops[i].r = (uint32_t)(r0 + i);
		out->ops[i].s = (uint32_t)(best + i);
	}
	out->nops = q;
	match_aln_sum(out, best);
	return true;
}

/*
 * Look for report words [r0, r0 + q) anywhere: where they occur
 * verbatim, else around the best candidate diagonals.  True if
 * aligned.
 */
static bool
match_piece_search(struct mctx *mc, size_t r0, size_t q, size_t hint,
    struct aln *out)
{
	size_t	band = match_piece_band(q), nc, ns, i;
	long	cand[NCAND];
	bool	found = false, absent, single;

	if (q < 2)
		return false;
	ns = match_piece_seeds(mc, r0, q, &absent);
	single = ns > 0 && mc->seeds[0].k == 1;
	out->single = false;
	if (!absent && match_piece_exact(mc, r0, q, ns, hint, out))
		return true;
	nc = match_piece_candidates(mc, r0, q, ns, band, cand);
	for (i = 0; i < nc; i++) {
		if (!match_align_band(mc, r0, q, cand[i], band, single,
		    &mc->tmp) ||
		    mc->tmp.matches == 0)
			continue;
		if (!found || match_aln_better(&mc->tmp, out, hint, single)) {
			match_aln_swap(&mc->tmp, out);
			found = true;
		}
		if (out->cost == 0)
			break;
	}
	if (found) {
		match_aln_reach(mc, out);
		match_aln_edges(mc, out);
		out->single = single;
	}
	return found;
}

/*
 * Look for report words [r0, r0 + q) next to a neighbour's source:
 * after statement word from, or (before) ending at word from.
 */
static bool
match_piece_near(struct mctx *mc, size_t r0, size_t q, size_t from,
    bool before, struct aln *out)
{
	long	dc;

	out->single = false;
	if (before)
		dc = (long)from - (long)q - NEAR_BAND;
	else
		dc = (long)from + NEAR_BAND;
	if (!match_align_band(mc, r0, q, dc, NEAR_BAND, false, out))
		return false;
	match_aln_reach(mc, out);
	match_aln_edges(mc, out);
	return true;
}

/* ---- verdicts ----------------------------------------------------- */

/*
 * Words agreeing over all words: a pair of matched words counts two,
 * each word of a join (beyond the OP_JOIN pair) one.
 */
static double
match_similarity(size_t matches, size_t joined, size_t q, size_t nsrc)
{
	return q + nsrc == 0 ? 0 :
	    (2.0 * matches + joined) / (double)(q + nsrc);
}

/*
 * Do the statement words that alignment a's matched words face lie in
 * one statement sentence, two content words (not function words)
 * among them?  Bounded by the alignment.
 */
static bool
match_in_sentence(const struct mctx *mc, const struct aln *a)
{
	const struct op	*o;
	const char	*w;
	size_t		 i, n, s0 = SIZE_MAX, s1 = 0, content = 0;

	for (i = 0; i < a->nops; i++) {
		o = &a->ops[i];
		if (o->type != OP_MATCH)
			continue;
		if (s0 == SIZE_MAX)
			s0 = o->s;
		s1 = o->s;
		w = lexicon_word(mc->m->lex, mc->st->words[o->s].key, &n);
		if (w != NULL && !paraphrase_function_word(w, n))
			content++;
	}
	if (content < 2)
		return false;
	for (i = s0; i < s1; i++)
		if (doc_sentence_end(mc->st, i))
			return false;
	return true;
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
 * Or else it is altered when at least SENT_AGREE words and more than
 * half of them match, in order, within one statement sentence, two of
 * them content words, and its source is at most twice as long as it:
 * a short quotation with near-synonyms ("a full halt to attacks" for
 * "a complete and verifiable halt of all attacks") is not held to a
 * ratio made for long ones.  A short piece found next to its neighbour
 * is placed by the neighbour and is altered at worst.
 */
static enum verdict
match_piece_verdict(const struct mctx *mc, size_t q, const struct aln *a,
    bool anchored)
{
	size_t	m = a->matches;

	if (a->nops == 0)
		return VERDICT_NOT_FOUND;
	if (a->cost == 0)
		return VERDICT_EXACT;
	if (anchored)
		return VERDICT_ALTERED;
	if (m >= 2 && 2 * m > q &&
	    (match_similarity(m, a->joined, q, a->nsrc) >= ALTERED_SIM ||
	    m >= ALTERED_COVER * q))
		return VERDICT_ALTERED;
	if (m >= SENT_AGREE && 2 * m > q && a->nsrc <= 2 * q &&
	    match_in_sentence(mc, a))
		return VERDICT_ALTERED;
	return VERDICT_NOT_FOUND;
}

/* The end of piece p's report words: where the next one's begin. */
static size_t
match_piece_r1(const struct pset *ps, const struct piece *p)
{
	return p + 1 < ps->p + ps->n ? p[1].r0 : ps->end;
}

/* Piece p's report words. */
static size_t
match_piece_q(const struct pset *ps, const struct piece *p)
{
	return match_piece_r1(ps, p) - p->r0;
}

/* How many ops piece p's alignment has. */
static size_t
match_piece_nops(const struct pset *ps, const struct piece *p)
{
	if (p->at == PIECE_RUN)
		return match_piece_q(ps, p);
	if (p->at == PIECE_NONE)
		return 0;
	return ps->ops[p->at].r & PIECE_OPS_MAX;
}

static enum verdict
match_piece_v(const struct pset *ps, const struct piece *p)
{
	if (p->at == PIECE_RUN)
		return VERDICT_EXACT;
	if (p->at == PIECE_NONE)
		return VERDICT_NOT_FOUND;
	return (enum verdict)(ps->ops[p->at].r >> PIECE_VSHIFT);
}

/* The end of the statement words piece p's alignment spans. */
static size_t
match_piece_s1(const struct pset *ps, const struct piece *p)
{
	if (p->at == PIECE_RUN)
		return p->s0 + match_piece_q(ps, p);
	if (p->at == PIECE_NONE)
		return p->s0;
	return ps->ops[p->at].s;
}

/*
 * Is a a run of matches, report word r0 + i against statement word
 * a->s0 + i, for all q words from r0?  Then a piece keeps no op of it.
 */
static bool
match_aln_is_run(const struct aln *a, size_t r0, size_t q)
{
	size_t	i;

	if (a->nops != q || a->nops == 0)
		return false;
	for (i = 0; i < a->nops; i++)
		if (a->ops[i].type != OP_MATCH || a->ops[i].r != r0 + i ||
		    a->ops[i].s != a->s0 + i)
			return false;
	return true;
}

/*
 * Keep alignment a (summed) and verdict v as piece p's, p in ps: a run
 * of matches is exact, and an alignment of no op is not found.
 */
static void
match_piece_keep(struct pset *ps, struct piece *p, const struct aln *a,
    enum verdict v)
{
	struct op	*head;

	if (a->nops > PIECE_OPS_MAX)
		fatal("match: a piece of %zu edits", a->nops);
	p->s0 = (uint32_t)a->s0;
	if (a->nops == 0 && v == VERDICT_NOT_FOUND) {
		p->at = PIECE_NONE;
		return;
	}
	if (v == VERDICT_EXACT && match_aln_is_run(a, p->r0,
	    match_piece_q(ps, p))) {
		p->at = PIECE_RUN;
		return;
	}
	if (ps->nops + a->nops + 1 >= PIECE_NONE)
		fatal("match: a quotation of %zu edits", ps->nops + a->nops);
	xgrow(&ps->ops, &ps->opcap, ps->nops + a->nops + 1, sizeof(*ps->ops));
	head = &ps->ops[ps->nops];
	head->type = OP_NONE;
	head->r = (uint32_t)v << PIECE_VSHIFT | (uint32_t)a->nops;
	head->s = (uint32_t)a->s1;
	if (a->nops > 0)
		memcpy(head + 1, a->ops, a->nops * sizeof(*ps->ops));
	p->at = (uint32_t)ps->nops;
	ps->nops += a->nops + 1;
}

/*
 * The ops of piece p of ps: in ps, or its run of matches written out in
 * mc->run (valid until the next call).
 */
static const struct op *
match_piece_ops(struct mctx *mc, const struct pset *ps,
    const struct piece *p)
{
	size_t	i, n;

	if (p->at == PIECE_NONE)
		return NULL;
	if (p->at != PIECE_RUN)
		return ps->ops + p->at + 1;
	n = match_piece_q(ps, p);
	xgrow(&mc->run, &mc->runcap, n, sizeof(*mc->run));
	for (i = 0; i < n; i++) {
		mc->run[i].type = OP_MATCH;
		mc->run[i].r = p->r0 + (uint32_t)i;
		mc->run[i].s = p->s0 + (uint32_t)i;
	}
	return mc->run;
}

/* The sums of piece p's alignment (a's ops are left alone). */
static void
match_piece_sum(const struct pset *ps, const struct piece *p, struct aln *a)
{
	if (p->at == PIECE_RUN) {
		a->cost = a->joined = 0;
		a->matches = a->nsrc = match_piece_q(ps, p);
		a->s0 = p->s0;
		a->s1 = match_piece_s1(ps, p);
	} else if (p->at == PIECE_NONE)
		match_ops_sum(NULL, 0, p->s0, a);
	else
		match_ops_sum(ps->ops + p->at + 1, match_piece_nops(ps, p),
		    p->s0, a);
}

/*
 * Judge piece p of ps, aligned as mc->work, and keep that.  An
 * alignment seeded by single words that makes no match is no evidence
 * of anything: it is dropped.
 */
static void
match_piece_judge(struct mctx *mc, struct pset *ps, struct piece *p,
    bool anchored)
{
	struct aln	*a = &mc->work;
	enum verdict	 v;

	v = match_piece_verdict(mc, match_piece_q(ps, p), a, anchored);
	if (v == VERDICT_NOT_FOUND && a->single) {
		a->nops = 0;
		match_aln_sum(a, 0);
	}
	match_piece_keep(ps, p, a, v);
}

/*
 * A fresh piece, not placed, of report words [r0, r1) in ps, after
 * the last one (r0 is its end).
 */
static struct piece *
match_piece_new(struct pset *ps, size_t r0, size_t r1)
{
	struct piece	*p;

	if (ps->n > 0 && r0 != ps->end)
		fatal("match_piece_new: pieces apart");
	xgrow(&ps->p, &ps->cap, ps->n + 1, sizeof(*ps->p));
	p = &ps->p[ps->n++];
	p->r0 = (uint32_t)r0;
	p->s0 = 0;
	p->at = PIECE_NONE;
	ps->end = (uint32_t)r1;
	return p;
}

/* Cut quotation q at its ellipses into mc->pieces. */
static void
match_quote_pieces(struct mctx *mc, const struct quote *q)
{
	struct pset	*ps = &mc->pieces;
	size_t		 i, r = q->wfirst, end = q->wfirst + q->nwords, e;

	ps->n = ps->nops = 0;
	/* Room for as many as it may have, and no more: no doubling. */
	if (ps->cap < (size_t)quote_ncuts(q) + 1) {
		ps->cap = (size_t)quote_ncuts(q) + 1;
		ps->p = xreallocarray(ps->p, ps->cap, sizeof(*ps->p));
	}
	for (i = 0; i <= quote_ncuts(q); i++) {
		e = i < quote_ncuts(q) ? quote_cuts(q)[i] + 1 : end;
		if (e <= r || e > end)
			continue;
		match_piece_new(ps, r, e);
		r = e;
	}
}

/* Is piece p of ps placed in the statement, with a word there? */
static bool
match_piece_placed(const struct pset *ps, const struct piece *p)
{
	return match_piece_v(ps, p) != VERDICT_NOT_FOUND &&
	    match_piece_s1(ps, p) > p->s0;
}

/*
 * The statement neighbour of piece i of ps: true and where, if it has
 * one.  *prev is the last placed piece before i (SIZE_MAX if none) and
 * *next the first piece after i not yet known unplaced: the callers go
 * through the pieces in order, so both only move forward and finding
 * every piece's neighbour costs O(n) in all, not O(n) each.  Pieces
 * after i are placed only if the first pass placed them.
 */
static bool
match_piece_anchor(const struct pset *ps, size_t i, size_t *prev,
    size_t *next, size_t *from, bool *before)
{
	if (*next <= i)
		*next = i + 1;
	/* Each step passes a piece for good: n steps in all. */
	while (*next < ps->n && !match_piece_placed(ps, &ps->p[*next]))
		(*next)++;
	if (*prev != SIZE_MAX) {
		*from = match_piece_s1(ps, &ps->p[*prev]);
		*before = false;
		return true;
	}
	if (*next < ps->n) {
		*from = ps->p[*next].s0;
		*before = true;
		return true;
	}
	return false;
}

/*
 * Place the pieces of set: long ones anywhere (the nearest to the
 * piece before on a tie), short ones next to a placed neighbour, or
 * anywhere if none is placed.  If no piece is long, the longest counts
 * as long.  The first pass tries those (tried), the second the others.
 */
static void
match_set(struct mctx *mc, struct pset *set)
{
	struct piece	*ps = set->p, *p;
	size_t		 i, n = set->n, longest = 0, from, hint = SIZE_MAX;
	size_t		 prev = SIZE_MAX, next = 0, q, qmax = 0;
	bool		 before, anyl = false, tried;

	for (i = 0; i < n; i++) {
		q = match_piece_q(set, &ps[i]);
		if (q >= SHORT_PIECE)
			anyl = true;
		if (q > qmax) {
			qmax = q;
			longest = i;
		}
	}
	for (i = 0; i < n; i++) {
		p = &ps[i];
		q = match_piece_q(set, p);
		if (q < SHORT_PIECE && (anyl || i != longest))
			continue;
		if (match_piece_search(mc, p->r0, q, hint, &mc->work))
			match_piece_judge(mc, set, p, false);
		if (match_piece_placed(set, p))
			hint = match_piece_s1(set, p);
	}
	for (i = 0; i < n; i++) {
		p = &ps[i];
		q = match_piece_q(set, p);
		tried = q >= SHORT_PIECE || (!anyl && i == longest);
		if (!tried && match_piece_anchor(set, i, &prev, &next,
		    &from, &before)) {
			if (match_piece_near(mc, p->r0, q, from, before,
			    &mc->work))
				match_piece_judge(mc, set, p, true);
		} else if (!tried && match_piece_search(mc, p->r0, q,
		    SIZE_MAX, &mc->work))
			match_piece_judge(mc, set, p, false);
		if (match_piece_placed(set, p))
			prev = i;
	}
}

/* ---- sentences of a piece ------------------------------------------- */

/* Cut report words [r0, r1) into their sentences, in mc->parts; how many. */
static size_t
match_piece_sentences(struct mctx *mc, size_t r0, size_t r1)
{
	size_t	k, r = r0;

	mc->parts.n = mc->parts.nops = 0;
	for (k = r0; k < r1; k++) {
		if (k + 1 < r1 && !doc_sentence_end(mc->rp, k))
			continue;
		match_piece_new(&mc->parts, r, k + 1);
		r = k + 1;
		if (mc->parts.n > PARTS_MAX)
			break;
	}
	return mc->parts.n;
}

/*
 * The longest chain, by words, of placed parts whose sources follow
 * each other in report order with at most gapmax words skipped; mark
 * them.  The parts left out were moved.  O(n^2) in at most PARTS_MAX.
 */
static void
match_parts_chain(struct mctx *mc, size_t gapmax)
{
	const struct pset	*set = &mc->parts;
	const struct piece	*ps = set->p;
	size_t			 n = set->n, i, j, best = SIZE_MAX, q, e;
	size_t			 score[PARTS_MAX], prev[PARTS_MAX];
	size_t			 s1[PARTS_MAX];

	for (i = 0; i < n; i++) {
		mc->chain[i] = false;
		if (!match_piece_placed(set, &ps[i]))
			continue;
		s1[i] = match_piece_s1(set, &ps[i]);
		q = match_piece_q(set, &ps[i]);
		score[i] = q;
		prev[i] = SIZE_MAX;
		for (j = 0; j < i; j++) {
			if (!match_piece_placed(set, &ps[j]))
				continue;
			e = s1[j];
			if (ps[i].s0 >= e && ps[i].s0 - e <= gapmax &&
			    score[j] + q > score[i]) {
				score[i] = score[j] + q;
				prev[i] = j;
			}
		}
		if (best == SIZE_MAX || score[i] > score[best])
			best = i;
	}
	for (i = best; i != SIZE_MAX; i = prev[i])
		mc->chain[i] = true;
}

/* Append part p's ops to a, after deleting statement words [e, s0). */
static void
match_parts_append(struct mctx *mc, struct aln *a, const struct piece *p,
    size_t e)
{
	const struct op	*ops = match_piece_ops(mc, &mc->parts, p);
	size_t		 i, n = match_piece_nops(&mc->parts, p);

	for (i = e; i < p->s0; i++)
		match_aln_push(a, OP_DEL, p->r0, i);
	for (i = 0; i < n; i++)
		match_aln_push(a, ops[i].type, ops[i].r, ops[i].s);
}

/*
 * Join the parts into one script in a: parts in the chain in place
 * (the statement words between them deleted), the others marked as
 * moved, parts not found as inserted words.  A move costs one edit
 * (match_ops_sum() counts its marker).
 */
static void
match_parts_join(struct mctx *mc, struct aln *a)
{
	const struct pset	*set = &mc->parts;
	const struct piece	*p;
	size_t			 i, k, r1, e = SIZE_MAX;

	a->nops = 0;
	for (i = 0; i < set->n; i++) {
		p = &set->p[i];
		r1 = match_piece_r1(set, p);
		if (mc->chain[i]) {
			match_parts_append(mc, a, p, e == SIZE_MAX ? p->s0 : e);
			e = match_piece_s1(set, p);
		} else if (match_piece_placed(set, p)) {
			match_aln_push(a, OP_MOVE, p->r0, r1);
			match_parts_append(mc, a, p, p->s0);
			match_aln_push(a, OP_JUMP, r1, 0);
		} else
			for (k = p->r0; k < r1; k++)
				match_aln_push(a, OP_INS, k,
				    e == SIZE_MAX ? 0 : e);
	}
	match_aln_sum(a, e == SIZE_MAX ? 0 : e);
}

/*
 * A piece that is not exact may hold sentences the reporter reordered,
 * or took from further apart than the band reaches.  Place each
 * sentence on its own; keep the result if it explains the piece better.
 */
static void
match_piece_parts(struct mctx *mc, struct piece *p)
{
	struct aln	 sum;
	enum verdict	 v, pv = match_piece_v(&mc->pieces, p);
	size_t		 q = match_piece_q(&mc->pieces, p);

	if (match_piece_sentences(mc, p->r0, p->r0 + q) < 2 ||
	    mc->parts.n > PARTS_MAX)
		return;
	match_set(mc, &mc->parts);
	match_parts_chain(mc, q + NEAR_BAND);
	match_parts_join(mc, &mc->joined);
	v = match_piece_verdict(mc, q, &mc->joined, false);
	match_piece_sum(&mc->pieces, p, &sum);
	if (v < pv || (v == pv && mc->joined.cost < sum.cost))
		match_piece_keep(&mc->pieces, p, &mc->joined, v);
}

/* Place every piece of the quotation, then its sentences if need be. */
static void
match_quote_place(struct mctx *mc)
{
	struct pset	*ps = &mc->pieces;
	size_t		 i;

	match_set(mc, ps);
	for (i = 0; i < ps->n; i++)
		if (match_piece_v(ps, &ps->p[i]) != VERDICT_EXACT)
			match_piece_parts(mc, &ps->p[i]);
}

/* ---- changes and typographic notes -------------------------------- */

/*
 * Do two runs of bytes between words differ, other than in the kind of
 * white space (a line break or a no-break space where the other has a
 * space is layout, not typography)?
 */
static bool
match_bytes_differ(const char *a, size_t an, const char *b, size_t bn)
{
	size_t	i = 0, j = 0, la = 0, lb = 0;
	bool	wa = false, wb = false, sa, sb;

	if (an == bn && memcmp(a, b, an) == 0)
		return false;
	for (;;) {
		for (sa = false; i < an &&
		    (la = match_gap_char(a + i, an - i, &wa), wa); i += la)
			sa = true;
		for (sb = false; j < bn &&
		    (lb = match_gap_char(b + j, bn - j, &wb), wb); j += lb)
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
	size_t			 re = match_word_end(mc->rp, r);
	size_t			 se = match_word_end(mc->st, s);

	return match_bytes_differ(mc->rp->text + re,
	    doc_word_off(mc->rp, r2) - re,
	    mc->st->text + se, doc_word_off(mc->st, s2) - se);
}

static struct span
match_span_words(const struct doc *d, size_t first, size_t last)
{
	struct span	sp;

	sp.off = (uint32_t)doc_word_off(d, first);
	sp.len = (uint32_t)(match_word_end(d, last) - sp.off);
	return sp;
}

/*
 * Where an edit with no word on one side happens, as an empty span:
 * after the word before next, or before next when it is the first
 * word of the passage (lo) or the document has no word before it.
 */
static struct span
match_span_point(const struct doc *d, size_t next, size_t lo)
{
	struct span	sp;

	if (next > lo || next >= d->nwords)
		sp.off = next > 0 ? match_word_end(d, next - 1) : 0;
	else
		sp.off = (uint32_t)doc_word_off(d, next);
	sp.len = 0;
	return sp;
}

/* Word ranges of ops [a, b): report [*r0, *r1], statement [*s0, *s1]. */
static void
match_ops_range(const struct op *ops, size_t a, size_t b, size_t *r0,
    size_t *r1, size_t *s0, size_t *s1)
{
	size_t	i;

	*r0 = *s0 = SIZE_MAX;
	*r1 = *s1 = 0;
	for (i = a; i < b; i++) {
		if (ops[i].type == OP_MOVE || ops[i].type == OP_JUMP)
			continue;
		if (match_op_has_r(ops[i].type)) {
			if (*r0 == SIZE_MAX)
				*r0 = ops[i].r;
			*r1 = ops[i].r;
		}
		if (match_op_has_s(ops[i].type)) {
			if (*s0 == SIZE_MAX)
				*s0 = ops[i].s;
			*s1 = ops[i].s;
		}
	}
}

static void
match_change_add(struct mctx *mc, struct quote *q, enum change_op op,
    struct span rep, struct span src)
{
	struct quote_more *x = quote_more(q);
	struct change	*c;

	xgrow(&x->changes, &mc->changecap, x->nchanges + 1,
	    sizeof(*x->changes));
	c = &x->changes[x->nchanges++];
	c->op = op;
	c->rep = rep;
	c->src = src;
	c->kind = CHANGE_WORDS;
}

static int
match_key_cmp(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

/*
 * Are the edited report and statement words of ops [a, b) one multiset
 * (the matched words between them count on both sides)?
 */
static bool
match_ops_permuted(struct mctx *mc, size_t a, size_t b)
{
	const struct word	*rw = mc->rp->words, *sw = mc->st->words;
	size_t			 i, na = 0, nb = 0;

	xgrow(&mc->ka, &mc->kacap, b - a, sizeof(*mc->ka));
	xgrow(&mc->kb, &mc->kbcap, b - a, sizeof(*mc->kb));
	for (i = a; i < b; i++) {
		if (!match_op_is_edit(mc->ops[i].type))
			continue;
		if (mc->ops[i].type != OP_DEL)
			mc->ka[na++] = rw[mc->ops[i].r].key;
		if (mc->ops[i].type != OP_INS)
			mc->kb[nb++] = sw[mc->ops[i].s].key;
	}
	/* One word may move a word or two; longer runs further. */
	if (na == 0 || na != nb || na > MOVE_MAX || (na == 1 && b - a > 4))
		return false;
	qsort(mc->ka, na, sizeof(*mc->ka), match_key_cmp);
	qsort(mc->kb, nb, sizeof(*mc->kb), match_key_cmp);
	return memcmp(mc->ka, mc->kb, na * sizeof(*mc->ka)) == 0;
}

/*
 * A reordering carries its punctuation: take in a matched word next to
 * ops [*a, *b) when the punctuation between them differs ("May 25,
 * 1972" against "25 May 1972" takes in 1972).  lo and hi bound the
 * piece; ops before done are already in a change.
 */
static void
match_move_widen(struct mctx *mc, size_t *a, size_t *b, size_t lo, size_t hi,
    size_t done)
{
	const struct op	*o = mc->ops;
	size_t		 r0, r1, s0, s1;

	match_ops_range(o, *a, *b, &r0, &r1, &s0, &s1);
	if (*b < hi && o[*b].type == OP_MATCH &&
	    match_gap_differs(mc, r1, o[*b].r, s1, o[*b].s))
		(*b)++;
	if (*a > lo && *a - 1 >= done && o[*a - 1].type == OP_MATCH &&
	    match_gap_differs(mc, o[*a - 1].r, r0, o[*a - 1].s, s0))
		(*a)--;
}

/* ---- reformatted dates and numbers ---------------------------------- */

/* English month names and number words, by value (comparison forms). */
static const char *const match_months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};
static const char *const match_month_abbrevs[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
	"oct", "nov", "dec"
};
static const char *const match_units[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen"
};
static const char *const match_tens[] = {
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
	"ninety"
};
#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define FMT_VALUES	16	/* values on one side of a reformatting */
#define FMT_MONTH	(1LL << 60)	/* months apart from numbers */

/* The index of the n bytes w in table t of size nt, or -1. */
static long
match_table(const char *const *t, size_t nt, const char *w, size_t n)
{
	size_t	i;

	for (i = 0; i < nt; i++)
		if (strlen(t[i]) == n && memcmp(t[i], w, n) == 0)
			return (long)i;
	return -1;
}

/* The value of digits w (n bytes, commas and an ordinal suffix allowed). */
static bool
match_digits(const char *w, size_t n, long long *v)
{
	size_t	i;
	bool	any = false;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (w[i] >= '0' && w[i] <= '9') {
			if (*v > 1000000000000LL)
				return false;
			*v = *v * 10 + (w[i] - '0');
			any = true;
		} else if (w[i] == ',' && any)
			continue;
		else
			break;
	}
	if (!any)
		return false;
	return i == n || (n - i == 2 && (memcmp(w + i, "st", 2) == 0 ||
	    memcmp(w + i, "nd", 2) == 0 || memcmp(w + i, "rd", 2) == 0 ||
	    memcmp(w + i, "th", 2) == 0));
}

/*
 * The values of words [w0, w1] of d, as numbers and months, into v:
 * digits, number words ("twenty" "five" is 25), month names; "of" and
 * "the" are left out ("the 25th of May").  False if a word is none of
 * those, or there are more than FMT_VALUES.
 */
static bool
match_values(const struct mctx *mc, const struct doc *d, size_t w0,
    size_t w1, long long *v, size_t *nv)
{
	const char	*w;
	size_t		 i, n;
	long		 k;
	long long	 x;
	bool		 tens = false;

	*nv = 0;
	/* At most FMT_VALUES words count: the loop stops there. */
	for (i = w0; i <= w1; i++) {
		w = lexicon_word(mc->m->lex, d->words[i].key, &n);
		if (w == NULL)
			return false;
		if ((n == 2 && memcmp(w, "of", 2) == 0) ||
		    (n == 3 && memcmp(w, "the", 3) == 0))
			continue;
		if ((k = match_table(match_units, NELEM(match_units), w,
		    n)) >= 0 && tens && k > 0 && k < 10) {
			v[*nv - 1] += k;
			tens = false;
			continue;
		}
		if (*nv == FMT_VALUES)
			return false;
		tens = false;
		if (match_digits(w, n, &x))
			v[(*nv)++] = x;
		else if (k >= 0)
			v[(*nv)++] = k;
		else if ((k = match_table(match_tens, NELEM(match_tens), w,
		    n)) >= 0) {
			v[(*nv)++] = 20 + 10 * k;
			tens = true;
		} else if ((k = match_table(match_months, NELEM(match_months),
		    w, n)) >= 0 || (k = match_table(match_month_abbrevs,
		    NELEM(match_month_abbrevs), w, n)) >= 0)
			v[(*nv)++] = FMT_MONTH + k;
		else
			return false;
	}
	return *nv > 0;
}

static int
match_value_cmp(const void *a, const void *b)
{
	long long	x = *(const long long *)a, y = *(const long long *)b;

	return (x > y) - (x < y);
}

/*
 * Are report words [r0, r1] and statement words [s0, s1] the same date
 * or number written another way ("May 25, 1972" for "25 May 1972",
 * "18" for "eighteen"): the same values, in any order?
 */
static bool
match_is_format(const struct mctx *mc, size_t r0, size_t r1, size_t s0,
    size_t s1)
{
	long long	a[FMT_VALUES], b[FMT_VALUES];
	size_t		na, nb;

	if (r0 == SIZE_MAX || s0 == SIZE_MAX ||
	    !match_values(mc, mc->rp, r0, r1, a, &na) ||
	    !match_values(mc, mc->st, s0, s1, b, &nb) || na != nb)
		return false;
	qsort(a, na, sizeof(*a), match_value_cmp);
	qsort(b, nb, sizeof(*b), match_value_cmp);
	return memcmp(a, b, na * sizeof(*a)) == 0;
}

/* Tag the last change of q a reformatting if its words say so. */
static void
match_change_kind(const struct mctx *mc, struct quote *q, size_t r0,
    size_t r1, size_t s0, size_t s1)
{
	if (match_is_format(mc, r0, r1, s0, s1))
		q->more->changes[q->more->nchanges - 1].kind = CHANGE_FORMAT;
}

/* Record ops [a, b) as one move and mark them. */
static void
match_change_move(struct mctx *mc, struct quote *q, size_t a, size_t b)
{
	size_t	r0, r1, s0, s1, i;

	match_ops_range(mc->ops, a, b, &r0, &r1, &s0, &s1);
	match_change_add(mc, q, CHANGE_MOVE,
	    match_span_words(mc->rp, r0, r1),
	    match_span_words(mc->st, s0, s1));
	match_change_kind(mc, q, r0, r1, s0, s1);
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
match_move_from(struct mctx *mc, const struct pspan *p, size_t r0, size_t r1)
{
	size_t	len = r1 - r0 + 1, lo, hi, s, dist;
	size_t	best = SIZE_MAX, bestdist = SIZE_MAX;

	if (len < 2 || len > mc->st->nwords)
		return SIZE_MAX;
	lo = p->s0 > MOVE_REACH ? p->s0 - MOVE_REACH : 0;
	hi = (size_t)p->s1 + MOVE_REACH;
	if (hi > mc->st->nwords - len + 1)
		hi = mc->st->nwords - len + 1;
	for (s = lo; s < hi; s++) {
		/* Not out of the aligned source itself. */
		if (s + len > p->s0 && s < p->s1) {
			s = p->s1 - 1;
			continue;
		}
		if (!match_words_equal(mc, s, r0, len))
			continue;
		dist = s < p->s0 ? p->s0 - s : s - p->s1;
		if (dist < bestdist) {
			bestdist = dist;
			best = s;
		}
	}
	return best;
}

/* One run of edits [a, b) that is not a reordering. */
static void
match_change_plain(struct mctx *mc, struct quote *q, const struct pspan *p,
    size_t a, size_t b)
{
	struct span		 rs, ss;
	size_t			 r0, r1, s0, s1, from, i;

	match_ops_range(mc->ops, a, b, &r0, &r1, &s0, &s1);
	for (i = a; i < b; i++)
		mc->inchange[i] = true;
	if (s0 == SIZE_MAX) {
		rs = match_span_words(mc->rp, r0, r1);
		if ((from = match_move_from(mc, p, r0, r1)) != SIZE_MAX) {
			ss = match_span_words(mc->st, from, from + (r1 - r0));
			match_change_add(mc, q, CHANGE_MOVE, rs, ss);
			if (ss.off < mc->src0)
				mc->src0 = ss.off;
			if (ss.off + ss.len > mc->src1)
				mc->src1 = ss.off + ss.len;
			return;
		}
		match_change_add(mc, q, CHANGE_INSERT, rs,
		    match_span_point(mc->st, mc->ops[a].s, p->s0));
	} else if (r0 == SIZE_MAX)
		match_change_add(mc, q, CHANGE_DELETE,
		    match_span_point(mc->rp, mc->ops[a].r, p->r0),
		    match_span_words(mc->st, s0, s1));
	else {
		match_change_add(mc, q, CHANGE_REPLACE,
		    match_span_words(mc->rp, r0, r1), match_span_words(mc->st, s0, s1));
		match_change_kind(mc, q, r0, r1, s0, s1);
	}
}

/* The end of the run of edits starting at op a, within [a, hi). */
static size_t
match_run_end(const struct mctx *mc, size_t a, size_t hi)
{
	while (a < hi && match_op_is_edit(mc->ops[a].type))
		a++;
	return a;
}

/*
 * Try runs of edits starting at op a, joined with up to MOVE_LOOK - 1
 * following runs, as one reordering; the end of the move, or 0.
 */
static size_t
match_move_try(struct mctx *mc, size_t a, size_t hi)
{
	size_t	b = a, n;

	for (n = 0; n < MOVE_LOOK && b < hi; n++) {
		b = match_run_end(mc, b, hi);
		if (match_ops_permuted(mc, a, b))
			return b;
		while (b < hi && mc->ops[b].type == OP_MATCH)
			b++;
		if (b == hi || !match_op_is_edit(mc->ops[b].type) ||
		    b - a > 2 * MOVE_MAX)
			break;
	}
	return 0;
}

/* A sentence moved as a whole: the ops from marker a to OP_JUMP. */
static void
match_change_sentence(struct mctx *mc, struct quote *q, size_t a, size_t hi)
{
	size_t	b, r0, r1, s0, s1;

	for (b = a + 1; b < hi && mc->ops[b].type != OP_JUMP; b++)
		continue;
	match_ops_range(mc->ops, a + 1, b, &r0, &r1, &s0, &s1);
	if (s0 == SIZE_MAX)
		return;
	match_change_add(mc, q, CHANGE_MOVE,
	    match_span_words(mc->rp, mc->ops[a].r, mc->ops[a].s - 1),
	    match_span_words(mc->st, s0, s1));
}

/* The changes of the ops of piece p, ops [lo, hi). */
static void
match_piece_changes(struct mctx *mc, struct quote *q, const struct pspan *p,
    size_t lo, size_t hi)
{
	size_t	a, b, done = lo;

	for (a = lo; a < hi; a = b) {
		b = a + 1;
		if (mc->ops[a].type == OP_MOVE)
			match_change_sentence(mc, q, a, hi);
		if (!match_op_is_edit(mc->ops[a].type) || mc->inchange[a])
			continue;
		if ((b = match_move_try(mc, a, hi)) != 0) {
			match_move_widen(mc, &a, &b, lo, hi, done);
			match_change_move(mc, q, a, b);
		} else {
			b = match_run_end(mc, a, hi);
			match_change_plain(mc, q, p, a, b);
		}
		done = b;
	}
}

static void
match_typo_add(struct mctx *mc, struct quote *q, struct span rep,
    struct span src)
{
	struct quote_more *x = quote_more(q);

	xgrow(&x->typos, &mc->typocap, x->ntypos + 1, sizeof(*x->typos));
	x->typos[x->ntypos].rep = rep;
	x->typos[x->ntypos].src = src;
	x->ntypos++;
}

/*
 * Words run together or split differently from op a (an OP_JOIN) on,
 * before hi: one typographic note.  Returns the last op of the join.
 */
static size_t
match_join_typo(struct mctx *mc, struct quote *q, size_t a, size_t hi)
{
	size_t	b, r0, r1, s0, s1;

	for (b = a + 1; b < hi && match_op_is_join(mc->ops[b].type) &&
	    mc->ops[b].type != OP_JOIN; b++)
		continue;
	match_ops_range(mc->ops, a, b, &r0, &r1, &s0, &s1);
	match_typo_add(mc, q, match_span_words(mc->rp, r0, r1),
	    match_span_words(mc->st, s0, s1));
	return b - 1;
}

/*
 * Typographic notes of ops [lo, hi): matched words whose bytes differ,
 * and punctuation that differs between two matched neighbours.
 */
static void
match_piece_typos(struct mctx *mc, struct quote *q, size_t lo, size_t hi)
{
	const struct op		*o = mc->ops;
	size_t			 i;

	for (i = lo; i < hi; i++) {
		if (o[i].type == OP_JOIN)
			i = match_join_typo(mc, q, i, hi);
		if (o[i].type != OP_MATCH)
			continue;
		if (doc_word_len(mc->rp, o[i].r) !=
		    doc_word_len(mc->st, o[i].s) ||
		    memcmp(mc->rp->text + doc_word_off(mc->rp, o[i].r),
		    mc->st->text + doc_word_off(mc->st, o[i].s),
		    doc_word_len(mc->rp, o[i].r)) != 0)
			match_typo_add(mc, q,
			    match_span_words(mc->rp, o[i].r, o[i].r),
			    match_span_words(mc->st, o[i].s, o[i].s));
		if (i + 1 < hi && o[i + 1].type == OP_MATCH &&
		    o[i + 1].r == o[i].r + 1 && o[i + 1].s == o[i].s + 1 &&
		    !mc->inchange[i] && !mc->inchange[i + 1] &&
		    match_gap_differs(mc, o[i].r, o[i + 1].r, o[i].s,
		    o[i + 1].s))
			match_typo_add(mc, q,
			    match_span_words(mc->rp, o[i].r, o[i + 1].r),
			    match_span_words(mc->st, o[i].s, o[i + 1].s));
	}
}

/*
 * Piece p's ops into mc->ops (mc->nops of them), none yet in a change,
 * and its words into *sp: one piece at a time, so the scratch is one
 * piece's, not the quotation's.
 */
static void
match_piece_gather(struct mctx *mc, const struct piece *p, struct pspan *sp)
{
	sp->r0 = p->r0;
	sp->s0 = p->s0;
	sp->s1 = match_piece_s1(&mc->pieces, p);
	mc->ops = match_piece_ops(mc, &mc->pieces, p);
	mc->nops = match_piece_nops(&mc->pieces, p);
	xgrow(&mc->inchange, &mc->inchangecap, mc->nops + 1,
	    sizeof(*mc->inchange));
	memset(mc->inchange, 0, (mc->nops + 1) * sizeof(*mc->inchange));
}

/* Source span, changes and notes of a quotation found in the statement. */
static void
match_quote_describe(struct mctx *mc, struct quote *q)
{
	const struct piece	*p;
	struct pspan		 sp;
	size_t			 i, s1;

	mc->changecap = mc->typocap = 0;
	mc->src0 = SIZE_MAX;
	mc->src1 = 0;
	for (i = 0; i < mc->pieces.n; i++) {
		p = &mc->pieces.p[i];
		if ((s1 = match_piece_s1(&mc->pieces, p)) == p->s0)
			continue;
		if (doc_word_off(mc->st, p->s0) < mc->src0)
			mc->src0 = doc_word_off(mc->st, p->s0);
		if (match_word_end(mc->st, s1 - 1) > mc->src1)
			mc->src1 = match_word_end(mc->st, s1 - 1);
	}
	for (i = 0; i < mc->pieces.n; i++) {
		match_piece_gather(mc, &mc->pieces.p[i], &sp);
		match_piece_changes(mc, q, &sp, 0, mc->nops);
		match_piece_typos(mc, q, 0, mc->nops);
	}
	/* Exact sizes: a report may hold a great many such quotations. */
	if (q->more != NULL && q->more->nchanges < mc->changecap)
		q->more->changes = xreallocarray(q->more->changes,
		    q->more->nchanges, sizeof(*q->more->changes));
	if (q->more != NULL && q->more->ntypos < mc->typocap)
		q->more->typos = xreallocarray(q->more->typos,
		    q->more->ntypos, sizeof(*q->more->typos));
	q->src.off = mc->src0;
	q->src.len = mc->src1 - mc->src0;
}

/*
 * Make report words [r0, r0 + q) a pattern of the automaton if its
 * rarest gram is too frequent for its occurrences all to be kept.
 */
static void
match_index_range(struct mctx *mc, size_t r0, size_t q)
{
	bool	absent;

	if (q >= 2 && match_piece_seeds(mc, r0, q, &absent) > 0 && !absent &&
	    mc->seeds[0].n > GRAM_CAP)
		gram_trie_insert(&mc->ac, mc->rp->words, r0, q);
}

/* Index piece p and its sentences, as match_piece_parts() cuts them. */
static void
match_index_piece(struct mctx *mc, const struct piece *p)
{
	size_t	i, q = match_piece_q(&mc->pieces, p);

	match_index_range(mc, p->r0, q);
	if (match_piece_sentences(mc, p->r0, p->r0 + q) < 2 ||
	    mc->parts.n > PARTS_MAX)
		return;
	for (i = 0; i < mc->parts.n; i++)
		match_index_range(mc, mc->parts.p[i].r0,
		    match_piece_q(&mc->parts, &mc->parts.p[i]));
}

/*
 * Index the statement for the quotations: the occurrences of their
 * grams, then the exact occurrences of every piece match_piece_search() may
 * look for whose grams are all frequent.  Two scans at most; with the
 * statement's suffix index, none (but for a pattern it cannot settle).
 */
static void
match_index(struct mctx *mc)
{
	const struct model	*m = mc->m;
	size_t			 i, k;

	gram_index_init(&mc->gi, m);
	if (mc->sx != NULL)
		gram_index_fill(&mc->gi, m, mc->sx);
	else
		gram_index_scan(&mc->gi, mc->st);
	xgrow(&mc->occ, &mc->occcap, GRAM_CAP, sizeof(*mc->occ));
	gram_trie_init(&mc->ac, &m->rep);
	for (i = 0; i < m->nquotes; i++) {
		match_quote_pieces(mc, &m->quotes[i]);
		for (k = 0; k < mc->pieces.n; k++)
			match_index_piece(mc, &mc->pieces.p[k]);
	}
	if (mc->sx != NULL)
		gram_trie_fill(&mc->ac, mc->st, mc->sx);
	else
		gram_trie_scan(&mc->ac, mc->st);
}

/* Judge one quotation. */
static void
match_quote_judge(struct mctx *mc, struct quote *q)
{
	const struct piece	*p;
	struct aln		 sum;
	size_t			 i, m = 0, nj = 0, nq = 0, ns = 0;

	match_quote_pieces(mc, q);
	match_quote_place(mc);
	q->verdict = VERDICT_EXACT;
	for (i = 0; i < mc->pieces.n; i++) {
		p = &mc->pieces.p[i];
		if (match_piece_v(&mc->pieces, p) > q->verdict)
			q->verdict = match_piece_v(&mc->pieces, p);
		nq += match_piece_q(&mc->pieces, p);
		match_piece_sum(&mc->pieces, p, &sum);
		m += sum.matches;
		nj += sum.joined;
		ns += sum.nsrc;
	}
	if (mc->pieces.n == 0)
		q->verdict = VERDICT_NOT_FOUND;
	quote_set_similarity(q, match_similarity(m, nj, nq, ns));
	if (q->more != NULL)
		q->more->closest = NULL;
	if (q->verdict == VERDICT_NOT_FOUND) {
		memset(&q->src, 0, sizeof(q->src));
		return;
	}
	match_quote_describe(mc, q);
}

/*
 * The closest passage of each quotation not found, while the gram index
 * is there, into an array of their own: a quotation found needs none.
 */
static void
match_closests(struct mctx *mc)
{
	struct model	*m = mc->m;
	struct quote	*q;
	size_t		 i, k = 0;

	free(m->closests);
	m->closests = NULL;
	if (m->nnotfound == 0)
		return;
	m->closests = xcalloc(m->nnotfound, sizeof(*m->closests));
	for (i = 0; i < m->nquotes; i++) {
		q = &m->quotes[i];
		if (q->verdict != VERDICT_NOT_FOUND)
			continue;
		closest_find(&mc->cx, &mc->gi, m, q, &m->closests[k]);
		quote_more(q)->closest = &m->closests[k++];
	}
}

static void
match_quotes(struct mctx *mc)
{
	struct model	*m = mc->m;
	size_t		 i;

	match_index(mc);
	for (i = 0; i < m->nquotes; i++) {
		match_quote_judge(mc, &m->quotes[i]);
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
	match_closests(mc);
	gram_index_free(&mc->gi);
	gram_trie_free(&mc->ac);
}

static void
match_ctx_free(struct mctx *mc)
{
	free(mc->pieces.p);
	free(mc->pieces.ops);
	free(mc->parts.p);
	free(mc->parts.ops);
	free(mc->work.ops);
	free(mc->run);
	free(mc->joined.ops);
	free(mc->seeds);
	free(mc->diags);
	free(mc->occ);
	free(mc->trace);
	free(mc->rows);
	free(mc->tmp.ops);
	free(mc->inchange);
	free(mc->ka);
	free(mc->kb);
	closest_ctx_free(&mc->cx);
	free(mc->slen);
	free(mc->rlen);
}

void
match_run(struct model *m, const struct suffix *sx)
{
	struct mctx	mc;

	memset(&mc, 0, sizeof(mc));
	mc.m = m;
	mc.st = m->stmt;
	mc.sx = sx;
	mc.rp = &m->rep;
	m->nexact = m->naltered = m->nnotfound = 0;
	match_quotes(&mc);
	match_ctx_free(&mc);
}
