/*
 * test_msg.c — the catalogue's wording: file, line and column when
 * known, the level when asked, the detail after the message; a buffer
 * too short gets a NUL-terminated prefix and the length needed, as
 * snprintf(3); the worst level is remembered.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "msg.h"

static void
test_format_parts(void **state)
{
	char	buf[128];

	(void)state;
	assert_int_equal(msg_format(buf, sizeof(buf), MSG_INVALID_UTF8,
	    "r.txt", 12, 5, true, "%d %s", 2, "sequences"), 66);
	assert_string_equal(buf, "r.txt:12:5: warning: invalid UTF-8 "
	    "replaced by U+FFFD: 2 sequences");
	msg_format(buf, sizeof(buf), MSG_EMPTY, "r.txt", 3, 0, true, NULL);
	assert_string_equal(buf, "r.txt:3: error: empty file");
	msg_format(buf, sizeof(buf), MSG_NO_PROPOSALS, "s.txt", 0, 9, false,
	    NULL);
	assert_string_equal(buf, "s.txt: no numbered proposals found");
	msg_format(buf, sizeof(buf), MSG_USAGE, NULL, 4, 4, true, "%s",
	    "too many files");
	assert_string_equal(buf, "error: usage: too many files");
}

static void
test_format_short_buffer(void **state)
{
	char	buf[8];
	int	n;

	(void)state;
	n = msg_format(NULL, 0, MSG_NO_READER, NULL, 0, 0, false, "%s",
	    "TERM is not set");
	assert_int_equal(n, (int)strlen("cannot start the reader: TERM is "
	    "not set"));
	memset(buf, 'x', sizeof(buf));
	assert_int_equal(msg_format(buf, sizeof(buf), MSG_NO_READER, NULL,
	    0, 0, false, "%s", "TERM is not set"), n);
	assert_string_equal(buf, "cannot ");
}

static void
test_worst_level(void **state)
{
	(void)state;
	msg_reset();
	msg_quiet_warnings(1);
	assert_int_equal(msg_worst(), MSG_OK);
	qc_msg(MSG_HIDDEN_CHARS, "r.txt", 0, 0, "%d", 1);
	assert_int_equal(msg_worst(), MSG_WARNING);
	fflush(stderr);
	qc_msg(MSG_NO_READER, NULL, 0, 0, "%s", "a test");
	assert_int_equal(msg_worst(), MSG_ERROR);
	qc_msg(MSG_NO_QUOTES, "r.txt", 0, 0, NULL);
	assert_int_equal(msg_worst(), MSG_ERROR);
	msg_reset();
	assert_int_equal(msg_worst(), MSG_OK);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_parts),
		cmocka_unit_test(test_format_short_buffer),
		cmocka_unit_test(test_worst_level),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
