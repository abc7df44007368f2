/*
 * paraphrase.c — link unquoted report sentences to the statement
 * sentences they restate.
 *
 * 1. Sentences.  The content paragraphs of both documents (body text;
 *    the statement's title; the report's headline and standfirst) are
 *    cut into sentences where doc_sentence_end() says one ends.
 * 2. Content words.  Function words and reporting verbs ("the", "said")
 *    are not content, nor is a word found in more statement sentences
 *    than max(DF_FLOOR, sentences / 4), at most DF_CAP: it links too
 *    many sentences to tell them apart.  Words inside the report's
 *    quotations are left out: those are matched as quotations.
 * 3. Index.  Two passes over the statement's sentences build an
 *    inverted index from each content word (lexicon key) to the
 *    sentences holding it, each sentence once per word, in one CSR
 *    array.  Steps 1 to 3 for the statement are done once per
 *    statement (paraphrase_index()); reports only read the result.
 * 4. Links.  For each report sentence, the postings of its distinct
 *    content words count, per statement sentence, the words the two
 *    share, in a hash table of the sentences touched (struct ptab),
 *    which alone are visited and reset.  A sentence that shares too
 *    few to be linked is never added: only the rarest words' postings
 *    add sentences, as many words as a link may lack plus one (a link
 *    shares one of them at least), the others' only count.  The
 *    statement sentence sharing most (the earliest on a tie) is linked
 *    when it shares at least PARA_SHARED words and PARA_SHARE of the
 *    report sentence's content words; the link spans the report
 *    sentence from its first to its last unquoted word.
 *
 * Time: O(S + R + sum over report content words of their postings),
 * each posting list at most DF_CAP long: linear in the statement S and
 * the report R.  Memory: O(S + lexicon size) for the statement's
 * index, once; then O(R x DF_CAP) at most for a report, whatever the
 * statement's size.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"
#include "model.h"
#include "paraphrase.h"
#include "xmalloc.h"

#define PARA_SHARED	3	/* least content words a paraphrase shares */
#define PARA_SHARE	0.5	/* least part of the sentence's content words */
#define DF_FLOOR	4	/* a word in more statement sentences than */
#define DF_CAP		512	/* max(DF_FLOOR, sentences / 4), at most */
				/* DF_CAP, is too common to link sentences */
#define PARA_SORT_SMALL	32	/* keys sorted by insertion */
#define PARA_SBLOCK	32	/* keys whose postings start from one base */

/* A block's postings, DF_CAP a key at most, fit 16 bits past its base. */
_Static_assert(PARA_SBLOCK * DF_CAP <= UINT16_MAX, "postings per block");

/* English function words and reporting verbs: not content. */
static const char *const function_words[] = {
	"a", "about", "above", "after", "again", "against", "all", "also",
	"am", "among", "an", "and", "any", "are", "as", "at", "be",
	"because", "been", "before", "being", "below", "between", "both",
	"but", "by", "can", "could", "did", "do", "does", "doing", "down",
	"during", "each", "either", "else", "ever", "every", "few", "for",
	"from", "further", "had", "has", "have", "having", "he", "her",
	"here", "hers", "him", "his", "how", "however", "i", "if", "in",
	"into", "is", "it", "its", "itself", "just", "may", "me", "might",
	"more", "most", "much", "must", "my", "neither", "no", "nor", "not",
	"of", "off", "on", "once", "only", "onto", "or", "other", "others",
	"our", "ours", "out", "over", "own", "per", "same", "shall", "she",
	"should", "since", "so", "some", "such", "than", "that", "the",
	"their", "theirs", "them", "then", "there", "these", "they", "this",
	"those", "through", "thus", "to", "too", "under", "until", "up",
	"upon", "us", "very", "via", "was", "we", "were", "what", "when",
	"where", "whether", "which", "while", "who", "whom", "whose", "why",
	"will", "with", "within", "without", "would", "yet", "you", "your",
	"added", "noted", "said", "says", "stated", "told",
	NULL
};

/* A sentence: words [w0, w1) of a document. */
struct sent {
	uint32_t	w0, w1;		/* word indices: fewer than 2^32 */
};

/*
 * The sentences of a document, a sentence every few words: each
 * starts where the one before ends but for the few after a gap (a
 * paragraph that is not content), whose starts are kept apart.
 */
struct sents {
	uint32_t	*end;		/* per sentence: w1 */
	size_t		 n;
	struct sgap {
		uint32_t	 id;	/* a sentence not starting at the */
		uint32_t	 w0;	/* end of the one before, and where */
	}		*gap;		/* it starts; in order */
	size_t		 ngap;
};

/*
 * The statement's side, built once and then only read: which keys are
 * not content, and the inverted index from content key to sentences.
 */
struct para_index {
	const struct doc *st;
	size_t		 nkeys;		/* the statement lexicon's size */
	uint64_t	*common;	/* a bit per key: function or too */
					/* frequent */
	uint32_t	*sbase;		/* per PARA_SBLOCK keys, and per key */
	uint16_t	*soff;		/* past it: where the key's postings */
					/* start (para_start()) */
	uint32_t	*postings;	/* statement sentences, by key */
	struct sents	 ss;		/* statement sentences */
};

/*
 * Counts by 32-bit key, in an open-addressing table (linear probing,
 * at most half full) that remembers the keys in the order first
 * counted, so that it is read and emptied in time of their number.  A
 * report's search keeps its scratch here rather than in arrays as long
 * as the statement's lexicon or sentences: its memory follows the
 * report alone, so that many reports can be checked at once.
 */
struct ptab {
	uint64_t	*slots;		/* key + 1 << 32 | count; 0 is empty */
	size_t		 nslots;
	uint32_t	*keys;		/* in the order first counted */
	size_t		 nkeys, keycap;
};

/* A content key of a report sentence and its postings in the index. */
struct pkey {
	uint32_t	key;
	uint32_t	df;
};

/* State of the statement's indexing, or of one report's search. */
struct pctx {
	const struct para_index *ix;
	struct model	*m;
	uint32_t	*df;		/* statement: per key, sentences */
	uint32_t	*stamp;		/* statement: per key, sentence + 1 */
	struct ptab	*seen;		/* report: keys of the sentence */
	struct ptab	*acc;		/* report: shared words by sentence */
	struct sents	 rs;		/* report sentences */
	uint64_t	*quoted;	/* a bit per report word */
	struct pkey	*ks;		/* report: content keys of the sentence */
	size_t		 nks, kscap;
};

#define PTAB_MUL	0x9E3779B97F4A7C15ULL

/* The slot of key in slots: the one holding it, or the empty one it needs. */
static size_t
ptab_slot(const uint64_t *slots, size_t nslots, uint32_t key)
{
	size_t	mask = nslots - 1, j;

	j = (size_t)(((uint64_t)key * PTAB_MUL) >> 32) & mask;
	/* At most half full: the probe ends at an empty slot. */
	while (slots[j] != 0 && (uint32_t)(slots[j] >> 32) != key + 1)
		j = (j + 1) & mask;
	return j;
}

/*
 * Double t and put back every key counted, in the order first counted:
 * then each key's probe crosses only keys counted before it, which
 * ptab_clear() relies on.
 */
static void
ptab_grow(struct ptab *t)
{
	uint64_t	*old = t->slots;
	size_t		 n = t->nslots, i;

	t->nslots = n == 0 ? 64 : n * 2;
	t->slots = xcalloc(t->nslots, sizeof(*t->slots));
	for (i = 0; i < t->nkeys; i++)
		t->slots[ptab_slot(t->slots, t->nslots, t->keys[i])] =
		    old[ptab_slot(old, n, t->keys[i])];
	free(old);
}

/* Add one to the count of key (a key below UINT32_MAX); the new count. */
static uint32_t
ptab_add(struct ptab *t, uint32_t key)
{
	size_t	j;

	if ((t->nkeys + 1) * 2 > t->nslots)
		ptab_grow(t);
	j = ptab_slot(t->slots, t->nslots, key);
	if (t->slots[j] == 0) {
		xgrow(&t->keys, &t->keycap, t->nkeys + 1, sizeof(*t->keys));
		t->keys[t->nkeys++] = key;
		t->slots[j] = (uint64_t)(key + 1) << 32;
	}
	return (uint32_t)++t->slots[j];
}

/* Add one to the count of key if it is counted already; the count. */
static uint32_t
ptab_bump(struct ptab *t, uint32_t key)
{
	size_t	j;

	if (t->nslots == 0)
		return 0;
	j = ptab_slot(t->slots, t->nslots, key);
	if (t->slots[j] == 0)
		return 0;
	return (uint32_t)++t->slots[j];
}

static uint32_t
ptab_get(const struct ptab *t, uint32_t key)
{
	return t->nslots == 0 ? 0 :
	    (uint32_t)t->slots[ptab_slot(t->slots, t->nslots, key)];
}

/*
 * Forget every count: every slot used is emptied, none other visited.
 * The last key counted first: a key's probe crosses only slots of keys
 * counted before it, which are still there when it is looked for.
 */
static void
ptab_clear(struct ptab *t)
{
	size_t	i;

	for (i = t->nkeys; i > 0; i--)
		t->slots[ptab_slot(t->slots, t->nslots, t->keys[i - 1])] = 0;
	t->nkeys = 0;
}

static void
ptab_free(struct ptab *t)
{
	free(t->slots);
	free(t->keys);
}

/* The bytes of words first to last (inclusive) of d. */
static struct span
words_span(const struct doc *d, size_t first, size_t last)
{
	struct span	sp;

	sp.off = (uint32_t)doc_word_off(d, first);
	sp.len = (uint32_t)(doc_word_end(d, last) - sp.off);
	return sp;
}

/* Is a paragraph of kind pk in a document of kind dk content? */
static bool
sent_para(enum doc_kind dk, enum para_kind pk)
{
	if (pk == PARA_BODY)
		return true;
	if (dk == DOC_STATEMENT)
		return pk == PARA_TITLE;
	return pk == PARA_HEADLINE || pk == PARA_STANDFIRST;
}

/*
 * Step the cursor, word *w at byte *pos, to the first word at or after
 * byte off (or to d->nwords), a word at a time.
 */
static void
sent_seek(const struct doc *d, size_t *w, size_t *pos, size_t off)
{
	while (*w < d->nwords && *pos < off) {
		*pos = doc_word_next(d, *w, *pos);
		++*w;
	}
}

/* Bit i of b. */
static bool
para_bit(const uint64_t *b, size_t i)
{
	return b[i / 64] >> (i % 64) & 1;
}

static void
para_bit_set(uint64_t *b, size_t i)
{
	b[i / 64] |= UINT64_C(1) << (i % 64);
}

/* Where the postings of key k (k <= ix->nkeys) start: postings[..]. */
static uint32_t
para_start(const struct para_index *ix, size_t k)
{
	return ix->sbase[k / PARA_SBLOCK] + ix->soff[k];
}

/* Sentence i of ss: O(log) in the gaps. */
static struct sent
sent_get(const struct sents *ss, size_t i)
{
	struct sent	 s;
	size_t		 lo = 0, hi = ss->ngap, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ss->gap[mid].id < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < ss->ngap && ss->gap[lo].id == i)
		s.w0 = ss->gap[lo].w0;
	else
		s.w0 = i > 0 ? ss->end[i - 1] : 0;
	s.w1 = ss->end[i];
	return s;
}

static void
sent_free(struct sents *ss)
{
	free(ss->end);
	free(ss->gap);
}

/* Split the content paragraphs of d into sentences. */
static void
sent_split(const struct doc *d, struct sents *ss)
{
	size_t		 cap = 0, gapcap = 0, i, w0, w = 0, end;
	size_t		 pos, next;

	memset(ss, 0, sizeof(*ss));
	/*
	 * Paragraphs and words are both in text order: one cursor walks
	 * the words once for all paragraphs (a search per paragraph would
	 * cost a cache miss per step on a long statement), the offset of
	 * its word with it.
	 */
	pos = d->nwords > 0 ? doc_word_off(d, 0) : 0;
	for (i = 0; i < d->nparas; i++) {
		if (!sent_para(d->kind, d->paras[i].kind))
			continue;
		sent_seek(d, &w, &pos, d->paras[i].span.off);
		end = d->paras[i].span.off + d->paras[i].span.len;
		/* The paragraph's words: those starting before its end. */
		for (w0 = w; w < d->nwords && pos < end; w++, pos = next) {
			next = doc_word_next(d, w, pos);
			if (next < end && !doc_sentence_end_at(d, w, pos, next))
				continue;
			if (w0 != (ss->n > 0 ? ss->end[ss->n - 1] : 0)) {
				xgrow(&ss->gap, &gapcap, ss->ngap + 1,
				    sizeof(*ss->gap));
				ss->gap[ss->ngap].id = (uint32_t)ss->n;
				ss->gap[ss->ngap++].w0 = (uint32_t)w0;
			}
			xgrow(&ss->end, &cap, ss->n + 1, sizeof(*ss->end));
			ss->end[ss->n++] = (uint32_t)(w + 1);
			w0 = w + 1;
		}
	}
}

/* Intern the function words (into the statement's lexicon) and mark them. */
static void
para_common(struct para_index *ix, struct lexicon *lex)
{
	size_t	i;

	for (i = 0; function_words[i] != NULL; i++)
		lexicon_intern(lex, function_words[i],
		    strlen(function_words[i]));
	ix->nkeys = lexicon_size(lex);
	ix->common = xcalloc(ix->nkeys / 64 + 1, sizeof(*ix->common));
	for (i = 0; function_words[i] != NULL; i++)
		para_bit_set(ix->common, lexicon_intern(lex, function_words[i],
		    strlen(function_words[i])));
}

/* Is this the first time key k is seen in sentence id? */
static bool
sent_first(struct pctx *pc, uint32_t k, uint32_t id)
{
	if (pc->seen != NULL)
		return ptab_add(pc->seen, k) == 1;
	if (pc->stamp[k] == id + 1)
		return false;
	pc->stamp[k] = id + 1;
	return true;
}

/* Each distinct content key of sentence s once: calls fn(pc, key, arg). */
static void
sent_keys(struct pctx *pc, const struct doc *d, const struct sent *s,
    uint32_t id, const uint64_t *skip, void (*fn)(struct pctx *, uint32_t,
    void *), void *arg)
{
	uint32_t	k;
	size_t		i;

	for (i = s->w0; i < s->w1; i++) {
		k = d->words[i].key;
		/* A key past the index is a report word: content, unindexed. */
		if ((skip != NULL && para_bit(skip, i)) ||
		    (k < pc->ix->nkeys && para_bit(pc->ix->common, k)) ||
		    !sent_first(pc, k, id))
			continue;
		fn(pc, k, arg);
	}
	if (pc->seen != NULL)
		ptab_clear(pc->seen);
}

static void
para_count(struct pctx *pc, uint32_t k, void *arg)
{
	(void)arg;
	pc->df[k]++;
}

/* The index being filled and the sentence being filed. */
struct ppost {
	struct para_index	*ix;
	uint32_t		 id;
};

static void
para_post(struct pctx *pc, uint32_t k, void *arg)
{
	struct ppost	*pp = arg;

	pp->ix->postings[para_start(pp->ix, k) + pc->df[k]++] = pp->id;
}

/* The inverted index of ix->ss by content key; pc->df and stamp are scratch. */
static void
para_postings(struct pctx *pc, struct para_index *ix)
{
	struct ppost	pp;
	struct sent	s;
	size_t		i, nss = ix->ss.n, dfmax;
	uint32_t	sum;

	for (i = 0; i < nss; i++) {
		s = sent_get(&ix->ss, i);
		sent_keys(pc, ix->st, &s, (uint32_t)i, NULL, para_count, NULL);
	}
	dfmax = nss / 4 > DF_FLOOR ? nss / 4 : DF_FLOOR;
	if (dfmax > DF_CAP)
		dfmax = DF_CAP;
	ix->sbase = xcalloc(ix->nkeys / PARA_SBLOCK + 1, sizeof(*ix->sbase));
	ix->soff = xcalloc(ix->nkeys + 1, sizeof(*ix->soff));
	for (sum = 0, i = 0; i <= ix->nkeys; i++) {
		if (i % PARA_SBLOCK == 0)
			ix->sbase[i / PARA_SBLOCK] = sum;
		ix->soff[i] = (uint16_t)(sum - ix->sbase[i / PARA_SBLOCK]);
		if (i == ix->nkeys)
			break;
		if (pc->df[i] > dfmax)
			para_bit_set(ix->common, i);
		sum += para_bit(ix->common, i) ? 0 : pc->df[i];
		pc->df[i] = 0;
	}
	ix->postings = xmalloc((sum + 1) * sizeof(*ix->postings));
	memset(pc->stamp, 0, ix->nkeys * sizeof(*pc->stamp));
	pp.ix = ix;
	for (pp.id = 0; pp.id < nss; pp.id++) {
		s = sent_get(&ix->ss, pp.id);
		sent_keys(pc, ix->st, &s, pp.id, NULL, para_post, &pp);
	}
}

struct para_index *
paraphrase_index(const struct doc *st, struct lexicon *lex)
{
	struct para_index	*ix;
	struct pctx		 pc;

	ix = xcalloc(1, sizeof(*ix));
	ix->st = st;
	para_common(ix, lex);
	sent_split(st, &ix->ss);
	memset(&pc, 0, sizeof(pc));
	pc.ix = ix;
	pc.df = xcalloc(ix->nkeys, sizeof(*pc.df));
	pc.stamp = xcalloc(ix->nkeys, sizeof(*pc.stamp));
	para_postings(&pc, ix);
	free(pc.df);
	free(pc.stamp);
	return ix;
}

void
paraphrase_index_free(struct para_index *ix)
{
	if (ix == NULL)
		return;
	free(ix->common);
	free(ix->sbase);
	free(ix->soff);
	free(ix->postings);
	sent_free(&ix->ss);
	free(ix);
}

/* Note a content key of a report sentence and its postings' length. */
static void
para_collect(struct pctx *pc, uint32_t k, void *arg)
{
	const struct para_index	*ix = pc->ix;

	(void)arg;
	xgrow(&pc->ks, &pc->kscap, pc->nks + 1, sizeof(*pc->ks));
	pc->ks[pc->nks].key = k;
	pc->ks[pc->nks++].df = k < ix->nkeys ? para_start(ix, k + 1) -
	    para_start(ix, k) : 0;
}

static int
para_key_cmp(const void *a, const void *b)
{
	const struct pkey	*x = a, *y = b;

	if (x->df != y->df)
		return x->df < y->df ? -1 : 1;
	return (x->key > y->key) - (x->key < y->key);
}

/* Sort keys by postings: a few by insertion, no calls; more by qsort(). */
static void
para_sort_keys(struct pkey *ks, size_t n)
{
	struct pkey	t;
	size_t		i, j;

	if (n > PARA_SORT_SMALL) {
		qsort(ks, n, sizeof(*ks), para_key_cmp);
		return;
	}
	for (i = 1; i < n; i++) {
		t = ks[i];
		for (j = i; j > 0 && para_key_cmp(&ks[j - 1], &t) > 0; j--)
			ks[j] = ks[j - 1];
		ks[j] = t;
	}
}

/*
 * Count the content keys of a report sentence in the statement
 * sentences sharing them, of those that can share need of them: a
 * sentence sharing need of the n keys holds one of any n - need + 1,
 * so only the postings of the n - need + 1 rarest add sentences, and
 * those of the others count only sentences added.  Each key's
 * postings are at most DF_CAP (a word in more is common).
 */
static void
para_share(struct pctx *pc, size_t need)
{
	const struct para_index	*ix = pc->ix;
	size_t			 i, nadd = pc->nks - need + 1;
	uint32_t		 p, k, n, most = 0;

	para_sort_keys(pc->ks, pc->nks);
	for (i = 0; i < pc->nks; i++) {
		/*
		 * No sentence can share need any more: the link is lost,
		 * and the counts no longer matter.
		 */
		if (i >= nadd && most + (pc->nks - i) < need) {
			ptab_clear(pc->acc);
			return;
		}
		if ((k = pc->ks[i].key) >= ix->nkeys)
			continue;
		for (p = para_start(ix, k); p < para_start(ix, k + 1); p++) {
			n = i < nadd ? ptab_add(pc->acc, ix->postings[p]) :
			    ptab_bump(pc->acc, ix->postings[p]);
			if (n > most)
				most = n;
		}
	}
}

/* Whether statement sentence sid holds content key k (k indexed). */
static bool
para_holds(const struct para_index *ix, uint32_t k, uint32_t sid)
{
	size_t	lo = para_start(ix, k), hi = para_start(ix, k + 1), mid;

	/* Postings are filed in sentence order: a binary search. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (ix->postings[mid] < sid)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < para_start(ix, k + 1) && ix->postings[lo] == sid;
}

/*
 * The words of report sentence rs whose content word statement
 * sentence sid shares, the first of each key, as para_share counted
 * them: into p->shared.
 */
static void
para_shared(struct pctx *pc, const struct sent *rs, uint32_t sid,
    struct paraphrase *p)
{
	const struct doc	*d = &pc->m->rep;
	uint32_t		 k;
	size_t			 i, cap = 0;

	p->shared = NULL;
	p->nshared = 0;
	for (i = rs->w0; i < rs->w1; i++) {
		k = d->words[i].key;
		if (para_bit(pc->quoted, i) || k >= pc->ix->nkeys ||
		    para_bit(pc->ix->common, k) ||
		    ptab_add(pc->seen, k) != 1 || !para_holds(pc->ix, k, sid))
			continue;
		xgrow(&p->shared, &cap, p->nshared + 1, sizeof(*p->shared));
		p->shared[p->nshared++] = i;
	}
	ptab_clear(pc->seen);
}

/* Link report sentence rs, from its first to last unquoted word. */
static void
para_add(struct pctx *pc, size_t *cap, const struct sent *rs,
    uint32_t sid, size_t considered)
{
	struct model		*m = pc->m;
	struct sent		 ss = sent_get(&pc->ix->ss, sid);
	struct paraphrase	*p;
	size_t			 w0 = rs->w0, w1 = rs->w1 - 1;

	while (para_bit(pc->quoted, w0))
		w0++;
	while (para_bit(pc->quoted, w1))
		w1--;
	xgrow(&m->paras, cap, m->nparas + 1, sizeof(*m->paras));
	p = &m->paras[m->nparas++];
	p->rep = words_span(&m->rep, w0, w1);
	p->src = words_span(pc->ix->st, ss.w0, ss.w1 - 1);
	p->proposal = doc_proposal_at(m->stmt, p->src.off);
	para_shared(pc, rs, sid, p);
	p->ncontent = considered;
	p->score = (double)p->nshared / considered;
}

/*
 * Link report sentence i to the statement sentence sharing most of its
 * content words: at least PARA_SHARED of them and PARA_SHARE of all.
 */
static void
para_link(struct pctx *pc, size_t i, size_t *cap)
{
	const struct ptab	*acc = pc->acc;
	struct sent		 rs;
	uint32_t		 best = 0, nbest = 0, sid, n;
	size_t			 k, considered, need = PARA_SHARED;

	pc->nks = 0;
	rs = sent_get(&pc->rs, i);
	sent_keys(pc, &pc->m->rep, &rs, (uint32_t)i, pc->quoted,
	    para_collect, NULL);
	considered = pc->nks;
	/* The least a link shares: PARA_SHARED, and PARA_SHARE of all. */
	while (need < considered && need < PARA_SHARE * considered)
		need++;
	if (need > considered)
		return;
	para_share(pc, need);
	for (k = 0; k < acc->nkeys; k++) {
		sid = acc->keys[k];
		n = ptab_get(acc, sid);
		if (n > nbest || (n == nbest && sid < best)) {
			best = sid;
			nbest = n;
		}
	}
	if (acc->nkeys > 0 && nbest >= PARA_SHARED &&
	    nbest >= PARA_SHARE * considered)
		para_add(pc, cap, &rs, best, considered);
	ptab_clear(pc->acc);
}

void
paraphrase_link(struct model *m, const struct para_index *ix)
{
	struct pctx	pc;
	struct ptab	seen, acc;
	size_t		i, k, cap = 0;

	memset(&pc, 0, sizeof(pc));
	pc.ix = ix;
	pc.m = m;
	sent_split(&m->rep, &pc.rs);
	pc.quoted = xcalloc(m->rep.nwords / 64 + 1, sizeof(*pc.quoted));
	for (i = 0; i < m->nquotes; i++)
		for (k = 0; k < m->quotes[i].nwords; k++)
			pc.quoted[(m->quotes[i].wfirst + k) / 64] |=
			    UINT64_C(1) << (m->quotes[i].wfirst + k) % 64;
	memset(&seen, 0, sizeof(seen));
	memset(&acc, 0, sizeof(acc));
	pc.seen = &seen;
	pc.acc = &acc;
	for (i = 0; i < pc.rs.n; i++)
		para_link(&pc, i, &cap);
	ptab_free(&seen);
	ptab_free(&acc);
	free(pc.ks);
	sent_free(&pc.rs);
	free(pc.quoted);
}

bool
paraphrase_function_word(const char *s, size_t n)
{
	size_t	i;

	/* A fixed list of some 170 words: a constant bound. */
	for (i = 0; function_words[i] != NULL; i++)
		if (strlen(function_words[i]) == n &&
		    memcmp(function_words[i], s, n) == 0)
			return true;
	return false;
}
