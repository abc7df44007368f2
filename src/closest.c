/*
 * closest.c — the statement passage nearest a quotation not found.
 *
 * 1. Seeds.  The quotation's distinct content words that the statement
 *    holds, the rarest first, CLOSEST_SEEDS at most, each with the
 *    occurrences gram.c kept of it (GRAM_CAP at most).
 * 2. Windows.  The occurrences, in statement order, are cut where a
 *    sentence or a body paragraph ends or the next is more than W
 *    words on (W = 2 q + CLOSEST_SLACK for a quotation of q words).
 *    In each run a window of W words slides over them; the window
 *    holding most distinct seeds (the earliest on a tie) is the run's.
 *    The CLOSEST_NCAND runs with the best windows are candidates.
 * 3. Passages.  Each candidate window, widened by up to q words either
 *    side within its sentence, is aligned with the quotation: the most
 *    words matched in order (a longest common subsequence of word
 *    keys), and of those the shortest span.  That span is the passage
 *    if CLOSEST_MATCHED words match, CLOSEST_SHARED distinct content
 *    words among them.  A passage ending in a function word runs on
 *    to the next content word of its sentence (CLOSEST_RUNON words at
 *    most): a reader is shown "during the repairs", not "during the".
 *    The most similar passage wins, then the earliest.
 *
 * Time per quotation: O(q log q + CLOSEST_SEEDS x GRAM_CAP x W +
 * CLOSEST_NCAND x q x (W + 2q)) with q at most CLOSEST_QMAX: a
 * constant times its length, whatever the statement's size.  Memory:
 * O(q x (W + 2q)) for one alignment's trace.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "closest.h"
#include "doc.h"
#include "gram.h"
#include "lexicon.h"
#include "model.h"
#include "paraphrase.h"
#include "xmalloc.h"

#define CLOSEST_QMAX	128	/* words of a quotation looked at */
#define CLOSEST_SEEDS	16	/* distinct content words seeding */
#define CLOSEST_NCAND	4	/* windows aligned */
#define CLOSEST_SLACK	16	/* window: twice the quotation, and this */
#define CLOSEST_RUNON	4	/* words a passage runs on past its last */

/* A content word of the quotation the statement holds. */
struct closest_seed {
	size_t		 n;		/* occurrences in the statement */
	uint32_t	 key;
	uint32_t	 g;
};

/* An occurrence of seed `seed' at statement word pos. */
struct closest_occ {
	uint32_t	 pos;
	uint32_t	 seed;
};

/* A cell of the alignment: words matched, first statement word. */
struct closest_cell {
	uint32_t	 m;
	uint32_t	 st;
};

/* A candidate: statement words [a, b] holding n distinct seeds. */
struct closest_cand {
	size_t		 a, b, n;
};

enum { DIR_UP, DIR_LEFT, DIR_DIAG };

static bool
closest_content(const struct model *m, uint32_t key)
{
	const char	*w;
	size_t		 n;

	w = lexicon_word(m->lex, key, &n);
	return w != NULL && !paraphrase_function_word(w, n);
}

static int
closest_seed_cmp(const void *a, const void *b)
{
	const struct closest_seed	*x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return 0;
}

static int
closest_rare_cmp(const void *a, const void *b)
{
	const struct closest_seed	*x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	return (x->key > y->key) - (x->key < y->key);
}

static int
closest_occ_cmp(const void *a, const void *b)
{
	const struct closest_occ	*x = a, *y = b;

	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return (x->seed > y->seed) - (x->seed < y->seed);
}

/* The quotation's distinct content words in the statement, rarest first. */
static size_t
closest_seeds(struct closest_ctx *cx, const struct gram_index *gi,
    const struct model *m, size_t r0, size_t q)
{
	const struct word	*rw = m->rep.words;
	struct closest_seed	*sd;
	size_t			 t, ns = 0, k;
	uint32_t		 g;

	xgrow(&cx->seeds, &cx->seedcap, q + 1, sizeof(*cx->seeds));
	for (t = 0; t < q; t++) {
		g = gram_index_find(gi, rw + r0 + t, 1);
		if (g == GRAM_NONE || gram_index_count(gi, g) == 0 ||
		    !closest_content(m, rw[r0 + t].key))
			continue;
		sd = &cx->seeds[ns++];
		sd->n = gram_index_count(gi, g);
		sd->key = rw[r0 + t].key;
		sd->g = g;
	}
	if (ns == 0)
		return 0;
	qsort(cx->seeds, ns, sizeof(*cx->seeds), closest_seed_cmp);
	for (k = 1, t = 1; t < ns; t++)
		if (cx->seeds[t].key != cx->seeds[k - 1].key)
			cx->seeds[k++] = cx->seeds[t];
	qsort(cx->seeds, k, sizeof(*cx->seeds), closest_rare_cmp);
	return k < CLOSEST_SEEDS ? k : CLOSEST_SEEDS;
}

/*
 * Does a passage end after statement word k: the last word, a sentence
 * end, or the end of its paragraph?
 */
static bool
closest_break(const struct doc *st, size_t k)
{
	size_t	off, next;
	long	p;

	if (k + 1 >= st->nwords)
		return true;
	off = doc_word_off(st, k);
	next = doc_word_next(st, k, off);
	if (doc_sentence_end_at(st, k, off, next))
		return true;
	/* One search: the next word is past the end of word k's paragraph. */
	if ((p = doc_para_at(st, off)) < 0)
		return doc_para_at(st, next) >= 0;
	return next >= (size_t)st->paras[p].span.off + st->paras[p].span.len;
}

/* Is statement word k in a body paragraph (what the statement says)? */
static bool
closest_body(const struct doc *st, size_t k)
{
	long	p = doc_para_at(st, doc_word_off(st, k));

	return p >= 0 && st->paras[p].kind == PARA_BODY;
}

/* The seeds' occurrences in body text, in statement order. */
static size_t
closest_occurrences(struct closest_ctx *cx, const struct gram_index *gi,
    const struct doc *st, size_t ns)
{
	size_t	i, k, n, no = 0;

	xgrow(&cx->pos, &cx->poscap, GRAM_CAP, sizeof(*cx->pos));
	xgrow(&cx->occ, &cx->occcap, ns * GRAM_CAP + 1, sizeof(*cx->occ));
	for (i = 0; i < ns; i++) {
		n = cx->seeds[i].n < GRAM_CAP ? cx->seeds[i].n : GRAM_CAP;
		gram_index_occ(gi, cx->seeds[i].g, n, cx->pos);
		/* GRAM_CAP occurrences of a seed at most. */
		for (k = 0; k < n; k++) {
			if (!closest_body(st, cx->pos[k]))
				continue;
			cx->occ[no].pos = cx->pos[k];
			cx->occ[no++].seed = (uint32_t)i;
		}
	}
	if (no > 1)
		qsort(cx->occ, no, sizeof(*cx->occ), closest_occ_cmp);
	return no;
}

/* Keep c among the nc best candidates: most seeds, then earliest. */
static void
closest_offer(struct closest_cand *cand, size_t *nc,
    const struct closest_cand *c)
{
	size_t	i;

	if (c->n == 0)
		return;
	for (i = *nc; i > 0 && (cand[i - 1].n < c->n ||
	    (cand[i - 1].n == c->n && cand[i - 1].a > c->a)); i--)
		if (i < CLOSEST_NCAND)
			cand[i] = cand[i - 1];
	if (i < CLOSEST_NCAND) {
		cand[i] = *c;
		if (*nc < CLOSEST_NCAND)
			(*nc)++;
	}
}

/* Is there a passage break between statement words a < b? */
static bool
closest_apart(const struct doc *st, size_t a, size_t b)
{
	size_t	k;

	/* The callers pass words at most W apart: W checks. */
	for (k = a; k < b; k++)
		if (closest_break(st, k))
			return true;
	return false;
}

/* The best window of each run of occurrences; the candidates kept. */
static size_t
closest_windows(const struct closest_ctx *cx, const struct doc *st,
    size_t no, size_t w, struct closest_cand *cand)
{
	const struct closest_occ *o = cx->occ;
	struct closest_cand	 best = { 0, 0, 0 };
	unsigned		 cnt[CLOSEST_SEEDS];
	size_t			 i, left = 0, distinct = 0, nc = 0;

	memset(cnt, 0, sizeof(cnt));
	for (i = 0; i < no; i++) {
		if (i > 0 && (o[i].pos - o[i - 1].pos > w ||
		    closest_apart(st, o[i - 1].pos, o[i].pos))) {
			closest_offer(cand, &nc, &best);
			memset(cnt, 0, sizeof(cnt));
			distinct = 0;
			left = i;
			best.n = 0;
		}
		if (cnt[o[i].seed]++ == 0)
			distinct++;
		/* Each occurrence leaves the window once. */
		while (o[i].pos - o[left].pos >= w) {
			if (--cnt[o[left].seed] == 0)
				distinct--;
			left++;
		}
		if (distinct > best.n) {
			best.n = distinct;
			best.a = o[left].pos;
			best.b = o[i].pos;
		}
	}
	closest_offer(cand, &nc, &best);
	return nc;
}

static bool
closest_cell_better(const struct closest_cell *a, const struct closest_cell *b)
{
	return a->m > b->m || (a->m == b->m && a->m > 0 && a->st > b->st);
}

/*
 * Align report words [r0, r0 + q) with statement words [lo, hi): the
 * most matched in order, then the shortest span [*s0, *s1]; matched
 * statement keys that are content words into cx->keys.  Returns the
 * words matched; *nkeys the content keys.  O(q x (hi - lo)).
 */
static size_t
closest_align(struct closest_ctx *cx, const struct model *m, size_t r0,
    size_t q, size_t lo, size_t hi, size_t *s0, size_t *s1, size_t *nkeys)
{
	const struct word	*rw = m->rep.words, *sw = m->stmt->words;
	struct closest_cell	*prev, *cur, *t, c;
	size_t			 n = hi - lo, i, j, jbest = 0, mbest;
	uint8_t			*dir;

	xgrow(&cx->dir, &cx->dircap, (q + 1) * (n + 1), 1);
	xgrow(&cx->rows, &cx->rowcap, 2 * (n + 1), sizeof(*cx->rows));
	xgrow(&cx->keys, &cx->keycap, q + 1, sizeof(*cx->keys));
	prev = cx->rows;
	cur = cx->rows + n + 1;
	memset(prev, 0, (n + 1) * sizeof(*prev));
	for (i = 1; i <= q; i++) {
		dir = cx->dir + i * (n + 1);
		cur[0] = prev[0];
		dir[0] = DIR_UP;
		for (j = 1; j <= n; j++) {
			cur[j] = prev[j];
			dir[j] = DIR_UP;
			if (closest_cell_better(&cur[j - 1], &cur[j])) {
				cur[j] = cur[j - 1];
				dir[j] = DIR_LEFT;
			}
			if (rw[r0 + i - 1].key != sw[lo + j - 1].key)
				continue;
			c.m = prev[j - 1].m + 1;
			c.st = prev[j - 1].m == 0 ? (uint32_t)(j - 1) :
			    prev[j - 1].st;
			if (!closest_cell_better(&cur[j], &c)) {
				cur[j] = c;
				dir[j] = DIR_DIAG;
			}
		}
		t = prev;
		prev = cur;
		cur = t;
	}
	/* prev is row q: the shortest span of the most matches. */
	mbest = prev[n].m;
	for (j = 1; j <= n && mbest > 0; j++)
		if (prev[j].m == mbest && (jbest == 0 ||
		    j - prev[j].st < jbest - prev[jbest].st))
			jbest = j;
	*nkeys = 0;
	if (mbest == 0)
		return 0;
	*s0 = lo + prev[jbest].st;
	*s1 = lo + jbest - 1;
	for (i = q, j = jbest; i > 0 && j > 0;) {
		switch (cx->dir[i * (n + 1) + j]) {
		case DIR_DIAG:
			if (closest_content(m, sw[lo + j - 1].key))
				cx->keys[(*nkeys)++] = sw[lo + j - 1].key;
			i--;
			j--;
			break;
		case DIR_LEFT:
			j--;
			break;
		default:
			i--;
			break;
		}
	}
	return mbest;
}

static int
closest_key_cmp(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

/* How many distinct keys among the n in k (sorted here). */
static size_t
closest_distinct(uint32_t *k, size_t n)
{
	size_t	i, d = 0;

	if (n > 1)
		qsort(k, n, sizeof(*k), closest_key_cmp);
	for (i = 0; i < n; i++)
		if (i == 0 || k[i] != k[i - 1])
			d++;
	return d;
}

/* The candidate's window widened by up to q words within its sentence. */
static void
closest_region(const struct doc *st, const struct closest_cand *c, size_t q,
    size_t *lo, size_t *hi)
{
	*lo = c->a;
	/* q words each way at most. */
	while (*lo > 0 && c->a - *lo < q && !closest_break(st, *lo - 1))
		(*lo)--;
	*hi = c->b + 1;
	while (*hi < st->nwords && *hi - c->b - 1 < q &&
	    !closest_break(st, *hi - 1))
		(*hi)++;
}

void
closest_find(struct closest_ctx *cx, const struct gram_index *gi,
    const struct model *m, const struct quote *qt, struct closest *out)
{
	const struct doc	*st = m->stmt;
	struct closest_cand	 cand[CLOSEST_NCAND];
	size_t			 q, ns, no, nc, i, k, lo, hi, s0, s1, mt, nk;
	double			 sim, best = -1.0;

	memset(out, 0, sizeof(*out));
	q = qt->nwords < CLOSEST_QMAX ? qt->nwords : CLOSEST_QMAX;
	if (q == 0 || st->nwords == 0 ||
	    (ns = closest_seeds(cx, gi, m, qt->wfirst, q)) == 0 ||
	    (no = closest_occurrences(cx, gi, st, ns)) == 0)
		return;
	nc = closest_windows(cx, st, no, 2 * q + CLOSEST_SLACK, cand);
	for (i = 0; i < nc; i++) {
		closest_region(st, &cand[i], q, &lo, &hi);
		mt = closest_align(cx, m, qt->wfirst, q, lo, hi, &s0, &s1,
		    &nk);
		if (mt < CLOSEST_MATCHED || closest_distinct(cx->keys, nk) <
		    CLOSEST_SHARED)
			continue;
		/* Not "during the", but "during the repairs". */
		for (k = 0; k < CLOSEST_RUNON && !closest_break(st, s1) &&
		    !closest_content(m, st->words[s1].key); k++)
			s1++;
		/* A quotation's similarity (match.c), over all its words. */
		sim = 2.0 * (double)mt / (double)(qt->nwords + s1 - s0 + 1);
		if (sim > best || (sim == best &&
		    doc_word_off(st, s0) < out->src.off)) {
			best = sim;
			out->src.off = (uint32_t)doc_word_off(st, s0);
			out->src.len = (uint32_t)(doc_word_end(st, s1) -
			    out->src.off);
			out->similarity = sim;
		}
	}
	if (out->src.len == 0)
		return;
	doc_position32(st, out->src.off, &out->line, &out->col);
	out->proposal = doc_proposal_at(st, out->src.off);
}

void
closest_ctx_free(struct closest_ctx *cx)
{
	free(cx->seeds);
	free(cx->occ);
	free(cx->pos);
	free(cx->dir);
	free(cx->rows);
	free(cx->keys);
	memset(cx, 0, sizeof(*cx));
}
