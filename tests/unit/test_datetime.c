/* test_datetime.c — dates, times and datelines, recognised on their own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "datetime.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* A copy of s without its NUL, so reading past the end is caught. */
static char *
bytes(const char *s, size_t *n)
{
	char	*b;

	*n = strlen(s);
	b = malloc(*n > 0 ? *n : 1);
	assert_non_null(b);
	memcpy(b, s, *n);
	return b;
}

/* Span sp of s holds want; a NULL want means an empty span. */
static void
assert_span(const char *s, struct span sp, const char *want)
{
	if (want == NULL) {
		assert_int_equal(sp.len, 0);
		return;
	}
	assert_int_equal(sp.len, strlen(want));
	assert_memory_equal(s + sp.off, want, sp.len);
}

static void
test_date(void **state)
{
	static const struct {
		const char	*s;
		const char	*date;		/* NULL: not a date */
		size_t		 start;		/* bytes of the weekday */
	} t[] = {
	    { "September 25, 2020", "September 25, 2020", 0 },
	    { "Sept. 25, 2020 at 1:30 p.m.", "Sept. 25, 2020", 0 },
	    { "May 5th 2021", "May 5th 2021", 0 },
	    { "september 25", "september 25", 0 },
	    { "September 25 and more", "September 25", 0 },
	    { "25 September 2020", "25 September 2020", 0 },
	    { "1. September", "1. September", 0 },
	    { "25th of May 2021", "25th of May 2021", 0 },
	    { "25th May", "25th May", 0 },
	    { "25 SEP", "25 SEP", 0 },
	    { "25 September 2020x", "25 September", 0 },
	    { "Friday, 25 September 2020", "25 September 2020", 8 },
	    { "Fri Sep 25 2020", "Sep 25 2020", 4 },
	    { "Thurs. 1 Jan", "1 Jan", 7 },
	    { "2020-09-25", "2020-09-25", 0 },
	    { "2020/09/25", "2020/09/25", 0 },
	    { "25.09.2020", "25.09.2020", 0 },
	    { "09/25/2020", "09/25/2020", 0 },
	    { "25.09.20", "25.09.20", 0 },
	    { "25 Septembre 2020", "25 Septembre 2020", 0 },
	    { "25 Septembers 2020", NULL, 0 },
	    { "September 2020", NULL, 0 },
	    { "Septembers 25", NULL, 0 },
	    { "May", NULL, 0 },
	    { "32 May 2020", NULL, 0 },
	    { "0 May 2020", NULL, 0 },
	    { "25xx May", NULL, 0 },
	    { "2020-13-01", NULL, 0 },
	    { "2020-09-25x", NULL, 0 },
	    { "13.25.2020", NULL, 0 },
	    { "123-01-01", NULL, 0 },
	    { "Friday", NULL, 0 },
	    { "Friday, the 25th", NULL, 0 },
	    { "", NULL, 0 },
	};
	struct span	 sp;
	size_t		 i, n, start, e;
	char		*s;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		s = bytes(t[i].s, &n);
		e = datetime_date(s, n, &start);
		if (t[i].date == NULL)
			assert_int_equal(e, 0);
		else {
			assert_int_equal(start, t[i].start);
			assert_true(e >= start);
			sp.off = start;
			sp.len = e - start;
			assert_span(s, sp, t[i].date);
		}
		free(s);
	}
}

static void
test_line(void **state)
{
	static const struct {
		const char	*s;
		const char	*date;		/* NULL: not a date line */
		const char	*time;
	} t[] = {
	    { "September 25, 2020", "September 25, 2020", NULL },
	    { "25 September 2020", "25 September 2020", NULL },
	    { "Friday, 25 September 2020", "25 September 2020", NULL },
	    { "Fri Sep 25 2020", "Sep 25 2020", NULL },
	    { "2020-09-25", "2020-09-25", NULL },
	    { "25.09.2020", "25.09.2020", NULL },
	    { "09/25/2020", "09/25/2020", NULL },
	    { "25th of September, 2020", "25th of September, 2020", NULL },
	    { "Sept. 25, 2020 at 1:30 p.m.", "Sept. 25, 2020", "1:30 p.m." },
	    { "25 SEP 2020, 14:01", "25 SEP 2020", "14:01" },
	    { "September 25, 2020 \xe2\x80\x94 13:30 MSK", "September 25, 2020",
	      "13:30 MSK" },
	    { "September 25, 2020 1:30 PM UTC", "September 25, 2020",
	      "1:30 PM UTC" },
	    { "2020-09-25 13:30", "2020-09-25", "13:30" },
	    { "May 3, 2023 | 09:00 (UTC+03:00)", "May 3, 2023",
	      "09:00 (UTC+03:00)" },
	    { "May 3, 2023 \xc2\xb7 9:00 am", "May 3, 2023", "9:00 am" },
	    { "May 3 - 11 am", "May 3", "11 am" },
	    { "13:30", NULL, NULL },
	    { "25 Septembre 2020", "25 Septembre 2020", NULL },
	    { "25 Septembers 2020", NULL, NULL },
	    { "2020-13-01", NULL, NULL },
	    { "32 May 2020", NULL, NULL },
	    { "May the force be with you", NULL, NULL },
	    { "September 25, 2020 and then", NULL, NULL },
	    { "September 25, 2020 13:30 tomorrow", NULL, NULL },
	    { "September 25, 2020,", NULL, NULL },
	    { "September 25, 2020 25:30", NULL, NULL },
	};
	struct span	 date, tm;
	size_t		 i, n;
	char		*s;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		s = bytes(t[i].s, &n);
		date.off = date.len = tm.off = tm.len = 99;
		if (t[i].date == NULL) {
			assert_false(datetime_line(s, n, &date, &tm));
			free(s);
			continue;
		}
		assert_true(datetime_line(s, n, &date, &tm));
		assert_span(s, date, t[i].date);
		assert_span(s, tm, t[i].time);
		if (t[i].time == NULL)
			assert_int_equal(tm.off, 0);
		free(s);
	}
}

/* A line of DATETIME_LINE_MAX bytes is still a date line; one more is
 * not, however it is made. */
static void
test_line_max(void **state)
{
	struct span	 date, tm;
	char		 buf[DATETIME_LINE_MAX + 1];
	size_t		 n;

	(void)state;
	for (n = DATETIME_LINE_MAX; n <= DATETIME_LINE_MAX + 1; n++) {
		/* "25 September 2020", blanks, "13:30". */
		memset(buf, ' ', n);
		memcpy(buf, "25 September 2020", 17);
		memcpy(buf + n - 5, "13:30", 5);
		assert_int_equal(datetime_line(buf, n, &date, &tm),
		    n <= DATETIME_LINE_MAX);
		/* "13:30", blanks, "MSK". */
		memset(buf, ' ', n);
		memcpy(buf, "13:30", 5);
		memcpy(buf + n - 3, "MSK", 3);
		assert_int_equal(datetime_time_line(buf, n),
		    n <= DATETIME_LINE_MAX);
	}
}

static void
test_time_line(void **state)
{
	static const struct {
		const char	*s;
		bool		 ok;
	} t[] = {
	    { "13:30", true },
	    { "1:30 pm", true },
	    { "1:30 PM", true },
	    { "1:30pm", true },
	    { "9:05 a.m.", true },
	    { "1 p.m.", true },
	    { "1:30 p.m", true },
	    { "11 am", true },
	    { "13:30:15", true },
	    { "24:00", true },
	    { "13:30 MSK", true },
	    { "23:59 UTC", true },
	    { "1:30 PM UTC", true },
	    { "13:30 (GMT+3)", true },
	    { "09:00 (UTC+03:00)", true },
	    { "13:30 GMT-5", true },
	    { "25:30", false },
	    { "13 pm", false },
	    { "0 am", false },
	    { "13", false },
	    { "13:3", false },
	    { "13:60", false },
	    { "13:30x", false },
	    { "1:30 pmx", false },
	    { "13:30 Moscow", false },
	    { "13:30 MSKXYZ", false },
	    { "13:30 (GMT+3", false },
	    { "13:30MSK", false },
	    { "September 25", false },
	};
	size_t		 i, n;
	char		*s;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		s = bytes(t[i].s, &n);
		assert_int_equal(datetime_time_line(s, n), t[i].ok);
		free(s);
	}
}

static void
test_dateline(void **state)
{
	static const struct {
		const char	*para;
		const char	*dateline, *city, *date, *outlet;
	} t[] = {
	    { "WASHINGTON, Sept 25 (Reuters) - The United States said.",
	      "WASHINGTON, Sept 25 (Reuters) -", "WASHINGTON", "Sept 25",
	      "Reuters" },
	    { "MOSCOW (AP) \xe2\x80\x94 Russia's president said.",
	      "MOSCOW (AP) \xe2\x80\x94", "MOSCOW", NULL, "AP" },
	    { "LONDON, May 3 \xe2\x80\x94 The government said.",
	      "LONDON, May 3 \xe2\x80\x94", "LONDON", "May 3", NULL },
	    { "NEW YORK \xe2\x80\x93 Markets fell.", "NEW YORK \xe2\x80\x93",
	      "NEW YORK", NULL, NULL },
	    { "SAN FRANCISCO, Calif., Sept 25 (Reuters) - Shares rose.",
	      "SAN FRANCISCO, Calif., Sept 25 (Reuters) -", "SAN FRANCISCO",
	      "Sept 25", "Reuters" },
	    { "BEIJING, Sept. 25 (Xinhua) -- China said.",
	      "BEIJING, Sept. 25 (Xinhua) --", "BEIJING", "Sept. 25",
	      "Xinhua" },
	    { "Moscow (AFP) - Russia said.", "Moscow (AFP) -", "Moscow", NULL,
	      "AFP" },
	    { "ST. PETERSBURG, June 4. /TASS/. The forum opened.",
	      "ST. PETERSBURG, June 4. /TASS/.", "ST. PETERSBURG", "June 4",
	      "TASS" },
	    { "Moscow, Sept 25 /TASS/. Talks.", "Moscow, Sept 25 /TASS/.",
	      "Moscow", "Sept 25", "TASS" },
	    { "KYIV, 25 September. The talks began.", "KYIV, 25 September.",
	      "KYIV", "25 September", NULL },
	    { "ONE TWO THREE FOUR (AP) - It rained.",
	      "ONE TWO THREE FOUR (AP) -", "ONE TWO THREE FOUR", NULL, "AP" },
	    { "PARIS (AP) -", "PARIS (AP) -", "PARIS", NULL, "AP" },
	    { "Russia said on Friday \xe2\x80\x94 again \xe2\x80\x94 that.",
	      NULL, NULL, NULL, NULL },
	    { "US \xe2\x80\x94 and its allies.", NULL, NULL, NULL, NULL },
	    { "NATO (North Atlantic Treaty Organization) said.", NULL, NULL,
	      NULL, NULL },
	    { "Moscow, September 25. The talks began.", NULL, NULL, NULL,
	      NULL },
	    { "Moscow \xe2\x80\x94 The talks began.", NULL, NULL, NULL, NULL },
	    { "\"Hello,\" he said.", NULL, NULL, NULL, NULL },
	    { "MOSCOW (AP)\xe2\x80\x94It rained.", NULL, NULL, NULL, NULL },
	    { "ONE TWO THREE FOUR FIVE (AP) - It rained.", NULL, NULL, NULL,
	      NULL },
	    { "CITY, Averyveryverylongstate, Sept 25 (Reuters) - Text.", NULL,
	      NULL, NULL, NULL },
	    { "LONDON, tomorrow (Reuters) - Text.", NULL, NULL, NULL, NULL },
	    { "", NULL, NULL, NULL, NULL },
	};
	struct dateline	 dl;
	size_t		 i, n;
	char		*s;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		s = bytes(t[i].para, &n);
		if (t[i].dateline == NULL) {
			assert_false(datetime_dateline(s, n, &dl));
			free(s);
			continue;
		}
		assert_true(datetime_dateline(s, n, &dl));
		assert_int_equal(dl.len, strlen(t[i].dateline));
		assert_memory_equal(s, t[i].dateline, dl.len);
		assert_int_equal(dl.city.off, 0);
		assert_span(s, dl.city, t[i].city);
		assert_span(s, dl.date, t[i].date);
		assert_span(s, dl.outlet, t[i].outlet);
		free(s);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_line),
		cmocka_unit_test(test_line_max),
		cmocka_unit_test(test_time_line),
		cmocka_unit_test(test_dateline),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
