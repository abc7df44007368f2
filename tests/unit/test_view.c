/*
 * test_view.c — the reader's state without a terminal: the screen
 * arrangement at every size (nothing outside the screen, nothing
 * overlapping, one pane when tiny), and what keys do to a real model:
 * proposals by number (and the report following), counts (5j, 2G),
 * the quotation walk, Enter to the counterpart, search keys, help,
 * the sidebar toggle, synchronised scrolling (anchored on the matched
 * passages), a resize keeping the reader's place, paraphrases selected
 * as quotations are, and a view laid out only as far as it looks doing
 * all of that as one laid out in full; line numbers, backward search
 * and the pattern history, and the mouse (hit-testing a click, the
 * wheel).
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
#include "quote.h"
#include "view.h"

static const char statement[] =
    "Statement on the harbour\n"
    "May 3, 2021\n"
    "First. To reopen the north quay to cargo ships before the end of "
    "the month.\n"
    "Second. To keep the ferry timetable unchanged during the repairs.\n"
    "Third. To paint the lighthouse blue and white by the summer "
    "festival.\n"
    "Closing remarks about the harbour\xe2\x80\x99s future and its many "
    "workers.\n";

static const char report[] =
    "Harbour to reopen\n"
    "\n"
    "PORTVILLE, May 3. /HNA/. The authority said it would act \"to paint "
    "the lighthouse red and white by the summer festival\" this year.\n"
    "\n"
    "Officials promised \"to reopen the north quay to cargo ships before "
    "the end of the month\" as well.\n"
    "\n"
    "It also said \"the harbour will be painted green tomorrow "
    "morning\".\n"
    "\n"
    "The harbour\xe2\x80\x99s future was discussed.\n";

struct fixture {
	struct statement *st;
	struct model	m;
	struct view	v;
};

static int
setup(void **state)
{
	struct fixture		*f = calloc(1, sizeof(*f));
	struct ui_options	 o = { .color = COLOR_NEVER, .layout = LAYOUT_AUTO,
	    .sidebar = true };

	msg_quiet_warnings(1);
	if (f == NULL || (f->st = pipeline_statement("s.txt", statement,
	    strlen(statement))) == NULL || pipeline_check(&f->m, f->st,
	    "r.txt", report, strlen(report)) != 0)
		return -1;
	view_init(&f->v, &f->m, &o, false);
	/* Narrow side by side panes: many lines, short panes. */
	view_resize(&f->v, 80, 12);
	*state = f;
	return 0;
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

/* The document bytes of pane p's top line. */
static const char *
top_text(const struct view *v, int p)
{
	const struct doc	*d = p == PANE_STMT ? v->m->stmt : &v->m->rep;
	const struct line	*ln = &v->pane[p].lay->lines[v->pane[p].top];

	return d->text + ln->off;
}

/* Whether byte off of pane p is on a line shown there. */
static bool
off_shown(const struct view *v, int p, size_t off)
{
	size_t	line = layout_line_of(v->pane[p].lay, off);

	return line >= v->pane[p].top &&
	    line < v->pane[p].top + (size_t)view_height(v, p);
}

/* Whether text (first found in pane p's document) is shown there. */
static bool
shown(const struct view *v, int p, const char *text)
{
	const struct doc	*d = p == PANE_STMT ? v->m->stmt : &v->m->rep;
	const char		*at = strstr(d->text, text);

	assert_non_null(at);
	return off_shown(v, p, (size_t)(at - d->text));
}

/* No pane shows more than the end of its document below it. */
static void
assert_not_past_end(const struct view *v)
{
	int	p;
	size_t	h;

	for (p = 0; p < PANE_MAX; p++) {
		h = (size_t)view_height(v, p);
		if (view_nlines(v, p) > h)
			assert_true(v->pane[p].top + h <= view_nlines(v, p));
		else
			assert_int_equal(v->pane[p].top, 0);
	}
}

static bool
inside(const struct rect *r, int cols, int rows)
{
	return r->h == 0 || r->w == 0 || (r->y >= 0 && r->x >= 0 &&
	    r->y + r->h <= rows && r->x + r->w <= cols);
}

static bool
overlap(const struct rect *a, const struct rect *b)
{
	if (a->h == 0 || a->w == 0 || b->h == 0 || b->w == 0)
		return false;
	return a->x < b->x + b->w && b->x < a->x + a->w &&
	    a->y < b->y + b->h && b->y < a->y + a->h;
}

/* Text never touches a separator on its right: a blank column between. */
static bool
apart(const struct rect *text, const struct rect *sep)
{
	if (text->h == 0 || text->w == 0 || sep->h == 0 || sep->w == 0 ||
	    sep->x < text->x)
		return true;
	return sep->x > text->x + text->w;
}

/*
 * Every size up to 200x60, every mode: inside, apart, never empty, and
 * text a column away from the separators.
 */
static void
test_geometry_every_size(void **state)
{
	struct geom	g;
	struct rect	all[8];
	int		c, r, mode, flags, p, n, i, j;

	(void)state;
	for (c = 0; c <= 200; c++)
	for (r = 0; r <= 60; r++)
	for (mode = 0; mode < 3; mode++)
	for (flags = 0; flags < 8; flags++) {
		view_geometry(&g, c, r, (enum layout_mode)mode, flags & 1,
		    flags & 2, flags & 4);
		n = 0;
		for (p = 0; p < PANE_MAX; p++)
			if (g.shown[p] && !(g.overlay && p == PANE_REP) &&
			    !(g.overlay && g.arrange == ARRANGE_SINGLE)) {
				all[n++] = g.title[p];
				all[n++] = g.text[p];
			}
		all[n++] = g.sep;
		all[n++] = g.sep2;
		all[n++] = g.side;
		all[n++] = g.status;
		for (i = 0; i < n; i++) {
			assert_true(inside(&all[i], c, r));
			for (j = i + 1; j < n; j++)
				assert_false(overlap(&all[i], &all[j]));
		}
		for (p = 0; p < PANE_MAX; p++)
			assert_true(apart(&g.text[p], &g.sep) &&
			    apart(&g.text[p], &g.sep2));
		if (c > 0 && r > 0) {
			p = g.shown[PANE_STMT] ? PANE_STMT : PANE_REP;
			assert_true(g.shown[p]);
			assert_true(g.text[p].h > 0 && g.text[p].w > 0);
		}
	}
}

static void
test_geometry_rules(void **state)
{
	struct geom	g;

	(void)state;
	view_geometry(&g, 160, 45, LAYOUT_AUTO, PANE_STMT, true, false);
	assert_int_equal(g.arrange, ARRANGE_SIDE);
	assert_true(g.side.w > 0 && !g.overlay);
	assert_int_equal(g.status.y, 44);
	/* A blank column before each separator, none wasted otherwise. */
	assert_int_equal(g.text[PANE_STMT].w, g.sep.x - 1);
	assert_int_equal(g.text[PANE_REP].x, g.sep.x + 2);
	assert_int_equal(g.text[PANE_REP].x + g.text[PANE_REP].w,
	    g.sep2.x - 1);
	view_geometry(&g, 160, 45, LAYOUT_AUTO, PANE_STMT, false, false);
	assert_int_equal(g.side.w, 0);
	assert_int_equal(g.text[PANE_REP].x + g.text[PANE_REP].w, 160);
	view_geometry(&g, 160, 45, LAYOUT_STACKED, PANE_STMT, true, false);
	assert_int_equal(g.text[PANE_REP].w, g.sep2.x - 1);
	/* 80-119: the sidebar folds away; i shows it over the report. */
	view_geometry(&g, 100, 30, LAYOUT_AUTO, PANE_STMT, true, false);
	assert_int_equal(g.arrange, ARRANGE_SIDE);
	assert_int_equal(g.side.w, 0);
	view_geometry(&g, 100, 30, LAYOUT_AUTO, PANE_STMT, true, true);
	assert_true(g.overlay);
	assert_int_equal(g.side.x, g.title[PANE_REP].x);
	view_geometry(&g, 79, 24, LAYOUT_AUTO, PANE_STMT, true, false);
	assert_int_equal(g.arrange, ARRANGE_STACKED);
	assert_true(g.text[PANE_STMT].y < g.text[PANE_REP].y);
	view_geometry(&g, 160, 45, LAYOUT_STACKED, PANE_STMT, true, false);
	assert_int_equal(g.arrange, ARRANGE_STACKED);
	view_geometry(&g, 80, 24, LAYOUT_SIDE, PANE_STMT, true, false);
	assert_int_equal(g.arrange, ARRANGE_SIDE);
	view_geometry(&g, 39, 24, LAYOUT_SIDE, PANE_REP, true, false);
	assert_int_equal(g.arrange, ARRANGE_SINGLE);
	assert_true(g.shown[PANE_REP] && !g.shown[PANE_STMT]);
	view_geometry(&g, 120, 9, LAYOUT_AUTO, PANE_STMT, true, false);
	assert_int_equal(g.arrange, ARRANGE_SINGLE);
	view_geometry(&g, 1, 1, LAYOUT_AUTO, PANE_STMT, true, false);
	assert_int_equal(g.text[PANE_STMT].h, 1);
	assert_int_equal(g.text[PANE_STMT].w, 1);
	assert_int_equal(g.status.h, 0);
}

static void
test_proposal_by_number(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	char		 b[200];

	keys(v, "3\r");
	assert_int_equal(view_prop_number(v), 3);
	assert_true(shown(v, PANE_STMT, "Third."));
	/* The report follows to the quotation of proposal 3 and selects it. */
	assert_non_null(view_quote(v));
	assert_int_equal(quote_proposal(v->m, view_quote(v)), 3);
	assert_true(off_shown(v, PANE_REP, quote_outer(view_quote(v)).off));
	view_status(v, b, sizeof(b));
	assert_string_equal(b, "Proposal 3/3 \xc2\xb7 quote 1/3 altered \xc2\xb7 "
	    "lines 3-6/6");
	/* Digits typed in a row make one number: 32. */
	keys(v, "3");
	keys(v, "2");
	view_timeout(v);
	assert_string_equal(v->msg, "no proposal 32");
	/* A pause ends a number: the next digit starts a new one. */
	keys(v, "2");
	view_timeout(v);
	assert_string_equal(v->msg, "proposal 2 not covered by the report");
	assert_true(shown(v, PANE_STMT, "Second."));
	keys(v, "9\r");
	assert_string_equal(v->msg, "no proposal 9");
	keys(v, "[");
	assert_int_equal(view_prop_number(v), 1);
	assert_true(strncmp(top_text(v, PANE_STMT), "First.", 6) == 0);
	keys(v, "]]");
	assert_int_equal(view_prop_number(v), 3);
	keys(v, "]");
	assert_int_equal(view_prop_number(v), 3);
	assert_string_equal(v->msg, "no proposal after this one");
}

static void
test_count_is_not_a_proposal(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;

	assert_int_equal(v->pane[PANE_STMT].top, 0);
	keys(v, "3j");
	/* 3 went to proposal 3, then j made it a count: 3 lines down. */
	assert_int_equal(v->pane[PANE_STMT].top, 3);
	assert_int_equal(v->prop == -1 || view_prop_number(v) != 3, 1);
	keys(v, "j");
	assert_int_equal(v->pane[PANE_STMT].top, 4);
	keys(v, "2k");
	assert_int_equal(v->pane[PANE_STMT].top, 2);
	keys(v, "G");
	assert_int_equal(v->pane[PANE_STMT].top,
	    view_nlines(v, PANE_STMT) - (size_t)view_height(v, PANE_STMT));
	keys(v, "j");
	assert_int_equal(v->pane[PANE_STMT].top,
	    view_nlines(v, PANE_STMT) - (size_t)view_height(v, PANE_STMT));
	keys(v, "g");
	assert_int_equal(v->pane[PANE_STMT].top, 0);
	/* 3G: the third line of the file (First.) at the top. */
	keys(v, "3G");
	assert_true(strncmp(top_text(v, PANE_STMT), "First.", 6) == 0);
	/* Esc forgets the number and undoes its jump. */
	keys(v, "g2\x1b");
	assert_int_equal(v->pane[PANE_STMT].top, 0);
}

static void
test_pages(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	size_t		 h, last;

	view_resize(v, 80, 10);
	h = (size_t)view_height(v, PANE_STMT);
	last = view_nlines(v, PANE_STMT) - h;

	assert_true(view_nlines(v, PANE_STMT) > h + h / 2);
	keys(v, "d");
	assert_int_equal(v->pane[PANE_STMT].top, h / 2);
	keys(v, "u");
	assert_int_equal(v->pane[PANE_STMT].top, 0);
	if (last > h)
		last = h;
	keys(v, " ");
	assert_int_equal(v->pane[PANE_STMT].top, last);
	keys(v, "b");
	assert_int_equal(v->pane[PANE_STMT].top, 0);
	view_key(v, KEYS_CTRL('f'));
	assert_int_equal(v->pane[PANE_STMT].top, last);
	view_key(v, KEYS_PPAGE);
	assert_int_equal(v->pane[PANE_STMT].top, 0);
	assert_int_equal(v->pane[PANE_REP].top, 0);
}

static void
test_quotation_walk(void **state)
{
	struct fixture		*f = *state;
	struct view		*v = &f->v;
	static const enum verdict want[] = { VERDICT_ALTERED, VERDICT_EXACT,
				    VERDICT_NOT_FOUND };
	size_t			 i;

	assert_null(view_quote(v));
	for (i = 0; i < 3; i++) {
		keys(v, "}");
		assert_non_null(view_quote(v));
		assert_int_equal(quote_id(v->m, view_quote(v)), i + 1);
		assert_int_equal(view_quote(v)->verdict, want[i]);
		/* Visible in the report pane. */
		assert_true(layout_line_of(v->pane[PANE_REP].lay,
		    quote_outer(view_quote(v)).off) >= v->pane[PANE_REP].top);
		assert_true(layout_line_of(v->pane[PANE_REP].lay,
		    quote_outer(view_quote(v)).off) < v->pane[PANE_REP].top +
		    (size_t)view_height(v, PANE_REP));
	}
	keys(v, "}");
	assert_int_equal(quote_id(v->m, view_quote(v)), 3);
	assert_string_equal(v->msg, "this is the last quotation");
	keys(v, "2{");
	assert_int_equal(quote_id(v->m, view_quote(v)), 1);
	/* Quotation 1 is of proposal 3: that proposal is now selected. */
	assert_int_equal(view_prop_number(v), 3);
}

static void
test_counterpart(void **state)
{
	struct fixture		*f = *state;
	struct view		*v = &f->v;
	const struct quote	*q;

	keys(v, "}}");
	q = view_quote(v);
	keys(v, "G");		/* the statement away from the source */
	assert_int_equal(v->focus, PANE_STMT);
	keys(v, "\n");
	assert_int_equal(v->focus, PANE_REP);
	assert_true(off_shown(v, PANE_REP, quote_outer(q).off));
	assert_not_past_end(v);
	/* G scrolls the quotation away: Enter takes the one on screen. */
	keys(v, "}{");
	assert_ptr_equal(view_quote(v), q);
	keys(v, "\n");
	assert_int_equal(v->focus, PANE_STMT);
	assert_true(off_shown(v, PANE_STMT, q->src.off));
	assert_not_past_end(v);
	keys(v, "l");
	/* The not-found quotation has no counterpart. */
	keys(v, "}l\n");
	assert_string_equal(v->msg, "quotation 3 is not in the statement");
	assert_int_equal(v->focus, PANE_REP);
}

/*
 * A quotation not found with a closest passage: selected, the passage
 * is drawn selected in its own role (it is no source); Enter from the
 * report brings the statement to it and says how similar it is.
 */
static void
test_closest_passage(void **state)
{
	static const char st[] =
	    "Statement of the Water Board\n\n"
	    "The Board met on Thursday.\n\nIt reviewed the reservoirs.\n\n"
	    "It heard the engineers.\n\nIt read the letters.\n\n"
	    "It thanked the staff.\n\nIt set a date.\n\n"
	    "1. Households will be asked to limit garden watering to two "
	    "evenings a week until the end of August.\n\n"
	    "2. The Board will meet again.\n";
	static const char rep[] =
	    "Hoses banned\n\nHouseholds face \"a total ban on garden "
	    "watering until the end of the summer\", the board said.\n";
	struct ui_options	 o = { .color = COLOR_NEVER,
	    .layout = LAYOUT_AUTO, .sidebar = true };
	struct statement	*sst;
	struct model		 m;
	struct view		 v;
	const struct quote	*q;

	(void)state;
	msg_quiet_warnings(1);
	assert_non_null(sst = pipeline_statement("s.txt", st, strlen(st)));
	assert_int_equal(pipeline_check(&m, sst, "r.txt", rep, strlen(rep)),
	    0);
	view_init(&v, &m, &o, false);
	view_resize(&v, 80, 12);
	keys(&v, "}");
	assert_non_null(q = view_quote(&v));
	assert_int_equal(q->verdict, VERDICT_NOT_FOUND);
	assert_true(quote_closest(q)->src.len > 0);
	assert_false(off_shown(&v, PANE_STMT, quote_closest(q)->src.off));
	assert_true(view_selected_at(&v, PANE_STMT, quote_closest(q)->src.off));
	assert_false(view_selected_at(&v, PANE_STMT,
	    quote_closest(q)->src.off - 1));
	assert_int_equal(view_role_at(&v, PANE_STMT, quote_closest(q)->src.off,
	    ROLE_LABEL), ROLE_LABEL);
	keys(&v, "l\n");
	assert_int_equal(v.focus, PANE_STMT);
	assert_true(off_shown(&v, PANE_STMT, quote_closest(q)->src.off));
	assert_string_equal(v.msg, "closest passage, 50% similar");
	assert_ptr_equal(view_quote(&v), q);
	view_free(&v);
	model_free(&m);
	pipeline_statement_free(sst);
}

static void
search(struct view *v, const char *pat)
{
	keys(v, "/");
	assert_true(v->prompting);
	keys(v, pat);
	keys(v, "\r");
	assert_false(v->prompting);
}

/* What search.c finds is tested there; here, what / n N do. */
static void
test_search_keys(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;

	search(v, "harbour's");
	assert_int_equal(v->spane, PANE_STMT);
	assert_int_equal(v->nmatches, 1);
	assert_int_equal(v->match, 0);
	/* The statement scrolled to show it. */
	assert_true(layout_line_of(v->pane[PANE_STMT].lay,
	    v->matches[0].off) >= v->pane[PANE_STMT].top);
	assert_true(layout_line_of(v->pane[PANE_STMT].lay,
	    v->matches[0].off) < v->pane[PANE_STMT].top +
	    (size_t)view_height(v, PANE_STMT));
	keys(v, "g");
	search(v, "the");
	assert_true(v->nmatches > 3);
	assert_int_equal(v->match, 0);
	keys(v, "n");
	assert_int_equal(v->match, 1);
	keys(v, "N");
	assert_int_equal(v->match, 0);
	keys(v, "N");
	assert_int_equal(v->match, (long)v->nmatches - 1);
	assert_string_equal(v->msg, "search hit top, continuing at bottom");
	keys(v, "n");
	assert_int_equal(v->match, 0);
	assert_string_equal(v->msg, "search hit bottom, continuing at top");
	keys(v, "2n");
	assert_int_equal(v->match, 2);
	assert_int_equal(view_match_from(v, PANE_STMT, 0), 0);
	assert_int_equal(view_match_from(v, PANE_REP, 0), v->nmatches);
	search(v, "zebra");
	assert_string_equal(v->msg, "Pattern not found");
	/* An empty pattern repeats the last; Esc leaves the prompt. */
	keys(v, "/\x1b");
	assert_false(v->prompting);
	/* n searches the pane that has the focus now. */
	search(v, "discussed");
	assert_string_equal(v->msg, "Pattern not found");
	keys(v, "l");
	keys(v, "n");
	assert_int_equal(v->spane, PANE_REP);
	assert_int_equal(v->nmatches, 1);
}

static void
test_search_prompt_editing(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;

	keys(v, "/quayx");
	view_key(v, KEYS_BACKSPACE);
	assert_string_equal(v->input, "quay");
	view_key(v, 0x2019);	/* typed as a code point */
	assert_string_equal(v->input, "quay\xe2\x80\x99");
	view_key(v, 0xe9);
	view_key(v, 0x1f600);
	assert_string_equal(v->input,
	    "quay\xe2\x80\x99\xc3\xa9\xf0\x9f\x98\x80");
	view_key(v, 0x7f);
	view_key(v, 0x7f);
	view_key(v, 0x7f);
	view_key(v, 0x1b);
	assert_false(v->prompting);
	assert_null(v->pattern);
	keys(v, "/");
	view_key(v, KEYS_BACKSPACE);	/* on an empty prompt: leave it */
	assert_false(v->prompting);
}

static void
test_help_and_toggles(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;

	keys(v, "?");
	assert_true(v->help);
	keys(v, "x");		/* closes the help, does not act */
	assert_false(v->help);
	assert_string_equal(v->msg, "");
	keys(v, "?q");
	assert_false(v->help);
	assert_false(v->quit);
	assert_int_equal(v->pane[PANE_STMT].top, 0);
	/* 80 columns: i shows the sidebar over the report pane. */
	keys(v, "i");
	assert_true(v->g.overlay);
	keys(v, "i");
	assert_false(v->g.overlay);
	view_resize(v, 160, 40);
	assert_true(v->g.side.w > 0);
	keys(v, "i");
	assert_int_equal(v->g.side.w, 0);
	keys(v, "q");
	assert_true(v->quit);
}

static void
test_sync_off_moves_one_pane(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;

	keys(v, "jj");
	assert_int_equal(v->pane[PANE_STMT].top, 2);
	assert_int_equal(v->pane[PANE_REP].top, 0);
	keys(v, "\tj");
	assert_int_equal(v->focus, PANE_REP);
	assert_int_equal(v->pane[PANE_REP].top, 1);
	assert_int_equal(v->pane[PANE_STMT].top, 2);
	keys(v, "s");
	assert_true(v->sync);
	keys(v, "s");
	assert_false(v->sync);
}

static void
test_resize_keeps_place(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	const char	*top;
	int		 c, r;

	keys(v, "3\r");
	top = top_text(v, PANE_STMT);
	for (c = 0; c <= 130; c += 7)
		for (r = 0; r <= 40; r += 5)
			view_resize(v, c, r);
	view_resize(v, 1, 1);
	view_resize(v, 80, 12);
	/* Line starts move with the width: the place is kept near enough. */
	assert_true(top_text(v, PANE_STMT) <= top);
	assert_true(shown(v, PANE_STMT, "Third."));
	assert_int_equal(view_prop_number(v), 3);
}

static void
test_tiny_shows_the_focus(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;

	view_resize(v, 30, 8);
	assert_int_equal(v->g.arrange, ARRANGE_SINGLE);
	assert_true(v->g.shown[PANE_STMT]);
	keys(v, "\t");
	assert_true(v->g.shown[PANE_REP] && !v->g.shown[PANE_STMT]);
	/* Both stay laid out: } scrolls the hidden one too. */
	keys(v, "}");
	assert_non_null(v->pane[PANE_STMT].lay);
	assert_true(strncmp(top_text(v, PANE_STMT), "Third.", 6) == 0 ||
	    strstr(top_text(v, PANE_STMT), "To paint") != NULL);
}

static void
test_open_at(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;

	view_open(v, 3, 0);
	assert_true(shown(v, PANE_STMT, "Third."));
	assert_int_equal(view_prop_number(v), 3);
	view_open(v, 0, 2);
	assert_int_equal(quote_id(v->m, view_quote(v)), 2);
	assert_int_equal(view_prop_number(v), 1);
	view_open(v, 0, 9);
	assert_string_equal(v->msg, "no quotation 9");
}

static void
test_no_quotations(void **state)
{
	struct statement	*st;
	struct model		 m;
	struct view		 v;
	struct ui_options	 o = { .color = COLOR_NEVER, .layout = LAYOUT_AUTO,
	    .sidebar = true };
	static const char	 rep[] = "Weather\n\nIt rained all day.\n";
	char			 b[200];

	(void)state;
	assert_non_null(st = pipeline_statement("s.txt", statement,
	    strlen(statement)));
	assert_int_equal(pipeline_check(&m, st, "r.txt", rep, strlen(rep)),
	    0);
	view_init(&v, &m, &o, true);
	view_resize(&v, 80, 24);
	view_status(&v, b, sizeof(b));
	assert_string_equal(b, "no quotations in the report");
	keys(&v, "}");
	assert_string_equal(v.msg, "no quotations in the report");
	keys(&v, "\n");
	assert_string_equal(v.msg, "no quotations in the report");
	keys(&v, "1\r");
	assert_string_equal(v.msg, "proposal 1 not covered by the report");
	keys(&v, "j");
	view_status(&v, b, sizeof(b));
	assert_string_equal(b, "Proposal 1/3 | no quotations | lines 1-6/6");
	view_free(&v);
	model_free(&m);
	pipeline_statement_free(st);
}

/*
 * A long statement: the proposals of the short one in the middle of
 * filler paragraphs, so that the first screens need a small part of
 * its layout.
 */
static char *
long_statement(size_t *len)
{
	static const char	 filler[] = "Paragraph %d: the council met "
				    "again and talked at length about matters "
				    "of no consequence for anybody here.\n\n";
	const char		*mid = strstr(statement, "First.");
	size_t			 cap = 1 << 20, n = 0;
	char			*s = malloc(cap);
	int			 i;

	assert_non_null(s);
	n += (size_t)snprintf(s + n, cap - n, "Statement on the harbour\n"
	    "May 3, 2021\n\n");
	for (i = 0; i < 2000; i++)
		n += (size_t)snprintf(s + n, cap - n, filler, i);
	n += (size_t)snprintf(s + n, cap - n, "%s\n", mid);
	for (i = 2000; i < 4000; i++)
		n += (size_t)snprintf(s + n, cap - n, filler, i);
	assert_true(n < cap);
	*len = n;
	return s;
}

/* Two views in the same place, down to the line at each pane's top. */
static void
assert_same_place(const struct view *a, const struct view *b)
{
	int	p;

	assert_int_equal(a->focus, b->focus);
	assert_int_equal(a->prop, b->prop);
	assert_int_equal(a->quote, b->quote);
	assert_int_equal(a->match, b->match);
	assert_string_equal(a->msg, b->msg);
	for (p = 0; p < PANE_MAX; p++) {
		assert_int_equal(a->pane[p].top, b->pane[p].top);
		assert_int_equal(a->pane[p].anchor, b->pane[p].anchor);
		assert_int_equal(view_height(a, p), view_height(b, p));
	}
}

/*
 * Laid out only as far as it looks, a view opens at a proposal and
 * answers every key as one laid out in full does; view_work finishes
 * the rest, and the percentage then counts lines.
 */
static void
test_progressive(void **state)
{
	static const char *const script[] = { "j", "5j", " ", "b", "d",
	    "]", "]", "[", "}", "}", "{", "3", "\t", "j", "\t", "G", "g",
	    "2G", "/lighthouse\r", "n", "N", "\n", "\n", "i", "i", " ",
	    "s", "3j", "s", "4000G", "50%", "1", "}", "\x1b" };
	struct ui_options	 o = { .color = COLOR_NEVER, .layout = LAYOUT_AUTO,
	    .sidebar = true };
	struct statement	*st;
	struct model		 m;
	struct view		 lazy, full;
	char			*s, a[200], b[200];
	size_t			 len, i, n;

	(void)state;
	s = long_statement(&len);
	assert_non_null(st = pipeline_statement("s.txt", s, len));
	assert_int_equal(pipeline_check(&m, st, "r.txt", report,
	    strlen(report)), 0);
	free(s);
	view_init(&lazy, &m, &o, false);
	view_init(&full, &m, &o, false);
	view_resize(&lazy, 80, 24);
	view_resize(&full, 80, 24);
	view_finish(&full);
	assert_true(view_pending(&lazy));
	assert_false(view_pending(&full));
	/* The screenful and a line more, far from all of it. */
	n = view_nlines(&lazy, PANE_STMT);
	assert_true(n > (size_t)view_height(&lazy, PANE_STMT));
	assert_true(n * 4 < view_nlines(&full, PANE_STMT));
	view_status(&lazy, a, sizeof(a));
	view_status(&full, b, sizeof(b));
	assert_string_equal(a, b);

	for (i = 0; i < 3; i++) {
		keys(&lazy, i == 2 ? "g" : "5j ");
		keys(&full, i == 2 ? "g" : "5j ");
		assert_same_place(&lazy, &full);
	}
	/* -p 3 lays out as far as proposal 3 and a screenful. */
	view_open(&lazy, 3, 0);
	view_open(&full, 3, 0);
	assert_true(view_pending(&lazy));
	assert_true(strncmp(top_text(&lazy, PANE_STMT), "Third.", 6) == 0);
	assert_same_place(&lazy, &full);
	assert_true(view_nlines(&lazy, PANE_STMT) <
	    view_nlines(&full, PANE_STMT));

	for (i = 0; i < sizeof(script) / sizeof(script[0]); i++) {
		keys(&lazy, script[i]);
		keys(&full, script[i]);
		view_finish(&full);
		assert_same_place(&lazy, &full);
		if (i == 7) {
			/* A resize keeps both in the same place too. */
			view_resize(&lazy, 130, 40);
			view_resize(&full, 130, 40);
			view_finish(&full);
			assert_same_place(&lazy, &full);
		}
	}
	/* The rest, a slice at a time; then the same percentage. */
	keys(&lazy, "gj");
	keys(&full, "gj");
	view_resize(&lazy, 100, 30);
	view_resize(&full, 100, 30);
	view_finish(&full);
	assert_true(view_pending(&lazy));
	for (n = 0; view_pending(&lazy); n++)
		view_work(&lazy);
	assert_true(n > 1);
	assert_int_equal(view_nlines(&lazy, PANE_STMT),
	    view_nlines(&full, PANE_STMT));
	assert_same_place(&lazy, &full);
	view_status(&lazy, a, sizeof(a));
	view_status(&full, b, sizeof(b));
	assert_string_equal(a, b);
	view_free(&lazy);
	view_free(&full);
	model_free(&m);
	pipeline_statement_free(st);
}

/*
 * A pair where scrolling matters: filler paragraphs around the
 * proposals and between the quotations, so that at 80x12 no screen
 * shows everything.
 */
static char *
filler(char *s, size_t *n, size_t cap, int count, const char *what)
{
	int	i;

	for (i = 0; i < count; i++)
		*n += (size_t)snprintf(s + *n, cap - *n, "The %s came up "
		    "again, at some length, in the afternoon session of the "
		    "committee (item %d).\n\n", what, i);
	return s;
}

/* A pair from memory through the pipeline; unload() frees both. */
static struct statement *test_st;

static int
load_mem(struct model *m, const char *st, size_t ns, const char *rp,
    size_t nr)
{
	if ((test_st = pipeline_statement("s.txt", st, ns)) == NULL)
		return -1;
	return pipeline_check(m, test_st, "r.txt", rp, nr);
}

static void
unload(struct model *m)
{
	model_free(m);
	pipeline_statement_free(test_st);
	test_st = NULL;
}

static int
nav_load(struct model *m)
{
	char	st[8192], rp[8192];
	size_t	ns = 0, nr = 0;

	ns += (size_t)snprintf(st, sizeof(st), "Statement on the river "
	    "works\nJune 2, 2024\n\n");
	filler(st, &ns, sizeof(st), 4, "weather");
	ns += (size_t)snprintf(st + ns, sizeof(st) - ns, "First. To dredge "
	    "the channel below the weir before the end of the summer.\n\n"
	    "Second. To keep the towpath open to walkers all year.\n\n"
	    "Third. To rebuild the old lock keeper's cottage as a "
	    "museum.\n\n");
	filler(st, &ns, sizeof(st), 6, "budget");
	filler(rp, &nr, sizeof(rp), 0, "");
	nr += (size_t)snprintf(rp, sizeof(rp), "River plans\n\nWEIRTON, "
	    "June 2. /RNA/. Work will start soon.\n\n");
	filler(rp, &nr, sizeof(rp), 3, "cost");
	nr += (size_t)snprintf(rp + nr, sizeof(rp) - nr, "The council "
	    "promised \"to dredge the channel below the weir before the end "
	    "of the summer\" as planned.\n\n");
	filler(rp, &nr, sizeof(rp), 3, "traffic");
	nr += (size_t)snprintf(rp + nr, sizeof(rp) - nr, "It also vowed "
	    "\"to rebuild the old lock keeper's cottage as a museum\" "
	    "soon.\n\n");
	filler(rp, &nr, sizeof(rp), 3, "noise");
	nr += (size_t)snprintf(rp + nr, sizeof(rp) - nr, "A member said "
	    "\"the moon is made of green cheese on Tuesdays\" in jest.\n");
	assert_true(ns < sizeof(st) && nr < sizeof(rp));
	return load_mem(m, st, ns, rp, nr);
}

static void
nav_view(struct view *v, const struct model *m)
{
	struct ui_options	o = { .color = COLOR_NEVER, .layout = LAYOUT_AUTO,
	    .sidebar = true };

	view_init(v, m, &o, false);
	view_resize(v, 80, 12);
}

/* Defect: ] [ } { counted from a selection scrolled out of sight. */
static void
test_steps_follow_the_view(void **state)
{
	struct model	m;
	struct view	v;
	char		b[200];

	(void)state;
	assert_int_equal(nav_load(&m), 0);
	nav_view(&v, &m);
	assert_int_equal(m.stmt->nprops, 3);
	assert_int_equal(m.nquotes, 3);
	/* 3, then g: no proposal on screen, none current; ] goes to First. */
	keys(&v, "3\r");
	assert_int_equal(view_prop_number(&v), 3);
	keys(&v, "g");
	assert_int_equal(view_prop_number(&v), 0);
	view_status(&v, b, sizeof(b));
	assert_true(strncmp(b, "Proposal -/3", 12) == 0);
	keys(&v, "]");
	assert_int_equal(view_prop_number(&v), 1);
	assert_string_equal(v.msg, "");
	/* 2, then j: Second stays current, though Third is on screen. */
	keys(&v, "2\r");
	assert_true(shown(&v, PANE_STMT, "Third."));
	keys(&v, "j");
	assert_false(shown(&v, PANE_STMT, "Second."));
	assert_int_equal(view_prop_number(&v), 2);
	/* [ from inside Second goes to its own label, as vim's [[ does. */
	keys(&v, "[");
	assert_int_equal(view_prop_number(&v), 2);
	assert_true(shown(&v, PANE_STMT, "Second."));
	/* l G {: the last quotation; g: it is gone, and } is the first. */
	keys(&v, "lG{");
	assert_int_equal(quote_id(v.m, view_quote(&v)), 3);
	keys(&v, "g");
	assert_null(view_quote(&v));
	view_status(&v, b, sizeof(b));
	assert_non_null(strstr(b, "quote -/3"));
	keys(&v, "}");
	assert_int_equal(quote_id(v.m, view_quote(&v)), 1);
	/* { from the view: the last quotation above its bottom. */
	keys(&v, "G");
	assert_null(view_quote(&v));
	keys(&v, "{");
	assert_int_equal(quote_id(v.m, view_quote(&v)), 3);
	keys(&v, "k");
	assert_int_equal(quote_id(v.m, view_quote(&v)), 3);
	view_free(&v);
	unload(&m);
}

/* The small pair: the first screen shows First; j k does not select it. */
static void
test_steps_from_a_fresh_view(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;

	assert_true(shown(v, PANE_STMT, "First."));
	keys(v, "jk");
	assert_int_equal(v->prop, -1);
	keys(v, "]");
	assert_int_equal(view_prop_number(v), 1);
}

/* A quotation of another proposal says so on the status line. */
static void
test_status_names_whose_quotation(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	char		 b[200];

	keys(v, "}");
	assert_int_equal(quote_proposal(v->m, view_quote(v)), 3);
	keys(v, "1\r");
	assert_int_equal(view_prop_number(v), 1);
	view_status(v, b, sizeof(b));
	if (view_quote(v) != NULL && quote_proposal(v->m, view_quote(v)) != 1)
		assert_non_null(strstr(b, "(proposal "));
	keys(v, "l}}}}\x1b");	/* Esc: the message goes, nothing else */
	assert_int_equal(quote_id(v->m, view_quote(v)), 3);
	view_status(v, b, sizeof(b));
	assert_non_null(strstr(b, "quote 3/3 not-found"));
	assert_true(view_prop_number(v) == 0 ||
	    strstr(b, "quote 3/3 not-found (no proposal)") != NULL);
	keys(v, "3\r");
	assert_int_equal(view_prop_number(v), 3);
	view_status(v, b, sizeof(b));
	assert_true(view_quote(v) == NULL ||
	    quote_proposal(v->m, view_quote(v)) == 3 ||
	    strstr(b, "(") != NULL);
}

/* Defect: jumps scrolled past the end, and pinned targets to row 1. */
static void
test_jumps_keep_context_not_past_end(void **state)
{
	struct model	 m;
	struct view	 v;
	size_t		 line;

	(void)state;
	assert_int_equal(nav_load(&m), 0);
	nav_view(&v, &m);
	keys(&v, "}");
	line = layout_line_of(v.pane[PANE_REP].lay,
	    quote_outer(view_quote(&v)).off);
	assert_true(line > 3);
	assert_int_equal(v.pane[PANE_REP].top, line - 2);
	keys(&v, "}}");
	assert_int_equal(quote_id(v.m, view_quote(&v)), 3);
	assert_not_past_end(&v);
	assert_true(off_shown(&v, PANE_REP, quote_outer(view_quote(&v)).off));
	keys(&v, "3\r");
	assert_not_past_end(&v);
	assert_true(shown(&v, PANE_STMT, "Third."));
	keys(&v, "h9999G");
	assert_not_past_end(&v);
	view_free(&v);
	unload(&m);
}

/* Defect: a digit jumped at once, then became a count as well. */
static void
test_digits_act_once(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	char		 b[200];

	keys(v, "3");
	assert_int_equal(v->pane[PANE_STMT].top, 0);
	assert_int_equal(v->prop, -1);
	assert_null(view_quote(v));
	view_status(v, b, sizeof(b));
	assert_string_equal(b, "3: Enter or a pause goes to proposal 3; "
	    "a motion moves 3 times");
	keys(v, "g");
	assert_true(strncmp(top_text(v, PANE_STMT), "First.", 6) == 0);
	assert_int_not_equal(view_prop_number(v), 3);
	assert_null(view_quote(v));
	keys(v, "3");
	view_timeout(v);
	assert_int_equal(view_prop_number(v), 3);
	assert_false(v->keys.typing);
	/* Enter after a number is the jump, not the counterpart. */
	keys(v, "1\r");
	assert_int_equal(view_prop_number(v), 1);
	assert_int_equal(v->focus, PANE_STMT);
}

static void
test_unbound_key_hints(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;

	keys(v, "x");
	assert_string_equal(v->msg, "key not bound: press ? for help");
	view_key(v, KEYS_OTHER);
	assert_string_equal(v->msg, "key not bound: press ? for help");
	keys(v, "j");
	assert_string_equal(v->msg, "");
}

/* Defect: the help was cut at small sizes; now it scrolls. */
static void
test_help_scrolls(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	int		 last;

	view_resize(v, 40, 12);
	keys(v, "?");
	assert_true(v->help);
	last = view_help_lines(v) - view_help_rows(v);
	assert_true(last > 0);
	keys(v, "jj");
	assert_true(v->help);
	assert_int_equal(v->help_top, 2);
	keys(v, "k G");
	assert_int_equal(v->help_top, last);
	keys(v, "j");
	assert_int_equal(v->help_top, last);
	keys(v, "gb");
	assert_int_equal(v->help_top, 0);
	keys(v, "x");
	assert_false(v->help);
	assert_int_equal(v->pane[PANE_STMT].top, 0);
	/* Narrow, every key takes two lines. */
	view_resize(v, 30, 12);
	assert_true(view_help_lines(v) > last + view_help_rows(v));
}

static void
test_sidebar_scrolls(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;

	view_resize(v, 160, 40);
	v->side_max = 5;	/* as render.c found it */
	keys(v, "J");
	assert_int_equal(v->side_top, 1);
	keys(v, "3J");
	assert_int_equal(v->side_top, 4);
	keys(v, "9J");
	assert_int_equal(v->side_top, 5);
	keys(v, "J");
	assert_string_equal(v->msg, "end of the sidebar");
	keys(v, "2K");
	assert_int_equal(v->side_top, 3);
	keys(v, "9K");
	assert_int_equal(v->side_top, 0);
}

/* The role of the first byte of text in pane p, as laid out. */
static enum role
laid_role(const struct view *v, int p, size_t off)
{
	const struct layout	*l = v->pane[p].lay;
	const struct line	*ln = &l->lines[layout_line_of(l, off)];
	size_t			 i;

	for (i = 0; i < ln->nruns; i++)
		if (off >= ln->runs[i].off &&
		    off < ln->runs[i].off + ln->runs[i].len)
			return ln->runs[i].role;
	return ROLE_PLAIN;
}

/* Defect: inside the selected quotation, overlapping ones won. */
static void
test_selected_verdict_wins(void **state)
{
	static const char	 st[] = "Statement on the river crossing\n"
				    "June 2, 2024\n\nWe will build the new "
				    "bridge over the river by the spring of "
				    "next year, and open it to every kind of "
				    "traffic.\n";
	static const char	 rp[] = "Bridge promised\n\nThe council said "
				    "it would \"build the new bridge over the "
				    "river by the spring\" and then, in a later "
				    "passage, that \"the new bridge over the "
				    "lake by the spring of next year\" would "
				    "be open to all.\n";
	struct ui_options	 o = { .color = COLOR_NEVER, .layout = LAYOUT_AUTO,
	    .sidebar = true };
	struct model		 m;
	struct view		 v;
	size_t			 river, bridge;

	(void)state;
	assert_int_equal(load_mem(&m, st, strlen(st), rp, strlen(rp)), 0);
	assert_int_equal(m.nquotes, 2);
	assert_int_equal(m.quotes[0].verdict, VERDICT_EXACT);
	assert_int_equal(m.quotes[1].verdict, VERDICT_ALTERED);
	view_init(&v, &m, &o, false);
	view_resize(&v, 160, 40);
	river = (size_t)(strstr(st, "river by") - st);
	bridge = (size_t)(strstr(st, "bridge") - st);
	/* Laid out, "river" is the altered quotation's changed word. */
	assert_int_equal(laid_role(&v, PANE_STMT, river), ROLE_CHANGED);
	assert_int_equal(view_role_at(&v, PANE_STMT, river, ROLE_CHANGED),
	    ROLE_CHANGED);
	keys(&v, "}");
	assert_int_equal(quote_id(v.m, view_quote(&v)), 1);
	assert_true(view_selected_at(&v, PANE_STMT, river));
	assert_int_equal(view_role_at(&v, PANE_STMT, river,
	    laid_role(&v, PANE_STMT, river)), ROLE_EXACT);
	keys(&v, "}");
	assert_int_equal(quote_id(v.m, view_quote(&v)), 2);
	assert_int_equal(view_role_at(&v, PANE_STMT, river,
	    laid_role(&v, PANE_STMT, river)), ROLE_CHANGED);
	assert_int_equal(view_role_at(&v, PANE_STMT, bridge,
	    laid_role(&v, PANE_STMT, bridge)), ROLE_ALTERED);
	assert_int_equal(view_role_at(&v, PANE_REP,
	    (size_t)(strstr(rp, "lake") - rp), ROLE_CHANGED), ROLE_CHANGED);
	/* Outside the selection, the layout's role stands. */
	assert_false(view_selected_at(&v, PANE_STMT, 0));
	assert_int_equal(view_role_at(&v, PANE_STMT, 0, ROLE_META), ROLE_META);
	view_free(&v);
	unload(&m);
}

/* ) ( walk the quotations that are not exact; Ctrl-O Ctrl-R the jumps. */
static void
test_problems_and_jumps(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	size_t		 top0;

	/* Quotations: 1 altered, 2 exact, 3 not found. */
	keys(v, ")");
	assert_int_equal(quote_id(v->m, view_quote(v)), 1);
	keys(v, ")");
	assert_int_equal(quote_id(v->m, view_quote(v)), 3);
	keys(v, ")");
	assert_int_equal(quote_id(v->m, view_quote(v)), 3);
	assert_string_equal(v->msg,
	    "no altered or not-found quotation after this one");
	keys(v, "(");
	assert_int_equal(quote_id(v->m, view_quote(v)), 1);
	/* Back to before the first jump, then forward again. */
	view_free(v);
	view_init(v, &f->m, &(struct ui_options){ .color = COLOR_NEVER,
	    .layout = LAYOUT_AUTO, .sidebar = true }, false);
	view_resize(v, 80, 12);
	top0 = v->pane[PANE_STMT].top;
	keys(v, "3\r");
	assert_int_equal(view_prop_number(v), 3);
	assert_int_not_equal(v->pane[PANE_STMT].top, top0);
	view_key(v, KEYS_CTRL('o'));
	assert_int_equal(v->pane[PANE_STMT].top, top0);
	assert_int_equal(v->prop, -1);
	assert_null(view_quote(v));
	view_key(v, KEYS_CTRL('o'));
	assert_string_equal(v->msg, "no earlier place");
	view_key(v, KEYS_CTRL('r'));
	assert_int_equal(view_prop_number(v), 3);
	assert_non_null(view_quote(v));
	view_key(v, KEYS_CTRL('r'));
	assert_string_equal(v->msg, "no later place");
	/* A line motion is not a jump: Ctrl-O goes to before 3 Enter. */
	keys(v, "lj");
	view_key(v, KEYS_CTRL('o'));
	assert_int_equal(v->pane[PANE_STMT].top, top0);
	assert_int_equal(v->focus, PANE_STMT);
}

/*
 * A pair of matches in order and one out of order: quotations of First
 * and Third, a paraphrase of Second between them, and last a paraphrase
 * of the statement's opening sentence (its source goes backwards).
 */
static int
anchor_load(struct model *m)
{
	char	st[8192], rp[8192];
	size_t	ns = 0, nr = 0;

	ns += (size_t)snprintf(st, sizeof(st), "Statement on the river "
	    "works\nJune 2, 2024\n\nThe river authority will publish "
	    "monthly reports on water quality at every bridge.\n\n");
	filler(st, &ns, sizeof(st), 4, "weather");
	ns += (size_t)snprintf(st + ns, sizeof(st) - ns, "First. To dredge "
	    "the channel below the weir before the end of the summer.\n\n");
	filler(st, &ns, sizeof(st), 3, "budget");
	ns += (size_t)snprintf(st + ns, sizeof(st) - ns, "Second. The "
	    "towpath beside the canal will stay open to walkers and cyclists "
	    "all year.\n\n");
	filler(st, &ns, sizeof(st), 3, "budget");
	ns += (size_t)snprintf(st + ns, sizeof(st) - ns, "Third. To rebuild "
	    "the old lock keeper's cottage as a museum.\n\n");
	filler(st, &ns, sizeof(st), 4, "budget");
	nr += (size_t)snprintf(rp, sizeof(rp), "River plans\n\nWEIRTON, "
	    "June 2. /RNA/. Work will start soon.\n\n");
	filler(rp, &nr, sizeof(rp), 2, "cost");
	nr += (size_t)snprintf(rp + nr, sizeof(rp) - nr, "The council "
	    "promised \"to dredge the channel below the weir before the end "
	    "of the summer\" as planned.\n\n");
	filler(rp, &nr, sizeof(rp), 3, "traffic");
	nr += (size_t)snprintf(rp + nr, sizeof(rp) - nr, "Walkers and "
	    "cyclists can use the towpath beside the canal all year.\n\n");
	filler(rp, &nr, sizeof(rp), 3, "noise");
	nr += (size_t)snprintf(rp + nr, sizeof(rp) - nr, "It also vowed "
	    "\"to rebuild the old lock keeper's cottage as a museum\" "
	    "soon.\n\nMonthly reports on water quality at every bridge will "
	    "be published by the river authority.\n\n");
	filler(rp, &nr, sizeof(rp), 2, "parking");
	assert_true(ns < sizeof(st) && nr < sizeof(rp));
	if (load_mem(m, st, ns, rp, nr) != 0)
		return -1;
	assert_int_equal(m->nquotes, 2);
	assert_int_equal(m->nparas, 2);
	assert_int_equal(m->paras[0].proposal, 2);
	assert_int_equal(m->paras[1].proposal, 0);
	return 0;
}

/* Whether byte off of pane p is shown there (false if no layout). */
static bool
pane_shows(const struct view *v, int p, size_t off)
{
	return v->pane[p].lay != NULL && off_shown(v, p, off);
}

/* p P: the order, counts, the selection's kind, the status line. */
static void
test_paraphrase_walk(void **state)
{
	struct model		 m;
	struct view		 v;
	const struct paraphrase	*pp;
	char			 b[200];

	(void)state;
	assert_int_equal(anchor_load(&m), 0);
	nav_view(&v, &m);
	assert_int_equal(view_selection(&v), VIEW_SEL_NONE);
	keys(&v, "p");
	assert_int_equal(view_selection(&v), VIEW_SEL_PARA);
	assert_non_null(pp = view_para(&v));
	assert_ptr_equal(pp, &m.paras[0]);
	assert_null(view_quote(&v));
	/* Both sides on screen; the proposal is its own. */
	assert_true(pane_shows(&v, PANE_REP, pp->rep.off));
	assert_true(pane_shows(&v, PANE_STMT, pp->src.off));
	assert_true(view_selected_at(&v, PANE_REP, pp->rep.off));
	assert_true(view_selected_at(&v, PANE_STMT, pp->src.off));
	assert_false(view_selected_at(&v, PANE_STMT, pp->src.off +
	    pp->src.len));
	assert_int_equal(view_role_at(&v, PANE_REP, pp->rep.off, ROLE_PLAIN),
	    ROLE_PARAPHRASE);
	assert_int_equal(view_prop_number(&v), 2);
	view_status(&v, b, sizeof(b));
	assert_true(strncmp(b, "Proposal 2/3 \xc2\xb7 paraphrase 1/2 \xc2\xb7 ",
	    strlen("Proposal 2/3 \xc2\xb7 paraphrase 1/2 \xc2\xb7 ")) == 0);
	/* The next; then none after it. */
	keys(&v, "p");
	assert_int_equal(v.para, 1);
	view_status(&v, b, sizeof(b));
	/* Its source is in no proposal, nor is the statement's top. */
	assert_true(strncmp(b, "Proposal -/3 \xc2\xb7 paraphrase 2/2 \xc2\xb7 ",
	    strlen("Proposal -/3 \xc2\xb7 paraphrase 2/2 \xc2\xb7 ")) == 0);
	keys(&v, "p");
	assert_int_equal(v.para, 1);
	assert_string_equal(v.msg, "this is the last paraphrase");
	keys(&v, "P");
	assert_int_equal(v.para, 0);
	keys(&v, "P");
	assert_int_equal(v.para, 0);
	assert_string_equal(v.msg, "this is the first paraphrase");
	/* } { from a paraphrase: the quotations either side of it. */
	keys(&v, "}");
	assert_int_equal(view_selection(&v), VIEW_SEL_QUOTE);
	assert_int_equal(quote_id(v.m, view_quote(&v)), 2);
	assert_int_equal(v.para, -1);
	/* P from that quotation: the paraphrase before it. */
	keys(&v, "P");
	assert_int_equal(v.para, 0);
	keys(&v, "{");
	assert_int_equal(quote_id(v.m, view_quote(&v)), 1);
	keys(&v, "p");
	assert_int_equal(v.para, 0);
	/* A count; past the last it stops at the last. */
	keys(&v, "gg");
	assert_int_equal(view_selection(&v), VIEW_SEL_NONE);
	keys(&v, "2p");
	assert_int_equal(v.para, 1);
	keys(&v, "g");
	keys(&v, "9p");
	assert_int_equal(v.para, 1);
	/* From the view: P from the bottom of the report up. */
	keys(&v, "lg");
	assert_int_equal(view_selection(&v), VIEW_SEL_NONE);
	keys(&v, "G");
	assert_int_equal(view_selection(&v), VIEW_SEL_NONE);
	keys(&v, "P");
	assert_int_equal(v.para, 1);
	keys(&v, "g");
	keys(&v, "P");
	assert_int_equal(view_selection(&v), VIEW_SEL_NONE);
	assert_string_equal(v.msg, "no paraphrase before this point");
	view_free(&v);
	unload(&m);
}

/* Enter goes to a paraphrase's other side and back; Ctrl-O returns. */
static void
test_paraphrase_counterpart(void **state)
{
	struct model		 m;
	struct view		 v;
	const struct paraphrase	*pp;
	size_t			 rtop, stop;

	(void)state;
	assert_int_equal(anchor_load(&m), 0);
	nav_view(&v, &m);
	keys(&v, "pp");
	pp = view_para(&v);
	assert_ptr_equal(pp, &m.paras[1]);
	rtop = v.pane[PANE_REP].top;
	stop = v.pane[PANE_STMT].top;
	/* From the statement: the report pane, focused, at the sentence. */
	keys(&v, "h\n");
	assert_int_equal(v.focus, PANE_REP);
	assert_true(pane_shows(&v, PANE_REP, pp->rep.off));
	assert_ptr_equal(view_para(&v), pp);
	/* From the report: the statement at its source, far above. */
	keys(&v, "g");
	assert_null(view_para(&v));
	keys(&v, "\x0f");
	assert_ptr_equal(view_para(&v), pp);
	assert_int_equal(v.pane[PANE_REP].top, rtop);
	keys(&v, "\n");
	assert_int_equal(v.focus, PANE_STMT);
	assert_true(pane_shows(&v, PANE_STMT, pp->src.off));
	assert_ptr_equal(view_para(&v), pp);
	keys(&v, "\x0f");
	assert_int_equal(v.focus, PANE_REP);
	assert_int_equal(v.pane[PANE_STMT].top, stop);
	/* A scroll that takes it off the screen ends the selection. */
	keys(&v, "g");
	assert_int_equal(view_selection(&v), VIEW_SEL_NONE);
	view_free(&v);
	unload(&m);
}

/* The line of byte off in pane p (laid out in full). */
static size_t
row_of(const struct view *v, int p, size_t off)
{
	return layout_line_of(v->pane[p].lay, off);
}

static size_t
last_top(const struct view *v, int p)
{
	size_t	n = view_nlines(v, p), h = (size_t)view_height(v, p);

	return n > h ? n - h : 0;
}

/*
 * With s on, j in the report puts the statement's top on the
 * counterpart of the report's: at an anchor, the two sides of one
 * match; between two, proportionally between their counterparts;
 * before the first and after the last, as many lines from it; the
 * paraphrase whose source goes backwards is no anchor.
 */
static void
test_sync_anchors(void **state)
{
	struct model	 m;
	struct view	 v;
	size_t		 r[3], s[3], t, want, prev = 0, i, lim, seen = 0;
	size_t		 rback, sback;

	(void)state;
	assert_int_equal(anchor_load(&m), 0);
	nav_view(&v, &m);
	view_finish(&v);
	r[0] = row_of(&v, PANE_REP, quote_outer(&m.quotes[0]).off);
	s[0] = row_of(&v, PANE_STMT, m.quotes[0].src.off);
	r[1] = row_of(&v, PANE_REP, m.paras[0].rep.off);
	s[1] = row_of(&v, PANE_STMT, m.paras[0].src.off);
	r[2] = row_of(&v, PANE_REP, quote_outer(&m.quotes[1]).off);
	s[2] = row_of(&v, PANE_STMT, m.quotes[1].src.off);
	rback = row_of(&v, PANE_REP, m.paras[1].rep.off);
	sback = row_of(&v, PANE_STMT, m.paras[1].src.off);
	/* The shape the cases need: room before, between and after. */
	assert_true(s[0] > r[0] && r[0] < r[1] && r[1] < r[2]);
	assert_true(s[1] - s[0] != r[1] - r[0]);
	assert_true(rback > r[2] && sback < s[0]);
	lim = last_top(&v, PANE_STMT);
	assert_true(s[2] < lim);
	keys(&v, "ls");
	assert_true(v.sync);
	/* Every top the report reaches, a line at a time. */
	for (t = 1; t <= last_top(&v, PANE_REP); t++) {
		keys(&v, "j");
		assert_int_equal(v.pane[PANE_REP].top, t);
		if (t < r[0])
			want = s[0] - (r[0] - t);
		else if (t >= r[2])
			want = s[2] + (t - r[2]);
		else {
			i = t < r[1] ? 0 : 1;
			want = s[i] + (t - r[i]) * (s[i + 1] - s[i]) /
			    (r[i + 1] - r[i]);
		}
		if (want > lim)
			want = lim;
		assert_int_equal(v.pane[PANE_STMT].top, want);
		/* Monotone: the backward paraphrase pulls nothing back. */
		assert_true(v.pane[PANE_STMT].top >= prev);
		prev = v.pane[PANE_STMT].top;
		for (i = 0; i < 3; i++)
			if (t == r[i]) {
				assert_int_equal(v.pane[PANE_STMT].top, s[i]);
				seen++;
			}
	}
	assert_int_equal(seen, 3);
	/* At an anchor, both tops show the two sides of the match. */
	keys(&v, "g");
	keys(&v, "j");
	for (t = 1; t < r[0]; t++)
		keys(&v, "j");
	assert_true(strncmp(top_text(&v, PANE_STMT), "First.", 6) == 0);
	assert_true(strncmp(top_text(&v, PANE_REP), "The council", 11) == 0);
	/* From the statement, the other way: at s[1], the report at r[1]. */
	keys(&v, "h");
	while (v.pane[PANE_STMT].top + 1 < s[1])
		keys(&v, "j");
	keys(&v, "j");
	assert_int_equal(v.pane[PANE_STMT].top, s[1]);
	assert_int_equal(v.pane[PANE_REP].top, r[1]);
	/* G and g too: after the last anchor, and before the first. */
	keys(&v, "lG");
	t = v.pane[PANE_REP].top;
	assert_int_equal(t, last_top(&v, PANE_REP));
	want = s[2] + (t - r[2]);
	assert_int_equal(v.pane[PANE_STMT].top, want < lim ? want : lim);
	keys(&v, "g");
	assert_int_equal(v.pane[PANE_STMT].top, s[0] - r[0]);
	/* Off, j moves the statement alone. */
	keys(&v, "hs");
	t = v.pane[PANE_REP].top;
	keys(&v, "j");
	assert_int_equal(v.pane[PANE_STMT].top, s[0] - r[0] + 1);
	assert_int_equal(v.pane[PANE_REP].top, t);
	view_free(&v);
	unload(&m);
}

/* Without anchors, s moves the other pane as many lines. */
static void
test_sync_without_anchors(void **state)
{
	struct model	 m;
	char		 st[4096], rp[4096];
	size_t		 ns = 0, nr = 0;
	struct view	 v;

	(void)state;
	ns += (size_t)snprintf(st, sizeof(st), "Statement\nJune 2, 2024\n\n");
	filler(st, &ns, sizeof(st), 8, "weather");
	nr += (size_t)snprintf(rp, sizeof(rp), "Plans\n\nWEIRTON, June 2. "
	    "/RNA/. Nothing.\n\n");
	filler(rp, &nr, sizeof(rp), 8, "lunch");
	assert_int_equal(load_mem(&m, st, ns, rp, nr), 0);
	assert_int_equal(m.nquotes + m.nparas, 0);
	nav_view(&v, &m);
	keys(&v, "s3j");
	assert_int_equal(v.pane[PANE_STMT].top, 3);
	assert_int_equal(v.pane[PANE_REP].top, 3);
	view_free(&v);
	unload(&m);
}

/* The layout line of pane p showing the first byte of text. */
static size_t
line_with(const struct view *v, int p, const char *text)
{
	const struct doc	*d = p == PANE_STMT ? v->m->stmt : &v->m->rep;
	const char		*at = strstr(d->text, text);

	assert_non_null(at);
	return layout_line_of(v->pane[p].lay, (size_t)(at - d->text));
}

/*
 * #: a column of file line numbers beside each pane, as wide as the
 * largest number and a blank; the text is laid out narrower by it; a
 * wrapped row has no number; a pane too narrow for text beside it has
 * no column.
 */
static void
test_line_numbers(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	size_t		 i, n, digits;
	int		 w0 = v->pane[PANE_STMT].lay->width;

	assert_int_equal(v->numw[PANE_STMT], 0);
	keys(v, "#");
	assert_true(v->numbers);
	assert_string_equal(v->msg, "line numbers on");
	/* Seven lines: one digit and a blank. */
	assert_int_equal(v->numw[PANE_STMT], 2);
	for (n = f->m.rep.nlines, digits = 1; n >= 10; n /= 10)
		digits++;
	assert_int_equal(v->numw[PANE_REP], (int)digits + 1);
	assert_int_equal(v->pane[PANE_STMT].lay->width, w0 - 2);
	assert_int_equal(v->pane[PANE_STMT].lay->width + 2,
	    v->g.text[PANE_STMT].w);
	/* Line 3 wraps: its first row is numbered, the next is not. */
	assert_int_equal(view_number_at(v, PANE_STMT, 0), 1);
	i = line_with(v, PANE_STMT, "First.");
	assert_int_equal(view_number_at(v, PANE_STMT, i), 3);
	assert_int_equal(view_number_at(v, PANE_STMT, i + 1), 0);
	assert_int_equal(view_number_at(v, PANE_STMT,
	    line_with(v, PANE_STMT, "Second.")), 4);
	assert_int_equal(view_number_at(v, PANE_REP,
	    line_with(v, PANE_REP, "Officials")), 5);
	/* A blank row between paragraphs has none. */
	assert_int_equal(v->pane[PANE_REP].lay->lines[1].len, 0);
	assert_int_equal(view_number_at(v, PANE_REP, 1), 0);
	/* Search and selection work on bytes: the same with numbers. */
	search(v, "lighthouse");
	assert_int_equal(v->nmatches, 1);
	assert_true(shown(v, PANE_STMT, "lighthouse"));
	keys(v, "}");
	assert_non_null(view_quote(v));
	/*
	 * Synchronised scrolling follows in the narrower layouts too (the
	 * anchored mapping itself: test_sync_anchors).
	 */
	keys(v, "gs");
	i = v->pane[v->focus].top;
	keys(v, "j");
	assert_int_equal(v->pane[v->focus].top, i + 1);
	assert_int_not_equal(v->pane[v->focus == PANE_STMT ? PANE_REP :
	    PANE_STMT].top, 0);
	keys(v, "s");
	/* One pane of 12 cells keeps 10 beside them, of 11 not. */
	view_resize(v, 12, 12);
	assert_int_equal(v->numw[v->focus], 2);
	assert_int_equal(v->pane[v->focus].lay->width, 10);
	view_resize(v, 11, 12);
	assert_int_equal(v->numw[v->focus], 0);
	assert_int_equal(v->pane[v->focus].lay->width, 11);
	view_resize(v, 80, 12);
	keys(v, "#");
	assert_false(v->numbers);
	assert_int_equal(v->numw[PANE_STMT], 0);
	assert_int_equal(v->pane[PANE_STMT].lay->width, w0);
}

/*
 * \ searches backward from the top of the pane; n then goes on
 * backward and N forward, until a / search turns them round again.
 */
static void
test_search_backward(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	size_t		 before, top;
	long		 last;
	char		 buf[256];

	search(v, "the");
	last = (long)v->nmatches - 1;
	assert_true(last >= 4);
	keys(v, "G");
	top = v->pane[PANE_STMT].top;
	assert_true(top > 0);
	/* The matches starting above the top line. */
	for (before = 0; before < v->nmatches && v->matches[before].off <
	    v->pane[PANE_STMT].lay->lines[top].off; before++)
		continue;
	assert_true(before >= 2);
	keys(v, "\\");
	assert_true(v->prompting);
	keys(v, "the");
	view_status(v, buf, sizeof(buf));
	assert_string_equal(buf, "\\the");
	keys(v, "\r");
	assert_true(v->back);
	assert_int_equal(v->match, (long)before - 1);
	keys(v, "n");
	assert_int_equal(v->match, (long)before - 2);
	keys(v, "N");
	assert_int_equal(v->match, (long)before - 1);
	keys(v, "N");
	assert_int_equal(v->match, (long)before);
	/* Backward past the first match wraps to the last. */
	keys(v, "g\\the\r");
	assert_int_equal(v->match, last);
	assert_string_equal(v->msg, "search hit top, continuing at bottom");
	keys(v, "n");
	assert_int_equal(v->match, last - 1);
	/* A forward search turns n and N round again. */
	keys(v, "g/the\r");
	assert_false(v->back);
	assert_int_equal(v->match, 0);
	keys(v, "n");
	assert_int_equal(v->match, 1);
	keys(v, "N");
	assert_int_equal(v->match, 0);
}

/*
 * The prompt's history: newest first, a pattern searched again moves
 * to the front, Up and Ctrl-P go back in it, Down and Ctrl-N forward
 * to what was being typed; an empty Enter repeats the last search; 50
 * patterns at most.
 */
static void
test_search_history(void **state)
{
	struct fixture	*f = *state;
	struct view	*v = &f->v;
	char		 pat[16];
	int		 i;

	assert_null(view_history(v, 0));
	search(v, "quay");
	search(v, "the");
	search(v, "harbour");
	search(v, "the");
	assert_string_equal(view_history(v, 0), "the");
	assert_string_equal(view_history(v, 1), "harbour");
	assert_string_equal(view_history(v, 2), "quay");
	assert_null(view_history(v, 3));
	keys(v, "/x");
	view_key(v, KEYS_UP);
	assert_string_equal(v->input, "the");
	view_key(v, KEYS_UP);
	assert_string_equal(v->input, "harbour");
	view_key(v, KEYS_CTRL('p'));
	assert_string_equal(v->input, "quay");
	view_key(v, KEYS_UP);
	assert_string_equal(v->input, "quay");
	view_key(v, KEYS_DOWN);
	assert_string_equal(v->input, "harbour");
	view_key(v, KEYS_CTRL('n'));
	assert_string_equal(v->input, "the");
	view_key(v, KEYS_DOWN);
	assert_string_equal(v->input, "x");
	view_key(v, KEYS_DOWN);
	assert_string_equal(v->input, "x");
	view_key(v, KEYS_UP);
	view_key(v, KEYS_UP);
	keys(v, "\r");
	assert_string_equal(v->pattern, "harbour");
	assert_string_equal(view_history(v, 0), "harbour");
	assert_string_equal(view_history(v, 1), "the");
	/* An empty pattern: the last one, again. */
	keys(v, "g/\r");
	assert_string_equal(v->pattern, "harbour");
	assert_int_equal(v->match, 0);
	assert_string_equal(view_history(v, 0), "harbour");
	for (i = 0; i < 60; i++) {
		snprintf(pat, sizeof(pat), "p%d", i);
		search(v, pat);
	}
	assert_string_equal(view_history(v, 0), "p59");
	assert_string_equal(view_history(v, VIEW_HISTORY - 1), "p10");
	assert_null(view_history(v, VIEW_HISTORY));
}

/* The cell drawing byte off of pane p (ASCII text), which is shown. */
static void
cell_of(const struct view *v, int p, size_t off, int *y, int *x)
{
	const struct layout	*l = v->pane[p].lay;
	const struct line	*ln;
	size_t			 i = layout_line_of(l, off), k;

	assert_true(i >= v->pane[p].top);
	assert_true(i < v->pane[p].top + (size_t)view_height(v, p));
	ln = &l->lines[i];
	*y = v->g.text[p].y + (int)(i - v->pane[p].top);
	for (k = 0; k < ln->nruns; k++)
		if (off >= ln->runs[k].off &&
		    off < ln->runs[k].off + ln->runs[k].len) {
			*x = v->g.text[p].x + v->numw[p] + ln->runs[k].col +
			    (int)(off - ln->runs[k].off);
			return;
		}
	fail_msg("byte %zu is on no run", off);
}

static void
click(struct view *v, int y, int x, enum mouse_kind kind)
{
	struct mouse_event	e = { y, x, kind };

	view_mouse(v, &e);
}

/*
 * The mouse: nothing while it is off; on, a click on a quotation in
 * the report, or on its source in the statement, selects it and
 * focuses that pane (beside line numbers too), a click elsewhere only
 * focuses, and the wheel scrolls the pane under the pointer three
 * lines, whichever has the focus.
 */
static void
test_mouse(void **state)
{
	struct fixture		*f = *state;
	struct view		*v = &f->v;
	const struct quote	*q;
	size_t			 i, t0, t1;
	int			 y, x;

	/* The quotation of "to paint the lighthouse", on screen. */
	for (i = 0; i < f->m.nquotes; i++)
		if (strncmp(f->m.rep.text + quote_outer(&f->m.quotes[i]).off,
		    "\"to paint", 9) == 0)
			break;
	assert_true(i < f->m.nquotes);
	q = &f->m.quotes[i];
	assert_true(q->src.len > 0);
	cell_of(v, PANE_REP, quote_outer(q).off + 5, &y, &x);
	click(v, y, x, MOUSE_CLICK);
	assert_null(view_quote(v));
	assert_int_equal(v->focus, PANE_STMT);
	keys(v, "M");
	assert_true(v->mouse);
	assert_string_equal(v->msg, "mouse on");
	click(v, y, x, MOUSE_CLICK);
	assert_int_equal(v->quote, (long)i);
	assert_int_equal(v->focus, PANE_REP);
	/* At its source in the statement (shown), beside line numbers. */
	keys(v, "#");
	assert_true(v->numw[PANE_STMT] > 0);
	v->quote = -1;
	/* Its last byte: a cell further right is past it. */
	cell_of(v, PANE_STMT, q->src.off + q->src.len - 1, &y, &x);
	click(v, y, x, MOUSE_CLICK);
	assert_int_equal(v->quote, (long)i);
	assert_int_equal(v->focus, PANE_STMT);
	/* The report's title bar: focus, and the selection stays. */
	click(v, v->g.title[PANE_REP].y, v->g.title[PANE_REP].x + 3,
	    MOUSE_CLICK);
	assert_int_equal(v->focus, PANE_REP);
	assert_int_equal(v->quote, (long)i);
	/* The wheel over the statement scrolls it, not the report. */
	keys(v, "hg");
	t0 = v->pane[PANE_STMT].top;
	t1 = v->pane[PANE_REP].top;
	keys(v, "l");
	click(v, v->g.text[PANE_STMT].y + 1, v->g.text[PANE_STMT].x + 4,
	    MOUSE_WHEEL_DOWN);
	assert_int_equal(v->pane[PANE_STMT].top, t0 + VIEW_WHEEL);
	assert_int_equal(v->pane[PANE_REP].top, t1);
	assert_int_equal(v->focus, PANE_REP);
	click(v, v->g.text[PANE_STMT].y + 1, v->g.text[PANE_STMT].x + 4,
	    MOUSE_WHEEL_UP);
	assert_int_equal(v->pane[PANE_STMT].top, t0);
	/* The status line and the separator do nothing. */
	click(v, v->g.status.y, 3, MOUSE_CLICK);
	click(v, v->g.sep.y + 2, v->g.sep.x, MOUSE_WHEEL_DOWN);
	assert_int_equal(v->pane[PANE_STMT].top, t0);
	assert_int_equal(v->focus, PANE_REP);
	/* Over a list the wheel moves its cursor and the panes stay. */
	keys(v, "og");
	assert_non_null(v->list);
	click(v, v->g.text[PANE_STMT].y + 1, v->g.text[PANE_STMT].x + 4,
	    MOUSE_WHEEL_DOWN);
	assert_int_equal(v->list->cursor, v->list->nshown > VIEW_WHEEL ?
	    VIEW_WHEEL : v->list->nshown - 1);
	assert_int_equal(v->pane[PANE_STMT].top, t0);
	click(v, v->g.text[PANE_STMT].y + 1, v->g.text[PANE_STMT].x + 4,
	    MOUSE_CLICK);
	assert_non_null(v->list);
	keys(v, "q");
	assert_null(v->list);
	keys(v, "M");
	assert_false(v->mouse);
	assert_string_equal(v->msg, "mouse off");
	click(v, v->g.text[PANE_STMT].y + 1, v->g.text[PANE_STMT].x + 4,
	    MOUSE_WHEEL_DOWN);
	assert_int_equal(v->pane[PANE_STMT].top, t0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_geometry_every_size),
		cmocka_unit_test(test_geometry_rules),
		cmocka_unit_test_setup_teardown(test_proposal_by_number,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_count_is_not_a_proposal,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_pages, setup, teardown),
		cmocka_unit_test_setup_teardown(test_quotation_walk,
		    setup, teardown),
		cmocka_unit_test(test_closest_passage),
		cmocka_unit_test_setup_teardown(test_counterpart,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_keys,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_prompt_editing,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_help_and_toggles,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_sync_off_moves_one_pane,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_resize_keeps_place,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_tiny_shows_the_focus,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_at, setup, teardown),
		cmocka_unit_test(test_no_quotations),
		cmocka_unit_test(test_progressive),
		cmocka_unit_test(test_steps_follow_the_view),
		cmocka_unit_test_setup_teardown(test_steps_from_a_fresh_view,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_status_names_whose_quotation, setup, teardown),
		cmocka_unit_test(test_jumps_keep_context_not_past_end),
		cmocka_unit_test_setup_teardown(test_digits_act_once,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_unbound_key_hints,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_help_scrolls,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_sidebar_scrolls,
		    setup, teardown),
		cmocka_unit_test(test_selected_verdict_wins),
		cmocka_unit_test(test_paraphrase_walk),
		cmocka_unit_test(test_paraphrase_counterpart),
		cmocka_unit_test(test_sync_anchors),
		cmocka_unit_test(test_sync_without_anchors),
		cmocka_unit_test_setup_teardown(test_problems_and_jumps,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_line_numbers,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_backward,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_history,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_mouse, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
