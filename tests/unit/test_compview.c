/*
 * test_compview.c — several reports in the reader, without a terminal:
 * the comparison view's grid (what each cell holds, the cursor stopping
 * at the edges, horizontal and vertical scrolling that keep the cursor
 * shown with the passage column staying, what Enter on a cell opens),
 * and the view's report switching (. and , with counts, skipping a
 * report that cannot be read, the statement keeping its place, the
 * status line naming the report), Enter in the comparison and the
 * list, and the statement's gutter.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "compview.h"
#include "listview.h"
#include "quotelist.h"
#include "msg.h"
#include "pipeline.h"
#include "quote.h"
#include "reports.h"
#include "view.h"

static const char statement[] =
    "Statement on the harbour\n"
    "May 3, 2021\n"
    "First. To reopen the north quay to cargo ships before the end of "
    "the month.\n"
    "Second. To keep the ferry timetable unchanged during the repairs.\n"
    "Third. To paint the lighthouse blue and white by the summer "
    "festival.\n";

/* Exact (proposal 1) and altered (proposal 3). */
static const char rep1[] =
    "Harbour to reopen\n"
    "\n"
    "PORTVILLE, May 3. /HNA/. The authority promised \"to reopen the "
    "north quay to cargo ships before the end of the month\" at once.\n"
    "\n"
    "It will act \"to paint the lighthouse red and white by the summer "
    "festival\" this year.\n";
/* Exact (proposal 2) and a quotation the statement does not hold. */
static const char rep2[] =
    "Ferries keep running\n"
    "\n"
    "PORTVILLE, May 3. /Bay Post/. The authority said it would \"keep "
    "the ferry timetable unchanged during the repairs\" for now.\n"
    "\n"
    "It also said \"the harbour will be painted green tomorrow "
    "morning\".\n";
/* No quotation at all. */
static const char rep3[] =
    "Quiet day at the harbour\n"
    "\n"
    "PORTVILLE, May 3. /Tide/. Nothing much was said about the quay.\n";

static char *paths[] = { "r1.txt", "r2.txt", "r3.txt", "r4.txt" };
static const char *bufs[] = { rep1, rep2, rep3, "" };

struct fixture {
	struct statement	*st;
	struct reports		 rs;
	struct view		 v;
};

static int
setup(void **state)
{
	struct fixture		*f = calloc(1, sizeof(*f));
	struct ui_options	 o = { .color = COLOR_NEVER,
	    .layout = LAYOUT_AUTO, .sidebar = true };
	size_t			 lens[4] = { sizeof(rep1) - 1,
				    sizeof(rep2) - 1, sizeof(rep3) - 1, 0 };
	static size_t		 keep[4];

	memcpy(keep, lens, sizeof(keep));
	msg_quiet_warnings(1);
	/* As in the reader: the message of r4.txt is kept, not printed. */
	msg_hold(1);
	if (f == NULL || (f->st = pipeline_statement("s.txt", statement,
	    strlen(statement))) == NULL)
		return -1;
	reports_init(&f->rs, f->st, paths, bufs, keep, 4);
	if (reports_get(&f->rs, 0) == NULL)
		return -1;
	view_init(&f->v, reports_get(&f->rs, 0), &o, false);
	view_set_reports(&f->v, &f->rs, 0);
	view_resize(&f->v, 80, 24);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	view_free(&f->v);
	reports_free(&f->rs);
	pipeline_statement_free(f->st);
	msg_hold(0);
	free(f);
	return 0;
}

static void
keys(struct view *v, const char *s)
{
	for (; *s != '\0'; s++)
		view_key(v, *s);
}

static void
status_starts(const struct view *v, const char *want)
{
	char	buf[512];

	view_status(v, buf, sizeof(buf));
	if (strncmp(buf, want, strlen(want)) != 0)
		fail_msg("status \"%s\", wanted \"%s...\"", buf, want);
}

/* The comparison: three columns (r4.txt cannot be read), four rows. */
static void
test_grid_cells(void **state)
{
	struct fixture		*f = *state;
	const struct compare	*c = reports_compare(&f->rs);
	struct compview		 cv;

	assert_non_null(reports_error(&f->rs, 3));
	assert_non_null(strstr(reports_error(&f->rs, 3), "r4.txt"));
	assert_int_equal(c->nreps, 3);
	assert_int_equal(c->npassages, 3);
	assert_int_equal(c->ninvented, 1);
	compview_init(&cv, c);
	assert_int_equal(cv.nrows, 4);
	assert_int_equal(compview_cell(&cv, 0, 0), CV_EXACT);
	assert_int_equal(compview_cell(&cv, 1, 1), CV_EXACT);
	assert_int_equal(compview_cell(&cv, 2, 0), CV_ALTERED);
	assert_int_equal(compview_cell(&cv, 0, 2), CV_NOT_USED);
	assert_int_equal(compview_cell(&cv, 3, 1), CV_NOT_FOUND);
	assert_int_equal(compview_cell(&cv, 3, 0), CV_BLANK);
	assert_int_equal(compview_mark(CV_ALTERED), '~');
	assert_int_equal(compview_mark(CV_NOT_FOUND), 'x');
	assert_int_equal(compview_passage(&cv, 2), 2);
	assert_int_equal(compview_passage(&cv, 3), -1);
}

static void
test_grid_moves(void **state)
{
	struct fixture	*f = *state;
	struct compview	 cv;

	compview_init(&cv, reports_compare(&f->rs));
	compview_fit(&cv, 80, 20);
	compview_move(&cv, -1, -1);
	assert_int_equal(cv.row, 0);
	assert_int_equal(cv.col, 0);
	compview_move(&cv, 1, 1);
	assert_int_equal(cv.row, 1);
	assert_int_equal(cv.col, 1);
	/* Far moves stop at the edges, and never overflow. */
	compview_move(&cv, 1000000000L, 1000000000L);
	assert_int_equal(cv.row, 3);
	assert_int_equal(cv.col, 2);
	compview_move(&cv, -1000000000L, -1);
	assert_int_equal(cv.row, 0);
	assert_int_equal(cv.col, 1);
	/* Everything fits at 80 columns: nothing scrolled. */
	assert_int_equal(cv.shown_cols, 3);
	assert_int_equal(cv.left, 0);
	assert_true(cv.labelw <= CV_LABEL_MAX);
}

static void
test_grid_scroll(void **state)
{
	struct fixture	*f = *state;
	struct compview	 cv;
	int		 colw;

	compview_init(&cv, reports_compare(&f->rs));
	compview_fit(&cv, 80, 20);
	colw = cv.colw;
	/* Room for the passage column and two report columns, two rows. */
	compview_fit(&cv, 20, 2);
	assert_int_equal(cv.labelw, 10);
	assert_int_equal(cv.shown_cols, (size_t)(10 / colw));
	assert_int_equal(cv.shown_rows, 2);
	compview_move(&cv, 3, 2);
	/* The cursor cell stays shown; the passage column stays. */
	assert_int_equal(cv.left, 3 - cv.shown_cols);
	assert_int_equal(cv.top, 2);
	assert_int_equal(cv.labelw, 10);
	compview_move(&cv, -3, -2);
	assert_int_equal(cv.left, 0);
	assert_int_equal(cv.top, 0);
	/* Too narrow for both: one column, no passage column. */
	compview_fit(&cv, 3, 1);
	assert_int_equal(cv.labelw, 0);
	assert_int_equal(cv.shown_cols, 1);
	compview_fit(&cv, 0, 0);
	assert_int_equal(cv.shown_rows, 0);
}

static void
test_grid_target(void **state)
{
	struct fixture		*f = *state;
	const struct compare	*c = reports_compare(&f->rs);
	struct compview		 cv;
	struct compview_target	 t;

	compview_init(&cv, c);
	compview_fit(&cv, 80, 20);
	compview_goto(&cv, 2, 0);
	compview_target(&cv, &t);
	assert_int_equal(t.col, 0);
	assert_int_equal(t.passage, 2);
	assert_int_not_equal(t.quote, 0);
	assert_int_equal(c->reps[0]->quotes[t.quote - 1].verdict,
	    VERDICT_ALTERED);
	compview_goto(&cv, 3, 1);
	compview_target(&cv, &t);
	assert_int_equal(t.passage, -1);
	assert_int_equal(c->reps[1]->quotes[t.quote - 1].verdict,
	    VERDICT_NOT_FOUND);
	compview_goto(&cv, 0, 2);
	compview_target(&cv, &t);
	assert_int_equal(t.quote, 0);
	assert_int_equal(t.passage, 0);
}

/* . and , switch reports; a count goes further; r4.txt is skipped. */
static void
test_switch(void **state)
{
	struct fixture	*f = *state;
	char		 buf[512];
	size_t		 stop;

	status_starts(&f->v, "report 1/4 HNA");
	/* Until every report is checked, the status line says how far. */
	view_status(&f->v, buf, sizeof(buf));
	assert_non_null(strstr(buf, "checking 1/4"));
	reports_compare(&f->rs);
	view_status(&f->v, buf, sizeof(buf));
	assert_null(strstr(buf, "checking"));
	keys(&f->v, "j");
	stop = f->v.pane[PANE_STMT].top;
	keys(&f->v, ".");
	assert_int_equal(f->v.cur, 1);
	assert_ptr_equal(f->v.m, reports_get(&f->rs, 1));
	status_starts(&f->v, "report 2/4 Bay Post");
	/* The statement keeps its place. */
	assert_int_equal(f->v.pane[PANE_STMT].top, stop);
	keys(&f->v, ".");
	assert_int_equal(f->v.cur, 2);
	assert_int_equal(f->v.quote, -1);
	keys(&f->v, ".");
	assert_int_equal(f->v.cur, 2);
	assert_non_null(strstr(f->v.msg, "last report"));
	keys(&f->v, "2,");
	assert_int_equal(f->v.cur, 0);
	keys(&f->v, ",");
	assert_int_equal(f->v.cur, 0);
	keys(&f->v, "9.");
	assert_int_equal(f->v.cur, 2);
	/* Ctrl-O goes back to the report before the jump. */
	view_key(&f->v, 0x0f);
	assert_int_equal(f->v.cur, 0);
}

/* The selection: the new report's quotation the statement shows. */
static void
test_switch_selects(void **state)
{
	struct fixture		*f = *state;
	const struct quote	*q;

	keys(&f->v, ".");
	q = view_quote(&f->v);
	assert_non_null(q);
	assert_int_equal(q->verdict, VERDICT_EXACT);
	assert_int_equal(quote_proposal(f->v.m, q), 2);
}

/* What the idle loop does (ui.c): view_work until nothing is left. */
static void
finish(struct view *v)
{
	int	n;

	/* Bounded: four small reports, a slice of layout at a time. */
	for (n = 0; view_pending(v) && n < 10000; n++)
		view_work(v);
	assert_false(view_pending(v));
}

/*
 * c and r before the other reports are checked do not hold the
 * keyboard: the status line says how far the checking is, the view
 * opens once it is done, and Esc stops the wait (not the checking).
 */
static void
test_wait(void **state)
{
	struct fixture	*f = *state;
	char		 buf[512];

	assert_true(view_pending(&f->v));
	keys(&f->v, "c");
	assert_false(f->v.comparing);
	view_status(&f->v, buf, sizeof(buf));
	assert_non_null(strstr(buf, "checking 1/4: the comparison opens "
	    "when every report is checked"));
	assert_non_null(strstr(buf, "Esc cancels"));
	/* The panes still answer meanwhile. */
	keys(&f->v, "j");
	assert_false(f->v.comparing);
	view_work(&f->v);
	view_status(&f->v, buf, sizeof(buf));
	assert_non_null(strstr(buf, "checking 2/4"));
	view_key(&f->v, 27);
	assert_int_equal(f->v.waiting, VIEW_WAIT_NONE);
	view_status(&f->v, buf, sizeof(buf));
	assert_non_null(strstr(buf, "not waiting"));
	finish(&f->v);
	assert_false(f->v.comparing);
	assert_null(f->v.list);
	/* Everything checked: c opens at once. */
	keys(&f->v, "c");
	assert_true(f->v.comparing);
}

/* A wait does not open its view over one the user went on to. */
static void
test_wait_gone_on(void **state)
{
	struct fixture	*f = *state;

	keys(&f->v, "r");
	assert_null(f->v.list);
	assert_int_equal(f->v.waiting, VIEW_WAIT_REPORTS);
	keys(&f->v, "o");
	assert_int_equal(f->v.list_kind, VIEW_LIST_QUOTES);
	finish(&f->v);
	assert_int_equal(f->v.list_kind, VIEW_LIST_QUOTES);
	assert_int_equal(f->v.waiting, VIEW_WAIT_NONE);
}

static void
test_compare_enter(void **state)
{
	struct fixture		*f = *state;
	const struct quote	*q;

	keys(&f->v, "c");
	finish(&f->v);
	assert_true(f->v.comparing);
	compview_goto(&f->v.cv, 2, 0);
	keys(&f->v, ".");		/* not a key of the grid */
	assert_true(f->v.comparing);
	view_key(&f->v, '\r');
	assert_false(f->v.comparing);
	assert_int_equal(f->v.cur, 0);
	q = view_quote(&f->v);
	assert_non_null(q);
	assert_int_equal(q->verdict, VERDICT_ALTERED);
	assert_int_equal(quote_proposal(f->v.m, q), 3);
	/* An empty cell: that report, at the passage, nothing selected. */
	keys(&f->v, "c");
	compview_goto(&f->v.cv, 0, 2);
	view_key(&f->v, '\r');
	assert_int_equal(f->v.cur, 2);
	assert_int_equal(f->v.quote, -1);
	assert_non_null(strstr(f->v.msg, "does not use"));
	/* q closes the view and does not quit. */
	keys(&f->v, "cq");
	assert_false(f->v.comparing);
	assert_false(f->v.quit);
	/* The grid moves with h j k l. */
	keys(&f->v, "c");
	compview_goto(&f->v.cv, 0, 0);
	keys(&f->v, "jjl");
	assert_int_equal(f->v.cv.row, 2);
	assert_int_equal(f->v.cv.col, 1);
	keys(&f->v, "h");
	assert_int_equal(f->v.cv.col, 0);
	view_key(&f->v, 0x1b);
	assert_false(f->v.comparing);
}

/* Row i of the open list as one string. */
static void
row_text(const struct view *v, size_t i, char *buf, size_t size)
{
	const struct listview_row	*r = listview_row(v->list, i);
	size_t				 k, at = 0;

	buf[0] = '\0';
	for (k = 0; r != NULL && k < r->nruns && at + 1 < size; k++)
		at += (size_t)snprintf(buf + at, size - at, "%.*s",
		    (int)r->runs[k].len, r->runs[k].text);
}

static void
test_list(void **state)
{
	struct fixture			*f = *state;
	const struct listview_row	*r;
	char				 buf[512];

	keys(&f->v, "r");
	finish(&f->v);
	assert_non_null(f->v.list);
	assert_int_equal(f->v.list_kind, VIEW_LIST_REPORTS);
	r = listview_cursor(f->v.list);
	assert_int_equal(r->kind, LIST_REPORT);
	assert_int_equal(r->item, 0);
	row_text(&f->v, 0, buf, sizeof(buf));
	assert_non_null(strstr(buf, "HNA"));
	assert_non_null(strstr(buf, "1 exact, 1 altered, 0 not found"));
	assert_non_null(strstr(buf, "proposals 2/3"));
	/* The unreadable report says why. */
	row_text(&f->v, 3, buf, sizeof(buf));
	assert_non_null(strstr(buf, "r4.txt: error: empty file"));
	keys(&f->v, "jjj");
	assert_int_equal(listview_cursor(f->v.list)->item, 3);
	view_key(&f->v, '\r');
	/* It cannot be read: the report stays, the status says why. */
	assert_int_equal(f->v.cur, 0);
	assert_non_null(strstr(f->v.msg, "empty file"));
	keys(&f->v, "rjj");
	view_key(&f->v, '\r');
	assert_null(f->v.list);
	assert_int_equal(f->v.cur, 2);
	keys(&f->v, "rq");
	assert_null(f->v.list);
	assert_false(f->v.quit);
	/* r closes its own list. */
	keys(&f->v, "rr");
	assert_null(f->v.list);
}

/* The gutter: the count and the worst use, where each passage starts. */
static void
test_gutter(void **state)
{
	struct fixture		*f = *state;
	const struct layout	*l;
	const struct doc	*d = f->st != NULL ? &f->st->doc : NULL;
	char			 b[32];
	enum role		 role;
	size_t			 i, first = SIZE_MAX, third = SIZE_MAX;

	assert_int_equal(f->v.g.gutter.w, 3);
	assert_false(view_gutter(&f->v, 0, b, sizeof(b), &role));
	reports_compare(&f->rs);
	l = f->v.pane[PANE_STMT].lay;
	for (i = 0; i < l->nlines; i++) {
		if (l->lines[i].off == d->props[0].label.off)
			first = i;
		if (l->lines[i].off == d->props[2].label.off)
			third = i;
	}
	assert_int_not_equal(first, SIZE_MAX);
	assert_true(view_gutter(&f->v, first, b, sizeof(b), &role));
	assert_string_equal(b, "1=");
	assert_int_equal(role, ROLE_EXACT);
	assert_true(view_gutter(&f->v, third, b, sizeof(b), &role));
	assert_string_equal(b, "1~");
	assert_int_equal(role, ROLE_ALTERED);
	/* The passage's next line: the mark alone. */
	assert_true(view_gutter(&f->v, third + 1, b, sizeof(b), &role));
	assert_string_equal(b, "~");
	/* The title is no passage. */
	assert_false(view_gutter(&f->v, 0, b, sizeof(b), &role));
}

/* One report: no gutter, no switching. */
static void
test_one_report(void **state)
{
	struct fixture		*f = *state;
	struct view		 v;
	struct ui_options	 o = { .color = COLOR_NEVER,
	    .layout = LAYOUT_AUTO, .sidebar = true };
	struct reports		 one;

	reports_init(&one, f->st, paths, bufs, (size_t[]){ sizeof(rep1) - 1 },
	    1);
	view_init(&v, reports_get(&one, 0), &o, false);
	view_set_reports(&v, &one, 0);
	view_resize(&v, 80, 24);
	assert_int_equal(v.g.gutter.w, 0);
	assert_false(view_pending(&v));
	status_starts(&v, "Proposal");
	keys(&v, ".");
	assert_non_null(strstr(v.msg, "only one report"));
	keys(&v, "c");
	assert_false(v.comparing);
	view_free(&v);
	reports_free(&one);
}

/* Every size down to nothing: nothing drawn outside the screen. */
static void
test_sizes(void **state)
{
	struct fixture	*f = *state;
	struct grid_rows gr;
	int		 c, r;

	keys(&f->v, "c");
	for (c = 0; c <= 30; c++)
		for (r = 0; r <= 6; r++) {
			view_resize(&f->v, c, r);
			view_grid_rows(&f->v, &gr);
			assert_true(gr.body + gr.nbody <= (r > 0 ? r : 0) ||
			    r == 0);
			assert_true(f->v.cv.labelw <= c);
			assert_true(f->v.g.gutter.w == 0 ||
			    f->v.g.gutter.x + f->v.g.gutter.w <= c);
		}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_grid_cells, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_grid_moves, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_grid_scroll, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_grid_target, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_switch, setup, teardown),
		cmocka_unit_test_setup_teardown(test_switch_selects, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_compare_enter, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_list, setup, teardown),
		cmocka_unit_test_setup_teardown(test_wait, setup, teardown),
		cmocka_unit_test_setup_teardown(test_wait_gone_on, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_gutter, setup, teardown),
		cmocka_unit_test_setup_teardown(test_one_report, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_sizes, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
