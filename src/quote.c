/*
 * quote.c — find the quotations in a report.
 *
 * One pass over each content paragraph keeps a stack of open marks.
 * Double quotes and guillemets always count.  A single quote counts
 * only where it opens at a word start or closes at a word end, so the
 * apostrophes of "Putin's" or "countries' rights" are not quotes; an
 * opening single quote stays tentative ("'90s" never closes), and a
 * quotation found inside one is kept unless the single quote closes
 * around it.  Only outermost quotations are kept: inner ones are part
 * of them.  A closing mark pops the stack down to its opener, and a
 * count of open marks per kind lets a closer with no opener be skipped
 * at once, so the pass is linear however the marks nest or fail to
 * balance.
 *
 * At a paragraph end an open quotation continues if the next paragraph
 * opens with the same mark (newspaper style); otherwise it ends with
 * its paragraph and is flagged unclosed.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "model.h"
#include "quote.h"
#include "text.h"
#include "xmalloc.h"

#define QUOTE_MIN_WORDS	3	/* shorter quotations are terms */

enum qkind {
	QK_DSTRAIGHT,		/* " */
	QK_DCURLY,		/* “ ” */
	QK_DLOW,		/* „ “ or „ ” */
	QK_GUIL,		/* « » */
	QK_SGUIL,		/* ‹ › */
	QK_SSTRAIGHT,		/* ' (tentative from here on) */
	QK_SCURLY,		/* ‘ ’ */
	QK_SLOW,		/* ‚ ‘ or ‚ ’ */
	QK_MAX
};

#define QK_TENTATIVE(k)	((k) >= QK_SSTRAIGHT)

/* An opening mark waiting for its closer. */
struct qopen {
	enum qkind	kind;
	size_t		off;
	size_t		len;
};

/* A quotation found, before it is sorted into quotes and terms. */
struct qfound {
	struct span	outer;
	struct span	text;
	unsigned	warnings;
};

struct qscan {
	const struct doc *d;
	size_t		  w;		/* first word ending after the cursor */
	struct qopen	 *stack;
	size_t		  depth;
	size_t		  stackcap;
	size_t		  count[QK_MAX];
	size_t		  nfirm;	/* open marks that are not tentative */
	struct qfound	 *found;
	size_t		  nfound;
	size_t		  foundcap;
};

/* The quotation mark at s (n > 0 bytes): its code point, or 0. */
static uint32_t
quote_mark(const char *s, size_t n, size_t *len)
{
	const unsigned char	*u = (const unsigned char *)s;

	if (u[0] == '"' || u[0] == '\'') {
		*len = 1;
		return u[0];
	}
	if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB)) {
		*len = 2;
		return u[1];
	}
	/* U+2018..U+201E and U+2039, U+203A are E2 80 xx. */
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
	    ((u[2] >= 0x98 && u[2] <= 0x9E) || u[2] == 0xB9 ||
	    u[2] == 0xBA)) {
		*len = 3;
		return 0x2000 | (u[2] & 0x3F);
	}
	return 0;
}

static bool
quote_ascii_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Move the word cursor to the first word ending after off. */
static void
quote_seek(struct qscan *qs, size_t off)
{
	const struct doc	*d = qs->d;

	while (qs->w < d->nwords &&
	    d->words[qs->w].off + d->words[qs->w].len <= off)
		qs->w++;
}

/* Is the mark at off inside a word (an apostrophe)? */
static bool
quote_in_word(const struct qscan *qs, size_t off)
{
	return qs->w < qs->d->nwords && qs->d->words[qs->w].off < off;
}

/* Does a word (a letter or digit) end right before off? */
static bool
quote_word_before(const struct qscan *qs, size_t off)
{
	const struct word	*w = qs->d->words;

	return qs->w > 0 && w[qs->w - 1].off + w[qs->w - 1].len == off;
}

/* Does a word start right after the mark at off? */
static bool
quote_word_after(const struct qscan *qs, size_t off, size_t len)
{
	return qs->w < qs->d->nwords && qs->d->words[qs->w].off == off + len;
}

/* A single quote opens at a word start: no word before, one after. */
static bool
quote_opens(const struct qscan *qs, size_t off, size_t len)
{
	return !quote_in_word(qs, off) && !quote_word_before(qs, off) &&
	    quote_word_after(qs, off, len);
}

/* A single quote closes at a word end: no space before, no word after. */
static bool
quote_closes(const struct qscan *qs, size_t start, size_t off, size_t len)
{
	return off > start && !quote_ascii_space(qs->d->text[off - 1]) &&
	    !quote_in_word(qs, off) && !quote_word_after(qs, off, len);
}

static void
quote_push(struct qscan *qs, enum qkind kind, size_t off, size_t len)
{
	xgrow(&qs->stack, &qs->stackcap, qs->depth + 1, sizeof(*qs->stack));
	qs->stack[qs->depth].kind = kind;
	qs->stack[qs->depth].off = off;
	qs->stack[qs->depth].len = len;
	qs->depth++;
	qs->count[kind]++;
	if (!QK_TENTATIVE(kind))
		qs->nfirm++;
}

static struct qopen
quote_pop(struct qscan *qs)
{
	struct qopen	o = qs->stack[--qs->depth];

	qs->count[o.kind]--;
	if (!QK_TENTATIVE(o.kind))
		qs->nfirm--;
	return o;
}

/* Keep a quotation, dropping those found earlier inside it. */
static void
quote_keep(struct qscan *qs, const struct qopen *o, size_t end,
    size_t textend, unsigned warnings)
{
	struct qfound	*f;

	while (qs->nfound > 0 && qs->found[qs->nfound - 1].outer.off >= o->off)
		qs->nfound--;
	xgrow(&qs->found, &qs->foundcap, qs->nfound + 1, sizeof(*qs->found));
	f = &qs->found[qs->nfound++];
	f->outer.off = o->off;
	f->outer.len = end - o->off;
	f->text.off = o->off + o->len;
	f->text.len = textend - f->text.off;
	f->warnings = warnings;
}

/*
 * Close the innermost open mark of kind a or b with the closer at off.
 * A quotation is kept when nothing but tentative single quotes remains
 * open around it.
 */
static void
quote_close(struct qscan *qs, enum qkind a, enum qkind b, size_t off,
    size_t len)
{
	struct qopen	o;

	if (qs->count[a] == 0 && qs->count[b] == 0)
		return;
	do
		o = quote_pop(qs);
	while (o.kind != a && o.kind != b);
	if (qs->nfirm == 0)
		quote_keep(qs, &o, off + len, off, 0);
}

/* Single quotes: ' ‘ ’ ‚, which may be apostrophes instead. */
static void
quote_single(struct qscan *qs, uint32_t cp, size_t start, size_t off,
    size_t len)
{
	bool	closes = quote_closes(qs, start, off, len);

	switch (cp) {
	case '\'':
		if (closes && qs->count[QK_SSTRAIGHT] > 0)
			quote_close(qs, QK_SSTRAIGHT, QK_SSTRAIGHT, off, len);
		else if (quote_opens(qs, off, len))
			quote_push(qs, QK_SSTRAIGHT, off, len);
		break;
	case 0x2018:
		if (closes && qs->count[QK_SLOW] > 0)
			quote_close(qs, QK_SLOW, QK_SLOW, off, len);
		else if (quote_opens(qs, off, len))
			quote_push(qs, QK_SCURLY, off, len);
		break;
	case 0x2019:
		if (closes && qs->count[QK_SCURLY] + qs->count[QK_SLOW] > 0)
			quote_close(qs, QK_SCURLY, QK_SLOW, off, len);
		else if (quote_opens(qs, off, len))
			quote_push(qs, QK_SCURLY, off, len);
		break;
	case 0x201A:
		if (quote_opens(qs, off, len))
			quote_push(qs, QK_SLOW, off, len);
		break;
	}
}

/* One mark at off in a paragraph starting at start. */
static void
quote_at(struct qscan *qs, uint32_t cp, size_t start, size_t off,
    size_t len)
{
	quote_seek(qs, off);
	switch (cp) {
	case '"':
		if (qs->count[QK_DSTRAIGHT] > 0)
			quote_close(qs, QK_DSTRAIGHT, QK_DSTRAIGHT, off, len);
		else
			quote_push(qs, QK_DSTRAIGHT, off, len);
		break;
	case 0x201C:
		/* „…“, and “…“ typed for “…” where it closes a word. */
		if (qs->count[QK_DLOW] > 0)
			quote_close(qs, QK_DLOW, QK_DLOW, off, len);
		else if (qs->count[QK_DCURLY] > 0 &&
		    quote_closes(qs, start, off, len))
			quote_close(qs, QK_DCURLY, QK_DCURLY, off, len);
		else
			quote_push(qs, QK_DCURLY, off, len);
		break;
	case 0x201D:
		/* ”…” (Swedish, or a slip) opens where nothing is open. */
		if (qs->count[QK_DCURLY] + qs->count[QK_DLOW] > 0)
			quote_close(qs, QK_DCURLY, QK_DLOW, off, len);
		else if (quote_opens(qs, off, len))
			quote_push(qs, QK_DCURLY, off, len);
		break;
	case 0x201E:
		quote_push(qs, QK_DLOW, off, len);
		break;
	case 0xAB:
		quote_push(qs, QK_GUIL, off, len);
		break;
	case 0xBB:
		quote_close(qs, QK_GUIL, QK_GUIL, off, len);
		break;
	case 0x2039:
		quote_push(qs, QK_SGUIL, off, len);
		break;
	case 0x203A:
		quote_close(qs, QK_SGUIL, QK_SGUIL, off, len);
		break;
	default:
		quote_single(qs, cp, start, off, len);
		break;
	}
}

/* Scan text[from..end) of a paragraph starting at start. */
static void
quote_scan(struct qscan *qs, size_t start, size_t from, size_t end)
{
	const char	*t = qs->d->text;
	unsigned char	 c;
	uint32_t	 cp;
	size_t		 i, len;

	for (i = from; i < end; i++) {
		c = t[i];
		if (c != '"' && c != '\'' && c != 0xC2 && c != 0xE2)
			continue;
		if ((cp = quote_mark(t + i, end - i, &len)) == 0)
			continue;
		quote_at(qs, cp, start, i, len);
		i += len - 1;
	}
}

static bool
quote_content(const struct para *p)
{
	return p->kind != PARA_CHROME && p->kind != PARA_FRONT &&
	    p->kind != PARA_META;
}

/* The kind a paragraph's first mark opens, or QK_MAX. */
static enum qkind
quote_para_opener(const struct doc *d, const struct para *p, size_t *end)
{
	size_t		i = p->span.off, e = p->span.off + p->span.len, len;
	uint32_t	cp;

	while (i < e && quote_ascii_space(d->text[i]))
		i++;
	if (i == e || (cp = quote_mark(d->text + i, e - i, &len)) == 0)
		return QK_MAX;
	*end = i + len;
	switch (cp) {
	case '"':
		return QK_DSTRAIGHT;
	case 0x201C:
		return QK_DCURLY;
	case 0x201E:
		return QK_DLOW;
	case 0xAB:
		return QK_GUIL;
	case 0x2039:
		return QK_SGUIL;
	case '\'':
		return QK_SSTRAIGHT;
	case 0x2018:
		return QK_SCURLY;
	case 0x201A:
		return QK_SLOW;
	}
	return QK_MAX;
}

/*
 * Paragraph i ends with marks open.  If paragraph i + 1 opens with the
 * outermost mark's kind, the quotation goes on: return where to resume.
 * Otherwise the outermost firm mark is bounded by the paragraph, and
 * tentative single quotes were apostrophes after all.
 */
static size_t
quote_para_end(struct qscan *qs, size_t i)
{
	const struct doc	*d = qs->d;
	const struct para	*p = &d->paras[i];
	struct qopen		 o;
	size_t			 end, resume = 0, k;

	if (i + 1 < d->nparas && quote_content(&d->paras[i + 1]) &&
	    quote_para_opener(d, &d->paras[i + 1], &resume) ==
	    qs->stack[0].kind) {
		while (qs->depth > 1)
			quote_pop(qs);
		return resume;
	}
	for (k = 0; k < qs->depth; k++)
		if (!QK_TENTATIVE(qs->stack[k].kind))
			break;
	if (k < qs->depth) {
		o = qs->stack[k];
		end = p->span.off + p->span.len;
		while (end > o.off + o.len && quote_ascii_space(d->text[end - 1]))
			end--;
		quote_keep(qs, &o, end, end, QUOTE_WARN_UNCLOSED);
	}
	while (qs->depth > 0)
		quote_pop(qs);
	return 0;
}

/* Length of an ellipsis at t[i] ("...", "…", ". . ."), or 0. */
static size_t
quote_ellipsis(const char *t, size_t i, size_t end)
{
	size_t	j;

	if (end - i >= 3 && memcmp(t + i, "\xE2\x80\xA6", 3) == 0)
		return 3;
	if (t[i] != '.')
		return 0;
	for (j = i; j < end && t[j] == '.'; j++)
		continue;
	if (j - i >= 3)
		return j - i;
	if (j - i == 1 && end - i >= 5 && memcmp(t + i, ". . .", 5) == 0)
		return 5;
	return 0;
}

/* Record the ellipses of q as cuts between its words. */
static void
quote_cuts(const struct doc *d, struct quote *q)
{
	size_t	i, n, end = q->text.off + q->text.len, after, cap = 0;

	for (i = q->text.off; i < end; i++) {
		if ((n = quote_ellipsis(d->text, i, end)) == 0)
			continue;
		/* The cut falls after the last word before the ellipsis. */
		after = doc_word_at(d, i);
		i += n - 1;
		if (after <= q->wfirst || after >= q->wfirst + q->nwords)
			continue;
		if (q->ncuts > 0 && q->cuts[q->ncuts - 1] == after - 1)
			continue;
		xgrow(&q->cuts, &cap, q->ncuts + 1, sizeof(*q->cuts));
		q->cuts[q->ncuts++] = after - 1;
	}
}

/* Turn a found quotation into a judged quote or a term. */
static void
quote_emit(struct model *m, const struct qfound *f, size_t *qcap,
    size_t *tcap)
{
	const struct doc	*d = &m->rep;
	struct quote		*q;
	size_t			 first, last, end = f->text.off + f->text.len;

	first = doc_word_at(d, f->text.off);
	for (last = first; last < d->nwords &&
	    d->words[last].off + d->words[last].len <= end; last++)
		continue;
	if (last == first)
		return;
	if (last - first < QUOTE_MIN_WORDS) {
		xgrow(&m->terms, tcap, m->nterms + 1, sizeof(*m->terms));
		m->terms[m->nterms++] = f->text;
		return;
	}
	xgrow(&m->quotes, qcap, m->nquotes + 1, sizeof(*m->quotes));
	q = &m->quotes[m->nquotes++];
	memset(q, 0, sizeof(*q));
	q->id = m->nquotes;
	q->outer = f->outer;
	q->text = f->text;
	doc_position(d, f->text.off, &q->line, &q->col);
	q->wfirst = first;
	q->nwords = last - first;
	q->warnings = f->warnings;
	if (text_count_hidden(d->text + f->text.off, f->text.len) > 0)
		q->warnings |= QUOTE_WARN_HIDDEN;
	if (memmem(d->text + f->text.off, f->text.len, "\xEF\xBF\xBD", 3))
		q->warnings |= QUOTE_WARN_INVALID;
	quote_cuts(d, q);
}

void
quote_extract(struct model *m)
{
	struct qscan		 qs;
	const struct para	*p;
	size_t			 i, resume = 0, qcap = 0, tcap = 0;

	memset(&qs, 0, sizeof(qs));
	qs.d = &m->rep;
	for (i = 0; i < m->rep.nparas; i++) {
		p = &m->rep.paras[i];
		if (!quote_content(p))
			continue;
		quote_scan(&qs, p->span.off,
		    resume > p->span.off ? resume : p->span.off,
		    p->span.off + p->span.len);
		resume = qs.depth > 0 ? quote_para_end(&qs, i) : 0;
	}
	for (i = 0; i < qs.nfound; i++)
		quote_emit(m, &qs.found[i], &qcap, &tcap);
	free(qs.stack);
	free(qs.found);
}

void
quote_free(struct quote *q)
{
	free(q->cuts);
	free(q->changes);
	free(q->typos);
	q->cuts = NULL;
	q->changes = NULL;
	q->typos = NULL;
	q->ncuts = q->nchanges = q->ntypos = 0;
}
