/*
 * listview.h — a list the reader shows over the panes, as tig's views
 * and mutt's index are: rows of styled runs, a cursor, the row at the
 * top, an optional filter and what Enter on a row stands for.  No
 * curses and no model here: a list's own file (quotelist.c,
 * coverlist.c) fills the rows, view.c moves the cursor and render.c
 * draws any list alike (a title bar, an optional header row, the rows,
 * the status line).
 *
 * Using it:
 *
 *	struct listview	lv;
 *	struct listview_row *r;
 *
 *	listview_init(&lv, "Quotations", "Enter go  q back");
 *	r = listview_add(&lv, 0, kind, item, flags);
 *	listview_run(r, "1 ", 2, ROLE_PLAIN);
 *	listview_run(r, text, len, ROLE_ALTERED);
 *	...
 *	listview_filter(&lv, "not exact", flags);	(optional)
 *	listview_resize(&lv, rows);		(the body's height, each resize)
 *	listview_move(&lv, LISTVIEW_DOWN, 1);
 *	r = listview_cursor(&lv);		(r->kind, r->item: Enter's target)
 *	listview_free(&lv);
 *
 * Rows are numbered two ways: rows[] holds every row added, in order;
 * "shown" positions count only the rows the filter lets through, and
 * the cursor and top are shown positions.  With no filter on, the two
 * are the same.  Invariants after every call: nshown <= nrows; cursor
 * < nshown (0 when nshown is 0); top <= cursor; cursor < top + height
 * (when height > 0); top + height <= nshown when nshown >= height (no
 * blank rows below the last while the list could fill the screen).
 *
 * Run text is drawn through display.h, so it may hold any bytes of a
 * document (render.c sanitises and cuts it to the width); a list builder
 * should bound it (a line's worth), as drawing is linear in it.
 */
#ifndef QC_LISTVIEW_H
#define QC_LISTVIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "layout.h"

/* A run of text in one of the panes' style roles (layout.h). */
struct listview_run {
	char		*text;		/* owned; NUL-terminated */
	size_t		 len;		/* bytes */
	enum role	 role;
};

struct listview_row {
	int			 indent;	/* cells before the first run */
	int			 kind;		/* what item is: the builder's */
	size_t			 item;		/* an index, in kind's array */
	unsigned		 flags;		/* what the filter looks at */
	struct listview_run	*runs;
	size_t			 nruns;
};

struct listview {
	char			*title;		/* "Quotations" */
	char			*hint;		/* keys, for the status line */
	char			*header;	/* a header row, or NULL */
	bool			 count;		/* the title counts the rows
						   (true after init) */
	struct listview_row	*rows;
	size_t			 nrows;
	size_t			 caprows;
	/* The filter: a row shows when it has one of mask's flags. */
	char			*filter_name;	/* NULL: the list has none */
	unsigned		 filter_mask;
	bool			 filtered;	/* the filter is on */
	size_t			*shown;		/* shown position -> row */
	size_t			 nshown;
	size_t			 capshown;
	size_t			 cursor;	/* shown position */
	size_t			 top;		/* shown position */
	int			 height;	/* rows on screen, >= 0 */
};

enum listview_move {
	LISTVIEW_DOWN,			/* n rows */
	LISTVIEW_UP,
	LISTVIEW_PAGE_DOWN,		/* n screenfuls: cursor and top */
	LISTVIEW_PAGE_UP,
	LISTVIEW_HALF_DOWN,		/* n half screenfuls */
	LISTVIEW_HALF_UP,
	LISTVIEW_TOP,			/* the first row */
	LISTVIEW_BOTTOM			/* the last row */
};

/* An empty list; title and hint are copied (hint may be NULL). */
void	listview_init(struct listview *, const char *title,
	    const char *hint);
void	listview_free(struct listview *);
/* A header row drawn under the title (copied; NULL for none). */
void	listview_set_header(struct listview *, const char *);
/* Append a row; it shows until the filter (if on) hides it. */
struct listview_row *listview_add(struct listview *, int indent, int kind,
	    size_t item, unsigned flags);
/* Append a run of text[0..len) to a row (copied). */
void	listview_run(struct listview_row *, const char *text, size_t len,
	    enum role);
/*
 * Give the list a filter named name (as the title says it: "altered
 * and not found") that shows the rows holding one of mask's flags.
 * It starts off.
 */
void	listview_filter(struct listview *, const char *name, unsigned mask);
/*
 * Turn the filter on or off.  The cursor stays on its row if it still
 * shows, else goes to the nearest shown row after it (before it, at
 * the end).  Returns false, changing nothing, when the list has no
 * filter.
 */
bool	listview_set_filter(struct listview *, bool on);
/* The body's height in rows (< 0 counts as 0); cursor kept in view. */
void	listview_resize(struct listview *, int height);
/* Move the cursor n times (n >= 1) by m, keeping it in view. */
void	listview_move(struct listview *, enum listview_move m, long n);
/* Put the cursor on the first shown row of kind and item; false if none. */
bool	listview_seek(struct listview *, int kind, size_t item);
/* The row at shown position i, or NULL past the end. */
const struct listview_row *listview_row(const struct listview *, size_t i);
/* The row under the cursor (Enter's target), or NULL when none shows. */
const struct listview_row *listview_cursor(const struct listview *);
/*
 * The title bar: "Quotations (7)" ("Quotations" when count is
 * false), or with the filter on, "Quotations: altered and not found,
 * 3 of 7".
 */
void	listview_title(const struct listview *, char *buf, size_t size);
/* The status line's left part: "row 3 of 7", or "no rows". */
void	listview_status(const struct listview *, char *buf, size_t size);

#endif
