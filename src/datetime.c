/*
 * datetime.c — recognise dates, times and news datelines.
 *
 * Dates and times come in many layouts ("Friday, 25 September 2020",
 * "Sept. 25, 2020 at 1:30 p.m.", "2020-09-25 13:30 MSK"), datelines in
 * the few that agencies use ("MOSCOW, September 25. /TASS/.",
 * "WASHINGTON, Sept 25 (Reuters) -", "MOSCOW (AP) —").  Every test is
 * bounded and reads ASCII bytes; any other byte counts as a letter.
 * Month and weekday names, the words around them ("25th of May",
 * "2020 года") and agencies' marks are rows of the tables in lang.c,
 * in every language there; Chinese dates ("2022年2月26日") and Xinhua's
 * datelines ("新华社北京2月26日电") have parsers of their own.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "ascii.h"
#include "datetime.h"
#include "lang.h"

#define CITY_WORDS	4	/* words in a dateline city */
#define OUTLET_MAX	40	/* bytes in a dateline outlet */
#define QUAL_MAX	20	/* bytes in a dateline qualifier ("Calif.") */

#define CJK_CITY_MAX	24	/* bytes of a city in a Chinese dateline */
#define CJK_BYLINE_MAX	60	/* bytes of "（记者 ...）" after it */

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

/*
 * Dates and times.  Each parser reads from the start of s[0..n) and
 * returns the bytes it recognised, or 0.
 */

/* A month name at s[*i], or an abbreviation and its optional period;
 * advances *i. */
static bool
month_at(const char *s, size_t n, size_t *i)
{
	const struct lang_row	*r;
	size_t			 w = lang_letters(s, n, *i);

	if (w == 0 || (r = lang_find(lang_months, s + *i, w)) == NULL)
		return false;
	*i += w;
	if ((r->flags & LANG_ABBR) && *i < n && s[*i] == '.')
		(*i)++;
	return true;
}

/* The index after a word of table rows and the white space after it
 * at s[i..n) ("of ", "de "), or i. */
static size_t
join_skip(const char *s, size_t n, size_t i)
{
	size_t	 w = lang_letters(s, n, i), j;

	if (w == 0 || lang_find(lang_date_joins, s + i, w) == NULL ||
	    (j = ascii_skip_space(s, n, i + w)) == i + w)
		return i;
	return j;
}

/* A day of the month at s[*i], 1 to 31, with an optional "st", "nd",
 * "rd" or "th"; advances *i. */
static bool
day_at(const char *s, size_t n, size_t *i)
{
	size_t	 k, w;
	int	 v;

	if ((k = ascii_digits(s, n, *i, 2, &v)) == 0 || v < 1 || v > 31)
		return false;
	k += *i;
	w = ascii_letters(s, n, k);
	if (w > 0 && lang_find(lang_day_suffixes, s + k, w) != NULL)
		k += w;
	else if (w > 0)
		return false;
	*i = k;
	return true;
}

/* An optional year after a day or month (", 2020", " 2020", " de
 * 2020"), with the word that may follow it (" 2020 года", " 2020 г."). */
static void
year_opt(const char *s, size_t n, size_t *i)
{
	const struct lang_row	*r;
	size_t			 k = *i, w;
	int			 v;

	if (k < n && s[k] == ',')
		k++;
	k = ascii_skip_space(s, n, k);
	if (k == *i)
		return;
	k = join_skip(s, n, k);
	if (ascii_digits(s, n, k, 4, &v) != 4)
		return;
	if (k + 4 < n && ascii_isalpha(s[k + 4]))
		return;
	k += 4;
	*i = k;
	if ((w = ascii_skip_space(s, n, k)) == k)
		return;
	k = w;
	w = lang_letters(s, n, k);
	if (w == 0 || (r = lang_find(lang_year_suffixes, s + k, w)) == NULL)
		return;
	k += w;
	if ((r->flags & LANG_ABBR) && k < n && s[k] == '.')
		k++;
	else if (r->flags & LANG_ABBR)
		return;
	*i = k;
}

/* "September 25", "Sept. 25, 2020", "May 5th 2021". */
static size_t
date_month_first(const char *s, size_t n)
{
	size_t	 i = 0, j;

	if (!month_at(s, n, &i))
		return 0;
	if ((j = ascii_skip_space(s, n, i)) == i)
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
	if ((j = ascii_skip_space(s, n, i)) == i)
		return 0;
	i = join_skip(s, n, j);
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

	if ((ka = ascii_digits(s, n, 0, 4, &a)) == 0 || ka == 3 || ka >= n)
		return 0;
	sep = s[ka];
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	i = ka + 1;
	if ((kb = ascii_digits(s, n, i, 2, &b)) == 0 || i + kb >= n ||
	    s[i + kb] != sep)
		return 0;
	i += kb + 1;
	kc = ascii_digits(s, n, i, 4, &c);
	if (ka == 4) {
		if (kc == 0 || kc > 2 || b < 1 || b > 12 || c < 1 || c > 31)
			return 0;
	} else if ((kc != 2 && kc != 4) || a < 1 || a > 31 || b < 1 ||
	    b > 31 || (a > 12 && b > 12))
		return 0;
	i += kc;
	if (i < n && (ascii_isalpha(s[i]) || ascii_isdigit(s[i])))
		return 0;
	return i;
}

/* Digits worth lo to hi at s[*i..n), then the UTF-8 sequence u ("年");
 * advances *i. */
static bool
cjk_part(const char *s, size_t n, size_t *i, size_t max, int lo, int hi,
    const char *u)
{
	size_t	 k, ul = strlen(u);
	int	 v;

	k = ascii_digits(s, n, *i, max, &v);
	if (k == 0 || v < lo || v > hi || *i + k + ul > n ||
	    memcmp(s + *i + k, u, ul) != 0)
		return false;
	*i += k + ul;
	return true;
}

/* "2022年2月26日", "2月26日". */
static size_t
date_cjk(const char *s, size_t n)
{
	size_t	 i = 0;

	if (!cjk_part(s, n, &i, 4, 0, 9999, "年"))
		i = 0;
	if (!cjk_part(s, n, &i, 2, 1, 12, "月") ||
	    !cjk_part(s, n, &i, 2, 1, 31, "日"))
		return 0;
	return i;
}

/* Bytes of a leading weekday ("Friday, ", "Fri "), or 0. */
static size_t
weekday_skip(const char *s, size_t n)
{
	size_t	 w = lang_letters(s, n, 0), i, j;

	if (w == 0 || lang_find(lang_weekdays, s, w) == NULL)
		return 0;
	i = w;
	if (i < n && s[i] == '.')
		i++;
	if (i < n && s[i] == ',')
		i++;
	if ((j = ascii_skip_space(s, n, i)) == i)
		return 0;
	return j;
}

/* A date at the start of s, after an optional weekday: its end, and in
 * *start where the date itself begins; 0 if there is none. */
size_t
datetime_date(const char *s, size_t n, size_t *start)
{
	size_t	 b = weekday_skip(s, n), e;

	*start = b;
	if ((e = date_month_first(s + b, n - b)) > 0 ||
	    (e = date_day_first(s + b, n - b)) > 0 ||
	    (e = date_numeric(s + b, n - b)) > 0 ||
	    (e = date_cjk(s + b, n - b)) > 0)
		return b + e;
	return 0;
}

/* Bytes of "am", "pm", "a.m." or "p.m." at s[i..n), or 0. */
static size_t
meridiem(const char *s, size_t n, size_t i)
{
	size_t	 w = ascii_letters(s, n, i);

	if (w == 2 &&
	    (ascii_same(s + i, 2, "am") || ascii_same(s + i, 2, "pm")))
		return 2;
	if (i + 3 <= n &&
	    (ascii_tolower(s[i]) == 'a' || ascii_tolower(s[i]) == 'p') &&
	    s[i + 1] == '.' && ascii_tolower(s[i + 2]) == 'm') {
		if (i + 3 < n && s[i + 3] == '.')
			return 4;
		if (i + 3 == n || !ascii_isalpha(s[i + 3]))
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
	for (w = 0; k + w < n && ascii_isupper(s[k + w]); w++)
		continue;
	if (w < 2 || w > 5)
		return 0;
	k += w;
	if (k < n && (s[k] == '+' || s[k] == '-') &&
	    (w = ascii_digits(s, n, k + 1, 2, &v)) > 0) {
		k += 1 + w;
		if (k < n && s[k] == ':' &&
		    ascii_digits(s, n, k + 1, 2, &v) == 2)
			k += 3;
	}
	if (s[i] == '(') {
		if (k >= n || s[k] != ')')
			return 0;
		k++;
	}
	if (k < n && (ascii_isalpha(s[k]) || ascii_isdigit(s[k])))
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

	if ((i = ascii_digits(s, n, 0, 2, &h)) == 0)
		return 0;
	if (i < n && s[i] == ':') {
		if (ascii_digits(s, n, i + 1, 2, &m) != 2 || m > 59)
			return 0;
		i += 3;
		minutes = true;
		if (i < n && s[i] == ':' &&
		    ascii_digits(s, n, i + 1, 2, &m) == 2)
			i += 3;
	}
	k = ascii_skip_space(s, n, i);
	if ((w = meridiem(s, n, k)) > 0) {
		if (h < 1 || h > 12)
			return 0;
		i = k + w;
	} else if (!minutes || h > 24)
		return 0;
	if (i < n && ascii_isalpha(s[i]))
		return 0;
	k = ascii_skip_space(s, n, i);
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
		j = ascii_skip_space(s, n, i);
		if (j < n && (s[j] == ',' || s[j] == '|'))
			j++;
		else if ((w = dash_at(s + j, n - j)) > 0)
			j += w;
		else if (ascii_letters(s, n, j) == 2 &&
		    ascii_same(s + j, 2, "at"))
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
 * *time (len 0 when there is no time).
 */
bool
datetime_line(const char *s, size_t n, struct span *date, struct span *time)
{
	size_t	 b, e, i, k;

	if (n > DATETIME_LINE_MAX || (e = datetime_date(s, n, &b)) == 0)
		return false;
	date->off = b;
	date->len = e - b;
	time->off = time->len = 0;
	if (e == n)
		return true;
	i = sep_skip(s, n, e);
	if (i == e || i >= n || (k = time_parse(s + i, n - i)) != n - i)
		return false;
	time->off = i;
	time->len = k;
	return true;
}

/* Whether s[0..n) is a time line. */
bool
datetime_time_line(const char *s, size_t n)
{
	return n <= DATETIME_LINE_MAX && time_parse(s, n) == n;
}

/*
 * Datelines, which open the first paragraphs of a news report:
 * "MOSCOW, September 25. /TASS/.", "WASHINGTON, Sept 25 (Reuters) -",
 * "MOSCOW (AP) —", "LONDON, May 3 —".
 */

/* A city word's byte: letters (any non-ASCII byte counts), . - '. */
static bool
city_byte(char c)
{
	return ascii_isalpha(c) || ascii_ishigh(c) || c == '.' || c == '-' ||
	    c == '\'';
}

/* Whether s[i..n) opens with a lower-case Cyrillic letter, а to я or
 * ѐ to џ. */
static bool
cyrillic_lower(const char *s, size_t n, size_t i)
{
	unsigned char	 c, c2;

	if (i + 1 >= n)
		return false;
	c = s[i];
	c2 = s[i + 1];
	return (c == 0xd0 && c2 >= 0xb0 && c2 <= 0xbf) ||
	    (c == 0xd1 && c2 >= 0x80 && c2 <= 0x9f);
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
			if (ascii_islower(s[w]) || cyrillic_lower(s, n, w))
				*upper = false;
			if (ascii_isalpha(s[w]) || ascii_ishigh(s[w]))
				(*nlet)++;
		}
		if (w == i || w >= n)
			return 0;
		if (s[w] == ',')
			return w;
		if (s[w] != ' ')
			return 0;
		k = ascii_skip_space(s, n, w);
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

	if ((k = datetime_date(s + i, n - i, &b)) == 0 || b != 0) {
		for (q = i; q < n && q - i < QUAL_MAX && s[q] != ','; q++)
			continue;
		if (q >= n || s[q] != ',')
			return 0;
		i = ascii_skip_space(s, n, q + 1);
		if ((k = datetime_date(s + i, n - i, &b)) == 0 || b != 0)
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
	size_t	 k = ascii_skip_space(s, n, i), e;

	*close = '\0';
	if (k + 1 >= n || (s[k] != '(' && s[k] != '/') ||
	    (!ascii_isupper(s[k + 1]) && !ascii_ishigh(s[k + 1]) &&
	    lang_prefix(lang_agencies, s + k + 1, n - k - 1, &e) == NULL))
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

/* An agency's mark after the dash of a dateline at s[i..n) ("МОСКВА,
 * 25 сен — РИА Новости."): the index after it and its full stop, or i
 * when there is none. */
static size_t
dateline_agency(const char *s, size_t n, size_t i, struct dateline *dl)
{
	size_t	 k = ascii_skip_space(s, n, i), w;

	if (k == i || lang_prefix(lang_agencies, s + k, n - k, &w) == NULL ||
	    (k + w < n && s[k + w] != '.' && s[k + w] != ':'))
		return i;
	dl->outlet.off = k;
	dl->outlet.len = w;
	return k + w < n ? k + w + 1 : k + w;
}

/*
 * A Chinese agency's dateline: "新华社北京2月26日电", with the byline
 * that may follow it, "（记者 王芳）"; its parts in *dl.
 */
static bool
dateline_cjk(const char *s, size_t n, struct dateline *dl)
{
	size_t	 a, i, k, b;

	if (lang_prefix(lang_agencies, s, n, &a) == NULL || a >= n ||
	    !ascii_ishigh(s[a]))
		return false;
	for (i = a; i < n && i - a <= CJK_CITY_MAX && ascii_ishigh(s[i]); i++)
		continue;
	if (i == a || i >= n || (k = datetime_date(s + i, n - i, &b)) == 0 ||
	    b != 0 || i + k + 3 > n || memcmp(s + i + k, "电", 3) != 0)
		return false;
	dl->outlet.len = a;
	dl->city.off = a;
	dl->city.len = i - a;
	dl->date.off = i;
	dl->date.len = k;
	i += k + 3;
	if (n - i >= 3 && memcmp(s + i, "（", 3) == 0)
		for (k = i + 3; k + 3 <= n && k - i <= CJK_BYLINE_MAX; k++)
			if (memcmp(s + k, "）", 3) == 0) {
				i = k + 3;
				break;
			}
	dl->len = i;
	return true;
}

/*
 * A dateline at the start of a paragraph.  Slashes (TASS) need an
 * upper-case city or a date; parentheses (Reuters, AP, AFP) a dash or
 * a date; an agency's mark after a dash (RIA Novosti) a date or an
 * upper-case city; a bare dateline an upper-case city of three letters
 * or more and a dash, or a date and a full stop.  Chinese agencies'
 * datelines have no city first (dateline_cjk).
 */
bool
datetime_dateline(const char *s, size_t n, struct dateline *dl)
{
	size_t	 i, k, w, nlet;
	bool	 upper, ok, dash = false, stop = false;
	char	 close;

	memset(dl, 0, sizeof(*dl));
	if ((i = city_parse(s, n, &upper, &nlet)) == 0)
		return dateline_cjk(s, n, dl);
	dl->city.len = i;
	if (s[i] == ',') {
		i = ascii_skip_space(s, n, i + 1);
		if ((i = dateline_date(s, n, i, &dl->date)) == 0)
			return false;
		if (s[i - 1] == '.')
			stop = true;
		else if (i < n && s[i] == '.') {
			i++;
			stop = true;
		}
	}
	i = dateline_outlet(s, n, i, dl, &close);
	k = ascii_skip_space(s, n, i);
	/* "(EFE).-" */
	if (close == ')' && k + 1 < n && s[k] == '.' &&
	    dash_at(s + k + 1, n - k - 1) > 0)
		k++;
	if ((w = dash_at(s + k, n - k)) > 0) {
		dash = true;
		i = k + w;
		/* An agency after the dash: "." stands for its end. */
		if (close == '\0' && (k = dateline_agency(s, n, i, dl)) > i) {
			i = k;
			close = '.';
		}
	}
	if (i < n && ascii_space_at(s + i, n - i) == 0)
		return false;
	if (close == '/')
		ok = upper || dl->date.len > 0;
	else if (close == ')')
		ok = dash || dl->date.len > 0;
	else if (close == '.')
		ok = dl->date.len > 0 || upper;
	else
		ok = upper && nlet >= 3 && (dash || (stop && dl->date.len > 0));
	dl->len = i;
	return ok;
}
