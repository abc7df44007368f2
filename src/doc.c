/*
 * doc.c — parse a loaded document into its structure.
 *
 * The text is copied from the web in layouts nobody can list, so every
 * rule is a bounded test on one line or one paragraph, and each pass is
 * linear in the size of the document:
 *
 *  1. lines: front matter, blank lines, site chrome, the metadata
 *     trailer (found backwards from the end), and text;
 *  2. paragraphs: one per text line, or, when the document looks
 *     hard-wrapped, wrapped lines joined into one;
 *  3. the header: title or headline, date and time lines; in a report
 *     the standfirst and the dateline;
 *  4. proposals (statements): the longest run of paragraphs numbered
 *     1, 2, 3 ... in one style;
 *  5. front matter overrides whatever the heuristics found.
 *
 * Recognisers work on ASCII bytes (ascii.h) and treat any other byte as
 * a letter; the words they look for (ordinals, labels, chrome) are rows
 * of the tables in lang.c, in every language there, and this file never
 * calls libunistring.  Dates, times and datelines are recognised in
 * datetime.c.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "datetime.h"
#include "doc.h"
#include "lang.h"
#include "load.h"
#include "fatal.h"
#include "text.h"
#include "xmalloc.h"

#define KEY_MAX		48	/* bytes in a "Key:" of a key-value line */
#define CHROME_MAX	LANG_WORD_MAX	/* bytes in a chrome or label line */
#define LONG_LINE	100	/* chars: a longer line is not hard-wrapped */
#define WRAP_MIN	30	/* chars: narrower text is not prose */
#define TITLE_MAX	300	/* chars in a title or headline */
#define STANDFIRST_MAX	400	/* chars in a standfirst */
#define HEADER_MAX	8	/* paragraphs searched for title, date, time */
#define LEAD_MAX	4	/* paragraphs searched for a dateline */
#define VALUE_MAX	120	/* chars in a trailer value line */
#define VALUES_MAX	20	/* value lines under one trailer label */
#define META_MAX	256	/* metadata keys kept */

/* What a line is, before paragraphs are made. */
enum lclass { L_TEXT, L_BLANK, L_FRONT, L_CHROME, L_META };

#define LF_START	0x01	/* always starts a paragraph */
#define LF_END		0x02	/* always ends its paragraph */
#define LF_LOWER	0x04	/* starts with a lower-case letter */
#define LF_MID		0x08	/* ends inside a sentence */

struct lineinfo {
	uint32_t	nch;		/* characters, trimmed */
	uint8_t		cls;		/* enum lclass */
	uint8_t		flags;		/* LF_* */
};

/* Proposal numbering styles; a list keeps to one.  "First." "1." "1)"
 * "(1)" "Point 1." "一、" "第一，" "（一）". */
enum mark { MARK_NONE, MARK_WORD, MARK_DOT, MARK_PAREN, MARK_BOTH,
	MARK_POINT, MARK_CJK, MARK_CJK_DI, MARK_CJK_PAREN, MARK_NSTYLES,
	MARK_LETTER, MARK_ROMAN };	/* lettered points: letters_find */

#define NUMERAL_DIGITS	3	/* "130." is a proposal, "2020." is not */
#define SUB_ROMAN_MAX	4	/* letters of a roman sub-point, "(viii)" */

/* Label kinds of a trailer line. */
enum label { LABEL_NONE, LABEL_BARE, LABEL_ENTRY };

struct parse {
	struct doc	*d;
	struct lineinfo	*li;
	size_t		 first;		/* first line after front matter */
	size_t		 parcap;
	size_t		 propcap;
	size_t		 metacap;
	size_t		 nfront;	/* meta entries from front matter */
	uint32_t	 wrapw;		/* widest line of the wrap, chars */
	bool		 hardwrap;
};

/* Front-matter keys that set a field of struct doc. */
static const char *const field_keys[] = {
	"title", "date", "time", "headline", "standfirst", "outlet", "city",
	"dateline", NULL
};

/* Narrow [*b, *e) of t to leave out white space at either end. */
static void
trim(const char *t, size_t *b, size_t *e)
{
	*b = ascii_skip_space(t, *e, *b);
	while (*e > *b) {
		if (t[*e - 1] == ' ' || (t[*e - 1] >= '\t' && t[*e - 1] <= '\r'))
			(*e)--;
		else if (*e - *b >= 2 && (unsigned char)t[*e - 2] == 0xc2 &&
		    (unsigned char)t[*e - 1] == 0xa0)
			*e -= 2;
		else
			break;
	}
}

/* Replace *field with a copy of s[0..n). */
static void
set_field(char **field, const char *s, size_t n)
{
	free(*field);
	*field = xstrndup(s, n);
}

/* A copy of a span with each line break (and the blanks around it) made
 * one space: a paragraph joined from wrapped lines as one string. */
static char *
span_flat(const struct doc *d, struct span sp)
{
	const char	*s = d->text + sp.off, *end = s + sp.len;
	char		*out, *o;

	out = o = xmalloc(sp.len + 1);
	while (s < end) {
		if (*s != '\n') {
			*o++ = *s++;
			continue;
		}
		while (o > out && (o[-1] == ' ' || o[-1] == '\t'))
			o--;
		while (s < end && (*s == '\n' || *s == ' ' || *s == '\t'))
			s++;
		*o++ = ' ';
	}
	*o = '\0';
	return out;
}

/* Characters in a span, or more than max when it is longer in bytes. */
static size_t
span_nchars(const struct doc *d, struct span sp, size_t max)
{
	if (sp.len > 4 * max)
		return max + 1;
	return text_nchars(d->text + sp.off, sp.len);
}

/*
 * Numbered paragraphs.
 */

/* The value of an ordinal or numeral label ("third", "Во-вторых"), or
 * 0. */
static int
ordinal_value(const char *s, size_t n)
{
	const struct lang_row	*r = lang_find(lang_ordinals, s, n);

	return r != NULL ? r->value : 0;
}

/* One to NUMERAL_DIGITS digits at s[i..n) worth 1 or more: their
 * count, or 0. */
static size_t
numeral(const char *s, size_t n, size_t i, int *num)
{
	size_t	 k = ascii_digits(s, n, i, NUMERAL_DIGITS, num);

	return *num > 0 ? k : 0;
}

/* Whether s[i..n) opens with the UTF-8 sequence u. */
static bool
utf8_at(const char *s, size_t n, size_t i, const char *u)
{
	size_t	 k = strlen(u);

	return i <= n && n - i >= k && memcmp(s + i, u, k) == 0;
}

/* Bytes of a label of words at s[0..n), up to the ".", "," or ":" that
 * ends it ("Firstly", "En primer lugar"), or 0. */
static size_t
label_words(const char *s, size_t n)
{
	size_t	 i = 0, w;

	/* Each turn takes a word or a byte, within LANG_WORD_MAX. */
	while (i < n && i < LANG_WORD_MAX) {
		if ((w = lang_letters(s, n, i)) > 0)
			i += w;
		else if ((s[i] == ' ' || s[i] == '-') && i > 0)
			i++;
		else
			break;
	}
	if (i == 0 || i >= n || (s[i] != '.' && s[i] != ',' && s[i] != ':'))
		return 0;
	return i;
}

/* "Point 1", "Пункт 2": the bytes of the label and its number, or 0. */
static size_t
point_parse(const char *s, size_t n, int *num)
{
	size_t	 i = lang_letters(s, n, 0), k;

	if (i == 0 || i >= n || s[i] != ' ' ||
	    lang_find(lang_points, s, i) == NULL)
		return 0;
	i++;
	if ((k = numeral(s, n, i, num)) == 0)
		return 0;
	i += k;
	if (i < n && (s[i] == '.' || s[i] == ':' || s[i] == ')'))
		i++;
	return i;
}

/*
 * Chinese and Japanese numbering, with no space after it: "一、",
 * "第一，" "第一、" "第一条", "（一）" "(一)".  Its style, or MARK_NONE.
 */
static enum mark
cjk_marker(const char *s, size_t n, int *num, size_t *lablen)
{
	size_t	 i = 0, k, c;

	/* Ideographs and CJK punctuation have lead bytes 0xe3 to 0xef. */
	if (s[0] != '(' && ((unsigned char)s[0] < 0xe3 ||
	    (unsigned char)s[0] > 0xef))
		return MARK_NONE;
	if ((c = utf8_at(s, n, 0, "（") ? 3 : s[0] == '(' ? 1 : 0) > 0) {
		if ((k = lang_cjk_number(s, n, c, num)) == 0)
			return MARK_NONE;
		i = c + k;
		if ((c = utf8_at(s, n, i, "）") ? 3 : i < n && s[i] == ')' ?
		    1 : 0) == 0)
			return MARK_NONE;
		*lablen = i + c;
		return MARK_CJK_PAREN;
	}
	if (utf8_at(s, n, 0, "第")) {
		if ((k = lang_cjk_number(s, n, 3, num)) == 0)
			return MARK_NONE;
		i = 3 + k;
		if (utf8_at(s, n, i, "，") || utf8_at(s, n, i, "、") ||
		    utf8_at(s, n, i, "条")) {
			*lablen = i + 3;
			return MARK_CJK_DI;
		}
		return MARK_NONE;
	}
	if ((k = lang_cjk_number(s, n, 0, num)) == 0 || !utf8_at(s, n, k,
	    "、"))
		return MARK_NONE;
	*lablen = k + 3;
	return MARK_CJK;
}

/*
 * The numbering at the start of a paragraph: "First." "Firstly," "One."
 * "1." "1)" "(1)" "Point 1", followed by white space, or a Chinese one
 * (cjk_marker).  Its style, its number in *num and the bytes of the
 * label in *lablen.  "1. September 2020" is a date, not a numbering.
 */
static enum mark
marker_parse(const char *s, size_t n, int *num, size_t *lablen)
{
	enum mark	 m;
	size_t		 i, b;

	if (n > 0 && ascii_ishigh(s[0]) &&
	    (m = cjk_marker(s, n, num, lablen)) != MARK_NONE)
		return m;
	if (n > 0 && s[0] == '(') {
		if ((m = cjk_marker(s, n, num, lablen)) != MARK_NONE)
			return m;
		if ((i = numeral(s, n, 1, num)) == 0 || 1 + i >= n ||
		    s[1 + i] != ')')
			return MARK_NONE;
		i += 2;
		m = MARK_BOTH;
	} else if (n > 0 && ascii_isdigit(s[0])) {
		if ((i = numeral(s, n, 0, num)) == 0 || i >= n)
			return MARK_NONE;
		if (s[i] == '.')
			m = MARK_DOT;
		else if (s[i] == ')')
			m = MARK_PAREN;
		else
			return MARK_NONE;
		i++;
		if (datetime_date(s, n, &b) > i)
			return MARK_NONE;
	} else if ((i = point_parse(s, n, num)) > 0) {
		m = MARK_POINT;
	} else {
		if ((i = label_words(s, n)) == 0 ||
		    (*num = ordinal_value(s, i)) == 0)
			return MARK_NONE;
		i++;
		m = MARK_WORD;
	}
	if (ascii_space_at(s + i, n - i) == 0)
		return MARK_NONE;
	*lablen = i;
	return m;
}

/*
 * Whether a paragraph opens with a sub-point label, "(a)", "b)", "(iv)",
 * "а)" (Cyrillic), followed by white space: the sub-points of the
 * proposal above it.
 */
static bool
sub_marker(const char *s, size_t n)
{
	size_t	 i = 0, k;

	if (n > 0 && s[0] == '(')
		i = 1;
	if (i < n && ascii_islower(s[i])) {
		for (k = i; k < n && k - i < SUB_ROMAN_MAX &&
		    s[k] != '\0' && strchr("ivx", s[k]) != NULL; k++)
			continue;
		i = k > i + 1 ? k : i + 1;
	} else if (n - i >= 2 && (((unsigned char)s[i] == 0xd0 &&
	    (unsigned char)s[i + 1] >= 0xb0) ||
	    ((unsigned char)s[i] == 0xd1 && (unsigned char)s[i + 1] <= 0x8f)))
		i += 2;
	else
		return false;
	if (i >= n || s[i] != ')')
		return false;
	return ascii_space_at(s + i + 1, n - i - 1) > 0;
}

/* The Cyrillic letters of a lettered list, in order (ё й ъ ы ь skipped). */
static const char doc_cyr_letters[] =
    "\xd0\xb0\xd0\xb1\xd0\xb2\xd0\xb3\xd0\xb4\xd0\xb5\xd0\xb6\xd0\xb7"
    "\xd0\xb8\xd0\xba\xd0\xbb\xd0\xbc\xd0\xbd\xd0\xbe\xd0\xbf\xd1\x80"
    "\xd1\x81\xd1\x82\xd1\x83\xd1\x84\xd1\x85\xd1\x86\xd1\x87\xd1\x88"
    "\xd1\x89\xd1\x8d\xd1\x8e\xd1\x8f";

/* The value of a lower-case roman numeral of n letters, or 0. */
static int
roman_value(const char *s, size_t n)
{
	static const char *const romans[] = { "i", "ii", "iii", "iv", "v",
	    "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
	    "xvi", "xvii", "xviii", "xix", "xx", NULL };
	int	 k;

	for (k = 0; romans[k] != NULL; k++)
		if (strlen(romans[k]) == n && memcmp(romans[k], s, n) == 0)
			return k + 1;
	return 0;
}

/*
 * A lettered label, "(a)" "b)" "(iv)" "в)", and white space: *letter is
 * its place in the alphabet (0 for "ii"), *roman its value as a roman
 * numeral (0 for "b"), as either run may be the one a statement uses.
 */
static bool
letter_parse(const char *s, size_t n, int *letter, int *roman,
    size_t *lablen)
{
	const char	*c;
	size_t		 i = 0, k;

	*letter = *roman = 0;
	if (n > 0 && s[0] == '(')
		i = 1;
	for (k = i; k < n && k - i < SUB_ROMAN_MAX && ascii_islower(s[k]);
	    k++)
		continue;
	if (k == i + 1)
		*letter = s[i] - 'a' + 1;
	if (k > i)
		*roman = roman_value(s + i, k - i);
	if (k == i && n - i >= 2)
		/* Bounded by the 28 letters of doc_cyr_letters. */
		for (c = doc_cyr_letters; *c != '\0'; c += 2)
			if (s[i] == c[0] && s[i + 1] == c[1]) {
				*letter = (int)(c - doc_cyr_letters) / 2 + 1;
				k = i + 2;
				break;
			}
	if ((*letter == 0 && *roman == 0) || k >= n || s[k] != ')' ||
	    ascii_space_at(s + k + 1, n - k - 1) == 0)
		return false;
	*lablen = k + 1;
	return true;
}

/* Whether s[0..n) opens with a lower-case letter: a to z, à to ÿ, or
 * Cyrillic а to я and ѐ to џ. */
static bool
lower_start(const char *s, size_t n)
{
	unsigned char	 c, c2;

	if (n == 0)
		return false;
	if (ascii_islower(s[0]))
		return true;
	if (n < 2)
		return false;
	c = s[0];
	c2 = s[1];
	return (c == 0xc3 && c2 >= 0xa0 && c2 != 0xb7) ||
	    (c == 0xd0 && c2 >= 0xb0 && c2 <= 0xbf) ||
	    (c == 0xd1 && c2 >= 0x80 && c2 <= 0x9f);
}

/* Bytes of a list bullet ("- ", "* ", "•") opening a line, or 0. */
static size_t
bullet_len(const char *s, size_t n)
{
	if (n >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ')
		return 1;
	if (n >= 3 && (unsigned char)s[0] == 0xe2 &&
	    (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xa2)
		return 3;
	return 0;
}

/* Whether a line ends inside a sentence: with a letter, digit, comma
 * and the like, not with a full stop, closing quote or ellipsis. */
static bool
ends_mid(const char *s, size_t n)
{
	unsigned char	 c = s[n - 1], c2;

	if (c < 0x80)
		return ascii_isalpha(c) || ascii_isdigit(c) || c == ',' ||
		    c == '-' || c == ';' || c == '(' || c == '/' || c == '&';
	if (n >= 3 && (unsigned char)s[n - 3] == 0xe2 &&
	    (unsigned char)s[n - 2] == 0x80 &&
	    (c == 0x9d || c == 0x99 || c == 0xa6))
		return false;
	c2 = n >= 2 ? (unsigned char)s[n - 2] : 0;
	return !(c2 == 0xc2 && c == 0xbb);
}

/*
 * Key-value lines and metadata labels.
 */

/*
 * Split "Key: value": a key of at most KEY_MAX bytes starting with a
 * letter, then a colon and white space or the end (or a full-width
 * colon, "：", alone).  The key's length in *klen, the value's offset
 * in *voff (n when it is empty).
 */
static bool
key_split(const char *s, size_t n, size_t *klen, size_t *voff)
{
	size_t	 i, colon = 1;
	char	 c;

	if (n == 0 || !(ascii_isalpha(s[0]) || ascii_ishigh(s[0])))
		return false;
	for (i = 1; i < n && i <= KEY_MAX && s[i] != ':'; i++) {
		if (utf8_at(s, n, i, "："))
			break;
		c = s[i];
		if (!(ascii_isalpha(c) || ascii_isdigit(c) || ascii_ishigh(c) ||
		    c == ' ' || c == '-' || c == '_'))
			return false;
	}
	/* A full-width colon needs no space after it. */
	if (utf8_at(s, n, i, "："))
		colon = 3;
	else if (i >= n || s[i] != ':' || (i + 1 < n &&
	    ascii_space_at(s + i + 1, n - i - 1) == 0))
		return false;
	*klen = i;
	while (*klen > 0 && s[*klen - 1] == ' ')
		(*klen)--;
	*voff = ascii_skip_space(s, n, i + colon);
	return true;
}

/* Whether a line is a trailer label ("Topics", "Topics:") or a label
 * with its value ("Publication date: ..."); the key in s[0..*klen) and
 * the value at *voff. */
static enum label
label_parse(const char *s, size_t n, size_t *klen, size_t *voff)
{
	size_t	 k = n;

	if (k > 0 && s[k - 1] == ':')
		k--;
	else if (k >= 3 && utf8_at(s, n, k - 3, "："))
		k -= 3;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k <= CHROME_MAX && lang_find(lang_labels, s, k) != NULL) {
		*klen = k;
		*voff = n;
		return LABEL_BARE;
	}
	if (key_split(s, n, klen, voff) && *voff < n &&
	    lang_find(lang_labels, s, *klen) != NULL)
		return LABEL_ENTRY;
	return LABEL_NONE;
}

/* Whether a whole line is site navigation. */
static bool
is_chrome(const char *s, size_t n)
{
	return n <= CHROME_MAX && lang_find(lang_chrome, s, n) != NULL;
}

/*
 * Lines.
 */

/* The trimmed bytes [*b, *e) of line i (0-based). */
static void
line_span(const struct doc *d, size_t i, size_t *b, size_t *e)
{
	*b = d->lines[i];
	*e = i + 1 < d->nlines ? d->lines[i + 1] - 1 : d->len;
	if (*e > *b && d->text[*e - 1] == '\n')
		(*e)--;
	trim(d->text, b, e);
}

#define DOC_POS_BLOCK	256	/* bytes per entry of d->nchars */

/*
 * Characters before every DOC_POS_BLOCK-th byte, so that doc_position()
 * counts at most one block instead of the whole line: a line of many
 * quotations would otherwise cost its length for every one of them.
 */
static void
doc_position_index(struct doc *d)
{
	size_t	 i, nblocks = d->len / DOC_POS_BLOCK + 1, count = 0;

	d->nchars = xcalloc(nblocks, sizeof(*d->nchars));
	for (i = 1; i < nblocks; i++) {
		count += text_nchars(d->text + (i - 1) * DOC_POS_BLOCK,
		    DOC_POS_BLOCK);
		d->nchars[i] = count;
	}
}

/* Characters in d->text[0..off). */
static size_t
doc_nchars_before(const struct doc *d, size_t off)
{
	size_t	 b = off / DOC_POS_BLOCK;

	return d->nchars[b] + text_nchars(d->text + b * DOC_POS_BLOCK,
	    off - b * DOC_POS_BLOCK);
}

/* Fill d->lines with the offset of each line start. */
static void
lines_index(struct doc *d)
{
	const char	*nl;
	size_t		 cap = 0, off = 0;

	xgrow(&d->lines, &cap, 1, sizeof(*d->lines));
	d->lines[0] = 0;
	d->nlines = 1;
	while ((nl = memchr(d->text + off, '\n', d->len - off)) != NULL) {
		off = nl - d->text + 1;
		if (off == d->len)
			break;
		xgrow(&d->lines, &cap, d->nlines + 1, sizeof(*d->lines));
		d->lines[d->nlines++] = (uint32_t)off;
	}
	doc_position_index(d);
}

/* Sort each line after front matter into blank, chrome or text. */
static void
lines_classify(struct parse *p)
{
	struct doc	*d = p->d;
	size_t		 i, b, e, nch;

	for (i = p->first; i < d->nlines; i++) {
		line_span(d, i, &b, &e);
		nch = text_nchars(d->text + b, e - b);
		p->li[i].nch = nch > UINT32_MAX ? UINT32_MAX : nch;
		if (b == e)
			p->li[i].cls = L_BLANK;
		else if (is_chrome(d->text + b, e - b))
			p->li[i].cls = L_CHROME;
		else
			p->li[i].cls = L_TEXT;
	}
}

/* Flags of one text line, for joining wrapped lines. */
static uint8_t
line_flags(const char *s, size_t n)
{
	struct span	 ds, ts;
	uint8_t		 f = 0;
	size_t		 k, v;
	int		 num;

	if (lower_start(s, n))
		f |= LF_LOWER;
	if (ends_mid(s, n))
		f |= LF_MID;
	if (marker_parse(s, n, &num, &k) != MARK_NONE || bullet_len(s, n) > 0 ||
	    sub_marker(s, n))
		f |= LF_START;
	if (label_parse(s, n, &k, &v) != LABEL_NONE ||
	    datetime_line(s, n, &ds, &ts) || datetime_time_line(s, n))
		f |= LF_START | LF_END;
	return f;
}

static void
lines_flag(struct parse *p)
{
	struct doc	*d = p->d;
	size_t		 i, b, e;

	for (i = p->first; i < d->nlines; i++) {
		if (p->li[i].cls != L_TEXT)
			continue;
		line_span(d, i, &b, &e);
		p->li[i].flags = line_flags(d->text + b, e - b);
	}
}

/*
 * Front matter: a "---" line, "Key: value" lines (and "- item" lines
 * under a key, blank lines, "#" comments), and a closing "---" or "...".
 */

static bool
is_rule(const char *s, size_t n)
{
	size_t	 i;

	if (n == 3 && memcmp(s, "...", 3) == 0)
		return true;
	for (i = 0; i < n && s[i] == '-'; i++)
		continue;
	return n >= 3 && i == n;
}

/* The line after the closing rule of front matter, or 0 if the text
 * does not open with front matter. */
static size_t
front_find(const struct doc *d)
{
	size_t	 i, b, e, k, v;

	for (i = 0; i < d->nlines; i++) {
		line_span(d, i, &b, &e);
		if (b < e)
			break;
	}
	if (i == d->nlines || !is_rule(d->text + b, e - b) ||
	    d->text[b] != '-')
		return 0;
	for (i++; i < d->nlines; i++) {
		line_span(d, i, &b, &e);
		if (is_rule(d->text + b, e - b))
			return i + 1;
		if (b == e || d->text[b] == '#' || bullet_len(d->text + b, e - b) > 0)
			continue;
		if (!key_split(d->text + b, e - b, &k, &v))
			return 0;
	}
	return 0;
}

/*
 * Metadata.
 */

/* The entry for key, made if new; NULL when the values are to be
 * dropped (front matter already set the key, or too many keys). */
static struct meta_entry *
meta_get(struct parse *p, const char *key, size_t klen, bool front)
{
	struct doc		*d = p->d;
	struct meta_entry	*m;
	size_t			 i;

	/* The cap comes first, to bound the search as well. */
	if (d->nmeta >= META_MAX)
		return NULL;
	for (i = 0; i < d->nmeta; i++)
		if (ascii_same(key, klen, d->meta[i].key))
			return i < p->nfront && !front ? NULL : &d->meta[i];
	xgrow(&d->meta, &p->metacap, d->nmeta + 1, sizeof(*d->meta));
	m = &d->meta[d->nmeta++];
	m->key = xstrndup(key, klen);
	m->values = NULL;
	m->nvalues = 0;
	if (front)
		p->nfront = d->nmeta;
	return m;
}

/* Append a value; the array grows at each power of two. */
static void
meta_value(struct meta_entry *m, const char *v, size_t n)
{
	size_t	 k;

	if (m == NULL || n == 0)
		return;
	k = m->nvalues;
	if (k == 0 || (k >= 4 && (k & (k - 1)) == 0))
		m->values = xreallocarray(m->values, k == 0 ? 4 : 2 * k,
		    sizeof(*m->values));
	m->values[m->nvalues++] = xstrndup(v, n);
}

/* Read front matter into meta and mark its lines. */
static void
front_read(struct parse *p)
{
	struct doc		*d = p->d;
	struct meta_entry	*m = NULL;
	const char		*s;
	size_t			 i, b, e, k, v;

	p->first = front_find(d);
	for (i = 0; i < p->first; i++) {
		line_span(d, i, &b, &e);
		s = d->text + b;
		p->li[i].cls = b == e ? L_BLANK : L_FRONT;
		if (b == e || s[0] == '#' || is_rule(s, e - b))
			continue;
		if ((k = bullet_len(s, e - b)) > 0) {
			k = ascii_skip_space(s, e - b, k);
			meta_value(m, s + k, e - b - k);
		} else if (key_split(s, e - b, &k, &v)) {
			m = meta_get(p, s, k, true);
			s += v;
			e -= b + v;
			if (e >= 2 && (s[0] == '"' || s[0] == '\'') &&
			    s[e - 1] == s[0]) {
				s++;
				e -= 2;
			}
			meta_value(m, s, e);
		}
	}
}

/* Whether a line may be a value under a trailer label: short, and not
 * a sentence. */
static bool
trailer_value(const struct lineinfo *li, const char *s, size_t n)
{
	size_t	 i, spaces = 0;

	if (li->nch > VALUE_MAX)
		return false;
	if (s[n - 1] != '.' && s[n - 1] != '!' && s[n - 1] != '?')
		return true;
	for (i = 0; i < n; i++)
		if (s[i] == ' ')
			spaces++;
	return spaces < 3;
}

/*
 * The first line of the metadata trailer: the earliest label of a run
 * of labels, "Label: value" lines and short value lines that ends the
 * document (blank and chrome lines aside).  Returns nlines if none.
 */
static size_t
trailer_start(const struct parse *p)
{
	const struct doc	*d = p->d;
	size_t			 i, b, e, k, v, start = d->nlines, run = 0;

	for (i = d->nlines; i-- > p->first;) {
		if (p->li[i].cls != L_TEXT)
			continue;
		line_span(d, i, &b, &e);
		if (label_parse(d->text + b, e - b, &k, &v) != LABEL_NONE) {
			start = i;
			run = 0;
		} else if (run++ >= VALUES_MAX ||
		    !trailer_value(&p->li[i], d->text + b, e - b))
			break;
	}
	/* A document is never all trailer. */
	for (i = p->first; i < start && p->li[i].cls != L_TEXT; i++)
		continue;
	return i == start ? d->nlines : start;
}

/* Read the trailer into meta and mark its lines. */
static void
trailer_read(struct parse *p)
{
	struct doc		*d = p->d;
	struct meta_entry	*m = NULL;
	const char		*s;
	size_t			 i, b, e, k, v;

	for (i = trailer_start(p); i < d->nlines; i++) {
		if (p->li[i].cls != L_TEXT)
			continue;
		p->li[i].cls = L_META;
		line_span(d, i, &b, &e);
		s = d->text + b;
		switch (label_parse(s, e - b, &k, &v)) {
		case LABEL_BARE:
			m = meta_get(p, s, k, false);
			break;
		case LABEL_ENTRY:
			m = meta_get(p, s, k, false);
			meta_value(m, s + v, e - b - v);
			break;
		case LABEL_NONE:
			meta_value(m, s, e - b);
			break;
		}
	}
}

/*
 * Paragraphs.  Web copy has one paragraph per line.  Hard-wrapped text
 * (a plain-text release) has lines of at most about 80 characters, most
 * of them ending inside a sentence and followed by more of it; there a
 * line continues the paragraph above unless that line was short (the
 * end of a paragraph) or either line is a heading, date, label or the
 * start of a numbered item.
 */

/* Whether line i and the next may belong to one paragraph at all. */
static bool
wrap_joinable(const struct parse *p, size_t i)
{
	return i + 1 < p->d->nlines && p->li[i].cls == L_TEXT &&
	    p->li[i + 1].cls == L_TEXT && !(p->li[i].flags & LF_END) &&
	    !(p->li[i + 1].flags & LF_START);
}

/* Whether line i fills the width of the wrap (it did not end early). */
static bool
wrap_full(const struct parse *p, size_t i)
{
	return (uint64_t)p->li[i].nch * 5 >= (uint64_t)p->wrapw * 3;
}

/* Decide whether the document is hard-wrapped. */
static void
wrap_detect(struct parse *p)
{
	size_t	 i, ntext = 0, nlong = 0, npairs = 0, nmid = 0;
	bool	 text = false, gap = false, blank = false;

	for (i = p->first; i < p->d->nlines; i++) {
		if (p->li[i].cls == L_BLANK && text)
			gap = true;
		if (p->li[i].cls != L_TEXT)
			continue;
		blank |= gap;
		text = true;
		ntext++;
		if (p->li[i].nch > LONG_LINE)
			nlong++;
		else if (p->li[i].nch > p->wrapw)
			p->wrapw = p->li[i].nch;
	}
	if (p->wrapw < WRAP_MIN || nlong * 20 > ntext)
		return;
	for (i = p->first; i < p->d->nlines; i++) {
		if (!wrap_joinable(p, i) || !wrap_full(p, i))
			continue;
		npairs++;
		if (p->li[i].flags & LF_MID)
			nmid++;
	}
	/* Without blank lines between paragraphs, ask for more evidence. */
	p->hardwrap = nmid >= 2 && nmid * 4 >= npairs &&
	    (blank || (nmid >= 3 && nmid * 3 >= ntext));
}

/* Whether line i + 1 continues the paragraph of line i. */
static bool
wrap_joins(const struct parse *p, size_t i)
{
	return p->hardwrap && wrap_joinable(p, i) && (wrap_full(p, i) ||
	    (p->li[i + 1].flags & LF_LOWER));
}

static void
para_add(struct parse *p, size_t first, size_t last, enum para_kind kind)
{
	struct doc	*d = p->d;
	struct para	*pa;
	size_t		 b, e, unused;

	line_span(d, first, &b, &e);
	if (last != first)
		line_span(d, last, &unused, &e);
	xgrow(&d->paras, &p->parcap, d->nparas + 1, sizeof(*d->paras));
	pa = &d->paras[d->nparas++];
	pa->span.off = b;
	pa->span.len = e - b;
	pa->kind = kind;
}

static void
paras_group(struct parse *p)
{
	static const enum para_kind kinds[] = {
		[L_TEXT] = PARA_BODY, [L_FRONT] = PARA_FRONT,
		[L_CHROME] = PARA_CHROME, [L_META] = PARA_META
	};
	size_t	 i, j;

	for (i = 0; i < p->d->nlines; i++) {
		if (p->li[i].cls == L_BLANK)
			continue;
		for (j = i; wrap_joins(p, j); j++)
			continue;
		para_add(p, i, j, kinds[p->li[i].cls]);
		i = j;
	}
}

/*
 * The header: title or headline, date and time lines.
 */

/* Mark a date or time paragraph and take its value if the field is
 * still empty. */
static bool
header_datetime(struct parse *p, struct para *pa)
{
	struct doc	*d = p->d;
	const char	*s = d->text + pa->span.off;
	struct span	 ds, ts;

	if (datetime_line(s, pa->span.len, &ds, &ts) && d->date == NULL) {
		set_field(&d->date, s + ds.off, ds.len);
		if (ts.len > 0 && d->time == NULL)
			set_field(&d->time, s + ts.off, ts.len);
		pa->kind = PARA_DATE;
		return true;
	}
	if (datetime_time_line(s, pa->span.len) && d->time == NULL) {
		set_field(&d->time, s, pa->span.len);
		pa->kind = PARA_TIME;
		return true;
	}
	return false;
}

/* The first value of a front-matter key, or NULL. */
static const char *
front_value(const struct parse *p, const char *key)
{
	size_t	 i;

	for (i = 0; i < p->nfront; i++)
		if (ascii_same(p->d->meta[i].key, strlen(p->d->meta[i].key),
		    key))
			return p->d->meta[i].nvalues > 0 ?
			    p->d->meta[i].values[0] : NULL;
	return NULL;
}

/* Whether s[0..n) has a letter or digit (any non-ASCII byte counts). */
static bool
has_word(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (ascii_isalpha(s[i]) || ascii_isdigit(s[i]) ||
		    ascii_ishigh(s[i]))
			return true;
	return false;
}

/* Whether paragraph pa is a label line ("Contact: ...", "Topics"). */
static bool
para_label(const struct doc *d, const struct para *pa)
{
	size_t	 k, v;

	return label_parse(d->text + pa->span.off, pa->span.len, &k, &v) !=
	    LABEL_NONE;
}

/* Whether a body paragraph follows paragraph i. */
static bool
body_follows(const struct doc *d, size_t i)
{
	for (i++; i < d->nparas; i++)
		if (d->paras[i].kind == PARA_BODY)
			return true;
	return false;
}

/*
 * Make paragraph i, short and not numbered (header_stop), the title
 * (statement) or headline (report) if it has a word in it and is not
 * alone in the document (a report of one paragraph is all body: a note
 * or a wire snippet has no headline, and is named by its file).  When front matter names it, only that text
 * qualifies.
 */
static bool
header_first(struct parse *p, size_t i)
{
	struct doc	*d = p->d;
	struct para	*pa = &d->paras[i];
	const char	*want;
	char		*flat;
	bool		 stmt = d->kind == DOC_STATEMENT;

	if (!has_word(d->text + pa->span.off, pa->span.len) ||
	    !body_follows(d, i))
		return false;
	flat = span_flat(d, pa->span);
	want = front_value(p, stmt ? "title" : "headline");
	if (want != NULL && strcmp(flat, want) != 0) {
		free(flat);
		return false;
	}
	pa->kind = stmt ? PARA_TITLE : PARA_HEADLINE;
	free(stmt ? d->title : d->headline);
	*(stmt ? &d->title : &d->headline) = flat;
	return true;
}

/* Whether paragraph pa ends the header: body text, a numbered item,
 * or a report's dateline. */
static bool
header_stop(const struct doc *d, const struct para *pa)
{
	const char	*s = d->text + pa->span.off;
	struct dateline	 dl;
	size_t		 k;
	int		 num;

	if (pa->kind != PARA_BODY ||
	    span_nchars(d, pa->span, TITLE_MAX) > TITLE_MAX ||
	    marker_parse(s, pa->span.len, &num, &k) != MARK_NONE)
		return true;
	return d->kind == DOC_REPORT && datetime_dateline(s, pa->span.len, &dl);
}

/*
 * Mark the header: the first paragraph is the title or headline if it
 * can be one; date and time lines may come before or after it, among
 * label lines and other short lines (a section name, a byline).  Returns the index of
 * the first paragraph that is none of these.
 */
static size_t
header_scan(struct parse *p)
{
	struct doc	*d = p->d;
	struct para	*pa;
	size_t		 i, from = SIZE_MAX, seen = 0;
	bool		 first = false;

	for (i = 0; i < d->nparas && seen < HEADER_MAX; i++) {
		pa = &d->paras[i];
		if (pa->kind == PARA_FRONT || pa->kind == PARA_CHROME)
			continue;
		if (header_stop(d, pa))
			break;
		seen++;
		if (header_datetime(p, pa) || para_label(d, pa))
			continue;
		if (!first) {
			first = true;
			if (header_first(p, i))
				continue;
		}
		if (from == SIZE_MAX)
			from = i;
	}
	return from == SIZE_MAX ? i : from;
}


/*
 * Report lead: the dateline that opens the first body paragraph, and a
 * standfirst before it.
 */

/* Fill the report's dateline fields from paragraph pa. */
static void
lead_set(struct doc *d, const struct para *pa, const struct dateline *dl)
{
	const char	*s = d->text + pa->span.off;

	d->dateline_span.off = pa->span.off;
	d->dateline_span.len = dl->len;
	free(d->dateline);
	d->dateline = span_flat(d, d->dateline_span);
	set_field(&d->city, s + dl->city.off, dl->city.len);
	if (dl->outlet.len > 0)
		set_field(&d->outlet, s + dl->outlet.off, dl->outlet.len);
	if (dl->date.len > 0 && d->date == NULL)
		set_field(&d->date, s + dl->date.off, dl->date.len);
}

/* Whether paragraph pa can be a standfirst: short, no label, no
 * byline. */
static bool
standfirst_like(const struct doc *d, const struct para *pa)
{
	size_t	 n = span_nchars(d, pa->span, STANDFIRST_MAX);

	if (n > STANDFIRST_MAX || para_label(d, pa))
		return false;
	return n > 60 || pa->span.len < 3 ||
	    memcmp(d->text + pa->span.off, "By ", 3) != 0;
}

/*
 * From paragraph from on, find the dateline among the first body
 * paragraphs; a short paragraph before it is the standfirst.
 */
static void
report_lead(struct parse *p, size_t from)
{
	struct doc	*d = p->d;
	struct para	*pa;
	struct dateline	 dl;
	size_t		 i, k, seen = 0;

	for (i = from; i < d->nparas; i++) {
		pa = &d->paras[i];
		if (pa->kind == PARA_META || seen == LEAD_MAX)
			return;
		if (pa->kind != PARA_BODY)
			continue;
		seen++;
		if (datetime_dateline(d->text + pa->span.off, pa->span.len,
		    &dl))
			break;
	}
	if (i == d->nparas)
		return;
	lead_set(d, &d->paras[i], &dl);
	for (k = from; k < i; k++) {
		pa = &d->paras[k];
		if (pa->kind != PARA_BODY || header_datetime(p, pa))
			continue;
		if (d->standfirst == NULL && standfirst_like(d, pa)) {
			pa->kind = PARA_STANDFIRST;
			d->standfirst = span_flat(d, pa->span);
		}
	}
}

/*
 * Proposals.
 */

/* A run of paragraphs numbered 1, 2, 3 ... in one style. */
struct run {
	size_t		first;		/* paragraph numbered 1 */
	int		count;
	enum mark	style;
};

/* The numbering of body paragraph i, if any. */
static enum mark
para_marker(const struct doc *d, size_t i, int *num, size_t *lablen)
{
	const struct para	*pa = &d->paras[i];

	if (pa->kind != PARA_BODY)
		return MARK_NONE;
	return marker_parse(d->text + pa->span.off, pa->span.len, num,
	    lablen);
}

/* Keep r as the best run if it is longer, or as long but earlier. */
static void
run_close(const struct run *r, struct run *best)
{
	if (r->count > best->count || (r->count == best->count &&
	    r->count > 0 && r->first < best->first))
		*best = *r;
}

static void
proposal_add(struct parse *p, size_t i, int num, size_t lablen)
{
	struct doc	*d = p->d;
	struct para	*pa = &d->paras[i];
	struct proposal	*pr;

	xgrow(&d->props, &p->propcap, d->nprops + 1, sizeof(*d->props));
	pr = &d->props[d->nprops];
	pr->number = num;
	pr->label.off = pa->span.off;
	pr->label.len = lablen;
	pr->span = pa->span;
	pr->line = (uint32_t)doc_line_at(d, pa->span.off);
	d->nprops++;
}

/*
 * Sub-points, "(a)" "(b)" ..., in the paragraphs right after a proposal
 * belong to it: its span grows to hold them, so a quotation of one
 * counts for the proposal.
 */
static void
subpoints_join(struct doc *d)
{
	struct para	*pa;
	struct proposal	*pr = NULL;
	size_t		 i, k = 0;

	/* The proposals are in paragraph order, each at its paragraph. */
	for (i = 0; i < d->nparas; i++) {
		pa = &d->paras[i];
		if (k < d->nprops && d->props[k].label.off == pa->span.off)
			pr = &d->props[k++];
		else if (pr != NULL && pa->kind == PARA_BODY &&
		    sub_marker(d->text + pa->span.off, pa->span.len))
			pr->span.len = pa->span.off + pa->span.len -
			    pr->span.off;
		else
			pr = NULL;
	}
}

/* The lettered label of body paragraph i, if any. */
static bool
para_letter(const struct doc *d, size_t i, int *letter, int *roman,
    size_t *lablen)
{
	const struct para	*pa = &d->paras[i];

	return pa->kind == PARA_BODY && letter_parse(d->text + pa->span.off,
	    pa->span.len, letter, roman, lablen);
}

/* The number of body paragraph i in style m, or 0; its label's bytes. */
static int
para_number(const struct doc *d, size_t i, enum mark m, size_t *lablen)
{
	int	num, v[2];

	if (m == MARK_LETTER || m == MARK_ROMAN) {
		if (!para_letter(d, i, &v[0], &v[1], lablen))
			return 0;
		return v[m == MARK_LETTER ? 0 : 1];
	}
	return para_marker(d, i, &num, lablen) == m ? num : 0;
}

/* Paragraph i numbered num goes on run r, or ends it and starts anew. */
static void
run_feed(struct run *r, struct run *best, size_t i, int num, enum mark m)
{
	if (r->count > 0 && num == r->count + 1) {
		r->count++;
		return;
	}
	run_close(r, best);
	r->count = num == 1;
	r->first = i;
	r->style = m;
}

/* The proposals of run best, if it has two at least, and their points. */
static void
proposals_take(struct parse *p, const struct run *best)
{
	struct doc	*d = p->d;
	size_t		 i, k;
	int		 next = 1;

	if (best->count < 2)
		return;
	for (i = best->first; i < d->nparas && next <= best->count; i++)
		if (para_number(d, i, best->style, &k) == next) {
			proposal_add(p, i, next, k);
			next++;
		}
	subpoints_join(d);
}

/*
 * A statement with no numbered run whose points are lettered, "(a)"
 * "(b)" "(c)", or roman, "(i)" "(ii)": the longest such run, of at least
 * two, numbered 1 up as letters or as roman numerals.  With a numbered
 * run, lettered paragraphs are its sub-points instead.
 */
static void
letters_find(struct parse *p)
{
	struct doc	*d = p->d;
	struct run	 cur[2], best;
	size_t		 i, k;
	int		 v[2];

	memset(cur, 0, sizeof(cur));
	memset(&best, 0, sizeof(best));
	for (i = 0; i < d->nparas; i++) {
		if (!para_letter(d, i, &v[0], &v[1], &k))
			continue;
		if (v[0] > 0)
			run_feed(&cur[0], &best, i, v[0], MARK_LETTER);
		if (v[1] > 0)
			run_feed(&cur[1], &best, i, v[1], MARK_ROMAN);
	}
	run_close(&cur[0], &best);
	run_close(&cur[1], &best);
	proposals_take(p, &best);
}

/*
 * The numbered proposals: the longest run, of at least two, numbered
 * from 1 up by one in one style; other paragraphs may come between.
 * A number out of sequence ends its style's run.
 */
static void
proposals_find(struct parse *p)
{
	struct doc	*d = p->d;
	struct run	 cur[MARK_NSTYLES], best;
	size_t		 i, k;
	int		 num;
	enum mark	 m;

	memset(cur, 0, sizeof(cur));
	memset(&best, 0, sizeof(best));
	for (i = 0; i < d->nparas; i++)
		if ((m = para_marker(d, i, &num, &k)) != MARK_NONE)
			run_feed(&cur[m], &best, i, num, m);
	for (m = MARK_WORD; m < MARK_NSTYLES; m++)
		run_close(&cur[m], &best);
	if (best.count < 2)
		letters_find(p);
	else
		proposals_take(p, &best);
}

/*
 * Front matter last: it overrides every field the heuristics set.
 */
static void
front_apply(struct parse *p)
{
	struct doc		*d = p->d;
	struct meta_entry	*m;
	char			**fields[] = {
		&d->title, &d->date, &d->time, &d->headline, &d->standfirst,
		&d->outlet, &d->city, &d->dateline
	};
	size_t			 i;
	int			 k;

	for (i = 0; i < p->nfront; i++) {
		m = &d->meta[i];
		k = ascii_lookup(field_keys, m->key, strlen(m->key));
		if (k >= 0 && m->nvalues > 0)
			set_field(fields[k], m->values[0],
			    strlen(m->values[0]));
	}
}

/* The values of the metadata entry whose key is row r, or NULL; *n
 * gets their count. */
static char **
meta_find(const struct doc *d, const struct lang_row *r, size_t *n)
{
	size_t	 i;

	/* Bounded by META_MAX entries. */
	for (i = 0; i < d->nmeta; i++)
		if (lang_find(r, d->meta[i].key, strlen(d->meta[i].key)) == r) {
			*n = d->meta[i].nvalues;
			return d->meta[i].values;
		}
	*n = 0;
	return NULL;
}

/* A date or time still missing may come from a metadata value such as
 * "Publication date: September 25, 2020, 13:30". */
static void
date_fallback(struct doc *d)
{
	const struct lang_row	*r;
	struct span		 ds, ts;
	char			**v;
	size_t			 n;

	for (r = lang_date_keys; r->word != NULL; r++) {
		if (d->date != NULL && d->time != NULL)
			return;
		if ((v = meta_find(d, r, &n)) == NULL || n == 0 ||
		    !datetime_line(v[0], strlen(v[0]), &ds, &ts))
			continue;
		if (d->date == NULL)
			set_field(&d->date, v[0] + ds.off, ds.len);
		if (d->time == NULL && ts.len > 0)
			set_field(&d->time, v[0] + ts.off, ts.len);
		return;
	}
}

/* Take the loaded text and what loading learnt about it. */
static void
doc_take(struct doc *d, struct loaded *ld)
{
	d->text = ld->text != NULL ? ld->text : xstrdup("");
	d->len = ld->text != NULL ? ld->len : 0;
	d->ninvalid = ld->ninvalid;
	d->had_bom = ld->had_bom;
	d->had_crlf = ld->had_crlf;
	ld->text = NULL;
	ld->len = 0;
}

void
doc_parse(struct doc *d, const char *path, enum doc_kind kind,
    struct loaded *ld, struct lexicon *lex)
{
	struct parse	 p;
	size_t		 from;

	memset(d, 0, sizeof(*d));
	d->path = xstrdup(path != NULL ? path : "");
	d->kind = kind;
	doc_take(d, ld);
	lines_index(d);
	if (lex != NULL)
		d->nwords = text_words(lex, d->text, d->len, d);
	d->nhidden = text_count_hidden(d->text, d->len);

	memset(&p, 0, sizeof(p));
	p.d = d;
	p.li = xcalloc(d->nlines, sizeof(*p.li));
	front_read(&p);
	lines_classify(&p);
	trailer_read(&p);
	lines_flag(&p);
	wrap_detect(&p);
	paras_group(&p);
	from = header_scan(&p);
	if (kind == DOC_REPORT)
		report_lead(&p, from);
	else
		proposals_find(&p);
	front_apply(&p);
	date_fallback(d);
	d->lang = lang_code(lang_detect(d->text, d->len));
	free(p.li);
}

/*
 * Queries.
 */

size_t
doc_line_at(const struct doc *d, size_t off)
{
	size_t	 lo = 0, hi = d->nlines, mid;

	if (d->nlines == 0)
		return 1;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (d->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo + 1;
}

void
doc_position(const struct doc *d, size_t off, size_t *line, size_t *col)
{
	size_t	 lo;

	if (off > d->len)
		off = d->len;
	if (d->nlines == 0) {
		*line = *col = 1;
		return;
	}
	*line = doc_line_at(d, off);
	lo = *line - 1;
	/* Near the line start, or a doc not made by doc_parse(). */
	if (d->nchars == NULL || off - d->lines[lo] <= DOC_POS_BLOCK)
		*col = text_nchars(d->text + d->lines[lo],
		    off - d->lines[lo]) + 1;
	else
		*col = doc_nchars_before(d, off) -
		    doc_nchars_before(d, d->lines[lo]) + 1;
}

void
doc_position32(const struct doc *d, size_t off, uint32_t *line,
    uint32_t *col)
{
	size_t	l, c;

	/* Both at most the text's length, which fits (load.h). */
	doc_position(d, off, &l, &c);
	*line = (uint32_t)l;
	*col = (uint32_t)c;
}

/* Whether w[0..n) is in list, as written: NULL-terminated, short. */
static bool
abbrev_in(const char *const *list, const char *w, size_t n)
{
	for (; *list != NULL; list++)
		if ((*list)[0] == w[0] && strncmp(*list, w, n) == 0 &&
		    (*list)[n] == '\0')
			return true;
	return false;
}

/*
 * Whether a word and its period are an abbreviation that does not end
 * a sentence: a title before a name ("Mr. Lavrov"), a number's word or
 * a month before a number ("No. 5", "Nov. 3").  Written as here, capital
 * first: "He said no. Then" ends a sentence.
 */
static bool
abbrev_before(const char *w, size_t n, char next)
{
	static const char *const titles[] = { "Mr", "Mrs", "Ms", "Dr",
	    "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt",
	    "Adm", "Rev", "St", "Mt", "Sr", "Sra", "Pres", "Amb", "Hon", NULL };
	static const char *const before_number[] = { "No", "Nos", "Nr",
	    "Art", "Vol", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
	    "Sep", "Sept", "Oct", "Nov", "Dec", NULL };

	if (n > 4)
		return false;	/* longer than any word in the tables */
	if (abbrev_in(titles, w, n))
		return true;
	return next >= '0' && next <= '9' && abbrev_in(before_number, w, n);
}

bool
doc_sentence_end(const struct doc *d, size_t k)
{
	size_t	off = doc_word_off(d, k);

	return doc_sentence_end_at(d, k, off, doc_word_next(d, k, off));
}

bool
doc_sentence_end_at(const struct doc *d, size_t k, size_t off, size_t next)
{
	const char	*t = d->text;
	size_t		 i, len = doc_word_len(d, k);
	bool		 stop = false;

	bool		 period = false;

	for (i = off + len; i < next; i++)
		if (t[i] == '.' || t[i] == '!' || t[i] == '?') {
			stop = true;
			period = t[i] == '.';
		}
	if (!stop || len == 1 || memchr(t + off, '.', len))
		return false;
	if (period && abbrev_before(t + off, len, t[next]))
		return false;
	return !lower_start(t + next, doc_word_len(d, k + 1));
}

/* Index of the last span in an array starting at or before off, or -1;
 * the spans are in order and do not overlap. */
static long
span_search(const void *base, size_t n, size_t size, size_t spanoff,
    size_t off)
{
	const char		*b = base;
	const struct span	*sp;
	size_t			 lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		sp = (const struct span *)(b + mid * size + spanoff);
		if (sp->off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return -1;
	sp = (const struct span *)(b + (lo - 1) * size + spanoff);
	return off < sp->off + sp->len ? (long)lo - 1 : -1;
}

long
doc_para_at(const struct doc *d, size_t off)
{
	return span_search(d->paras, d->nparas, sizeof(*d->paras),
	    offsetof(struct para, span), off);
}

size_t
doc_para_line(const struct doc *d, size_t i)
{
	return doc_line_at(d, d->paras[i].span.off);
}

long
doc_para_proposal(const struct doc *d, size_t i)
{
	size_t	 lo = 0, hi = d->nprops, mid, off = d->paras[i].span.off;

	/* A proposal's label starts its paragraph: search the labels. */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (d->props[mid].label.off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < d->nprops && d->props[lo].label.off == off ? (long)lo :
	    -1;
}

int
doc_proposal_at(const struct doc *d, size_t off)
{
	long	 i;

	i = span_search(d->props, d->nprops, sizeof(*d->props),
	    offsetof(struct proposal, span), off);
	return i < 0 ? 0 : d->props[i].number;
}

long
doc_proposal_index(const struct doc *d, int n)
{
	size_t	 i;

	for (i = 0; i < d->nprops; i++)
		if (d->props[i].number == n)
			return (long)i;
	return -1;
}

char **
doc_meta(const struct doc *d, const char *key, size_t *n)
{
	size_t	 i;

	for (i = 0; i < d->nmeta; i++)
		if (ascii_same(key, strlen(key), d->meta[i].key)) {
			if (n != NULL)
				*n = d->meta[i].nvalues;
			return d->meta[i].values;
		}
	if (n != NULL)
		*n = 0;
	return NULL;
}

/* Whether suffix is the English ordinal suffix of v ("st" for 1). */
static bool
ordinal_suffix(int v, const char *s, size_t n)
{
	const char	*want = "th";

	if (v % 100 < 11 || v % 100 > 13) {
		if (v % 10 == 1)
			want = "st";
		else if (v % 10 == 2)
			want = "nd";
		else if (v % 10 == 3)
			want = "rd";
	}
	return ascii_same(s, n, want);
}

int
doc_ordinal(const char *s)
{
	size_t	 b = 0, e = strlen(s), k;
	int	 v;

	trim(s, &b, &e);
	if (b < e && s[b] == '(')
		b++;
	while (e > b && strchr(".,:;)", s[e - 1]) != NULL)
		e--;
	if (b == e)
		return 0;
	if (!ascii_isdigit(s[b]))
		return ordinal_value(s + b, e - b);
	if ((k = ascii_digits(s, e, b, 6, &v)) == 0 || v == 0)
		return 0;
	if (b + k == e || ordinal_suffix(v, s + b + k, e - b - k))
		return v;
	return 0;
}
