/*
 * replist.c — the rows of the report list (replist.h).  Each row is a
 * few runs; names are cut to REPLIST_NAME cells and padded so that the
 * counts line up.  Linear in the number of reports and proposals.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "display.h"
#include "quotelist.h"
#include "replist.h"

/* Append a formatted run in role. */
static void __attribute__((format(printf, 3, 4)))
replist_fmt(struct listview_row *r, enum role role, const char *fmt, ...)
{
	char	b[128];
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vsnprintf(b, sizeof(b), fmt, ap);
	va_end(ap);
	if (n > 0)
		listview_run(r, b, (size_t)n < sizeof(b) ? (size_t)n :
		    sizeof(b) - 1, role);
}

/*
 * The name in w - 1 cells (cut at a glyph boundary, with an ellipsis,
 * when longer), then blanks to w.
 */
static void
replist_name(struct listview_row *r, const char *name, int w)
{
	struct glyph	g;
	size_t		n = strlen(name), at = 0;
	int		col = 0, room = w - 1;

	if (display_width(name, n, false) > (size_t)room)
		room--;
	while (at < n) {
		display_next(name + at, n - at, col, false, &g);
		if (col + g.width > room)
			break;
		col += g.width;
		at += g.len;
	}
	listview_run(r, name, at, ROLE_META);
	if (at < n) {
		listview_run(r, "\xe2\x80\xa6", 3, ROLE_META);
		col++;
	}
	replist_fmt(r, ROLE_PLAIN, "%*s", w - col > 0 ? w - col : 1, "");
}

/* The comparison's name ("NORDPRESS (2)"), else the report's own. */
static const char *
replist_name_of(const struct reports *rs, size_t i)
{
	if (rs->models[i] != NULL && rs->col_of[i] < rs->cmp.nreps)
		return rs->cmp.names[rs->col_of[i]];
	return reports_name(rs, i);
}

static void
replist_row(struct listview *lv, struct reports *rs, size_t i, size_t cur,
    int namew)
{
	const struct model	*m = rs->models[i];
	struct listview_row	*r;
	const char		*err;
	size_t			 k, covered = 0;

	r = listview_add(lv, 0, LIST_REPORT, i, 0);
	replist_fmt(r, ROLE_PLAIN, "%c%3zu ", i == cur ? '*' : ' ', i + 1);
	replist_name(r, replist_name_of(rs, i), namew);
	if (m == NULL) {
		err = reports_error(rs, i);
		listview_run(r, err != NULL ? err : "cannot be read",
		    strlen(err != NULL ? err : "cannot be read"), ROLE_ESCAPE);
		return;
	}
	/* Bounded by the proposals: a handful per row. */
	for (k = 0; k < m->stmt->nprops && m->coverage != NULL; k++)
		covered += m->coverage[k] != COVER_NOT_COVERED;
	replist_fmt(r, ROLE_EXACT, "%zu exact", m->nexact);
	listview_run(r, ", ", 2, ROLE_PLAIN);
	replist_fmt(r, ROLE_ALTERED, "%zu altered", m->naltered);
	listview_run(r, ", ", 2, ROLE_PLAIN);
	replist_fmt(r, ROLE_NOT_FOUND, "%zu not found", m->nnotfound);
	if (m->stmt->nprops > 0)
		replist_fmt(r, ROLE_PLAIN, "; proposals %zu/%zu", covered,
		    m->stmt->nprops);
}

void
replist_build(struct listview *lv, struct reports *rs, size_t cur)
{
	char	 head[128];
	size_t	 i, w;
	int	 namew = 8;

	reports_compare(rs);
	/* The widest name, up to REPLIST_NAME: one pass over them. */
	for (i = 0; i < rs->n; i++) {
		w = display_width(replist_name_of(rs, i),
		    strlen(replist_name_of(rs, i)), false) + 2;
		if ((int)w > namew)
			namew = w > REPLIST_NAME ? REPLIST_NAME : (int)w;
	}
	listview_init(lv, "Reports", "Enter shows it  q back");
	snprintf(head, sizeof(head), "%5s%-*s%s", "", namew, "report",
	    "quotations; proposals covered");
	listview_set_header(lv, head);
	for (i = 0; i < rs->n; i++)
		replist_row(lv, rs, i, cur, namew);
}
