/*
 * listview.c — the generic list (listview.h): rows, a cursor kept on
 * screen, a filter.
 *
 * The filter is a list of shown rows, rebuilt in one pass over the
 * rows when it is turned on or off; the cursor and the top are
 * positions in it, so that moving never looks at hidden rows.  Moves
 * behave as in tig and mutt: a line move scrolls only when the cursor
 * would leave the screen, a page move scrolls the list and the cursor
 * together, and the list never shows blank rows below its last one
 * while it has rows enough above to fill the screen.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "listview.h"
#include "xmalloc.h"

void
listview_init(struct listview *lv, const char *title, const char *hint)
{
	memset(lv, 0, sizeof(*lv));
	lv->title = xstrdup(title);
	lv->hint = hint != NULL ? xstrdup(hint) : NULL;
	lv->count = true;
}

void
listview_free(struct listview *lv)
{
	size_t	i, k;

	for (i = 0; i < lv->nrows; i++) {
		for (k = 0; k < lv->rows[i].nruns; k++)
			free(lv->rows[i].runs[k].text);
		free(lv->rows[i].runs);
	}
	free(lv->rows);
	free(lv->shown);
	free(lv->title);
	free(lv->hint);
	free(lv->header);
	free(lv->filter_name);
	memset(lv, 0, sizeof(*lv));
}

void
listview_set_header(struct listview *lv, const char *s)
{
	free(lv->header);
	lv->header = s != NULL ? xstrdup(s) : NULL;
}

/* The last top that leaves no blank rows under the last row. */
static size_t
listview_max_top(const struct listview *lv)
{
	size_t	h = lv->height > 0 ? (size_t)lv->height : 1;

	return lv->nshown > h ? lv->nshown - h : 0;
}

/* Restore the invariants of listview.h after any change. */
static void
listview_clamp(struct listview *lv)
{
	size_t	h = lv->height > 0 ? (size_t)lv->height : 1;

	if (lv->nshown == 0) {
		lv->cursor = lv->top = 0;
		return;
	}
	if (lv->cursor >= lv->nshown)
		lv->cursor = lv->nshown - 1;
	if (lv->top > listview_max_top(lv))
		lv->top = listview_max_top(lv);
	if (lv->cursor < lv->top)
		lv->top = lv->cursor;
	else if (lv->cursor >= lv->top + h)
		lv->top = lv->cursor - h + 1;
}

struct listview_row *
listview_add(struct listview *lv, int indent, int kind, size_t item,
    unsigned flags)
{
	struct listview_row	*r;

	xgrow(&lv->rows, &lv->caprows, lv->nrows + 1, sizeof(*lv->rows));
	r = &lv->rows[lv->nrows++];
	memset(r, 0, sizeof(*r));
	r->indent = indent > 0 ? indent : 0;
	r->kind = kind;
	r->item = item;
	r->flags = flags;
	/* A row added under the filter shows only if it passes it. */
	if (!lv->filtered || (flags & lv->filter_mask)) {
		xgrow(&lv->shown, &lv->capshown, lv->nshown + 1,
		    sizeof(*lv->shown));
		lv->shown[lv->nshown++] = lv->nrows - 1;
	}
	listview_clamp(lv);
	return r;
}

void
listview_run(struct listview_row *r, const char *text, size_t len,
    enum role role)
{
	struct listview_run	*ru;

	r->runs = xreallocarray(r->runs, r->nruns + 1, sizeof(*r->runs));
	ru = &r->runs[r->nruns++];
	ru->text = xstrndup(text, len);
	ru->len = len;
	ru->role = role;
}

void
listview_filter(struct listview *lv, const char *name, unsigned mask)
{
	free(lv->filter_name);
	lv->filter_name = name != NULL ? xstrdup(name) : NULL;
	lv->filter_mask = mask;
}

bool
listview_set_filter(struct listview *lv, bool on)
{
	size_t	row, i, n = 0;

	if (lv->filter_name == NULL)
		return false;
	row = lv->nshown > 0 ? lv->shown[lv->cursor] : 0;
	lv->filtered = on;
	xgrow(&lv->shown, &lv->capshown, lv->nrows, sizeof(*lv->shown));
	lv->cursor = SIZE_MAX;
	for (i = 0; i < lv->nrows; i++) {
		if (on && !(lv->rows[i].flags & lv->filter_mask))
			continue;
		/* The first shown row at or after the cursor's row. */
		if (lv->cursor == SIZE_MAX && i >= row)
			lv->cursor = n;
		lv->shown[n++] = i;
	}
	lv->nshown = n;
	if (lv->cursor == SIZE_MAX)
		lv->cursor = n > 0 ? n - 1 : 0;
	listview_clamp(lv);
	return true;
}

void
listview_resize(struct listview *lv, int height)
{
	lv->height = height > 0 ? height : 0;
	listview_clamp(lv);
}

/* Add d (may be negative) to x, staying within 0..max. */
static size_t
listview_step(size_t x, long d, size_t max)
{
	if (d < 0)
		return (size_t)-d > x ? 0 : x - (size_t)-d;
	return (size_t)d > max - x ? max : x + (size_t)d;
}

void
listview_move(struct listview *lv, enum listview_move m, long n)
{
	long	h = lv->height > 0 ? lv->height : 1, d;
	size_t	last = lv->nshown > 0 ? lv->nshown - 1 : 0;

	if (n < 1)
		n = 1;
	/* Keep n * h within a long: no list is that long anyway. */
	if (n > 1000000)
		n = 1000000;
	switch (m) {
	case LISTVIEW_DOWN:
	case LISTVIEW_UP:
		lv->cursor = listview_step(lv->cursor,
		    m == LISTVIEW_DOWN ? n : -n, last);
		break;
	case LISTVIEW_PAGE_DOWN:
	case LISTVIEW_PAGE_UP:
	case LISTVIEW_HALF_DOWN:
	case LISTVIEW_HALF_UP:
		d = m == LISTVIEW_PAGE_DOWN || m == LISTVIEW_PAGE_UP ?
		    n * h : n * (h > 1 ? h / 2 : 1);
		if (m == LISTVIEW_PAGE_UP || m == LISTVIEW_HALF_UP)
			d = -d;
		/* At the end already, a page down still reaches the last row. */
		lv->top = listview_step(lv->top, d, listview_max_top(lv));
		lv->cursor = listview_step(lv->cursor, d, last);
		break;
	case LISTVIEW_TOP:
		lv->cursor = 0;
		break;
	case LISTVIEW_BOTTOM:
		lv->cursor = last;
		break;
	}
	listview_clamp(lv);
}

bool
listview_seek(struct listview *lv, int kind, size_t item)
{
	const struct listview_row	*r;
	size_t				 i;

	for (i = 0; i < lv->nshown; i++) {
		r = &lv->rows[lv->shown[i]];
		if (r->kind == kind && r->item == item) {
			lv->cursor = i;
			listview_clamp(lv);
			return true;
		}
	}
	return false;
}

const struct listview_row *
listview_row(const struct listview *lv, size_t i)
{
	return i < lv->nshown ? &lv->rows[lv->shown[i]] : NULL;
}

const struct listview_row *
listview_cursor(const struct listview *lv)
{
	return listview_row(lv, lv->cursor);
}

void
listview_title(const struct listview *lv, char *buf, size_t size)
{
	if (lv->filtered)
		snprintf(buf, size, "%s: %s, %zu of %zu", lv->title,
		    lv->filter_name, lv->nshown, lv->nrows);
	else if (lv->count)
		snprintf(buf, size, "%s (%zu)", lv->title, lv->nrows);
	else
		snprintf(buf, size, "%s", lv->title);
}

void
listview_status(const struct listview *lv, char *buf, size_t size)
{
	if (lv->nshown == 0)
		snprintf(buf, size, "no rows");
	else
		snprintf(buf, size, "row %zu of %zu", lv->cursor + 1,
		    lv->nshown);
}
