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
 * Recognisers work on ASCII bytes and treat any other byte as a letter:
 * month names, labels and chrome are English, and text.c alone calls
 * libunistring.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "load.h"
#include "text.h"
#include "xmalloc.h"

#define KEY_MAX		48	/* bytes in a "Key:" of a key-value line */
#define CHROME_MAX	40	/* bytes in a chrome or label line */
#define DATE_LINE_MAX	80	/* bytes in a date or time line */
#define LONG_LINE	100	/* chars: a longer line is not hard-wrapped */
#define WRAP_MIN	30	/* chars: narrower text is not prose */
#define TITLE_MAX	300	/* chars in a title or headline */
#define STANDFIRST_MAX	400	/* chars in a standfirst */
#define HEADER_MAX	8	/* paragraphs searched for title, date, time */
#define LEAD_MAX	4	/* paragraphs searched for a dateline */
#define VALUE_MAX	120	/* chars in a trailer value line */
#define VALUES_MAX	20	/* value lines under one trailer label */
#define META_MAX	256	/* metadata keys kept */
#define CITY_WORDS	4	/* words in a dateline city */
#define OUTLET_MAX	40	/* bytes in a dateline outlet */
#define QUAL_MAX	20	/* bytes in a dateline qualifier ("Calif.") */

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

/* Proposal numbering styles; a list keeps to one. */
enum mark { MARK_NONE, MARK_WORD, MARK_DOT, MARK_PAREN, MARK_BOTH,
	MARK_NSTYLES };

/* Label kinds of a trailer line. */
enum label { LABEL_NONE, LABEL_BARE, LABEL_ENTRY };

struct dateline {
	size_t		len;		/* bytes of the dateline */
	struct span	city;		/* relative to its paragraph */
	struct span	date;		/* len 0 when absent */
	struct span	outlet;		/* len 0 when absent */
};

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

/* Whole lines that are site navigation or boilerplate, not content. */
static const char *const chrome_words[] = {
	"Events", "Text version", "Print version", "Print", "Print this page",
	"All news", "Latest news", "Related news", "Related", "Related articles",
	"Related stories", "Read more", "Read also", "Read next", "See also",
	"Share", "Share this", "Share this article", "Share on Facebook",
	"Share on Twitter", "Facebook", "Twitter", "Telegram", "WhatsApp",
	"LinkedIn", "Email", "E-mail", "Copy link", "Home", "Main menu", "Menu",
	"Subscribe", "Search", "Back to top", "Go to top", "Advertisement",
	"Advertising", "Skip to content", "Skip to main content", "Photo",
	"Photos", "Video", "Videos", "Listen", "Comments", "Log in", "Sign in",
	"Sign up", "Top stories", "Most read", "Cookie settings", "Show more",
	"For immediate release", "###", "-30-", "- ends -", "-ends-", "Ends",
	NULL
};

/* Labels that open a metadata trailer. */
static const char *const label_words[] = {
	"Geography", "Topics", "Topic", "Persons", "People", "Publication status",
	"Publication date", "Published", "Updated", "Last updated", "Date",
	"Keywords", "Tags", "Location", "Source", "Sources", "Category",
	"Categories", "Author", "Authors", "Subject", "Subjects", "Region",
	"Regions", "Country", "Countries", "Organisations", "Organizations",
	"Themes", "Theme", "Section", "Sections", "Language", "Contact",
	"Contacts", "Media contact", "Press contact", "Document type",
	"Reference", "Series", NULL
};

/* Ordinals one to twenty, in order; "-ly" forms are derived. */
static const char *const ordinal_words[] = {
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
	"fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
	"nineteenth", "twentieth", NULL
};

static const char *const month_words[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", NULL
};

static const char *const month_abbrevs[] = {
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", NULL
};

static const char *const weekday_words[] = {
	"monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed",
	"thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat",
	"sunday", "sun", NULL
};

/* Front-matter keys that set a field of struct doc. */
static const char *const field_keys[] = {
	"title", "date", "time", "headline", "standfirst", "outlet", "city",
	"dateline", NULL
};

/* Metadata keys whose value may give a missing date and time. */
static const char *const date_keys[] = {
	"Publication date", "Date", "Published", "Updated", NULL
};

/* ASCII classes: other bytes are never letters, digits or spaces here. */
static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool
is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static bool
is_alpha(char c)
{
	return is_upper(c) || is_lower(c);
}

static bool
is_high(char c)
{
	return (unsigned char)c >= 0x80;
}

static char
to_lower(char c)
{
	return is_upper(c) ? c - 'A' + 'a' : c;
}

/* Whether s[0..n) is word, ignoring ASCII case. */
static bool
same(const char *s, size_t n, const char *word)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (word[i] == '\0' || to_lower(s[i]) != to_lower(word[i]))
			return false;
	return word[n] == '\0';
}

/* Index of s[0..n) in a NULL-terminated list, ignoring case; or -1. */
static int
lookup(const char *const *list, const char *s, size_t n)
{
	int	 i;

	if (n == 0)
		return -1;
	for (i = 0; list[i] != NULL; i++)
		if (to_lower(s[0]) == to_lower(list[i][0]) && same(s, n, list[i]))
			return i;
	return -1;
}

/* Bytes of white space at s[0..n): ASCII or a no-break space. */
static size_t
space_at(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	if (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r'))
		return 1;
	if (n >= 2 && (unsigned char)s[0] == 0xc2 &&
	    (unsigned char)s[1] == 0xa0)
		return 2;
	return 0;
}

/* The index after the white space at s[i..n). */
static size_t
skip_space(const char *s, size_t n, size_t i)
{
	size_t	 w;

	while (i < n && (w = space_at(s + i, n - i)) > 0)
		i += w;
	return i;
}

/* Narrow [*b, *e) of t to leave out white space at either end. */
static void
trim(const char *t, size_t *b, size_t *e)
{
	*b = skip_space(t, *e, *b);
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

/* Bytes of ASCII letters at s[i..n). */
static size_t
letters(const char *s, size_t n, size_t i)
{
	size_t	 k;

	for (k = i; k < n && is_alpha(s[k]); k++)
		continue;
	return k - i;
}

/*
 * Up to max digits at s[i..n), not followed by another digit: their
 * count (0 if none or too many) and their value in *v.
 */
static size_t
digits(const char *s, size_t n, size_t i, size_t max, int *v)
{
	size_t	 k;

	*v = 0;
	for (k = i; k < n && is_digit(s[k]); k++) {
		if (k - i == max)
			return 0;
		*v = *v * 10 + (s[k] - '0');
	}
	return k - i;
}

/* Bytes of a dash at s[0..n): "-", "--", en dash or em dash; or 0. */
static size_t
dash_at(const char *s, size_t n)
{
	if (n >= 2 && s[0] == '-' && s[1] == '-')
		return 2;
	if (n >= 1 && s[0] == '-')
		return 1;
	if (n >= 3 && (unsigned char)s[0] == 0xe2 &&
	    (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94))
		return 3;
	return 0;
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
 * Dates and times.  Each parser reads from the start of s[0..n) and
 * returns the bytes it recognised, or 0.
 */

/* A month name at s[*i], or an abbreviation and its optional period;
 * advances *i. */
static bool
month_at(const char *s, size_t n, size_t *i)
{
	size_t	 w = letters(s, n, *i);

	if (w == 0)
		return false;
	if (lookup(month_words, s + *i, w) >= 0) {
		*i += w;
		return true;
	}
	if (lookup(month_abbrevs, s + *i, w) < 0)
		return false;
	*i += w;
	if (*i < n && s[*i] == '.')
		(*i)++;
	return true;
}

/* A day of the month at s[*i], 1 to 31, with an optional "st", "nd",
 * "rd" or "th"; advances *i. */
static bool
day_at(const char *s, size_t n, size_t *i)
{
	size_t	 k, w;
	int	 v;

	if ((k = digits(s, n, *i, 2, &v)) == 0 || v < 1 || v > 31)
		return false;
	k += *i;
	w = letters(s, n, k);
	if (w == 2 && (same(s + k, 2, "st") || same(s + k, 2, "nd") ||
	    same(s + k, 2, "rd") || same(s + k, 2, "th")))
		k += 2;
	else if (w > 0)
		return false;
	*i = k;
	return true;
}

/* An optional year after a day or month (", 2020" or " 2020"). */
static void
year_opt(const char *s, size_t n, size_t *i)
{
	size_t	 k = *i;
	int	 v;

	if (k < n && s[k] == ',')
		k++;
	k = skip_space(s, n, k);
	if (k == *i || digits(s, n, k, 4, &v) != 4)
		return;
	if (k + 4 < n && is_alpha(s[k + 4]))
		return;
	*i = k + 4;
}

/* "September 25", "Sept. 25, 2020", "May 5th 2021". */
static size_t
date_month_first(const char *s, size_t n)
{
	size_t	 i = 0, j;

	if (!month_at(s, n, &i))
		return 0;
	if ((j = skip_space(s, n, i)) == i)
		return 0;
	i = j;
	if (!day_at(s, n, &i))
		return 0;
	year_opt(s, n, &i);
	return i;
}

/* "25 September 2020", "1. September", "25th of May 2021", "25 SEP". */
static size_t
date_day_first(const char *s, size_t n)
{
	size_t	 i = 0, j;

	if (!day_at(s, n, &i))
		return 0;
	if (i < n && s[i] == '.')
		i++;
	if ((j = skip_space(s, n, i)) == i)
		return 0;
	i = j;
	if (letters(s, n, i) == 2 && same(s + i, 2, "of")) {
		if ((j = skip_space(s, n, i + 2)) == i + 2)
			return 0;
		i = j;
	}
	if (!month_at(s, n, &i))
		return 0;
	year_opt(s, n, &i);
	return i;
}

/* "2020-09-25", "2020/09/25", "25.09.2020", "09/25/2020", "25.09.20". */
static size_t
date_numeric(const char *s, size_t n)
{
	size_t	 ka, kb, kc, i;
	int	 a, b, c;
	char	 sep;

	if ((ka = digits(s, n, 0, 4, &a)) == 0 || ka == 3 || ka >= n)
		return 0;
	sep = s[ka];
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	i = ka + 1;
	if ((kb = digits(s, n, i, 2, &b)) == 0 || i + kb >= n ||
	    s[i + kb] != sep)
		return 0;
	i += kb + 1;
	kc = digits(s, n, i, 4, &c);
	if (ka == 4) {
		if (kc == 0 || kc > 2 || b < 1 || b > 12 || c < 1 || c > 31)
			return 0;
	} else if ((kc != 2 && kc != 4) || a < 1 || a > 31 || b < 1 ||
	    b > 31 || (a > 12 && b > 12))
		return 0;
	i += kc;
	if (i < n && (is_alpha(s[i]) || is_digit(s[i])))
		return 0;
	return i;
}

/* Bytes of a leading weekday ("Friday, ", "Fri "), or 0. */
static size_t
weekday_skip(const char *s, size_t n)
{
	size_t	 w = letters(s, n, 0), i, j;

	if (w == 0 || lookup(weekday_words, s, w) < 0)
		return 0;
	i = w;
	if (i < n && s[i] == '.')
		i++;
	if (i < n && s[i] == ',')
		i++;
	if ((j = skip_space(s, n, i)) == i)
		return 0;
	return j;
}

/* A date at the start of s, after an optional weekday: its end, and in
 * *start where the date itself begins; 0 if there is none. */
static size_t
date_parse(const char *s, size_t n, size_t *start)
{
	size_t	 b = weekday_skip(s, n), e;

	*start = b;
	if ((e = date_month_first(s + b, n - b)) > 0 ||
	    (e = date_day_first(s + b, n - b)) > 0 ||
	    (e = date_numeric(s + b, n - b)) > 0)
		return b + e;
	return 0;
}

/* Bytes of "am", "pm", "a.m." or "p.m." at s[i..n), or 0. */
static size_t
meridiem(const char *s, size_t n, size_t i)
{
	size_t	 w = letters(s, n, i);

	if (w == 2 && (same(s + i, 2, "am") || same(s + i, 2, "pm")))
		return 2;
	if (i + 3 <= n && (to_lower(s[i]) == 'a' || to_lower(s[i]) == 'p') &&
	    s[i + 1] == '.' && to_lower(s[i + 2]) == 'm') {
		if (i + 3 < n && s[i + 3] == '.')
			return 4;
		if (i + 3 == n || !is_alpha(s[i + 3]))
			return 3;
	}
	return 0;
}

/* Bytes of a time zone at s[i..n): "MSK", "GMT+3", "(UTC+03:00)". */
static size_t
zone(const char *s, size_t n, size_t i)
{
	size_t	 k = i, w;
	int	 v;

	if (k < n && s[k] == '(')
		k++;
	for (w = 0; k + w < n && is_upper(s[k + w]); w++)
		continue;
	if (w < 2 || w > 5)
		return 0;
	k += w;
	if (k < n && (s[k] == '+' || s[k] == '-') &&
	    (w = digits(s, n, k + 1, 2, &v)) > 0) {
		k += 1 + w;
		if (k < n && s[k] == ':' && digits(s, n, k + 1, 2, &v) == 2)
			k += 3;
	}
	if (s[i] == '(') {
		if (k >= n || s[k] != ')')
			return 0;
		k++;
	}
	if (k < n && (is_alpha(s[k]) || is_digit(s[k])))
		return 0;
	return k - i;
}

/* A time at the start of s: "13:30", "1:30 pm", "13:30 MSK", "1 p.m.". */
static size_t
time_parse(const char *s, size_t n)
{
	size_t	 i, k, w;
	int	 h, m;
	bool	 minutes = false;

	if ((i = digits(s, n, 0, 2, &h)) == 0)
		return 0;
	if (i < n && s[i] == ':') {
		if (digits(s, n, i + 1, 2, &m) != 2 || m > 59)
			return 0;
		i += 3;
		minutes = true;
		if (i < n && s[i] == ':' && digits(s, n, i + 1, 2, &m) == 2)
			i += 3;
	}
	k = skip_space(s, n, i);
	if ((w = meridiem(s, n, k)) > 0) {
		if (h < 1 || h > 12)
			return 0;
		i = k + w;
	} else if (!minutes || h > 24)
		return 0;
	if (i < n && is_alpha(s[i]))
		return 0;
	k = skip_space(s, n, i);
	if (k > i && (w = zone(s, n, k)) > 0)
		i = k + w;
	return i;
}

/* The index after separators between a date and a time (", ", " - ",
 * " at ", " | "). */
static size_t
sep_skip(const char *s, size_t n, size_t i)
{
	size_t	 w, j;

	for (;;) {
		j = skip_space(s, n, i);
		if (j < n && (s[j] == ',' || s[j] == '|'))
			j++;
		else if ((w = dash_at(s + j, n - j)) > 0)
			j += w;
		else if (letters(s, n, j) == 2 && same(s + j, 2, "at"))
			j += 2;
		else if (n - j >= 2 && (unsigned char)s[j] == 0xc2 &&
		    (unsigned char)s[j + 1] == 0xb7)
			j += 2;
		if (j == i)
			return i;
		i = j;
	}
}

/*
 * Whether s[0..n) is a date line, with an optional weekday before and a
 * time after: the date (without the weekday) and time spans in *date and
 * *tm (len 0 when there is no time).
 */
static bool
date_line(const char *s, size_t n, struct span *date, struct span *tm)
{
	size_t	 b, e, i, k;

	if (n > DATE_LINE_MAX || (e = date_parse(s, n, &b)) == 0)
		return false;
	date->off = b;
	date->len = e - b;
	tm->off = tm->len = 0;
	if (e == n)
		return true;
	i = sep_skip(s, n, e);
	if (i == e || i >= n || (k = time_parse(s + i, n - i)) != n - i)
		return false;
	tm->off = i;
	tm->len = k;
	return true;
}

/* Whether s[0..n) is a time line. */
static bool
time_line(const char *s, size_t n)
{
	return n <= DATE_LINE_MAX && time_parse(s, n) == n;
}

/*
 * Numbered paragraphs.
 */

/* The value of an ordinal word ("third", "Thirdly"), or 0. */
static int
ordinal_value(const char *s, size_t n)
{
	int	 i;

	if ((i = lookup(ordinal_words, s, n)) >= 0)
		return i + 1;
	if (n > 2 && same(s + n - 2, 2, "ly") &&
	    (i = lookup(ordinal_words, s, n - 2)) >= 0)
		return i + 1;
	return 0;
}

/* One or two digits at s[i..n) worth 1 to 99: their count, or 0. */
static size_t
numeral(const char *s, size_t n, size_t i, int *num)
{
	size_t	 k = digits(s, n, i, 2, num);

	return *num > 0 ? k : 0;
}

/*
 * The numbering at the start of a paragraph: "First." "Firstly," "1."
 * "1)" "(1)", followed by white space.  Its style, its number in *num
 * and the bytes of the label in *lablen.  "1. September 2020" is a
 * date, not a numbering.
 */
static enum mark
marker_parse(const char *s, size_t n, int *num, size_t *lablen)
{
	enum mark	 m;
	size_t		 i, b;

	if (n > 0 && s[0] == '(') {
		if ((i = numeral(s, n, 1, num)) == 0 || 1 + i >= n ||
		    s[1 + i] != ')')
			return MARK_NONE;
		i += 2;
		m = MARK_BOTH;
	} else if (n > 0 && is_digit(s[0])) {
		if ((i = numeral(s, n, 0, num)) == 0 || i >= n)
			return MARK_NONE;
		if (s[i] == '.')
			m = MARK_DOT;
		else if (s[i] == ')')
			m = MARK_PAREN;
		else
			return MARK_NONE;
		i++;
		if (date_parse(s, n, &b) > i)
			return MARK_NONE;
	} else {
		i = letters(s, n, 0);
		if ((*num = ordinal_value(s, i)) == 0 || i >= n ||
		    (s[i] != '.' && s[i] != ',' && s[i] != ':'))
			return MARK_NONE;
		i++;
		m = MARK_WORD;
	}
	if (space_at(s + i, n - i) == 0)
		return MARK_NONE;
	*lablen = i;
	return m;
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
		return is_alpha(c) || is_digit(c) || c == ',' || c == '-' ||
		    c == ';' || c == '(' || c == '/' || c == '&';
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
 * letter, then a colon and white space or the end.  The key's length
 * in *klen, the value's offset in *voff (n when it is empty).
 */
static bool
key_split(const char *s, size_t n, size_t *klen, size_t *voff)
{
	size_t	 i;
	char	 c;

	if (n == 0 || !(is_alpha(s[0]) || is_high(s[0])))
		return false;
	for (i = 1; i < n && i <= KEY_MAX && s[i] != ':'; i++) {
		c = s[i];
		if (!(is_alpha(c) || is_digit(c) || is_high(c) || c == ' ' ||
		    c == '-' || c == '_'))
			return false;
	}
	if (i >= n || s[i] != ':' || (i + 1 < n && space_at(s + i + 1,
	    n - i - 1) == 0))
		return false;
	*klen = i;
	while (*klen > 0 && s[*klen - 1] == ' ')
		(*klen)--;
	*voff = skip_space(s, n, i + 1);
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
	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k <= CHROME_MAX && lookup(label_words, s, k) >= 0) {
		*klen = k;
		*voff = n;
		return LABEL_BARE;
	}
	if (key_split(s, n, klen, voff) && *voff < n &&
	    lookup(label_words, s, *klen) >= 0)
		return LABEL_ENTRY;
	return LABEL_NONE;
}

/* Whether a whole line is site navigation. */
static bool
is_chrome(const char *s, size_t n)
{
	return n <= CHROME_MAX && lookup(chrome_words, s, n) >= 0;
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
		d->lines[d->nlines++] = off;
	}
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

	if (is_lower(s[0]))
		f |= LF_LOWER;
	if (ends_mid(s, n))
		f |= LF_MID;
	if (marker_parse(s, n, &num, &k) != MARK_NONE || bullet_len(s, n) > 0)
		f |= LF_START;
	if (label_parse(s, n, &k, &v) != LABEL_NONE ||
	    date_line(s, n, &ds, &ts) || time_line(s, n))
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
		if (same(key, klen, d->meta[i].key))
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
			k = skip_space(s, e - b, k);
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
	pa->line = first + 1;
	pa->kind = kind;
	pa->proposal = -1;
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

	if (date_line(s, pa->span.len, &ds, &ts) && d->date == NULL) {
		set_field(&d->date, s + ds.off, ds.len);
		if (ts.len > 0 && d->time == NULL)
			set_field(&d->time, s + ts.off, ts.len);
		pa->kind = PARA_DATE;
		return true;
	}
	if (time_line(s, pa->span.len) && d->time == NULL) {
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
		if (same(p->d->meta[i].key, strlen(p->d->meta[i].key), key))
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
		if (is_alpha(s[i]) || is_digit(s[i]) || is_high(s[i]))
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

static bool dateline_parse(const char *, size_t, struct dateline *);

/*
 * Make paragraph i, short and not numbered (header_stop), the title
 * (statement) or headline (report) if it has a word in it and is not
 * alone in the document.  When front matter names it, only that text
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
	    (stmt && !body_follows(d, i)))
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
	return d->kind == DOC_REPORT && dateline_parse(s, pa->span.len, &dl);
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
 * Report lead: the dateline that opens the first body paragraph, e.g.
 * "MOSCOW, September 25. /TASS/.", "WASHINGTON, Sept 25 (Reuters) -",
 * "MOSCOW (AP) —", "LONDON, May 3 —"; and a standfirst before it.
 */

/* A city word's byte: letters (any non-ASCII byte counts), . - '. */
static bool
city_byte(char c)
{
	return is_alpha(c) || is_high(c) || c == '.' || c == '-' || c == '\'';
}

/*
 * The city opening a dateline: up to CITY_WORDS words followed by a
 * comma, " (", " /" or a dash.  Its bytes (0 if none); *upper tells if
 * it has no ASCII lower-case letter, *nlet counts its letters.
 */
static size_t
city_parse(const char *s, size_t n, bool *upper, size_t *nlet)
{
	size_t	 i = 0, w, k, words;

	*upper = true;
	*nlet = 0;
	for (words = 0; words < CITY_WORDS; words++) {
		if (dash_at(s + i, n - i) > 0)
			return 0;
		for (w = i; w < n && city_byte(s[w]); w++) {
			if (is_lower(s[w]))
				*upper = false;
			if (is_alpha(s[w]) || is_high(s[w]))
				(*nlet)++;
		}
		if (w == i || w >= n)
			return 0;
		if (s[w] == ',')
			return w;
		if (s[w] != ' ')
			return 0;
		k = skip_space(s, n, w);
		if (k < n && (s[k] == '(' || s[k] == '/' ||
		    dash_at(s + k, n - k) > 0))
			return w;
		i = k;
	}
	return 0;
}

/* The date after "CITY, ", or after a qualifier ("CITY, Calif., "):
 * the index after it, or 0. */
static size_t
dateline_date(const char *s, size_t n, size_t i, struct span *date)
{
	size_t	 k, b, q;

	if ((k = date_parse(s + i, n - i, &b)) == 0 || b != 0) {
		for (q = i; q < n && q - i < QUAL_MAX && s[q] != ','; q++)
			continue;
		if (q >= n || s[q] != ',')
			return 0;
		i = skip_space(s, n, q + 1);
		if ((k = date_parse(s + i, n - i, &b)) == 0 || b != 0)
			return 0;
	}
	date->off = i;
	date->len = k;
	return i + k;
}

/* An outlet after white space at s[i..n): "(Reuters)" or "/TASS/.".
 * Returns the index after it, or i when there is none; *close gets the
 * closing mark, or NUL. */
static size_t
dateline_outlet(const char *s, size_t n, size_t i, struct dateline *dl,
    char *close)
{
	size_t	 k = skip_space(s, n, i), e;

	*close = '\0';
	if (k + 1 >= n || (s[k] != '(' && s[k] != '/') ||
	    !(is_upper(s[k + 1]) || is_high(s[k + 1])))
		return i;
	for (e = k + 1; e < n && e - k <= OUTLET_MAX; e++)
		if (s[e] == (s[k] == '(' ? ')' : '/') || s[e] == '\n')
			break;
	if (e >= n || s[e] != (s[k] == '(' ? ')' : '/'))
		return i;
	*close = s[e];
	dl->outlet.off = k + 1;
	dl->outlet.len = e - k - 1;
	e++;
	if (*close == '/' && e < n && s[e] == '.')
		e++;
	return e;
}

/*
 * A dateline at the start of a paragraph.  Slashes (TASS) need an
 * upper-case city or a date; parentheses (Reuters, AP, AFP) a dash or
 * a date; a bare dateline an upper-case city of three letters or more
 * and a dash, or a date and a full stop.
 */
static bool
dateline_parse(const char *s, size_t n, struct dateline *dl)
{
	size_t	 i, k, w, nlet;
	bool	 upper, ok, dash = false, stop = false;
	char	 close;

	memset(dl, 0, sizeof(*dl));
	if ((i = city_parse(s, n, &upper, &nlet)) == 0)
		return false;
	dl->city.len = i;
	if (s[i] == ',') {
		i = dateline_date(s, n, skip_space(s, n, i + 1), &dl->date);
		if (i == 0)
			return false;
		if (s[i - 1] == '.')
			stop = true;
		else if (i < n && s[i] == '.') {
			i++;
			stop = true;
		}
	}
	i = dateline_outlet(s, n, i, dl, &close);
	k = skip_space(s, n, i);
	if ((w = dash_at(s + k, n - k)) > 0) {
		dash = true;
		i = k + w;
	}
	if (i < n && space_at(s + i, n - i) == 0)
		return false;
	if (close == '/')
		ok = upper || dl->date.len > 0;
	else if (close == ')')
		ok = dash || dl->date.len > 0;
	else
		ok = upper && nlet >= 3 && (dash || (stop && dl->date.len > 0));
	dl->len = i;
	return ok;
}

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
		if (dateline_parse(d->text + pa->span.off, pa->span.len, &dl))
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
	pr->line = pa->line;
	pa->proposal = (int)d->nprops++;
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
	struct run	 cur[MARK_NSTYLES], best, *r;
	size_t		 i, k;
	int		 num, next;
	enum mark	 m;

	memset(cur, 0, sizeof(cur));
	memset(&best, 0, sizeof(best));
	for (i = 0; i < d->nparas; i++) {
		if ((m = para_marker(d, i, &num, &k)) == MARK_NONE)
			continue;
		r = &cur[m];
		if (r->count > 0 && num == r->count + 1) {
			r->count++;
			continue;
		}
		run_close(r, &best);
		r->count = num == 1;
		r->first = i;
		r->style = m;
	}
	for (m = MARK_WORD; m < MARK_NSTYLES; m++)
		run_close(&cur[m], &best);
	if (best.count < 2)
		return;
	next = 1;
	for (i = best.first; i < d->nparas && next <= best.count; i++)
		if (para_marker(d, i, &num, &k) == best.style && num == next) {
			proposal_add(p, i, num, k);
			next++;
		}
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
		k = lookup(field_keys, m->key, strlen(m->key));
		if (k >= 0 && m->nvalues > 0)
			set_field(fields[k], m->values[0],
			    strlen(m->values[0]));
	}
}

/* A date or time still missing may come from a metadata value such as
 * "Publication date: September 25, 2020, 13:30". */
static void
date_fallback(struct doc *d)
{
	struct span	 ds, ts;
	char		**v;
	size_t		 i, n;

	for (i = 0; date_keys[i] != NULL; i++) {
		if (d->date != NULL && d->time != NULL)
			return;
		if ((v = doc_meta(d, date_keys[i], &n)) == NULL || n == 0 ||
		    !date_line(v[0], strlen(v[0]), &ds, &ts))
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
		d->nwords = text_words(lex, d->text, d->len, &d->words);
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
	free(p.li);
}

void
doc_free(struct doc *d)
{
	size_t	 i, k;

	for (i = 0; i < d->nmeta; i++) {
		for (k = 0; k < d->meta[i].nvalues; k++)
			free(d->meta[i].values[k]);
		free(d->meta[i].values);
		free(d->meta[i].key);
	}
	free(d->meta);
	free(d->path);
	free(d->text);
	free(d->lines);
	free(d->words);
	free(d->paras);
	free(d->props);
	free(d->title);
	free(d->date);
	free(d->time);
	free(d->headline);
	free(d->standfirst);
	free(d->outlet);
	free(d->city);
	free(d->dateline);
	memset(d, 0, sizeof(*d));
}

/*
 * Queries.
 */

void
doc_position(const struct doc *d, size_t off, size_t *line, size_t *col)
{
	size_t	 lo = 0, hi = d->nlines, mid;

	if (off > d->len)
		off = d->len;
	if (d->nlines == 0) {
		*line = *col = 1;
		return;
	}
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (d->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	*line = lo + 1;
	*col = text_nchars(d->text + d->lines[lo], off - d->lines[lo]) + 1;
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
		if (same(key, strlen(key), d->meta[i].key)) {
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
	return same(s, n, want);
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
	if (!is_digit(s[b]))
		return ordinal_value(s + b, e - b);
	if ((k = digits(s, e, b, 6, &v)) == 0 || v == 0)
		return 0;
	if (b + k == e || ordinal_suffix(v, s + b + k, e - b - k))
		return v;
	return 0;
}
