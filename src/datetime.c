/*
 * datetime.c — recognise dates, times and news datelines.
 *
 * Dates and times come in many layouts ("Friday, 25 September 2020",
 * "Sept. 25, 2020 at 1:30 p.m.", "2020-09-25 13:30 MSK"), datelines in
 * the few that agencies use ("MOSCOW, September 25. /TASS/.",
 * "WASHINGTON, Sept 25 (Reuters) -", "MOSCOW (AP) —").  Every test is
 * bounded and reads ASCII bytes; any other byte counts as a letter, and
 * month and weekday names are English.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "ascii.h"
#include "datetime.h"

#define CITY_WORDS	4	/* words in a dateline city */
#define OUTLET_MAX	40	/* bytes in a dateline outlet */
#define QUAL_MAX	20	/* bytes in a dateline qualifier ("Calif.") */

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
	size_t	 w = ascii_letters(s, n, *i);

	if (w == 0)
		return false;
	if (ascii_lookup(month_words, s + *i, w) >= 0) {
		*i += w;
		return true;
	}
	if (ascii_lookup(month_abbrevs, s + *i, w) < 0)
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

	if ((k = ascii_digits(s, n, *i, 2, &v)) == 0 || v < 1 || v > 31)
		return false;
	k += *i;
	w = ascii_letters(s, n, k);
	if (w == 2 && (ascii_same(s + k, 2, "st") ||
	    ascii_same(s + k, 2, "nd") || ascii_same(s + k, 2, "rd") ||
	    ascii_same(s + k, 2, "th")))
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
	k = ascii_skip_space(s, n, k);
	if (k == *i || ascii_digits(s, n, k, 4, &v) != 4)
		return;
	if (k + 4 < n && ascii_isalpha(s[k + 4]))
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
	i = j;
	if (ascii_letters(s, n, i) == 2 && ascii_same(s + i, 2, "of")) {
		if ((j = ascii_skip_space(s, n, i + 2)) == i + 2)
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

/* Bytes of a leading weekday ("Friday, ", "Fri "), or 0. */
static size_t
weekday_skip(const char *s, size_t n)
{
	size_t	 w = ascii_letters(s, n, 0), i, j;

	if (w == 0 || ascii_lookup(weekday_words, s, w) < 0)
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
	    (e = date_numeric(s + b, n - b)) > 0)
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
			if (ascii_islower(s[w]))
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
	    !(ascii_isupper(s[k + 1]) || ascii_ishigh(s[k + 1])))
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
bool
datetime_dateline(const char *s, size_t n, struct dateline *dl)
{
	size_t	 i, k, w, nlet;
	bool	 upper, ok, dash = false, stop = false;
	char	 close;

	memset(dl, 0, sizeof(*dl));
	if ((i = city_parse(s, n, &upper, &nlet)) == 0)
		return false;
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
	if ((w = dash_at(s + k, n - k)) > 0) {
		dash = true;
		i = k + w;
	}
	if (i < n && ascii_space_at(s + i, n - i) == 0)
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
