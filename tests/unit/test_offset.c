/*
 * test_offset.c — the binary search over offset-ordered arrays: equal
 * offsets counted or not (strict), both ends, an empty array, an
 * offset inside a struct, and spans found by where they end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "model.h"
#include "offset.h"

struct item {
	int	tag;
	size_t	at;
};

static void
test_count(void **state)
{
	static const struct item it[] = {
		{ 1, 2 }, { 2, 5 }, { 3, 5 }, { 4, 9 }
	};
	size_t	n = sizeof(it) / sizeof(it[0]), f = offsetof(struct item, at);
	static const size_t	 bare[] = { 0, 0, 3 };

	(void)state;
	assert_int_equal(offset_count(it, n, sizeof(*it), f, 0, false), 0);
	assert_int_equal(offset_count(it, n, sizeof(*it), f, 2, false), 1);
	assert_int_equal(offset_count(it, n, sizeof(*it), f, 2, true), 0);
	assert_int_equal(offset_count(it, n, sizeof(*it), f, 5, false), 3);
	assert_int_equal(offset_count(it, n, sizeof(*it), f, 5, true), 1);
	assert_int_equal(offset_count(it, n, sizeof(*it), f, 6, true), 3);
	assert_int_equal(offset_count(it, n, sizeof(*it), f, 100, false), 4);
	assert_int_equal(offset_count(it, 0, sizeof(*it), f, 5, false), 0);
	assert_int_equal(offset_count(bare, 3, sizeof(*bare), 0, 0, false),
	    2);
	assert_int_equal(offset_count(bare, 3, sizeof(*bare), 0, 0, true), 0);
}

static void
test_spans_ended(void **state)
{
	static const struct span sp[] = { { 0, 3 }, { 4, 2 }, { 10, 5 } };
	static const struct proposal pr[] = {
		{ 1, { 0, 0 }, { 0, 6 }, 1 }, { 2, { 0, 0 }, { 6, 4 }, 2 }
	};

	(void)state;
	assert_int_equal(offset_spans_ended(sp, 3, sizeof(*sp), 0, 0), 0);
	assert_int_equal(offset_spans_ended(sp, 3, sizeof(*sp), 0, 2), 0);
	assert_int_equal(offset_spans_ended(sp, 3, sizeof(*sp), 0, 3), 1);
	assert_int_equal(offset_spans_ended(sp, 3, sizeof(*sp), 0, 7), 2);
	assert_int_equal(offset_spans_ended(sp, 3, sizeof(*sp), 0, 15), 3);
	assert_int_equal(offset_spans_ended(pr, 2, sizeof(*pr),
	    offsetof(struct proposal, span), 6), 1);
	assert_int_equal(offset_spans_ended(pr, 2, sizeof(*pr),
	    offsetof(struct proposal, span), 5), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_spans_ended),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
