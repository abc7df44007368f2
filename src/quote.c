/*
 * quote.c — find the quotations in a report.
 *
 * One pass over each content paragraph keeps a stack of open marks.
 * Which way a mark faces is read from what stands on either side of it
 * (quote_role): an opening mark has a space, a line start or opening
 * punctuation before it and no space after it; a closing mark has no
 * space before it and a space, punctuation or a line end after it.
 * Where the sides do not tell (spaces on both sides, as in French
 * « nous », or letters on both sides, or a CJK character next to it),
 * the mark's own shape decides.  A closing mark pops the stack down to
 * its opener, and a count of open marks per kind lets a closer with
 * nothing to close be dealt with at once, so the pass is linear however
 * the marks nest or fail to balance.
 *
 * Quotations inside quotations are kept, each knowing its parent, down
 * to QUOTE_MAX_LEVELS levels; deeper ones are part of their parent only,
 * so that no character is judged more than QUOTE_MAX_LEVELS times.
 *
 * Single quotes may be apostrophes: one counts only where it opens at a
 * word start or closes at a word end, and an opening single quote stays
 * tentative ("'90s" never closes) and is forgotten at its paragraph's
 * end.  The ASCII stand-ins '' ,, << are tentative the same way.
 *
 * A closing double mark with nothing open makes a quotation from the
 * start of its sentence, flagged unbalanced, unless the text since the
 * last quotation holds no sentence end (it is an attribution such as
 * ", he said, "): then the closer is dropped.  A straight double quote
 * that opens while another is open ends the first one, flagged.
 *
 * At a paragraph end an open quotation continues if the next paragraph
 * opens with the same mark (newspaper style), or if within the next
 * QUOTE_WIRE_PARAS body paragraphs one closes it, no mark of its kind
 * comes before that closer and no speech verb either (wire style: one
 * opening mark, one closing mark paragraphs later).  Otherwise it ends
 * with its paragraph and is flagged unclosed.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "ascii.h"
#include "doc.h"
#include "model.h"
#include "quote.h"
#include "text.h"
#include "xmalloc.h"

#define QUOTE_MIN_WORDS		3	/* shorter quotations are terms */
#define QUOTE_MAX_LEVELS	3	/* nested quotations kept */
#define QUOTE_WIRE_PARAS	8	/* paragraphs a wire quotation spans */
#define QUOTE_NONE		UINT32_MAX

/* Code points for the ASCII stand-ins, beyond Unicode. */
#define QCP_DAPOS	0x110000	/* '' */
#define QCP_DCOMMA	0x110001	/* ,, */
#define QCP_ALT		0x110002	/* << */
#define QCP_AGT		0x110003	/* >> */

enum qkind {
	QK_DSTRAIGHT,		/* " */
	QK_DCURLY,		/* “ ” (and ”…” typed for it) */
	QK_DLOW,		/* „ “ or „ ” */
	QK_GUIL,		/* « » */
	QK_GUILR,		/* » « (German) */
	QK_SGUIL,		/* ‹ › */
	QK_SGUILR,		/* › ‹ */
	QK_CORNER,		/* 「 」 */
	QK_WCORNER,		/* 『 』 */
	QK_DAPOS,		/* '' '' (tentative from here on) */
	QK_DCOMMA,		/* ,, '' or ,, " */
	QK_AGUIL,		/* << >> */
	QK_SSTRAIGHT,		/* ' */
	QK_SCURLY,		/* ‘ ’ */
	QK_SLOW,		/* ‚ ‘ or ‚ ’ */
	QK_MAX
};

#define QK_TENTATIVE(k)	((k) >= QK_DAPOS)
#define QK_BIT(k)	(1u << (k))

/* Which way a mark faces, from its two sides. */
enum qrole {
	QR_NONE,		/* neither side tells */
	QR_OPEN,
	QR_CLOSE,
	QR_BOTH
};

/* What stands next to a mark. */
enum qnear {
	QN_EDGE,		/* paragraph start or end */
	QN_SPACE,
	QN_OPEN,		/* ( [ { ¿ ¡ and dashes */
	QN_PUNCT,
	QN_MARK,		/* another quotation mark */
	QN_CJK,			/* ideographs, kana, CJK punctuation */
	QN_WORD
};

/* An opening mark waiting for its closer: compact, one per open mark. */
struct qopen {
	uint32_t	off;		/* LOAD_MAX_BYTES fits */
	uint32_t	slot;		/* in found, or QUOTE_NONE */
	uint8_t		kind;
	uint8_t		len;
};

/* A quotation found (or being found), in the order of its opening. */
struct qfound {
	struct span	outer;
	struct span	text;
	uint32_t	parent;		/* slot, or QUOTE_NONE */
	uint32_t	qid;		/* quote id, or the nearest ancestor's */
	unsigned	warnings;
	bool		live;		/* closed: a quotation */
	bool		inside;		/* a live ancestor holds it */
};

struct qscan {
	struct model	 *m;		/* where quotations are emitted */
	const struct doc *d;
	size_t		  pstart, pend;	/* the paragraph being scanned */
	size_t		  sent;		/* where the current sentence starts */
	size_t		  lastclose;	/* end of the last closing mark */
	uint32_t	  lastslot;	/* its quotation */
	uint32_t	  lastq;	/* or, once emitted, its quote index */
	size_t		  wire_until;	/* open quotation goes on to here */
	struct qopen	 *stack;
	size_t		  depth;
	size_t		  stackcap;
	size_t		  count[QK_MAX];
	size_t		  nfirm;	/* open marks that are not tentative */
	struct qfound	 *found;	/* since the last quote_flush() */
	size_t		  nfound;
	size_t		  foundcap;
	size_t		  qcap, tcap;	/* of m->quotes, m->terms */
};

/* Speech verbs: a paragraph holding one is not inside a quotation. */
static const char *const quote_verbs[] = {
	"said", "says", "added", "adds", "told", "tells", "stated",
	"noted", "stressed", "declared", "explained", "insisted", "warned",
	"wrote", "writes", "replied", "asked", "argued", "announced",
	"according", "recalled", "emphasised", "emphasized", "commented",
	"сказал", "сказала", "заявил", "заявила", "отметил", "отметила",
	"подчеркнул", "подчеркнула", "добавил", "добавила", "сообщил",
	"déclaré", "ajouté", "souligné", "affirmé", "sagte", "erklärte",
	"betonte", "fügte", "dijo", "afirmó", "añadió", "declaró", "señaló",
	NULL
};

/* The quotation mark at s (n > 0 bytes): its code point, or 0. */
static uint32_t
quote_mark(const char *s, size_t n, size_t *len)
{
	const unsigned char	*u = (const unsigned char *)s;

	if (n >= 2 && u[0] == u[1] && (u[0] == '\'' || u[0] == ',' ||
	    u[0] == '<' || u[0] == '>')) {
		*len = 2;
		switch (u[0]) {
		case '\'':
			return QCP_DAPOS;
		case ',':
			return QCP_DCOMMA;
		case '<':
			return QCP_ALT;
		default:
			return QCP_AGT;
		}
	}
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
	/* U+300C..U+300F, the corner brackets, are E3 80 8C..8F. */
	if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] >= 0x8C &&
	    u[2] <= 0x8F) {
		*len = 3;
		return 0x3000 | (u[2] & 0x3F);
	}
	return 0;
}

static bool
quote_ascii_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The class of a character next to a mark. */
static enum qnear
quote_class(uint32_t c)
{
	if (c < 0x80) {
		if (quote_ascii_space((char)c))
			return QN_SPACE;
		if (ascii_isalpha((char)c) || ascii_isdigit((char)c))
			return QN_WORD;
		if (c != 0 && strchr("([{-/", (int)c) != NULL)
			return QN_OPEN;
		if (c == '"' || c == '\'')
			return QN_MARK;
		return QN_PUNCT;
	}
	if (c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
	    c == 0x205F || c == 0x3000)
		return QN_SPACE;
	if (c == 0xA1 || c == 0xBF || (c >= 0x2010 && c <= 0x2015))
		return QN_OPEN;
	if (c == 0xAB || c == 0xBB || (c >= 0x2018 && c <= 0x201F) ||
	    c == 0x2039 || c == 0x203A)
		return QN_MARK;
	if ((c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
	    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
	    (c >= 0xFF00 && c <= 0xFFEF) || c >= 0x20000)
		return QN_CJK;
	if ((c >= 0x2016 && c <= 0x205E) || c == 0xB7)
		return QN_PUNCT;
	return QN_WORD;
}

/* What stands before off, at or after the paragraph start. */
static enum qnear
quote_before(const struct qscan *qs, size_t off)
{
	const uint8_t	*t = (const uint8_t *)qs->d->text;
	size_t		 i;
	ucs4_t		 uc;

	if (off <= qs->pstart)
		return QN_EDGE;
	/* Back over at most three continuation bytes. */
	for (i = off - 1; i > qs->pstart && off - i < 4 &&
	    (t[i] & 0xC0) == 0x80; i--)
		continue;
	u8_mbtouc(&uc, t + i, off - i);
	return quote_class(uc);
}

/* What stands at off, before the paragraph end. */
static enum qnear
quote_after(const struct qscan *qs, size_t off)
{
	ucs4_t	 uc;

	if (off >= qs->pend)
		return QN_EDGE;
	u8_mbtouc(&uc, (const uint8_t *)qs->d->text + off, qs->pend - off);
	return quote_class(uc);
}

/* Does an ellipsis ("..." or "…") start at off, opening a cut text? */
static bool
quote_ellipsis_at(const struct qscan *qs, size_t off)
{
	const char	*t = qs->d->text;

	if (qs->pend - off >= 3 && (memcmp(t + off, "...", 3) == 0 ||
	    memcmp(t + off, "\xE2\x80\xA6", 3) == 0))
		return true;
	return false;
}

/*
 * Which way the mark at off faces.  A mark opens before a letter, a
 * digit, another mark, an ellipsis or opening punctuation; a single
 * quote only before a letter, digit or mark.
 */
static enum qrole
quote_role(const struct qscan *qs, size_t off, size_t len, bool single)
{
	enum qnear	 b = quote_before(qs, off), a = quote_after(qs, off + len);
	bool		 opens, closes;

	opens = (b == QN_EDGE || b == QN_SPACE || b == QN_OPEN ||
	    b == QN_MARK || b == QN_CJK) && (a == QN_WORD || a == QN_CJK ||
	    a == QN_MARK || (!single && (a == QN_OPEN ||
	    quote_ellipsis_at(qs, off + len))));
	closes = b != QN_EDGE && b != QN_SPACE && b != QN_OPEN &&
	    a != QN_WORD;
	if (opens && closes)
		return QR_BOTH;
	return opens ? QR_OPEN : closes ? QR_CLOSE : QR_NONE;
}

static bool
quote_is_single(uint32_t cp)
{
	return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A;
}

/* The kinds the mark cp closes when it faces r, as a bit set. */
static unsigned
quote_closes(uint32_t cp, enum qrole r)
{
	switch (cp) {
	case '"':
		return r == QR_OPEN ? 0 : QK_BIT(QK_DSTRAIGHT) |
		    QK_BIT(QK_DCOMMA);
	case 0x201D:
		return r == QR_OPEN ? 0 : QK_BIT(QK_DCURLY) |
		    QK_BIT(QK_DLOW) | QK_BIT(QK_DCOMMA);
	case 0x201C:
		/* „…“; and “…“ typed for “…” only where it ends a word. */
		if (r == QR_OPEN)
			return 0;
		return QK_BIT(QK_DLOW) | QK_BIT(QK_DCOMMA) |
		    (r == QR_CLOSE ? QK_BIT(QK_DCURLY) : 0);
	case 0xBB:
	case QCP_AGT:
		return r == QR_OPEN ? 0 : QK_BIT(QK_GUIL) | QK_BIT(QK_AGUIL);
	case 0xAB:
		return r == QR_CLOSE ? QK_BIT(QK_GUILR) : 0;
	case 0x203A:
		return r == QR_OPEN ? 0 : QK_BIT(QK_SGUIL);
	case 0x2039:
		return r == QR_CLOSE ? QK_BIT(QK_SGUILR) : 0;
	case 0x300D:
		return QK_BIT(QK_CORNER);
	case 0x300F:
		return QK_BIT(QK_WCORNER);
	case QCP_DAPOS:
		return r == QR_OPEN ? 0 : QK_BIT(QK_DAPOS) | QK_BIT(QK_DCOMMA);
	case '\'':
		return r == QR_CLOSE || r == QR_BOTH ? QK_BIT(QK_SSTRAIGHT) : 0;
	case 0x2018:
		if (r == QR_CLOSE)
			return QK_BIT(QK_SLOW) | QK_BIT(QK_SCURLY);
		return r == QR_BOTH ? QK_BIT(QK_SLOW) : 0;
	case 0x2019:
		return r == QR_CLOSE || r == QR_BOTH ? QK_BIT(QK_SCURLY) |
		    QK_BIT(QK_SLOW) : 0;
	}
	return 0;
}

/* The kind the mark cp opens when it faces r, or QK_MAX. */
static enum qkind
quote_opens(uint32_t cp, enum qrole r)
{
	switch (cp) {
	case '"':
		return r == QR_CLOSE ? QK_MAX : QK_DSTRAIGHT;
	case 0x201C:
		return r == QR_CLOSE ? QK_MAX : QK_DCURLY;
	case 0x201D:
		return r == QR_OPEN ? QK_DCURLY : QK_MAX;
	case 0x201E:
		return r == QR_CLOSE ? QK_MAX : QK_DLOW;
	case 0xAB:
		return r == QR_CLOSE ? QK_MAX : QK_GUIL;
	case 0xBB:
		return r == QR_OPEN ? QK_GUILR : QK_MAX;
	case 0x2039:
		return r == QR_CLOSE ? QK_MAX : QK_SGUIL;
	case 0x203A:
		return r == QR_OPEN ? QK_SGUILR : QK_MAX;
	case 0x300C:
		return QK_CORNER;
	case 0x300E:
		return QK_WCORNER;
	case QCP_DAPOS:
		return r == QR_OPEN ? QK_DAPOS : QK_MAX;
	case QCP_DCOMMA:
		return r == QR_OPEN ? QK_DCOMMA : QK_MAX;
	case QCP_ALT:
		return r == QR_OPEN || r == QR_NONE ? QK_AGUIL : QK_MAX;
	case '\'':
	case 0x2018:
	case 0x2019:
		return r == QR_OPEN || r == QR_BOTH ? QK_SSTRAIGHT +
		    (cp != '\'') : QK_MAX;
	case 0x201A:
		return r == QR_OPEN ? QK_SLOW : QK_MAX;
	}
	return QK_MAX;
}

/* Does a closer cp with nothing to close stand for a lost opener? */
static bool
quote_stray_closer(uint32_t cp, enum qrole r)
{
	switch (cp) {
	case '"':
	case 0x201C:
	case 0x201D:
	case 0xAB:
	case 0xBB:
		return r == QR_CLOSE;
	case 0x300D:
	case 0x300F:
		return r != QR_OPEN;
	}
	return false;
}

/* A new slot for a quotation starting at off, or QUOTE_NONE. */
static uint32_t
quote_slot(struct qscan *qs, size_t off, size_t textoff, uint32_t parent)
{
	struct qfound	*f;

	xgrow(&qs->found, &qs->foundcap, qs->nfound + 1, sizeof(*qs->found));
	f = &qs->found[qs->nfound];
	memset(f, 0, sizeof(*f));
	f->outer.off = off;
	f->text.off = textoff;
	f->parent = parent;
	return (uint32_t)qs->nfound++;
}

static void
quote_push(struct qscan *qs, enum qkind kind, size_t off, size_t len)
{
	struct qopen	*o;
	uint32_t	 parent = QUOTE_NONE, slot = QUOTE_NONE;

	if (qs->depth > 0)
		parent = qs->stack[qs->depth - 1].slot;
	if (qs->depth < QUOTE_MAX_LEVELS)
		slot = quote_slot(qs, off, off + len, parent);
	xgrow(&qs->stack, &qs->stackcap, qs->depth + 1, sizeof(*qs->stack));
	o = &qs->stack[qs->depth++];
	o->off = (uint32_t)off;
	o->slot = slot;
	o->kind = kind;
	o->len = (uint8_t)len;
	qs->count[kind]++;
	if (!QK_TENTATIVE(kind))
		qs->nfirm++;
}

/* Pop the top mark; an unclosed one's slot is given back or left dead. */
static struct qopen
quote_pop(struct qscan *qs)
{
	struct qopen	o = qs->stack[--qs->depth];

	qs->count[o.kind]--;
	if (!QK_TENTATIVE(o.kind))
		qs->nfirm--;
	if (o.slot != QUOTE_NONE && !qs->found[o.slot].live &&
	    o.slot + 1 == qs->nfound)
		qs->nfound--;
	return o;
}

/* Close slot o with the text ending at textend and the mark at end. */
static void
quote_done(struct qscan *qs, const struct qopen *o, size_t textend,
    size_t end, unsigned warnings)
{
	struct qfound	*f;

	qs->lastclose = end;
	qs->lastslot = o->slot;
	qs->lastq = QUOTE_NONE;
	if (o->slot == QUOTE_NONE)
		return;
	f = &qs->found[o->slot];
	f->outer.len = end - f->outer.off;
	f->text.len = textend - f->text.off;
	f->warnings |= warnings;
	f->live = true;
}

/* Does a closing mark after c end a sentence too? */
static bool
quote_ends_sentence(char c)
{
	return c == '.' || c == '!' || c == '?';
}

/*
 * Close the innermost open mark of a kind in set with the closer at
 * off.  Firm marks popped on the way were never closed: the quotation
 * is flagged.  Each pop removes a mark pushed once, so all closes
 * together are linear.
 */
static void
quote_close(struct qscan *qs, unsigned set, size_t off, size_t len)
{
	const char	*t = qs->d->text;
	struct qopen	 o;
	unsigned	 warn = 0;

	for (;;) {
		o = qs->stack[qs->depth - 1];
		if (set & QK_BIT(o.kind))
			break;
		if (!QK_TENTATIVE(o.kind))
			warn = QUOTE_WARN_UNBALANCED;
		quote_pop(qs);
	}
	/* Keep the slot through the pop: it is closed right after. */
	qs->stack[qs->depth - 1].slot = QUOTE_NONE;
	quote_pop(qs);
	quote_done(qs, &o, off, off + len, warn);
	if (quote_ends_sentence(t[off - 1]))
		qs->sent = off + len;
}

/* Is a kind of set open? */
static bool
quote_any_open(const struct qscan *qs, unsigned set)
{
	int	 k;

	for (k = 0; k < QK_MAX; k++)
		if ((set & QK_BIT(k)) && qs->count[k] > 0)
			return true;
	return false;
}

/* Back from end over white space, not before from. */
static size_t
quote_trim(const char *t, size_t from, size_t end)
{
	while (end > from && (quote_ascii_space(t[end - 1]) ||
	    (end - from >= 2 && (unsigned char)t[end - 2] == 0xC2 &&
	    (unsigned char)t[end - 1] == 0xA0)))
		end -= quote_ascii_space(t[end - 1]) ? 1 : 2;
	return end;
}

/*
 * A closing mark at off with nothing open to close: its opener was
 * lost.  The quotation runs from the start of its sentence, unless no
 * sentence has ended since the last closing mark (the text between is
 * an attribution, ", he said, "): then the mark is dropped and the
 * quotation before it flagged.
 */
static void
quote_stray(struct qscan *qs, size_t off, size_t len)
{
	const char	*t = qs->d->text;
	struct qopen	 o;
	size_t		 start;

	if (qs->nfirm > 0)
		return;
	if (qs->lastclose > qs->sent) {
		if (qs->lastslot != QUOTE_NONE)
			qs->found[qs->lastslot].warnings |=
			    QUOTE_WARN_UNBALANCED;
		else if (qs->lastq != QUOTE_NONE)
			qs->m->quotes[qs->lastq].warnings |=
			    QUOTE_WARN_UNBALANCED;
		return;
	}
	start = qs->sent;
	while (start < off && ascii_space_at(t + start, off - start) > 0)
		start += ascii_space_at(t + start, off - start);
	if (start >= off)
		return;
	/* Tentative marks the quotation crosses were apostrophes. */
	while (qs->depth > 0)
		quote_pop(qs);
	o.slot = quote_slot(qs, start, start, QUOTE_NONE);
	quote_done(qs, &o, off, off + len, QUOTE_WARN_UNBALANCED);
	if (quote_ends_sentence(t[off - 1]))
		qs->sent = off + len;
}

/*
 * A straight double quote opens while another is open: straight quotes
 * cannot nest, so the first was never closed.  It ends at the last
 * sentence end before the new mark, or at the mark.
 */
static void
quote_reopen(struct qscan *qs, size_t off)
{
	const char	*t = qs->d->text;
	struct qopen	 o;
	size_t		 end = off;

	while (qs->stack[qs->depth - 1].kind != QK_DSTRAIGHT)
		quote_pop(qs);
	o = qs->stack[qs->depth - 1];
	qs->stack[qs->depth - 1].slot = QUOTE_NONE;
	quote_pop(qs);
	if (qs->sent > o.off + o.len && qs->sent < off)
		end = qs->sent;
	end = quote_trim(t, o.off + o.len, end);
	quote_done(qs, &o, end, end, QUOTE_WARN_UNBALANCED);
	qs->lastclose = qs->sent = off;
}

/* One mark at off. */
static void
quote_at(struct qscan *qs, uint32_t cp, size_t off, size_t len)
{
	enum qrole	 r = quote_role(qs, off, len, quote_is_single(cp));
	enum qkind	 k;
	unsigned	 set = quote_closes(cp, r);

	if (cp == '"' && r == QR_OPEN && qs->count[QK_DSTRAIGHT] > 0) {
		quote_reopen(qs, off);
		quote_push(qs, QK_DSTRAIGHT, off, len);
	} else if (quote_any_open(qs, set))
		quote_close(qs, set, off, len);
	else if ((k = quote_opens(cp, r)) != QK_MAX)
		quote_push(qs, k, off, len);
	else if (quote_stray_closer(cp, r))
		quote_stray(qs, off, len);
}

/* Does a sentence end at t[i] (". ", "! ", "? ", "。")? */
static size_t
quote_sentence_end(const struct qscan *qs, size_t i)
{
	const char	*t = qs->d->text;

	if (t[i] == '.' || t[i] == '!' || t[i] == '?') {
		/* Not an ellipsis, which cuts a quotation. */
		if (i > qs->pstart && t[i - 1] == '.')
			return 0;
		if (i + 1 == qs->pend || quote_ascii_space(t[i + 1]))
			return 1;
		return 0;
	}
	if (qs->pend - i >= 3 && memcmp(t + i, "\xE3\x80\x82", 3) == 0)
		return 3;
	return 0;
}

static void	quote_flush(struct qscan *);

/* Scan text[from..pend) of the paragraph. */
static void
quote_scan(struct qscan *qs, size_t from)
{
	const char	*t = qs->d->text;
	unsigned char	 c;
	uint32_t	 cp;
	size_t		 i, len, n;

	for (i = from; i < qs->pend; i++) {
		c = t[i];
		if (c != '"' && c != '\'' && c != 0xC2 && c != 0xE2 &&
		    c != 0xE3 && c != ',' && c != '<' && c != '>' &&
		    c != '.' && c != '!' && c != '?')
			continue;
		if ((n = quote_sentence_end(qs, i)) > 0) {
			qs->sent = i + n;
			i += n - 1;
			continue;
		}
		if ((cp = quote_mark(t + i, qs->pend - i, &len)) == 0)
			continue;
		quote_at(qs, cp, i, len);
		i += len - 1;
		if (qs->depth == 0 && qs->nfound > 0)
			quote_flush(qs);
	}
}

static bool
quote_content(const struct para *p)
{
	return p->kind != PARA_CHROME && p->kind != PARA_FRONT &&
	    p->kind != PARA_META;
}

/* Set the paragraph being scanned. */
static void
quote_para(struct qscan *qs, const struct para *p)
{
	qs->pstart = p->span.off;
	qs->pend = p->span.off + p->span.len;
	qs->sent = qs->lastclose = qs->pstart;
	qs->lastslot = qs->lastq = QUOTE_NONE;
}

/* The kind a paragraph's first mark opens, or QK_MAX. */
static enum qkind
quote_para_opener(struct qscan *qs, const struct para *p, size_t *end)
{
	const char	*t = qs->d->text;
	size_t		 i, len;
	uint32_t	 cp;

	quote_para(qs, p);
	i = qs->pstart;
	while (i < qs->pend && quote_ascii_space(t[i]))
		i++;
	if (i == qs->pend || (cp = quote_mark(t + i, qs->pend - i, &len)) == 0)
		return QK_MAX;
	*end = i + len;
	return quote_opens(cp, quote_role(qs, i, len, quote_is_single(cp)));
}

/* Does a speech verb stand among the words of text[from..to)? */
static bool
quote_verb_in(const struct doc *d, size_t from, size_t to)
{
	size_t	 w;

	/* Bounded by the words of one paragraph. */
	for (w = doc_word_at(d, from); w < d->nwords && doc_word_off(d, w) < to;
	    w++)
		if (ascii_lookup(quote_verbs, d->text + doc_word_off(d, w),
		    doc_word_len(d, w)) >= 0)
			return true;
	return false;
}

/*
 * Wire style: does one of the next QUOTE_WIRE_PARAS body paragraphs
 * close a quotation of kind open at the end of paragraph i, with no
 * mark of its kind before that closer and no speech verb?  Returns that
 * paragraph, or 0.  A paragraph is looked at by the look-aheads of the
 * QUOTE_WIRE_PARAS paragraphs before it at most.
 */
static size_t
quote_wire(struct qscan *qs, size_t i, enum qkind kind)
{
	const struct doc	*d = qs->d;
	const char		*t = d->text;
	size_t			 j, k, len;
	uint32_t		 cp;
	enum qrole		 r;

	for (j = i + 1; j < d->nparas && j <= i + QUOTE_WIRE_PARAS; j++) {
		if (d->paras[j].kind != PARA_BODY)
			return 0;
		quote_para(qs, &d->paras[j]);
		/* One pass over paragraph j's bytes. */
		for (k = qs->pstart; k < qs->pend; k++) {
			if ((cp = quote_mark(t + k, qs->pend - k, &len)) == 0)
				continue;
			r = quote_role(qs, k, len, quote_is_single(cp));
			if (quote_closes(cp, r) & QK_BIT(kind))
				return quote_verb_in(d, qs->pstart, k) ? 0 : j;
			if (quote_opens(cp, r) == kind)
				return 0;
			k += len - 1;
		}
		if (quote_verb_in(d, qs->pstart, qs->pend))
			return 0;
	}
	return 0;
}

/* Keep only the open mark at k, the quotation that goes on. */
static void
quote_keep_only(struct qscan *qs, size_t k)
{
	struct qopen	o = qs->stack[k];

	qs->stack[k].slot = QUOTE_NONE;
	while (qs->depth > 0)
		quote_pop(qs);
	qs->stack[0] = o;
	qs->depth = 1;
	qs->count[o.kind] = 1;
	qs->nfirm = 1;
}

/*
 * Paragraph i ends with marks open.  The outermost firm quotation goes
 * on if paragraph i + 1 reopens it (newspaper style: return where to
 * resume) or a later one closes it (wire style); otherwise it is bounded
 * by the paragraph, and tentative marks were apostrophes after all.
 */
static size_t
quote_para_end(struct qscan *qs, size_t i)
{
	const struct doc	*d = qs->d;
	const struct para	*p = &d->paras[i];
	struct qopen		 o;
	size_t			 end, resume = 0, k, j;

	for (k = 0; k < qs->depth; k++)
		if (!QK_TENTATIVE(qs->stack[k].kind))
			break;
	if (k == qs->depth) {
		while (qs->depth > 0)
			quote_pop(qs);
		return 0;
	}
	o = qs->stack[k];
	if (i < qs->wire_until) {
		quote_keep_only(qs, k);
		return 0;
	}
	if (i + 1 < d->nparas && quote_content(&d->paras[i + 1]) &&
	    quote_para_opener(qs, &d->paras[i + 1], &resume) == o.kind) {
		quote_keep_only(qs, k);
		return resume;
	}
	if ((j = quote_wire(qs, i, o.kind)) > 0) {
		qs->wire_until = j;
		quote_keep_only(qs, k);
		return 0;
	}
	quote_para(qs, p);
	end = quote_trim(d->text, o.off + o.len, qs->pend);
	qs->stack[k].slot = QUOTE_NONE;
	while (qs->depth > 0)
		quote_pop(qs);
	quote_done(qs, &o, end, end, QUOTE_WARN_UNCLOSED);
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

/* Record the ellipses of q as cuts between its words, if it has any. */
static void
quote_find_cuts(const struct doc *d, struct quote *q)
{
	size_t		 i, n, end = q->text.off + q->text.len, cap = 0;
	uint32_t	*cuts = NULL;
	uint32_t	 ncuts = 0, after;

	for (i = q->text.off; i < end; i++) {
		if ((n = quote_ellipsis(d->text, i, end)) == 0)
			continue;
		/* The cut falls after the last word before the ellipsis. */
		after = (uint32_t)doc_word_at(d, i);
		i += n - 1;
		if (after <= q->wfirst || after >= q->wfirst + q->nwords)
			continue;
		if (ncuts > 0 && cuts[ncuts - 1] == after - 1)
			continue;
		xgrow(&cuts, &cap, ncuts + 1, sizeof(*cuts));
		cuts[ncuts++] = after - 1;
	}
	if (ncuts == 0)
		return;
	if (ncuts < cap)
		cuts = xreallocarray(cuts, ncuts, sizeof(*cuts));
	quote_more(q)->cuts = cuts;
	q->more->ncuts = ncuts;
}

/*
 * Turn a found quotation into a judged quote or a term.  Returns the
 * index of the quote in m->quotes, or QUOTE_NONE.
 */
static uint32_t
quote_emit(struct qscan *qs, struct qfound *f)
{
	struct model		*m = qs->m;
	const struct doc	*d = &m->rep;
	struct quote		*q;
	size_t			 first, last, end = f->text.off + f->text.len;

	first = doc_word_at(d, f->text.off);
	for (last = first; last < d->nwords &&
	    doc_word_end(d, last) <= end; last++)
		continue;
	if (last == first)
		return QUOTE_NONE;
	if (last - first < QUOTE_MIN_WORDS) {
		/* A short quotation inside another is part of it. */
		if (f->inside)
			return QUOTE_NONE;
		xgrow(&m->terms, &qs->tcap, m->nterms + 1, sizeof(*m->terms));
		m->terms[m->nterms++] = f->text;
		return QUOTE_NONE;
	}
	xgrow(&m->quotes, &qs->qcap, m->nquotes + 1, sizeof(*m->quotes));
	q = &m->quotes[m->nquotes++];
	memset(q, 0, sizeof(*q));
	q->parent = f->qid;
	f->qid = (uint32_t)m->nquotes;
	q->text = f->text;
	/* Marks are 3 bytes at most (quote_mark()). */
	quote_outer_set(q, f->outer);
	q->wfirst = first;
	q->nwords = last - first;
	q->warnings = f->warnings;
	if (text_count_hidden(d->text + f->text.off, f->text.len) > 0)
		q->warnings |= QUOTE_WARN_HIDDEN;
	if (memmem(d->text + f->text.off, f->text.len, "\xEF\xBF\xBD", 3))
		q->warnings |= QUOTE_WARN_INVALID;
	quote_find_cuts(d, q);
	return (uint32_t)(m->nquotes - 1);
}

/*
 * Emit the quotations found since the last flush, in the order they
 * open, and forget them.  A parent's slot comes before its children's,
 * so one forward pass settles each slot's nearest kept ancestor.  Called
 * with no mark open (or at the end): then no slot is open or referred
 * to from the stack, and a slot's parent is in the same batch, so the
 * found records stay as few as the marks of one quotation and those it
 * holds, not one per quotation of the report.  The last closed slot may
 * still be flagged unbalanced (quote_stray): its quote index is kept.
 */
static void
quote_flush(struct qscan *qs)
{
	struct qfound	*f, *p;
	size_t		 i;
	uint32_t	 k;

	for (i = 0; i < qs->nfound; i++) {
		f = &qs->found[i];
		f->qid = 0;
		f->inside = false;
		if (f->parent != QUOTE_NONE) {
			p = &qs->found[f->parent];
			f->qid = p->qid;
			f->inside = p->live || p->inside;
		}
		k = f->live ? quote_emit(qs, f) : QUOTE_NONE;
		if (i == qs->lastslot)
			qs->lastq = k;
	}
	qs->nfound = 0;
	qs->lastslot = QUOTE_NONE;
}

void
quote_extract(struct model *m)
{
	struct qscan		 qs;
	const struct para	*p;
	size_t			 i, resume = 0;

	memset(&qs, 0, sizeof(qs));
	qs.m = m;
	qs.d = &m->rep;
	for (i = 0; i < m->rep.nparas; i++) {
		p = &m->rep.paras[i];
		if (!quote_content(p))
			continue;
		quote_para(&qs, p);
		quote_scan(&qs, resume > p->span.off ? resume : p->span.off);
		resume = qs.depth > 0 ? quote_para_end(&qs, i) : 0;
		if (qs.depth == 0)
			quote_flush(&qs);
	}
	quote_flush(&qs);
	free(qs.stack);
	free(qs.found);
	/* Exact sizes: the quotes stay for the whole run. */
	if (m->nquotes < qs.qcap)
		m->quotes = xreallocarray(m->quotes, m->nquotes,
		    sizeof(*m->quotes));
	if (m->nterms < qs.tcap)
		m->terms = xreallocarray(m->terms, m->nterms,
		    sizeof(*m->terms));
}

void
quote_position(const struct model *m, const struct quote *q, uint32_t *line,
    uint32_t *col)
{
	doc_position32(&m->rep, q->text.off, line, col);
}

void
quote_src_position(const struct model *m, const struct quote *q,
    uint32_t *line, uint32_t *col)
{
	if (q->verdict == VERDICT_NOT_FOUND) {
		*line = *col = 0;
		return;
	}
	doc_position32(m->stmt, q->src.off, line, col);
}

int
quote_proposal(const struct model *m, const struct quote *q)
{
	if (q->verdict == VERDICT_NOT_FOUND)
		return 0;
	return doc_proposal_at(m->stmt, q->src.off);
}
