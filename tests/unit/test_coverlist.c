/*
 * test_coverlist.c — the rows of the coverage list, on pairs built
 * through the pipeline: each proposal in statement order with its
 * number and the status --check gives it, in that status's role, and
 * under it, indented and in report order, the quotations (drawn as the
 * quotation list draws them) and paraphrases of that proposal, and
 * nothing that belongs to no proposal.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "coverlist.h"
#include "model.h"
#include "msg.h"
#include "pipeline.h"
#include "quotelist.h"

static const char *
top_dir(void)
{
	const char	*top = getenv("QC_SRCDIR");

	return top != NULL ? top : QC_SRCDATADIR "/..";
}

struct pair {
	struct statement	*st;
	struct model		 m;
	struct listview		 lv;
};

/* The pair of files under the source tree; its coverage list. */
static void
load(struct pair *p, const char *stmt, const char *rep)
{
	char	s[4096], r[4096];

	msg_quiet_warnings(1);
	snprintf(s, sizeof(s), "%s/%s", top_dir(), stmt);
	snprintf(r, sizeof(r), "%s/%s", top_dir(), rep);
	assert_non_null(p->st = pipeline_statement(s, NULL, 0));
	assert_int_equal(pipeline_check(&p->m, p->st, r, NULL, 0), 0);
	coverlist_build(&p->lv, &p->m);
	listview_resize(&p->lv, 10);
}

static void
unload(struct pair *p)
{
	listview_free(&p->lv);
	model_free(&p->m);
	pipeline_statement_free(p->st);
}

static const char *
text(const struct listview_row *r)
{
	static char	b[4096];
	size_t		k, n = 0;

	b[0] = '\0';
	for (k = 0; k < r->nruns; k++)
		n += (size_t)snprintf(b + n, sizeof(b) - n, "%s",
		    r->runs[k].text);
	return b;
}

/* Row i is of kind and item, indented as such a row is. */
static void
is(const struct listview *lv, size_t i, int kind, size_t item)
{
	const struct listview_row	*r = listview_row(lv, i);

	assert_non_null(r);
	assert_int_equal(r->kind, kind);
	assert_int_equal(r->item, item);
	assert_int_equal(r->indent, kind == LIST_PROPOSAL ? 0 :
	    COVERLIST_INDENT);
}

static void
test_bundled(void **state)
{
	struct pair	p;
	char		b[128];

	(void)state;
	load(&p, "data/statement.txt", "data/report.txt");
	assert_int_equal(p.lv.nrows, 6);
	is(&p.lv, 0, LIST_PROPOSAL, 0);
	is(&p.lv, 1, LIST_PROPOSAL, 1);
	is(&p.lv, 2, LIST_PROPOSAL, 2);
	is(&p.lv, 3, LIST_QUOTE, 1);
	is(&p.lv, 4, LIST_PROPOSAL, 3);
	is(&p.lv, 5, LIST_QUOTE, 6);
	assert_string_equal(text(listview_row(&p.lv, 0)),
	    "1  not-covered     First. To restore a regular full-scale "
	    "bilateral interagency high-level dialogue on the key issues of "
	    "ensuring IIS.");
	assert_memory_equal(text(listview_row(&p.lv, 2)),
	    "3  quoted-altered  Third. ", 24);
	assert_memory_equal(text(listview_row(&p.lv, 3)),
	    "2  altered      97%  3     9:2     To jointly develop", 52);
	assert_memory_equal(text(listview_row(&p.lv, 4)),
	    "4  quoted          Fourth.", 26);
	assert_int_equal(listview_row(&p.lv, 0)->runs[0].role, ROLE_NOT_FOUND);
	assert_int_equal(listview_row(&p.lv, 2)->runs[0].role, ROLE_ALTERED);
	assert_int_equal(listview_row(&p.lv, 3)->runs[0].role, ROLE_ALTERED);
	assert_int_equal(listview_row(&p.lv, 4)->runs[0].role, ROLE_EXACT);
	assert_int_equal(listview_row(&p.lv, 5)->runs[0].role, ROLE_EXACT);
	/* The proposal's words are plain: the status holds its style. */
	assert_int_equal(listview_row(&p.lv, 4)->runs[1].role, ROLE_PLAIN);
	listview_title(&p.lv, b, sizeof(b));
	assert_string_equal(b, "Coverage of 4 proposals");
	/* No filter here. */
	assert_false(listview_set_filter(&p.lv, true));
	unload(&p);
}

/* Two quotations under one proposal; a paraphrase before a quotation. */
static void
test_paraphrase(void **state)
{
	struct pair			 p;
	const struct listview_row	*r;

	(void)state;
	load(&p, "tests/golden/crlf.statement", "tests/golden/crlf.report");
	assert_int_equal(p.m.nparas, 1);
	/* Quotation 5 is of no proposal: not in this list. */
	assert_int_equal(p.lv.nrows, 8);
	is(&p.lv, 0, LIST_PROPOSAL, 0);
	is(&p.lv, 1, LIST_QUOTE, 3);
	is(&p.lv, 2, LIST_PROPOSAL, 1);
	is(&p.lv, 3, LIST_QUOTE, 0);
	is(&p.lv, 4, LIST_QUOTE, 1);
	is(&p.lv, 5, LIST_PROPOSAL, 2);
	is(&p.lv, 6, LIST_PARAPHRASE, 0);
	is(&p.lv, 7, LIST_QUOTE, 2);
	r = listview_row(&p.lv, 6);
	assert_string_equal(text(r), "-  paraphrase        3     5:1     "
	    "The authority also said the old fish market would become");
	assert_int_equal(r->runs[0].role, ROLE_PARAPHRASE);
	assert_int_equal(listview_row(&p.lv, 0)->runs[0].role, ROLE_EXACT);
	unload(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bundled),
		cmocka_unit_test(test_paraphrase),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
