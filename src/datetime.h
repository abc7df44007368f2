/*
 * datetime.h — recognise dates, times and news datelines in the
 * languages of lang.c: "Friday, 25 September 2020", "Sept. 25, 2020 at
 * 1:30 p.m.", "25 сентября 2020 года", "2022年2月26日", "13:30 MSK",
 * "WASHINGTON, Sept 25 (Reuters) -", "МОСКВА, 25 сен — РИА Новости.".  Each function reads
 * s[0..n), which need not be NUL-terminated; offsets, lengths and spans
 * are in bytes, relative to s.  Date and time lines are at most
 * DATETIME_LINE_MAX bytes.
 */
#ifndef QC_DATETIME_H
#define QC_DATETIME_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

#define DATETIME_LINE_MAX 80	/* bytes in a date or time line */

/* A dateline opening a paragraph. */
struct dateline {
	size_t		len;		/* bytes of the dateline */
	struct span	city;		/* relative to the paragraph */
	struct span	date;		/* len 0 when absent */
	struct span	outlet;		/* len 0 when absent */
};

/* Bytes of the date opening s, after an optional weekday, or 0; *start
 * gets the bytes of that weekday, where the date itself begins. */
size_t	 datetime_date(const char *s, size_t n, size_t *start);
/* Whether all of s is [weekday] date [time]: the date without the
 * weekday in *date, the time in *time (off and len 0 when none). */
bool	 datetime_line(const char *s, size_t n, struct span *date,
	    struct span *time);
/* Whether all of s is a time: "13:30", "1:30 pm", "13:30 (GMT+3)". */
bool	 datetime_time_line(const char *s, size_t n);
/* Whether s opens with a dateline; its length and parts in *dl. */
bool	 datetime_dateline(const char *s, size_t n, struct dateline *dl);

#endif
