/*
 * test_side.c — the sidebar's content: every row fits its width, no
 * more rows than asked for, a cut sidebar says so on its last row, and
 * what it says of a quotation is what --check says: for every
 * quotation of every golden pair (tests/golden and the bundled pair),
 * the same verdict, similarity and source, and the same warnings; and
 * of a paraphrase, its place, its source and the words it shares.
 */
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "display.h"
#include "doc.h"
#include "model.h"
#include "pipeline.h"
#include "msg.h"
#include "quote.h"
#include "report.h"
#include "side.h"

static const char *
top_dir(void)
{
	const char	*top = getenv("QC_SRCDIR");

	return top != NULL ? top : QC_SRCDATADIR "/..";
}

static struct statement *test_st;

static void
load_pair(struct model *m, const char *stmt, const char *rep)
{
	msg_quiet_warnings(1);
	assert_non_null(test_st = pipeline_statement(stmt, NULL, 0));
	assert_int_equal(pipeline_check(m, test_st, rep, NULL, 0), 0);
}

static void
unload(struct model *m)
{
	model_free(m);
	pipeline_statement_free(test_st);
	test_st = NULL;
}

static void
load_bundled(struct model *m)
{
	char	s[4096], r[4096];

	snprintf(s, sizeof(s), "%s/data/statement.txt", top_dir());
	snprintf(r, sizeof(r), "%s/data/report.txt", top_dir());
	load_pair(m, s, r);
}

/* The text of row i (its runs joined), in a static buffer. */
static const char *
row(const struct side *sd, size_t i)
{
	static char	 b[4096];
	size_t		 k, n = 0;

	b[0] = '\0';
	for (k = 0; i < sd->nlines && k < sd->lines[i].nruns; k++)
		n += (size_t)snprintf(b + n, sizeof(b) - n, "%s",
		    sd->lines[i].runs[k].text);
	return b;
}

/* The row after the heading "Quotation N of M", or -1. */
static long
find_row(const struct side *sd, const char *text)
{
	size_t	i;

	for (i = 0; i < sd->nlines; i++)
		if (strcmp(row(sd, i), text) == 0)
			return (long)i;
	return -1;
}

static char *
check_text(const struct model *m)
{
	char	*out = NULL;
	size_t	 len = 0;
	FILE	*fp;

	assert_non_null(fp = open_memstream(&out, &len));
	report_text(fp, m, false);
	fclose(fp);
	return out;
}

/*
 * Quotation q as --check prints it: "altered, 88%" into verdict and
 * "statement 10:110, no proposal" into source.
 */
static void
check_quote(const char *out, const struct model *m, const struct quote *q,
    char *verdict, char *source, size_t size)
{
	char		 head[64];
	const char	*p, *pct, *eol, *colon;
	uint32_t	 line, col;

	quote_position(m, q, &line, &col);
	snprintf(head, sizeof(head), "%3zu. report %zu:%zu: ",
	    (size_t)quote_id(m, q),
	    (size_t)line, (size_t)col);
	assert_non_null(p = strstr(out, head));
	p += strlen(head);
	assert_non_null(pct = strchr(p, '%'));
	assert_non_null(eol = strchr(p, '\n'));
	assert_true((size_t)(pct + 1 - p) < size);
	snprintf(verdict, size, "%.*s", (int)(pct + 1 - p), p);
	/* A nested quotation says whose: "88%, inside 2: statement ...". */
	if (strncmp(pct + 1, ", inside ", 9) == 0) {
		assert_non_null(colon = strstr(pct, ": "));
		pct = colon - 1;
	}
	assert_true(pct < eol && pct[1] == ':' && pct[2] == ' ');
	snprintf(source, size, "%.*s", (int)(eol - pct - 3), pct + 3);
}

/*
 * A quotation not found: the row after its source names the closest
 * passage (or says there is none) in the words of --check's line.
 */
static void
assert_closest_agrees(const char *out, const struct model *m,
    const struct quote *q, const struct side *sd, long r)
{
	char		 head[64], want[512];
	const char	*p, *eol;
	size_t		 n;
	uint32_t	 line, col;

	if (q->verdict != VERDICT_NOT_FOUND)
		return;
	quote_position(m, q, &line, &col);
	snprintf(head, sizeof(head), "%3zu. report %zu:%zu: ",
	    (size_t)quote_id(m, q),
	    (size_t)line, (size_t)col);
	assert_non_null(p = strstr(out, head));
	assert_non_null(p = strstr(p, "\n     closest: "));
	p += 6;
	assert_non_null(eol = strchr(p, '\n'));
	n = (size_t)(eol - p);
	if (quote_closest(q)->src.len > 0)
		n = (size_t)(strstr(p, ": \"") - p);
	assert_true(n < sizeof(want));
	snprintf(want, sizeof(want), "%.*s", (int)n, p);
	assert_string_equal(row(sd, (size_t)r + 1), want);
}

/* Every quotation of m: the sidebar and --check say the same of it. */
static void
assert_agree(const struct model *m)
{
	struct side	 sd;
	char		*out = check_text(m), verdict[256], source[256];
	char		 head[64];
	size_t		 i;
	long		 r;

	for (i = 0; i < m->nquotes; i++) {
		check_quote(out, m, &m->quotes[i], verdict, source,
		    sizeof(verdict));
		side_build(&sd, m, &m->quotes[i], 200, 1000, false);
		snprintf(head, sizeof(head), "Quotation %zu of %zu",
		    (size_t)quote_id(m, &m->quotes[i]), m->nquotes);
		assert_int_equal(find_row(&sd, head), 0);
		assert_string_equal(row(&sd, 1), verdict);
		assert_int_not_equal(r = find_row(&sd, source), -1);
		assert_true(r <= 3);
		assert_closest_agrees(out, m, &m->quotes[i], &sd, r);
		side_free(&sd);
	}
	free(out);
}

static void
test_golden_pairs_agree(void **state)
{
	struct model	 m;
	glob_t		 g;
	char		 pat[4096], rep[4096];
	size_t		 i, len;

	(void)state;
	load_bundled(&m);
	assert_true(m.nquotes > 0);
	assert_agree(&m);
	unload(&m);
	snprintf(pat, sizeof(pat), "%s/tests/golden/*.statement", top_dir());
	assert_int_equal(glob(pat, 0, NULL, &g), 0);
	assert_true(g.gl_pathc >= 4);
	for (i = 0; i < g.gl_pathc; i++) {
		len = strlen(g.gl_pathv[i]) - strlen(".statement");
		snprintf(rep, sizeof(rep), "%.*s.report", (int)len,
		    g.gl_pathv[i]);
		load_pair(&m, g.gl_pathv[i], rep);
		assert_agree(&m);
		unload(&m);
	}
	globfree(&g);
}

/* The bundled pair's first quotation reads 88%, as in --check. */
static void
test_bundled_first(void **state)
{
	struct model	 m;
	struct side	 sd;

	(void)state;
	load_bundled(&m);
	side_build(&sd, &m, &m.quotes[0], 40, 100, false);
	assert_string_equal(row(&sd, 1), "altered, 88%");
	assert_int_equal(sd.lines[1].runs[0].style, SIDE_ALTERED);
	assert_int_not_equal(find_row(&sd, "delete: \"our\""), -1);
	assert_false(sd.cut);
	side_free(&sd);
	unload(&m);
}

/* The closest passage of a quotation not found, and its opening words. */
static void
test_closest(void **state)
{
	struct model	 m;
	struct side	 sd;
	char		 s[4096], r[4096];

	(void)state;
	snprintf(s, sizeof(s), "%s/tests/golden/closest.statement", top_dir());
	snprintf(r, sizeof(r), "%s/tests/golden/closest.report", top_dir());
	load_pair(&m, s, r);
	side_build(&sd, &m, &m.quotes[0], 200, 100, false);
	assert_string_equal(row(&sd, 4), "closest: statement 6:38, "
	    "proposal 1, 50% similar");
	assert_string_equal(row(&sd, 5), "\"garden watering to two evenings "
	    "a week until \xe2\x80\xa6\"");
	assert_int_equal(sd.lines[5].indent, 2);
	side_free(&sd);
	side_build(&sd, &m, &m.quotes[0], 30, 100, true);
	assert_int_not_equal(find_row(&sd, "evenings a week until ...\""), -1);
	side_free(&sd);
	side_build(&sd, &m, &m.quotes[3], 200, 100, false);
	assert_string_equal(row(&sd, 4), "closest: no passage shares three "
	    "words, two of them content words");
	side_free(&sd);
	/* A quotation found has no closest passage. */
	side_build(&sd, &m, &m.quotes[2], 200, 100, false);
	assert_int_equal(find_row(&sd, "closest"), -1);
	assert_string_equal(row(&sd, 4), "");
	side_free(&sd);
	unload(&m);
}

/* Warnings: the same words, in the same order, as --check. */
static void
test_warnings(void **state)
{
	struct model	 m;
	struct side	 sd;
	char		*out;
	long		 r;

	(void)state;
	load_bundled(&m);
	m.quotes[0].warnings = QUOTE_WARN_HIDDEN | QUOTE_WARN_INVALID |
	    QUOTE_WARN_UNCLOSED;
	side_build(&sd, &m, &m.quotes[0], 60, 100, false);
	assert_int_not_equal(r = find_row(&sd, "warning: hidden characters"),
	    -1);
	assert_int_equal(sd.lines[r].runs[0].style, SIDE_WARNING);
	assert_string_equal(row(&sd, (size_t)r + 1), "warning: invalid UTF-8");
	assert_string_equal(row(&sd, (size_t)r + 2),
	    "warning: no closing quotation mark");
	out = check_text(&m);
	assert_non_null(strstr(out, "     warning: hidden characters\n"
	    "     warning: invalid UTF-8\n"
	    "     warning: no closing quotation mark\n"));
	free(out);
	side_free(&sd);
	unload(&m);
}

/* At every size: rows within the width, within the height, cut marked. */
static void
test_fits(void **state)
{
	struct model		 m;
	struct side		 sd;
	const struct side_line	*ln;
	size_t			 i, k;
	int			 w, h, cells;

	(void)state;
	load_bundled(&m);
	for (w = 1; w <= 50; w += 7)
		for (h = 1; h <= 60; h += 3) {
			side_build(&sd, &m, &m.quotes[1], w, h, false);
			assert_true(sd.nlines <= (size_t)h);
			for (i = 0; i < sd.nlines; i++) {
				ln = &sd.lines[i];
				cells = ln->indent;
				for (k = 0; k < ln->nruns; k++)
					cells += (int)display_width(
					    ln->runs[k].text, ln->runs[k].len,
					    false);
				/* One glyph wider than the row may stand. */
				assert_true(cells <= w || ln->nruns == 1);
			}
			/* Cut: the last row says so (not padded out). */
			if (sd.cut) {
				assert_true(sd.nlines >= 1);
				ln = &sd.lines[sd.nlines - 1];
				assert_int_equal(ln->runs[0].style, SIDE_MORE);
				assert_string_equal(ln->runs[0].text,
				    "\xe2\x80\xa6 (more)");
			}
			side_free(&sd);
		}
	/* All of it at one column (render.c asks so): not padded out. */
	side_build(&sd, &m, &m.quotes[1], 1, 1 << 20, false);
	assert_true(sd.cut);
	assert_true(sd.nlines < 1000);
	side_free(&sd);
	unload(&m);
}

/* Small: cut, and the ASCII mark; no quotation selected, no heading. */
static void
test_cut_ascii(void **state)
{
	struct model	 m;
	struct side	 sd;

	(void)state;
	load_bundled(&m);
	side_build(&sd, &m, NULL, 30, 4, true);
	assert_true(sd.cut);
	assert_int_equal(sd.nlines, 4);
	assert_string_equal(row(&sd, 0), "Summary");
	assert_int_equal(sd.lines[0].runs[0].style, SIDE_HEAD);
	assert_string_equal(row(&sd, 3), "... (more)");
	side_free(&sd);
	side_build(&sd, &m, NULL, 0, 10, false);
	assert_int_equal(sd.nlines, 0);
	side_free(&sd);
	unload(&m);
}

/* Wide enough: continuation rows hang two cells in; nothing cut. */
static void
test_wrap(void **state)
{
	struct model	 m;
	struct side	 sd;
	long		 r;

	(void)state;
	load_bundled(&m);
	side_build(&sd, &m, NULL, 38, 200, false);
	assert_false(sd.cut);
	r = find_row(&sd, "7 quotations: 4 exact, 3 altered, 0");
	assert_int_not_equal(r, -1);
	assert_int_equal(sd.lines[r].indent, 1);
	assert_string_equal(row(&sd, (size_t)r + 1), "not found");
	assert_int_equal(sd.lines[r + 1].indent, 3);
	assert_string_equal(row(&sd, (size_t)r + 2), "proposal 1: not-covered");
	assert_int_equal(sd.lines[r + 2].runs[0].style, SIDE_NOT_FOUND);
	side_free(&sd);
	unload(&m);
}

/* Whether the n bytes at s occur in span sp of d, ignoring case. */
static bool
in_span(const struct doc *d, const struct span *sp, const char *s, size_t n)
{
	size_t	i;

	for (i = sp->off; i + n <= sp->off + sp->len; i++)
		if (strncasecmp(d->text + i, s, n) == 0)
			return true;
	return false;
}

/*
 * A paraphrase of the bundled pair: where it is and where it comes from
 * as --check says, how many words it shares, and which: each a word of
 * the report sentence that its source also holds.
 */
static void
test_paraphrase(void **state)
{
	struct model		 m;
	struct side		 sd;
	const struct paraphrase	*pp;
	char			*out, b[256];
	size_t			 i;
	long			 r;

	(void)state;
	load_bundled(&m);
	assert_int_equal(m.nparas, 1);
	pp = &m.paras[0];
	assert_true(pp->nshared >= 3 && pp->nshared <= pp->ncontent);
	side_build_para(&sd, &m, pp, 40, 100, false);
	assert_string_equal(row(&sd, 0), "Paraphrase 1 of 1");
	assert_int_equal(sd.lines[0].runs[0].style, SIDE_HEAD);
	snprintf(b, sizeof(b), "shares %zu of %zu content words",
	    pp->nshared, pp->ncontent);
	assert_string_equal(row(&sd, 1), b);
	assert_int_equal(sd.lines[1].runs[0].style, SIDE_PARAPHRASED);
	assert_string_equal(row(&sd, 2), "report 9:253");
	assert_string_equal(row(&sd, 3), "statement 2:1, no proposal");
	out = check_text(&m);
	assert_non_null(strstr(out, "     report 9:253: statement 2:1\n"));
	free(out);
	assert_int_not_equal(r = find_row(&sd, "Shared words"), -1);
	assert_int_equal(r, 4);
	/* The words, comma-separated, each from the sentence and its source. */
	for (i = 0; i < pp->nshared; i++) {
		assert_true(doc_word_off(&m.rep, pp->shared[i]) >=
		    pp->rep.off &&
		    doc_word_end(&m.rep, pp->shared[i]) <=
		    pp->rep.off + pp->rep.len);
		assert_true(in_span(m.stmt, &pp->src, m.rep.text +
		    doc_word_off(&m.rep, pp->shared[i]),
		    doc_word_len(&m.rep, pp->shared[i])));
		assert_true(i == 0 || pp->shared[i] > pp->shared[i - 1]);
	}
	assert_true(strncmp(row(&sd, 5), m.rep.text +
	    doc_word_off(&m.rep, pp->shared[0]),
	    doc_word_len(&m.rep, pp->shared[0])) == 0);
	assert_non_null(strstr(row(&sd, 5), ", "));
	assert_false(sd.cut);
	side_free(&sd);
	/* The summary and the documents follow, as for a quotation. */
	side_build_para(&sd, &m, pp, 200, 1000, false);
	assert_int_not_equal(find_row(&sd, "Summary"), -1);
	side_free(&sd);
	unload(&m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_golden_pairs_agree),
		cmocka_unit_test(test_bundled_first),
		cmocka_unit_test(test_closest),
		cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_fits),
		cmocka_unit_test(test_cut_ascii),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_paraphrase),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
