/*
 * text.c — the comparison form of text and its words.
 *
 * Folding runs in three passes over non-ASCII text: quotes, apostrophes
 * and dashes are mapped to ASCII and hidden characters dropped (before
 * NFKC, which would turn U+2033 into two primes and U+00B4 into a space
 * and a combining accent), then u8_casefold() with NFKC, then the same
 * mapping again for what NFKC produced, with white space collapsed.
 * ASCII text, most of any English document, skips all of it.
 *
 * Words come from u8_wordbreaks() run on chunks of about 64 KiB cut
 * where UAX #29 always breaks, so memory stays bounded and no
 * allocation is made per word.  UAX #29 breaks around a zero-width
 * space (and the few other hidden characters it does not treat as
 * format characters), so "par<U+200B>ties" comes out as two segments.
 * Two word segments with nothing but hidden characters between them
 * are one word when the breaker would not have split them without
 * those characters: the test looks at a few characters either side of
 * the junction, so Latin words are joined while ideographs or Thai
 * letters (a break between every two) stay apart.  The joined word
 * spans the hidden characters; its key, the comparison form of the
 * whole span, is made once the word is complete, so a long chain of
 * joins costs linear time.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unigbrk.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwbrk.h>

#include "ascii.h"
#include "fatal.h"
#include "lexicon.h"
#include "text.h"
#include "words.h"
#include "xmalloc.h"

#define TEXT_CHUNK	65536
#define TEXT_NOT_WORD	UINT32_MAX	/* rawkey of a segment without a word */
#define TEXT_JOIN_CTX	32	/* bytes either side of a junction tested */

/* A growable byte buffer, reused from word to word. */
struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
};

/* Scratch space for folding: one buffer per pass. */
struct fold {
	struct buf	pre;
	struct buf	folded;
	struct buf	out;
};

/* State of one text_words() call. */
struct scan {
	struct lexicon	*lex;
	const char	*text;
	struct doc	*d;		/* whose words these are */
	struct doc_wbuild wb;
	size_t		 lastoff;	/* where the last word starts */
	size_t		 lastlen;	/* and its bytes */
	char		*brk;		/* u8_wordbreaks() result */
	size_t		 brkcap;
	struct lexicon	*raw;		/* non-ASCII spellings seen */
	uint32_t	*rawkey;	/* their keys, by id in raw */
	size_t		 nraw;
	size_t		 rawcap;
	struct fold	 fold;
	bool		 joined;	/* last word joined: key not made yet */
	struct buf	 join;		/* a junction, hidden chars left out */
	char		*joinbrk;	/* u8_wordbreaks() of join */
	size_t		 joinbrkcap;
};

static void
buf_reserve(struct buf *b, size_t more)
{
	xgrow(&b->p, &b->cap, b->len + more, 1);
}

static void
buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

static bool
text_ascii_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

static char
text_ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static bool
text_is_ascii(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/* The ASCII stand-in for a quote, apostrophe or dash; 0 for others. */
static char
text_punct(ucs4_t uc)
{
	switch (uc) {
	case 0x00B4:	/* acute accent, used as an apostrophe */
	case 0x02BC:	/* modifier letter apostrophe */
	case 0x2018: case 0x2019: case 0x201A: case 0x201B:
	case 0x2032:	/* prime */
	case 0x2035:	/* reversed prime */
	case 0x2039: case 0x203A:
		return '\'';
	case 0x00AB: case 0x00BB:
	case 0x201C: case 0x201D: case 0x201E: case 0x201F:
	case 0x2033:	/* double prime */
	case 0x2036:	/* reversed double prime */
	case 0x301D: case 0x301E: case 0x301F:
		return '"';
	case 0x2212:	/* minus sign */
		return '-';
	}
	if (uc >= 0x80 && uc_is_general_category(uc, UC_CATEGORY_Pd))
		return '-';
	return 0;
}

/* Pass 1: map quotes and dashes to ASCII, drop hidden characters. */
static void
text_premap(const char *s, size_t n, struct buf *out)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n;
	ucs4_t		 uc;
	char		 c;
	int		 k;

	out->len = 0;
	buf_reserve(out, n + 6);
	while (p < end) {
		if (*p < 0x80) {
			out->p[out->len++] = (char)*p++;
			continue;
		}
		k = u8_mbtouc(&uc, p, end - p);
		p += k;
		if (text_is_hidden(uc))
			continue;
		if ((c = text_punct(uc)) != 0)
			out->p[out->len++] = c;
		else {
			/* Invalid input comes out as U+FFFD (3 bytes). */
			buf_reserve(out, (size_t)(end - p) + 6);
			k = u8_uctomb((uint8_t *)out->p + out->len, uc, 6);
			if (k > 0)
				out->len += k;
		}
	}
}

/* Pass 2: NFKC and case folding, into out (reused when big enough). */
static void
text_casefold(const struct buf *in, struct buf *out)
{
	uint8_t	*r;
	size_t	 len = out->cap;

	out->len = 0;
	if (in->len == 0)
		return;
	r = u8_casefold((const uint8_t *)in->p, in->len, NULL, UNINORM_NFKC,
	    (uint8_t *)out->p, &len);
	if (r == NULL)
		fatal("case folding failed: %s", strerror(errno));
	if ((char *)r != out->p) {
		free(out->p);
		out->p = (char *)r;
		out->cap = len;
	}
	out->len = len;
}

/* Whether p (n bytes) opens with ё, after case folding: Russian writes
 * it as е in most texts, so comparison reads it as е. */
static bool
text_is_yo(const uint8_t *p, size_t n)
{
	return n >= 2 && p[0] == 0xd1 && p[1] == 0x91;
}

/* Pass 3: map again, collapse and trim white space; NUL-terminated. */
static void
text_postmap(const struct buf *in, struct buf *out)
{
	const uint8_t	*p = (const uint8_t *)in->p, *end = p;
	ucs4_t		 uc;
	bool		 space = false, white, hidden;
	char		 c;
	int		 k;

	if (p != NULL)		/* NULL + 0 is undefined behaviour */
		end = p + in->len;
	out->len = 0;
	buf_reserve(out, in->len + 1);
	for (; p < end; p += k) {
		if (*p < 0x80) {
			uc = *p;
			k = 1;
			white = ascii_isspace((char)*p);
			hidden = false;
		} else {
			k = u8_mbtouc(&uc, p, end - p);
			white = uc_is_property_white_space(uc);
			hidden = text_is_hidden(uc);
		}
		if (white)
			space = true;
		if (white || hidden)
			continue;
		if (space && out->len > 0)
			out->p[out->len++] = ' ';
		space = false;
		if (uc >= 0x80 && (c = text_punct(uc)) != 0)
			out->p[out->len++] = c;
		else if (text_is_yo(p, k)) {
			out->p[out->len++] = (char)0xd0;
			out->p[out->len++] = (char)0xb5;
		} else {
			memcpy(out->p + out->len, p, k);
			out->len += k;
		}
	}
	out->p[out->len] = '\0';
}

/* ASCII only: lower case and white space collapsed, NUL-terminated. */
static void
text_fold_ascii(const char *s, size_t n, struct buf *out)
{
	bool	space = false;
	size_t	i;

	out->len = 0;
	buf_reserve(out, n + 1);
	for (i = 0; i < n; i++) {
		if (ascii_isspace(s[i])) {
			space = true;
			continue;
		}
		if (space && out->len > 0)
			out->p[out->len++] = ' ';
		space = false;
		out->p[out->len++] = text_ascii_lower(s[i]);
	}
	out->p[out->len] = '\0';
}

/* The comparison form of s, left in f->out. */
static void
text_fold_into(struct fold *f, const char *s, size_t n)
{
	if (text_is_ascii(s, n)) {
		text_fold_ascii(s, n, &f->out);
		return;
	}
	text_premap(s, n, &f->pre);
	text_casefold(&f->pre, &f->folded);
	text_postmap(&f->folded, &f->out);
}

static void
text_fold_free(struct fold *f)
{
	buf_free(&f->pre);
	buf_free(&f->folded);
	buf_free(&f->out);
}

char *
text_fold(const char *s, size_t n, size_t *outlen)
{
	struct fold	f;

	memset(&f, 0, sizeof(f));
	text_fold_into(&f, s, n);
	*outlen = f.out.len;
	buf_free(&f.pre);
	buf_free(&f.folded);
	return f.out.p;
}

/*
 * Lower case of s into buf (n bytes) without libunistring, for text of
 * ASCII, Latin-1 and Cyrillic letters, the words of the language tables;
 * false, leaving the work to u8_tolower(), for anything else.
 */
static bool
text_lower_simple(const char *s, size_t n, char *buf)
{
	const uint8_t	*p = (const uint8_t *)s;
	uint8_t		*o = (uint8_t *)buf;
	size_t		 i;

	for (i = 0; i < n; i++) {
		if (p[i] < 0x80) {
			o[i] = (uint8_t)text_ascii_lower((char)p[i]);
			continue;
		}
		if (i + 1 >= n || p[i + 1] < 0x80 || p[i + 1] > 0xbf)
			return false;
		o[i] = p[i];
		o[i + 1] = p[i + 1];
		if (p[i] == 0xc3 && p[i + 1] <= 0x9e && p[i + 1] != 0x97)
			o[i + 1] += 0x20;		/* À to Þ */
		else if (p[i] == 0xd0 && p[i + 1] <= 0x8f) {
			o[i] = 0xd1;			/* Ѐ to Џ */
			o[i + 1] += 0x10;
		} else if (p[i] == 0xd0 && p[i + 1] <= 0x9f)
			o[i + 1] += 0x20;		/* А to П */
		else if (p[i] == 0xd0 && p[i + 1] <= 0xaf) {
			o[i] = 0xd1;			/* Р to Я */
			o[i + 1] -= 0x20;
		} else if (!(p[i] == 0xc3 || p[i] == 0xd0 || (p[i] == 0xd1 &&
		    p[i + 1] <= 0x9f)))
			return false;
		i++;
	}
	return true;
}

size_t
text_label_key(const char *s, size_t n, char *buf, size_t cap)
{
	const uint8_t	*p;
	uint8_t		*r;
	size_t		 i, k, len = cap;

	if (n <= cap && text_lower_simple(s, n, buf)) {
		r = (uint8_t *)buf;
		len = n;
	} else if (u8_check((const uint8_t *)s, n) != NULL)
		return 0;
	else
		r = u8_tolower((const uint8_t *)s, n, NULL, NULL,
		    (uint8_t *)buf, &len);
	if (r == NULL)
		return 0;
	if ((char *)r != buf) {
		free(r);
		return 0;
	}
	/* Map in place: the result is never longer. */
	p = (const uint8_t *)buf;
	for (i = k = 0; i < len;) {
		if (text_is_yo(p + i, len - i)) {
			buf[k++] = (char)0xd0;
			buf[k++] = (char)0xb5;
			i += 2;
		} else if (len - i >= 3 && p[i] == 0xe2 && p[i + 1] == 0x80 &&
		    p[i + 2] == 0x99) {
			buf[k++] = '\'';
			i += 3;
		} else if (len - i >= 2 && p[i] == 0xca && p[i + 1] == 0xbc) {
			buf[k++] = '\'';
			i += 2;
		} else
			buf[k++] = buf[i++];
	}
	return k;
}

/* True if s holds a letter or digit that is not a hidden character. */
static bool
text_has_alnum(const char *s, size_t n)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n;
	ucs4_t		 uc;

	while (p < end) {
		if (*p < 0x80) {
			if (text_ascii_alnum(*p++))
				return true;
			continue;
		}
		p += u8_mbtouc(&uc, p, end - p);
		if ((uc_is_general_category(uc, UC_CATEGORY_L) ||
		    uc_is_general_category(uc, UC_CATEGORY_N)) &&
		    !text_is_hidden(uc))
			return true;
	}
	return false;
}

/* The key of an ASCII segment; false if it is not a word. */
static bool
text_key_ascii(struct scan *sc, const char *s, size_t n, uint32_t *key)
{
	struct buf	*out = &sc->fold.out;
	bool		 alnum = false;
	size_t		 i;

	/* A word holds no space, so lower case is all its folding. */
	buf_reserve(out, n);
	for (i = 0; i < n; i++) {
		alnum = alnum || text_ascii_alnum(s[i]);
		out->p[i] = text_ascii_lower(s[i]);
	}
	if (!alnum)
		return false;
	*key = lexicon_intern(sc->lex, out->p, n);
	return true;
}

/*
 * The key of any other segment.  Folding costs a microsecond or so, so
 * each distinct spelling is folded once and its key remembered by the
 * spelling's id in sc->raw.
 */
static bool
text_key_other(struct scan *sc, const char *s, size_t n, uint32_t *key)
{
	uint32_t	rid, k = TEXT_NOT_WORD;

	rid = lexicon_intern(sc->raw, s, n);
	if (rid < sc->nraw) {
		*key = sc->rawkey[rid];
		return *key != TEXT_NOT_WORD;
	}
	if (text_has_alnum(s, n)) {
		text_fold_into(&sc->fold, s, n);
		if (sc->fold.out.len > 0)
			k = lexicon_intern(sc->lex, sc->fold.out.p,
			    sc->fold.out.len);
	}
	xgrow(&sc->rawkey, &sc->rawcap, rid + 1, sizeof(*sc->rawkey));
	sc->rawkey[rid] = k;
	sc->nraw = rid + 1;
	*key = k;
	return k != TEXT_NOT_WORD;
}

/* Is s[0..n) one or more hidden characters and nothing else? */
static bool
text_only_hidden(const char *s, size_t n)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n;
	ucs4_t		 uc;

	if (n == 0)
		return false;
	while (p < end) {
		if (*p < 0x80)
			return false;
		p += u8_mbtouc(&uc, p, end - p);
		if (!text_is_hidden(uc))
			return false;
	}
	return true;
}

/* Append s[0..n) to b, hidden characters left out. */
static void
buf_add_shown(struct buf *b, const char *s, size_t n)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n;
	ucs4_t		 uc;
	int		 k;

	buf_reserve(b, n);
	for (; p < end; p += k) {
		if (*p < 0x80) {
			b->p[b->len++] = (char)*p;
			k = 1;
			continue;
		}
		k = u8_mbtouc(&uc, p, end - p);
		if (!text_is_hidden(uc)) {
			memcpy(b->p + b->len, p, k);
			b->len += k;
		}
	}
}

/*
 * Does the word segment at off (n bytes) join the word w before it?
 * Only hidden characters must lie between them, and u8_wordbreaks()
 * must find no break at the junction once they are left out; it sees
 * the last TEXT_JOIN_CTX bytes of w and the first of the segment.
 */
static bool
text_joins(struct scan *sc, size_t off, size_t n)
{
	const char	*t = sc->text;
	struct buf	*b = &sc->join;
	size_t		 woff = sc->lastoff, end = woff + sc->lastlen;
	size_t		 from, to, at;

	if (!text_only_hidden(t + end, off - end))
		return false;
	from = end - woff > TEXT_JOIN_CTX ? end - TEXT_JOIN_CTX : woff;
	while (from > woff && ((unsigned char)t[from] & 0xC0) == 0x80)
		from--;
	to = n > TEXT_JOIN_CTX ? off + TEXT_JOIN_CTX : off + n;
	while (to < off + n && ((unsigned char)t[to] & 0xC0) == 0x80)
		to++;
	b->len = 0;
	buf_add_shown(b, t + from, end - from);
	if ((at = b->len) == 0)
		return false;
	buf_add_shown(b, t + off, to - off);
	if (b->len == at)
		return false;
	xgrow(&sc->joinbrk, &sc->joinbrkcap, b->len, 1);
	u8_wordbreaks((const uint8_t *)b->p, b->len, sc->joinbrk);
	return !sc->joinbrk[at];
}

/* Give the last word, if it was joined, the key of its whole span. */
static void
text_join_key(struct scan *sc)
{
	uint32_t	 key;

	if (!sc->joined)
		return;
	sc->joined = false;
	/* A joined word holds a hidden character: never ASCII. */
	if (text_key_other(sc, sc->text + sc->lastoff, sc->lastlen, &key))
		sc->d->words[sc->d->nwords - 1].key = key;
}

/*
 * The segment text[off, off + n) of u8_wordbreaks(): a word, the end
 * of the word before (joined across hidden characters), or no word.
 */
static void
text_segment(struct scan *sc, size_t off, size_t n)
{
	const char	*s = sc->text + off;
	uint32_t	 key;

	/* Spaces and punctuation, the commonest one-byte segments. */
	if (n == 1 && !text_ascii_alnum(*s))
		return;
	if (!(text_is_ascii(s, n) ? text_key_ascii(sc, s, n, &key) :
	    text_key_other(sc, s, n, &key)))
		return;
	if (sc->d->nwords > 0 && text_joins(sc, off, n)) {
		/* The key comes once the word is complete. */
		sc->lastlen = off + n - sc->lastoff;
		sc->joined = true;
		doc_words_grow(&sc->wb, sc->lastlen);
		return;
	}
	text_join_key(sc);
	doc_words_add(&sc->wb, off, n, key);
	sc->lastoff = off;
	sc->lastlen = n;
}

/*
 * Where to end the chunk starting at pos: after a line feed, or between
 * an ASCII blank and a following ASCII character other than a space,
 * where UAX #29 always breaks, about TEXT_CHUNK bytes on; else at len.
 */
static size_t
text_cut(const char *text, size_t pos, size_t len)
{
	unsigned char	prev, next;
	size_t		i;

	if (len - pos <= TEXT_CHUNK)
		return len;
	for (i = pos + TEXT_CHUNK; i < len; i++) {
		prev = text[i - 1];
		next = text[i];
		if (prev == '\n')
			return i;
		if ((prev == ' ' || prev == '\t') && next < 0x80 &&
		    next != ' ')
			return i;
	}
	return len;
}

/* Word break properties (UAX #29) of ASCII characters. */
enum text_wb {
	WB_OTHER, WB_CR, WB_LF, WB_NEWLINE, WB_ALETTER, WB_NUMERIC,
	WB_MIDLETTER, WB_MIDNUMLET, WB_MIDNUM, WB_EXTENDNUMLET, WB_SPACE
};

/* The property of each ASCII character; WB_OTHER is 0. */
#define L	WB_ALETTER
#define N	WB_NUMERIC
static const unsigned char text_wb_table[128] = {
	['A'] = L, ['B'] = L, ['C'] = L, ['D'] = L, ['E'] = L, ['F'] = L,
	['G'] = L, ['H'] = L, ['I'] = L, ['J'] = L, ['K'] = L, ['L'] = L,
	['M'] = L, ['N'] = L, ['O'] = L, ['P'] = L, ['Q'] = L, ['R'] = L,
	['S'] = L, ['T'] = L, ['U'] = L, ['V'] = L, ['W'] = L, ['X'] = L,
	['Y'] = L, ['Z'] = L, ['a'] = L, ['b'] = L, ['c'] = L, ['d'] = L,
	['e'] = L, ['f'] = L, ['g'] = L, ['h'] = L, ['i'] = L, ['j'] = L,
	['k'] = L, ['l'] = L, ['m'] = L, ['n'] = L, ['o'] = L, ['p'] = L,
	['q'] = L, ['r'] = L, ['s'] = L, ['t'] = L, ['u'] = L, ['v'] = L,
	['w'] = L, ['x'] = L, ['y'] = L, ['z'] = L,
	['0'] = N, ['1'] = N, ['2'] = N, ['3'] = N, ['4'] = N,
	['5'] = N, ['6'] = N, ['7'] = N, ['8'] = N, ['9'] = N,
	['\r'] = WB_CR, ['\n'] = WB_LF, ['\v'] = WB_NEWLINE,
	['\f'] = WB_NEWLINE, [':'] = WB_MIDLETTER,
	['.'] = WB_MIDNUMLET, ['\''] = WB_MIDNUMLET,	/* Single_Quote */
	[','] = WB_MIDNUM, [';'] = WB_MIDNUM, ['_'] = WB_EXTENDNUMLET,
	[' '] = WB_SPACE
};
#undef L
#undef N

static enum text_wb
text_wb(unsigned char c)
{
	return (enum text_wb)text_wb_table[c & 0x7f];
}

/*
 * Is there a word break between ASCII characters of properties a and
 * b, aa before a and bb after b (WB_OTHER at an end)?  The rules of
 * UAX #29 that ASCII can meet, in their order, save that letters and
 * digits, which no rule before WB5 concerns, are decided first.
 */
static bool
text_wb_ascii(enum text_wb aa, enum text_wb a, enum text_wb b,
    enum text_wb bb)
{
	bool	al = a == WB_ALETTER, num = a == WB_NUMERIC;

	if ((al || num) && (b == WB_ALETTER || b == WB_NUMERIC))
		return false;			/* WB5, WB8, WB9, WB10 */
	if (a == WB_CR && b == WB_LF)
		return false;				/* WB3 */
	if (a == WB_CR || a == WB_LF || a == WB_NEWLINE ||
	    b == WB_CR || b == WB_LF || b == WB_NEWLINE)
		return true;				/* WB3a, WB3b */
	if (a == WB_SPACE && b == WB_SPACE)
		return false;				/* WB3d */
	if (al && (b == WB_MIDLETTER || b == WB_MIDNUMLET) &&
	    bb == WB_ALETTER)
		return false;				/* WB6 */
	if (aa == WB_ALETTER && (a == WB_MIDLETTER || a == WB_MIDNUMLET) &&
	    b == WB_ALETTER)
		return false;				/* WB7 */
	if (aa == WB_NUMERIC && (a == WB_MIDNUM || a == WB_MIDNUMLET) &&
	    b == WB_NUMERIC)
		return false;				/* WB11 */
	if (num && (b == WB_MIDNUM || b == WB_MIDNUMLET) && bb == WB_NUMERIC)
		return false;				/* WB12 */
	if ((al || num || a == WB_EXTENDNUMLET) && b == WB_EXTENDNUMLET)
		return false;				/* WB13a */
	if (a == WB_EXTENDNUMLET && (b == WB_ALETTER || b == WB_NUMERIC))
		return false;				/* WB13b */
	return true;					/* WB999 */
}

/* u8_wordbreaks() of ASCII s[0..n), or of any s if ascii is false. */
static void
text_breaks_run(const char *s, size_t n, bool ascii, char *brk)
{
	enum text_wb	aa, a, b, bb;
	size_t		i;

	if (!ascii) {
		u8_wordbreaks((const uint8_t *)s, n, brk);
		return;
	}
	brk[0] = 0;
	/* Each character's property once, in a window of four. */
	aa = WB_OTHER;
	a = text_wb(s[0]);
	b = n > 1 ? text_wb(s[1]) : WB_OTHER;
	for (i = 1; i < n; i++) {
		bb = i + 1 < n ? text_wb(s[i + 1]) : WB_OTHER;
		brk[i] = text_wb_ascii(aa, a, b, bb);
		aa = a;
		a = b;
		b = bb;
	}
}

/*
 * u8_wordbreaks() of s[0..n), its ASCII runs worked out here.  The
 * text is cut where UAX #29 always breaks and its rules see nothing
 * across (after a line feed; between an ASCII blank and an ASCII
 * character other than a space: text_cut()'s points); the pieces, put
 * together in runs all ASCII or not, go to text_breaks_run(), and each
 * run's start is a break.
 */
void
text_wordbreaks(const char *s, size_t n, char *brk)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i, run = 0, piece = 0;
	bool			 ascii = true, pascii = true;

	for (i = 0; i <= n; i++) {
		if (i > piece && (i == n || p[i - 1] == '\n' ||
		    ((p[i - 1] == ' ' || p[i - 1] == '\t') && p[i] < 0x80 &&
		    p[i] != ' '))) {
			/* A piece [piece, i) ends: a run ends before it if
			 * it is not of the run's kind. */
			if (piece > run && pascii != ascii) {
				text_breaks_run(s + run, piece - run, ascii,
				    brk + run);
				brk[run] = run > 0;
				run = piece;
			}
			ascii = pascii;
			piece = i;
			pascii = true;
		}
		if (i < n && p[i] >= 0x80)
			pascii = false;
	}
	if (n > run) {
		text_breaks_run(s + run, n - run, ascii, brk + run);
		brk[run] = run > 0;
	}
}

static void
text_chunk(struct scan *sc, size_t pos, size_t end)
{
	size_t	n = end - pos, start, i;

	xgrow(&sc->brk, &sc->brkcap, n, 1);
	text_wordbreaks(sc->text + pos, n, sc->brk);
	for (start = 0, i = 1; i <= n; i++) {
		if (i < n && !sc->brk[i])
			continue;
		text_segment(sc, pos + start, i - start);
		start = i;
	}
}

size_t
text_words(struct lexicon *lex, const char *text, size_t len,
    struct doc *d)
{
	struct scan	sc;
	size_t		pos, end;

	memset(&sc, 0, sizeof(sc));
	sc.lex = lex;
	sc.text = text;
	sc.d = d;
	doc_words_begin(&sc.wb, d);
	sc.raw = lexicon_new();
	for (pos = 0; pos < len; pos = end) {
		end = text_cut(text, pos, len);
		text_chunk(&sc, pos, end);
	}
	text_join_key(&sc);
	lexicon_free(sc.raw);
	free(sc.rawkey);
	free(sc.brk);
	free(sc.joinbrk);
	buf_free(&sc.join);
	text_fold_free(&sc.fold);
	doc_words_end(&sc.wb);
	return d->nwords;
}

size_t
text_nchars(const char *s, size_t n)
{
	size_t	i, count = 0;

	/* Valid UTF-8: every byte but a continuation byte starts one. */
	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			count++;
	return count;
}

bool
text_is_hidden(uint32_t uc)
{
	if (uc < 0x80)
		return false;
	return uc_is_property_bidi_control(uc) ||
	    uc_is_property_default_ignorable_code_point(uc) ||
	    uc_is_general_category(uc, UC_CATEGORY_Cf);
}

/*
 * Inside an emoji sequence a variation selector right after a
 * pictograph or on the digit, # or * of a keycap (1 U+FE0F U+20E3), or
 * a zero-width joiner between two pictographs (one of them maybe with
 * a skin tone), is part of what the reader sees (display.c draws them
 * as one glyph), not something hidden.  A selector anywhere else, after
 * a letter say, is drawn as <U+FE0F> and counts as hidden.  emoji: the
 * text so far ends in a pictograph and Extend characters.
 */
static bool
text_visible_in_emoji(ucs4_t prev, ucs4_t uc, bool emoji,
    const uint8_t *rest, const uint8_t *end)
{
	ucs4_t	next = 0;

	if (rest < end && u8_mbtoucr(&next, rest, end - rest) <= 0)
		next = 0;
	if (uc == 0xFE0E || uc == 0xFE0F)
		return uc_is_property_extended_pictographic(prev) ||
		    (text_is_keycap_base(prev) && next == 0x20E3);
	return uc == 0x200D && emoji &&
	    uc_is_property_extended_pictographic(next) &&
	    !uc_is_general_category(next, UC_CATEGORY_Cn);
}

bool
text_is_keycap_base(uint32_t uc)
{
	return (uc >= '0' && uc <= '9') || uc == '#' || uc == '*';
}

/*
 * The hidden characters of s[0..n), up to max of them; *first gets the
 * byte offset of the first one (n if none).
 */
static size_t
text_scan_hidden(const char *s, size_t n, size_t max, size_t *first)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n, *at;
	ucs4_t		 uc, prev = 0;
	size_t		 count = 0;
	bool		 emoji = false;	/* ends in ExtPict Extend* */

	*first = n;
	while (p < end && count < max) {
		if (*p < 0x80) {
			prev = *p++;
			emoji = false;
			continue;
		}
		at = p;
		p += u8_mbtouc(&uc, p, end - p);
		if (!text_visible_in_emoji(prev, uc, emoji, p, end) &&
		    text_is_hidden(uc) && count++ == 0)
			*first = (size_t)(at - (const uint8_t *)s);
		emoji = uc_is_property_extended_pictographic(uc) ||
		    (emoji && uc_graphemeclusterbreak_property(uc) ==
		    GBP_EXTEND);
		prev = uc;
	}
	return count;
}

size_t
text_count_hidden(const char *s, size_t n)
{
	size_t	first;

	return text_scan_hidden(s, n, SIZE_MAX, &first);
}

size_t
text_first_hidden(const char *s, size_t n)
{
	size_t	first;

	text_scan_hidden(s, n, 1, &first);
	return first;
}
