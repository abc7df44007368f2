/*
 * test_viewlist.c — the lists over the reader (o, v) in the view's
 * state: a list opens on what the reader is at, its keys move in it
 * and not in the panes, q and Esc leave the reader where it was, Enter
 * goes to the row's target in both panes (a quotation selected with
 * its source shown, a proposal, a paraphrase's passage and source) and
 * Ctrl-O comes back, the quotation list's filter is kept from one
 * opening to the next, counts work in a list, a list with nothing to
 * show does not open, and a list survives every terminal size.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "listview.h"
#include "model.h"
#include "msg.h"
#include "pipeline.h"
#include "quotelist.h"
#include "view.h"

static const char *
top_dir(void)
{
	const char	*top = getenv("QC_SRCDIR");

	return top != NULL ? top : QC_SRCDATADIR "/..";
}

struct fixture {
	struct statement	*st;
	struct model		 m;
	struct view		 v;
};

static int
start(void **state, const char *stmt, const char *rep)
{
	struct fixture		*f = calloc(1, sizeof(*f));
	struct ui_options	 o = { .color = COLOR_NEVER,
	    .layout = LAYOUT_AUTO, .sidebar = true };
	char			 s[4096], r[4096];

	msg_quiet_warnings(1);
	snprintf(s, sizeof(s), "%s/%s", top_dir(), stmt);
	snprintf(r, sizeof(r), "%s/%s", top_dir(), rep);
	if (f == NULL || (f->st = pipeline_statement(s, NULL, 0)) == NULL ||
	    pipeline_check(&f->m, f->st, r, NULL, 0) != 0)
		return -1;
	view_init(&f->v, &f->m, &o, false);
	view_resize(&f->v, 80, 24);
	*state = f;
	return 0;
}

static int
setup(void **state)
{
	return start(state, "data/statement.txt", "data/report.txt");
}

static int
setup_crlf(void **state)
{
	return start(state, "tests/golden/crlf.statement",
	    "tests/golden/crlf.report");
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;

	view_free(&f->v);
	model_free(&f->m);
	pipeline_statement_free(f->st);
	free(f);
	return 0;
}

static void
keys(struct view *v, const char *s)
{
	for (; *s != '\0'; s++)
		view_key(v, (unsigned char)*s);
}

/* Whether byte off of pane p is on a line shown there. */
static bool
off_shown(const struct view *v, int p, size_t off)
{
	size_t	line = layout_line_of(v->pane[p].lay, off);

	return line >= v->pane[p].top &&
	    line < v->pane[p].top + (size_t)view_height(v, p);
}

static size_t
cursor_item(const struct view *v)
{
	const struct listview_row	*r = listview_cursor(v->list);

	assert_non_null(r);
	return r->item;
}

/* o on a selected quotation: the cursor is on it; q changes nothing. */
static void
test_open_close(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	size_t		 top[PANE_MAX];

	keys(v, "}}}");
	assert_int_equal(v->quote, 2);
	top[PANE_STMT] = v->pane[PANE_STMT].top;
	top[PANE_REP] = v->pane[PANE_REP].top;
	keys(v, "o");
	assert_non_null(v->list);
	assert_int_equal(v->list_kind, VIEW_LIST_QUOTES);
	assert_int_equal(cursor_item(v), 2);
	/* Keys move the list, not the panes. */
	keys(v, "jjGk");
	assert_int_equal(cursor_item(v), 5);
	assert_int_equal(v->pane[PANE_REP].top, top[PANE_REP]);
	keys(v, "q");
	assert_null(v->list);
	assert_false(v->quit);
	assert_int_equal(v->quote, 2);
	assert_int_equal(v->pane[PANE_STMT].top, top[PANE_STMT]);
	assert_int_equal(v->pane[PANE_REP].top, top[PANE_REP]);
	/* Esc closes too; o in the list closes it; v switches. */
	keys(v, "o");
	view_key(v, KEYS_ESC);
	assert_null(v->list);
	keys(v, "oo");
	assert_null(v->list);
	keys(v, "ov");
	assert_int_equal(v->list_kind, VIEW_LIST_COVERAGE);
	keys(v, "x");
	assert_non_null(strstr(v->msg, "Enter goes there"));
	keys(v, "q");
	assert_null(v->list);
}

/* Enter on a quotation: selected, both panes at it; Ctrl-O returns. */
static void
test_enter_quote(void **state)
{
	struct fixture		*f = *state;
	struct view		*v = &f->v;
	const struct quote	*q;

	keys(v, "o");
	assert_int_equal(cursor_item(v), 0);
	keys(v, "GkK");
	keys(v, "\n");
	assert_null(v->list);
	assert_int_equal(v->quote, 5);
	q = &f->m.quotes[5];
	assert_true(off_shown(v, PANE_REP, quote_outer(q).off));
	assert_true(off_shown(v, PANE_STMT, q->src.off));
	view_key(v, KEYS_CTRL('o'));
	assert_int_equal(v->quote, -1);
	assert_int_equal(v->pane[PANE_REP].top, 0);
}

/* ! shows the altered and not-found ones, and stays on when reopened. */
static void
test_filter(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	char		 b[128];

	keys(v, "o!");
	assert_true(v->list->filtered);
	assert_int_equal(v->list->nshown, 3);
	listview_title(v->list, b, sizeof(b));
	assert_string_equal(b, "Quotations: altered and not found, 3 of 7");
	keys(v, "Gq");
	keys(v, "o");
	assert_true(v->list->filtered);
	keys(v, "G\r");
	assert_int_equal(v->quote, 2);
	keys(v, "o!");
	assert_false(v->list->filtered);
	assert_int_equal(cursor_item(v), 2);
	/* The coverage list has none. */
	keys(v, "v!");
	assert_non_null(strstr(v->msg, "no filter"));
	keys(v, "q!");
	assert_null(v->list);
	assert_non_null(strstr(v->msg, "o or v"));
}

/* The coverage list: Enter on a proposal, on a quotation of it. */
static void
test_enter_coverage(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;

	keys(v, "v");
	assert_int_equal(listview_cursor(v->list)->kind, LIST_PROPOSAL);
	keys(v, "jj");
	assert_int_equal(listview_cursor(v->list)->kind, LIST_PROPOSAL);
	assert_int_equal(cursor_item(v), 2);
	keys(v, "\n");
	assert_null(v->list);
	assert_int_equal(view_prop_number(v), 3);
	assert_true(off_shown(v, PANE_STMT, f->m.stmt->props[2].label.off));
	/* Reopened on proposal 3; the row under it is quotation 2. */
	keys(v, "v");
	assert_int_equal(cursor_item(v), 2);
	keys(v, "jjj\n");
	assert_int_equal(v->quote, 6);
	assert_int_equal(view_prop_number(v), 4);
	assert_true(off_shown(v, PANE_REP, quote_outer(&f->m.quotes[6]).off));
	assert_true(off_shown(v, PANE_STMT, f->m.quotes[6].src.off));
}

/* Enter on a paraphrase: its passage and its source, nothing selected. */
static void
test_enter_paraphrase(void **state)
{
	struct fixture			*f = *state;
	struct view			*v = &f->v;
	const struct paraphrase		*pa = &f->m.paras[0];

	view_resize(v, 80, 10);
	/* Quotation 1 is of proposal 2: the list opens on proposal 2. */
	keys(v, "}v");
	assert_int_equal(v->quote, 0);
	assert_int_equal(listview_cursor(v->list)->kind, LIST_PROPOSAL);
	assert_int_equal(cursor_item(v), 1);
	keys(v, "G");
	keys(v, "k");
	assert_int_equal(listview_cursor(v->list)->kind, LIST_PARAPHRASE);
	keys(v, "\r");
	assert_null(v->list);
	assert_int_equal(v->quote, -1);
	assert_int_equal(view_prop_number(v), 3);
	assert_true(off_shown(v, PANE_REP, pa->rep.off));
	assert_true(off_shown(v, PANE_STMT, pa->src.off));
}

/* Numbers: 3j moves three rows, 5G and 4 Enter go to a row, Esc forgets. */
static void
test_counts(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	size_t		 top = v->pane[PANE_STMT].top;

	keys(v, "o3j");
	assert_int_equal(cursor_item(v), 3);
	keys(v, "2k");
	assert_int_equal(cursor_item(v), 1);
	keys(v, "5G");
	assert_int_equal(cursor_item(v), 4);
	keys(v, "7");
	assert_true(v->keys.typing);
	assert_non_null(strstr(v->msg, "goes to row 7"));
	keys(v, "g");
	assert_int_equal(cursor_item(v), 6);
	keys(v, "2\r");
	assert_non_null(v->list);
	assert_int_equal(cursor_item(v), 1);
	/* A pause ends a number as Enter does, in the list alone. */
	keys(v, "4");
	view_timeout(v);
	assert_non_null(v->list);
	assert_int_equal(cursor_item(v), 3);
	assert_int_equal(v->pane[PANE_STMT].top, top);
	assert_int_equal(v->prop, -1);
	keys(v, "3");
	view_key(v, KEYS_ESC);
	assert_non_null(v->list);
	assert_false(v->keys.typing);
	assert_int_equal(cursor_item(v), 3);
	view_key(v, KEYS_ESC);
	assert_null(v->list);
}

/* Nothing to list: o and v say so and open nothing. */
static void
test_nothing(void **state)
{
	static const char	 st[] = "A statement\nIt has one paragraph "
	    "and no numbered proposals at all.\n";
	static const char	 rep[] = "A report\n\nIt quotes nothing.\n";
	struct ui_options	 o = { .color = COLOR_NEVER,
	    .layout = LAYOUT_AUTO, .sidebar = true };
	struct statement	*s;
	struct model		 m;
	struct view		 v;

	(void)state;
	msg_quiet_warnings(1);
	assert_non_null(s = pipeline_statement("s.txt", st, strlen(st)));
	assert_int_equal(pipeline_check(&m, s, "r.txt", rep, strlen(rep)),
	    0);
	view_init(&v, &m, &o, false);
	view_resize(&v, 80, 24);
	keys(&v, "o");
	assert_null(v.list);
	assert_string_equal(v.msg, "no quotations in the report");
	keys(&v, "v");
	assert_null(v.list);
	assert_string_equal(v.msg, "no numbered proposals in the statement");
	view_free(&v);
	model_free(&m);
	pipeline_statement_free(s);
}

/* Every size, a list open: the rows fit, the cursor on screen. */
static void
test_sizes(void **state)
{
	static const int	 sizes[][2] = { { 1, 1 }, { 2, 2 }, { 20, 5 },
				    { 40, 12 }, { 80, 24 }, { 0, 0 }, { 3, 3 },
				    { 200, 6 }, { 80, 24 } };
	struct fixture		*f = *state;
	struct view		*v = &f->v;
	size_t			 i;

	keys(v, "oG");
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		view_resize(v, sizes[i][0], sizes[i][1]);
		assert_true(v->g.list_body.y + v->g.list_body.h <=
		    (sizes[i][1] > 1 ? sizes[i][1] - 1 : sizes[i][1]));
		assert_int_equal(v->list->height, v->g.list_body.h);
		if (v->list->height > 0)
			assert_true(v->list->cursor < v->list->top +
			    (size_t)v->list->height);
		keys(v, "kj");
		assert_int_equal(cursor_item(v), 6);
	}
	assert_int_equal(v->g.list_title.h, 1);
	assert_int_equal(v->g.list_head.h, 1);
	assert_int_equal(v->g.list_body.h, 21);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_open_close, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_enter_quote, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_filter, setup, teardown),
		cmocka_unit_test_setup_teardown(test_enter_coverage, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_enter_paraphrase,
		    setup_crlf, teardown),
		cmocka_unit_test_setup_teardown(test_counts, setup, teardown),
		cmocka_unit_test(test_nothing),
		cmocka_unit_test_setup_teardown(test_sizes, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
