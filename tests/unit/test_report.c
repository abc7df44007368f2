/*
 * test_report.c — the --check report: JSON strings escaped so that the
 * output is valid and safe on a terminal, null where a quotation has no
 * source, the text report sanitised and ASCII-only when asked, long
 * quotations cut with both ends kept, and the names of verdicts,
 * change operations and coverage states.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "model.h"
#include "msg.h"
#include "pipeline.h"
#include "report.h"

static const char statement[] =
    "Statement on the harbour\n"
    "First. To reopen the north quay to cargo ships before the end of "
    "the month.\n"
    "Second. To keep the ferry timetable unchanged during the repairs.\n";

/* The statement above, built once; each test checks reports against it. */
static struct statement	*st;

/*
 * A report whose quotations hold a backslash, inner double quotes and
 * every kind of character that must not reach a terminal raw: C0, DEL,
 * C1, a bidi override, a zero-width space and a line separator.
 */
/* NEL and U+2028 are line ends (load.c), so not among these controls. */
static const char hostile[] =
    "Harbour news\x1b]0;title\x07\n"
    "\n"
    "The authority promised \xc2\xab" "to reopen the north quay \\ "
    "\"to cargo\" ships\x01 before\x7f the \xc2\x9b" "end "
    "\xe2\x80\xae" "of \xe2\x80\x8b" "the \xe2\x80\x8d" "month\xc2\xbb.\n"
    "It also said \"the harbour will be painted blue\".\n";

/* Run f on the model of statement and rep; the output, NUL-terminated. */
static char *
run_report(const char *rep, void (*f)(FILE *, const struct model *, bool),
    bool ascii, struct model *m)
{
	char	*out = NULL;
	size_t	 len = 0;
	FILE	*fp;

	msg_quiet_warnings(1);
	assert_int_equal(pipeline_check(m, st, "report.txt", rep,
	    strlen(rep)), 0);
	assert_non_null(fp = open_memstream(&out, &len));
	f(fp, m, ascii);
	fclose(fp);
	return out;
}

static void
json(FILE *fp, const struct model *m, bool ascii)
{
	(void)ascii;
	report_json(fp, m);
}

/* No raw control, DEL, C1, bidi control or zero-width char in s. */
static void
assert_terminal_safe(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;

	for (; *p != '\0'; p++) {
		assert_false(*p < 0x20 && *p != '\n');
		assert_false(*p == 0x7f);
		assert_false(p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f);
		assert_false(p[0] == 0xe2 && p[1] == 0x80 &&
		    ((p[2] >= 0x8b && p[2] <= 0x8f) ||
		    (p[2] >= 0xa8 && p[2] <= 0xae)));
	}
}

static void
test_json_escapes(void **state)
{
	struct model	 m;
	char		*out;

	(void)state;
	out = run_report(hostile, json, false, &m);
	assert_terminal_safe(out);
	assert_non_null(strstr(out, "\"headline\": \"Harbour news"
	    "\\u001b]0;title\\u0007\""));
	assert_non_null(strstr(out, "quay \\\\ \\\"to cargo\\\" ships"
	    "\\u0001 before\\u007f the \\u009bend \\u202eof \\u200bthe "
	    "\\u200dmonth\""));
	model_free(&m);
	free(out);
}

/* A path is bytes from the command line; a tag character is beyond BMP. */
static void
test_json_path_and_astral(void **state)
{
	static const char rep[] =
	    "News\n\n\"To reopen the north \xf3\xa0\x80\x81quay to "
	    "cargo ships\", they said.\n";
	struct statement *hst;
	struct model	 m;
	char		*out = NULL;
	size_t		 len = 0;
	FILE		*fp;

	(void)state;
	msg_quiet_warnings(1);
	assert_non_null(hst = pipeline_statement("st\xed\xa0\x80\xff.txt",
	    statement, strlen(statement)));
	assert_int_equal(pipeline_check(&m, hst, "report.txt", rep,
	    strlen(rep)), 0);
	assert_non_null(fp = open_memstream(&out, &len));
	report_json(fp, &m);
	fclose(fp);
	assert_terminal_safe(out);
	assert_non_null(strstr(out, "\"path\": \"st\xef\xbf\xbd"));
	assert_null(strstr(out, "\xed\xa0"));
	assert_null(strstr(out, "\xff"));
	assert_non_null(strstr(out, "north \\udb40\\udc01quay"));
	model_free(&m);
	pipeline_statement_free(hst);
	free(out);
}

static void
test_json_nulls(void **state)
{
	struct model	 m;
	char		*out, *q;

	(void)state;
	out = run_report(hostile, json, false, &m);
	assert_int_equal(m.nquotes, 2);
	assert_int_equal(m.quotes[1].verdict, VERDICT_NOT_FOUND);
	q = strstr(out, "\"text\": \"the harbour will be painted blue\"");
	assert_non_null(q);
	assert_non_null(strstr(q, "\"source\": null,\n"));
	assert_non_null(strstr(q, "\"proposal\": null,\n"));
	assert_non_null(strstr(out, "\"summary\": {\"quotes\": 2, "));
	assert_non_null(strstr(out, "\"coverage\": [\n"
	    "    {\"proposal\": 1, \"status\": "));
	model_free(&m);
	free(out);
}

/*
 * "closest": null on a quotation found, and on one not found that
 * shares too little; the passage, proposal and similarity where one
 * is near.  The text report says the same under the quotation.
 */
static void
test_closest(void **state)
{
	static const char rep[] =
	    "Harbour news\n\n"
	    "\"To reopen the north quay to cargo ships before the end of "
	    "the month,\" they said, \"the ferry timetable will be cut "
	    "in half during the winter,\" and \"all of it is for the "
	    "birds.\"\n";
	struct model	 m;
	char		*out, *q;

	(void)state;
	out = run_report(rep, json, false, &m);
	assert_int_equal(m.nquotes, 3);
	q = strstr(out, "\"text\": \"To reopen");
	assert_non_null(q);
	assert_non_null(strstr(q, "\"similarity\": 1.000,\n"
	    "      \"closest\": null,\n      \"warnings\""));
	q = strstr(out, "\"text\": \"the ferry timetable");
	assert_non_null(q);
	assert_non_null(strstr(q, "\"closest\": {\"source\": {\"line\": 3, "
	    "\"column\": 17}, \"proposal\": 2, \"similarity\": 0.556, "
	    "\"text\": \"the ferry timetable unchanged during the repairs\"},\n"));
	q = strstr(out, "\"text\": \"all of it");
	assert_non_null(q);
	assert_non_null(strstr(q, "\"closest\": null,\n"));
	model_free(&m);
	free(out);
	out = run_report(rep, report_text, false, &m);
	assert_non_null(strstr(out, "\n     closest: statement 3:17, "
	    "proposal 2, 55% similar: \"the ferry timetable unchanged "
	    "during the repairs\"\n"));
	assert_non_null(strstr(out, "\n     closest: no passage shares"));
	model_free(&m);
	free(out);
}

static void
test_text_sanitised(void **state)
{
	struct model	 m;
	char		*out;

	(void)state;
	out = run_report(hostile, report_text, false, &m);
	assert_terminal_safe(out);
	assert_non_null(strstr(out, "^["));
	assert_non_null(strstr(out, "<U+202E>"));
	assert_non_null(strstr(out, "report 3:"));
	assert_non_null(strstr(out, "2 quotations: "));
	model_free(&m);
	free(out);
}

static void
test_text_ascii(void **state)
{
	static const char rep[] =
	    "Quay news\n\n"
	    "\xe2\x80\x9cTo reopen the south quay to cargo ships before "
	    "the end of the month,\xe2\x80\x9d the authority said.\n";
	struct model		 m;
	char			*out;
	const unsigned char	*p;

	(void)state;
	out = run_report(rep, report_text, true, &m);
	for (p = (const unsigned char *)out; *p != '\0'; p++)
		assert_true(*p == '\n' || (*p >= 0x20 && *p < 0x7f));
	assert_non_null(strstr(out, "\"north\" -> \"south\""));
	model_free(&m);
	free(out);
	out = run_report(rep, report_text, false, &m);
	assert_non_null(strstr(out, "\"north\" \xe2\x86\x92 \"south\""));
	model_free(&m);
	free(out);
}

static void
test_text_long_quote_cut(void **state)
{
	char		 rep[4096];
	struct model	 m;
	char		*out, *line, *end;
	int		 i, at;

	(void)state;
	at = snprintf(rep, sizeof(rep), "Long\n\nHe said \"start here");
	for (i = 0; i < 60; i++)
		at += snprintf(rep + at, sizeof(rep) - at, " word%d", i);
	snprintf(rep + at, sizeof(rep) - at, " and stop there\".\n");
	out = run_report(rep, report_text, false, &m);
	assert_non_null(line = strstr(out, "\"start here word0"));
	assert_non_null(end = strchr(line, '\n'));
	assert_true(end - line < 200);
	assert_non_null(strstr(line, " \xe2\x80\xa6 "));
	assert_true(strstr(line, "and stop there\"") < end);
	model_free(&m);
	free(out);
}

static void
test_names(void **state)
{
	(void)state;
	assert_string_equal(verdict_name(VERDICT_EXACT), "exact");
	assert_string_equal(verdict_name(VERDICT_ALTERED), "altered");
	assert_string_equal(verdict_name(VERDICT_NOT_FOUND), "not-found");
	assert_string_equal(change_op_name(CHANGE_INSERT), "insert");
	assert_string_equal(change_op_name(CHANGE_DELETE), "delete");
	assert_string_equal(change_op_name(CHANGE_REPLACE), "replace");
	assert_string_equal(change_op_name(CHANGE_MOVE), "move");
	assert_string_equal(coverage_name(COVER_QUOTED), "quoted");
	assert_string_equal(coverage_name(COVER_QUOTED_ALTERED),
	    "quoted-altered");
	assert_string_equal(coverage_name(COVER_PARAPHRASED), "paraphrased");
	assert_string_equal(coverage_name(COVER_NOT_COVERED), "not-covered");
}

static void
json_line(FILE *fp, const struct model *m, bool ascii)
{
	(void)ascii;
	report_json_line(fp, m);
}

/* The statement's part rendered once: the same line, byte for byte. */
static void
json_line_head(FILE *fp, const struct model *m, bool ascii)
{
	char	*head;
	size_t	 len;

	(void)ascii;
	head = report_json_head(m->stmt, &len);
	report_json_line_head(fp, m, head, len);
	free(head);
}

static void
test_json_line_head(void **state)
{
	struct model	 m1, m2;
	char		*a, *b;

	(void)state;
	a = run_report(hostile, json_line, false, &m1);
	b = run_report(hostile, json_line_head, false, &m2);
	assert_string_equal(a, b);
	assert_non_null(strstr(a, "{\"statement\": {\"path\": "));
	assert_non_null(strstr(a, "}, \"report\": {"));
	assert_non_null(strchr(a, '\n'));
	assert_ptr_equal(strchr(a, '\n'), a + strlen(a) - 1);
	model_free(&m1);
	model_free(&m2);
	free(a);
	free(b);
}

static int
group_setup(void **state)
{
	(void)state;
	st = pipeline_statement("statement.txt", statement,
	    strlen(statement));
	return st == NULL ? -1 : 0;
}

static int
group_teardown(void **state)
{
	(void)state;
	pipeline_statement_free(st);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json_escapes),
		cmocka_unit_test(test_json_path_and_astral),
		cmocka_unit_test(test_json_nulls),
		cmocka_unit_test(test_closest),
		cmocka_unit_test(test_text_sanitised),
		cmocka_unit_test(test_text_ascii),
		cmocka_unit_test(test_text_long_quote_cut),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_json_line_head),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
