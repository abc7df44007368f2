/*
 * test_keys.c — the key table and the count prefix: every action has a
 * row and every key one action, a row of the ? screen fits one line
 * from VIEW_HELP_WIDE columns, the keys the manual lists are
 * bound, and digits only count until Enter makes them a proposal
 * number or a motion takes them as its count (5j): no key acts twice.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "keys.h"
#include "view.h"

static void
test_every_action_has_a_row(void **state)
{
	int	a;

	(void)state;
	for (a = ACT_NONE + 1; a < ACT_MAX; a++) {
		const struct keydef *kd = keys_find((enum action)a);

		assert_non_null(kd);
		assert_true(strlen(kd->keys) > 0);
		assert_true(strlen(kd->help) > 0);
	}
	assert_null(keys_find(ACT_NONE));
}

static void
test_each_key_one_action(void **state)
{
	const struct keydef	*kd;
	size_t			 i, j;

	(void)state;
	for (i = 0; (kd = keys_get(i)) != NULL; i++)
		for (j = 0; j < KEYS_NCODES && kd->codes[j] != 0; j++)
			assert_int_equal(keys_action(kd->codes[j]), kd->action);
}

/* One line per key from VIEW_HELP_WIDE columns: what draw_help has. */
static void
test_help_rows_fit(void **state)
{
	const struct keydef	*kd;
	size_t			 i, kw = 0, hw = 0;

	(void)state;
	for (i = 0; (kd = keys_get(i)) != NULL; i++) {
		if (strlen(kd->keys) > kw)
			kw = strlen(kd->keys);
		if (strlen(kd->help) > hw)
			hw = strlen(kd->help);
	}
	assert_true(1 + kw + 2 + hw <= VIEW_HELP_WIDE);
}

static void
test_design_keys(void **state)
{
	(void)state;
	assert_int_equal(keys_action('j'), ACT_DOWN);
	assert_int_equal(keys_action(KEYS_DOWN), ACT_DOWN);
	assert_int_equal(keys_action('k'), ACT_UP);
	assert_int_equal(keys_action(KEYS_UP), ACT_UP);
	assert_int_equal(keys_action(' '), ACT_PAGE_DOWN);
	assert_int_equal(keys_action('f'), ACT_PAGE_DOWN);
	assert_int_equal(keys_action(KEYS_NPAGE), ACT_PAGE_DOWN);
	assert_int_equal(keys_action(KEYS_CTRL('f')), ACT_PAGE_DOWN);
	assert_int_equal(keys_action('b'), ACT_PAGE_UP);
	assert_int_equal(keys_action(KEYS_PPAGE), ACT_PAGE_UP);
	assert_int_equal(keys_action(KEYS_CTRL('b')), ACT_PAGE_UP);
	assert_int_equal(keys_action('d'), ACT_HALF_DOWN);
	assert_int_equal(keys_action('u'), ACT_HALF_UP);
	assert_int_equal(keys_action('g'), ACT_TOP);
	assert_int_equal(keys_action(KEYS_HOME), ACT_TOP);
	assert_int_equal(keys_action('G'), ACT_BOTTOM);
	assert_int_equal(keys_action(KEYS_END), ACT_BOTTOM);
	assert_int_equal(keys_action('\t'), ACT_FOCUS_NEXT);
	assert_int_equal(keys_action(KEYS_BTAB), ACT_FOCUS_PREV);
	assert_int_equal(keys_action('h'), ACT_FOCUS_LEFT);
	assert_int_equal(keys_action(KEYS_LEFT), ACT_FOCUS_LEFT);
	assert_int_equal(keys_action('l'), ACT_FOCUS_RIGHT);
	assert_int_equal(keys_action(KEYS_RIGHT), ACT_FOCUS_RIGHT);
	assert_int_equal(keys_action(']'), ACT_PROP_NEXT);
	assert_int_equal(keys_action('['), ACT_PROP_PREV);
	assert_int_equal(keys_action('}'), ACT_QUOTE_NEXT);
	assert_int_equal(keys_action('{'), ACT_QUOTE_PREV);
	assert_int_equal(keys_action('\n'), ACT_COUNTERPART);
	assert_int_equal(keys_action('\r'), ACT_COUNTERPART);
	assert_int_equal(keys_action(KEYS_ENTER), ACT_COUNTERPART);
	assert_int_equal(keys_action('/'), ACT_SEARCH);
	assert_int_equal(keys_action('n'), ACT_SEARCH_NEXT);
	assert_int_equal(keys_action('N'), ACT_SEARCH_PREV);
	assert_int_equal(keys_action('?'), ACT_HELP);
	assert_int_equal(keys_action('s'), ACT_SYNC);
	assert_int_equal(keys_action('i'), ACT_SIDEBAR);
	assert_int_equal(keys_action(KEYS_CTRL('l')), ACT_REDRAW);
	assert_int_equal(keys_action('q'), ACT_QUIT);
	assert_int_equal(keys_action('x'), ACT_NONE);
	assert_int_equal(keys_action(KEYS_OTHER), ACT_NONE);
	assert_int_equal(keys_action(0), ACT_NONE);
	assert_int_equal(keys_action('J'), ACT_SIDE_DOWN);
	assert_int_equal(keys_action('K'), ACT_SIDE_UP);
	assert_int_equal(keys_action(')'), ACT_PROBLEM_NEXT);
	assert_int_equal(keys_action('('), ACT_PROBLEM_PREV);
	assert_int_equal(keys_action(KEYS_CTRL('o')), ACT_JUMP_BACK);
	assert_int_equal(keys_action(KEYS_CTRL('r')), ACT_JUMP_FORWARD);
	assert_int_equal(keys_action('o'), ACT_QUOTE_LIST);
	assert_int_equal(keys_action('v'), ACT_COVER_LIST);
	assert_int_equal(keys_action('!'), ACT_LIST_FILTER);
}

static void
test_digit_alone_is_a_proposal(void **state)
{
	struct keys	k;
	struct command	c;

	(void)state;
	keys_init(&k);
	c = keys_feed(&k, '3');
	assert_int_equal(c.action, ACT_COUNT);
	assert_int_equal(c.count, 3);
	assert_true(k.typing);
	/* Enter makes it a proposal number, and is not Enter then. */
	c = keys_feed(&k, '\r');
	assert_int_equal(c.action, ACT_PROP_GOTO);
	assert_int_equal(c.count, 3);
	assert_false(k.typing);
	c = keys_feed(&k, '\r');
	assert_int_equal(c.action, ACT_COUNTERPART);
	keys_feed(&k, '4');
	/* A key that takes no count ends the number without using it. */
	c = keys_feed(&k, 's');
	assert_int_equal(c.action, ACT_SYNC);
	assert_int_equal(c.count, 0);
	c = keys_feed(&k, 'j');
	assert_int_equal(c.action, ACT_DOWN);
	assert_int_equal(c.count, 0);
}

static void
test_count_before_motion(void **state)
{
	struct keys	k;
	struct command	c;

	(void)state;
	keys_init(&k);
	c = keys_feed(&k, '1');
	assert_int_equal(c.action, ACT_COUNT);
	assert_int_equal(c.count, 1);
	c = keys_feed(&k, '2');
	assert_int_equal(c.action, ACT_COUNT);
	assert_int_equal(c.count, 12);
	c = keys_feed(&k, 'j');
	assert_int_equal(c.action, ACT_DOWN);
	assert_int_equal(c.count, 12);
	assert_false(k.typing);
	c = keys_feed(&k, 'j');
	assert_int_equal(c.count, 0);
	keys_feed(&k, '5');
	c = keys_feed(&k, 'G');
	assert_int_equal(c.action, ACT_BOTTOM);
	assert_int_equal(c.count, 5);
	keys_feed(&k, '2');
	c = keys_feed(&k, '}');
	assert_int_equal(c.action, ACT_QUOTE_NEXT);
	assert_int_equal(c.count, 2);
}

static void
test_zero_and_cap(void **state)
{
	struct keys	k;
	struct command	c;
	int		i;

	(void)state;
	keys_init(&k);
	c = keys_feed(&k, '0');
	assert_int_equal(c.action, ACT_NONE);
	assert_false(k.typing);
	c = keys_feed(&k, '1');
	c = keys_feed(&k, '0');
	assert_int_equal(c.action, ACT_COUNT);
	assert_int_equal(c.count, 10);
	for (i = 0; i < 30; i++)
		c = keys_feed(&k, '9');
	assert_int_equal(c.count, KEYS_COUNT_MAX);
	c = keys_feed(&k, KEYS_ESC);
	assert_int_equal(c.action, ACT_CANCEL);
	assert_false(k.typing);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_action_has_a_row),
		cmocka_unit_test(test_each_key_one_action),
		cmocka_unit_test(test_help_rows_fit),
		cmocka_unit_test(test_design_keys),
		cmocka_unit_test(test_digit_alone_is_a_proposal),
		cmocka_unit_test(test_count_before_motion),
		cmocka_unit_test(test_zero_and_cap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
