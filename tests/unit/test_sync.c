/*
 * test_sync.c — the anchors of synchronised scrolling: quotations found
 * in the statement and paraphrases, in report order; not-found
 * quotations are none; where the report reorders the statement, the
 * longest run in the same order in both is kept (not merely the first
 * anchor and whatever does not go back from it), so both offsets never
 * decrease.  Where the anchors put the other pane is tested through
 * the view, in test_view.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "model.h"
#include "sync.h"

/* A quotation from report byte rep to statement byte src. */
static void
quote_at(struct quote *q, size_t rep, size_t src, enum verdict v)
{
	memset(q, 0, sizeof(*q));
	q->text.off = rep + 1;
	q->text.len = 8;
	quote_outer_set(q, (struct span){ rep, 10 });
	q->src.off = src;
	q->src.len = v == VERDICT_NOT_FOUND ? 0 : 10;
	q->verdict = v;
}

static void
para_at(struct paraphrase *p, size_t rep, size_t src)
{
	memset(p, 0, sizeof(*p));
	p->rep.off = rep;
	p->rep.len = 10;
	p->src.off = src;
	p->src.len = 10;
}

static void
assert_anchor(const struct sync *s, size_t i, size_t rep, size_t src)
{
	assert_true(i < s->n);
	assert_int_equal(s->a[i].off[DOC_REPORT], rep);
	assert_int_equal(s->a[i].off[DOC_STATEMENT], src);
}

/* In order: every match is an anchor, quotations and paraphrases merged. */
static void
test_in_order(void **state)
{
	struct model		 m;
	struct quote		 q[3];
	struct paraphrase	 p[2];
	struct sync		*s;

	(void)state;
	memset(&m, 0, sizeof(m));
	quote_at(&q[0], 100, 1000, VERDICT_EXACT);
	quote_at(&q[1], 300, 3000, VERDICT_ALTERED);
	quote_at(&q[2], 350, 0, VERDICT_NOT_FOUND);
	para_at(&p[0], 200, 2000);
	para_at(&p[1], 400, 4000);
	m.quotes = q;
	m.nquotes = 3;
	m.paras = p;
	m.nparas = 2;
	s = sync_new(&m);
	assert_int_equal(s->n, 4);
	assert_anchor(s, 0, 100, 1000);
	assert_anchor(s, 1, 200, 2000);
	assert_anchor(s, 2, 300, 3000);
	assert_anchor(s, 3, 400, 4000);
	sync_free(s);
}

/*
 * A lede that quotes the statement's end first, then the rest in
 * order: the lede is skipped, the rest kept (keeping the first anchor
 * and dropping every later one that goes back would keep one).
 */
static void
test_reordered(void **state)
{
	struct model		 m;
	struct quote		 q[4];
	struct paraphrase	 p[1];
	struct sync		*s;
	size_t			 i;

	(void)state;
	memset(&m, 0, sizeof(m));
	quote_at(&q[0], 10, 9000, VERDICT_EXACT);
	quote_at(&q[1], 100, 1000, VERDICT_EXACT);
	quote_at(&q[2], 300, 3000, VERDICT_EXACT);
	quote_at(&q[3], 400, 2500, VERDICT_EXACT);
	para_at(&p[0], 200, 2000);
	m.quotes = q;
	m.nquotes = 4;
	m.paras = p;
	m.nparas = 1;
	s = sync_new(&m);
	assert_int_equal(s->n, 3);
	assert_anchor(s, 0, 100, 1000);
	assert_anchor(s, 1, 200, 2000);
	/* 3000 and 2500 both follow 2000; one of them is kept. */
	assert_true(s->a[2].off[DOC_STATEMENT] >= 2000);
	for (i = 1; i < s->n; i++) {
		assert_true(s->a[i].off[DOC_REPORT] >=
		    s->a[i - 1].off[DOC_REPORT]);
		assert_true(s->a[i].off[DOC_STATEMENT] >=
		    s->a[i - 1].off[DOC_STATEMENT]);
	}
	sync_free(s);
}

/* Nothing matched: no anchors. */
static void
test_none(void **state)
{
	struct model	 m;
	struct quote	 q[1];
	struct sync	*s;

	(void)state;
	memset(&m, 0, sizeof(m));
	s = sync_new(&m);
	assert_int_equal(s->n, 0);
	sync_free(s);
	quote_at(&q[0], 10, 0, VERDICT_NOT_FOUND);
	m.quotes = q;
	m.nquotes = 1;
	s = sync_new(&m);
	assert_int_equal(s->n, 0);
	sync_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_in_order),
		cmocka_unit_test(test_reordered),
		cmocka_unit_test(test_none),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
