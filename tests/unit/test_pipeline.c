/*
 * test_pipeline.c — one statement, many reports: checking two reports
 * against one statement gives, byte for byte, the reports two separate
 * single-pair runs give, and leaves the statement as it was (its
 * lexicon, words and proposals); each report's new words are numbered
 * after the statement's, in a lexicon of the report's own.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "lexicon.h"
#include "model.h"
#include "msg.h"
#include "pipeline.h"
#include "report.h"

static const char statement[] =
    "Statement of the Port Authority on the winter works\n"
    "12 November 2024\n"
    "\n"
    "The Port Authority met on Tuesday and agreed the following.\n"
    "\n"
    "1. The north quay will close to cargo ships from 1 December until "
    "the end of February.\n"
    "2. Ferry services will keep their timetable during the works.\n"
    "3. A public meeting on the harbour's future will be held in the "
    "spring.\n";

/* Wire style: dateline, one exact and one altered quotation. */
static const char report_a[] =
    "Harbour quay to shut for winter\n"
    "\n"
    "PORTVILLE, Nov 12 (Coast Wire) - The port said \"the north quay "
    "will close to cargo ships from 1 December\" and that ferry services "
    "\"will keep to their timetable during the works\".\n";

/* A paraphrase, a quotation not in the statement, and new words. */
static const char report_b[] =
    "Fishermen fear lost season\n"
    "\n"
    "Officials said a public meeting on the future of the harbour would "
    "be held in the spring.  One skipper called it \"a disaster for "
    "every trawlerman here\".\n";

/* The --check report of m, as text then JSON, NUL-terminated. */
static char *
both_reports(const struct model *m)
{
	char	*out = NULL;
	size_t	 len = 0;
	FILE	*fp;

	assert_non_null(fp = open_memstream(&out, &len));
	report_text(fp, m, false);
	report_json(fp, m);
	fclose(fp);
	return out;
}

/* The reports of a single-pair run: a statement of its own for rep. */
static char *
single_run(const char *rep)
{
	struct statement	*st;
	struct model		 m;
	char			*out;

	assert_non_null(st = pipeline_statement("statement.txt", statement,
	    strlen(statement)));
	assert_int_equal(pipeline_check(&m, st, "report.txt", rep,
	    strlen(rep)), 0);
	out = both_reports(&m);
	model_free(&m);
	pipeline_statement_free(st);
	return out;
}

/* What a statement value holds that checking must not change. */
struct snapshot {
	size_t		 nlex, nwords, nprops, nparas, len;
	struct word	*words;
	char		*text;
};

static void
snap(struct snapshot *sn, const struct statement *st)
{
	sn->nlex = lexicon_size(st->lex);
	sn->nwords = st->doc.nwords;
	sn->nprops = st->doc.nprops;
	sn->nparas = st->doc.nparas;
	sn->len = st->doc.len;
	sn->words = malloc(sn->nwords * sizeof(*sn->words) + 1);
	assert_non_null(sn->words);
	memcpy(sn->words, st->doc.words, sn->nwords * sizeof(*sn->words));
	sn->text = strdup(st->doc.text);
	assert_non_null(sn->text);
}

static void
assert_unchanged(const struct snapshot *sn, const struct statement *st)
{
	assert_int_equal(lexicon_size(st->lex), sn->nlex);
	assert_int_equal(st->doc.nwords, sn->nwords);
	assert_int_equal(st->doc.nprops, sn->nprops);
	assert_int_equal(st->doc.nparas, sn->nparas);
	assert_int_equal(st->doc.len, sn->len);
	assert_memory_equal(st->doc.words, sn->words,
	    sn->nwords * sizeof(*sn->words));
	assert_string_equal(st->doc.text, sn->text);
}

/*
 * With the statement's words indexed for many reports, each report's
 * --check text and JSON are those of a run without the index.
 */
static void
test_indexed_statement(void **state)
{
	static const char *const reps[] = { report_a, report_b };
	struct statement	*st;
	struct model		 m;
	char			*alone, *indexed;
	size_t			 i;

	(void)state;
	msg_quiet_warnings(1);
	assert_non_null(st = pipeline_statement("statement.txt", statement,
	    strlen(statement)));
	assert_null(st->sx);
	pipeline_statement_index(st);
	assert_non_null(st->sx);
	for (i = 0; i < 2; i++) {
		alone = single_run(reps[i]);
		assert_int_equal(pipeline_check(&m, st, "report.txt", reps[i],
		    strlen(reps[i])), 0);
		indexed = both_reports(&m);
		assert_string_equal(indexed, alone);
		assert_true(m.nquotes > 0);
		model_free(&m);
		free(alone);
		free(indexed);
	}
	pipeline_statement_free(st);
}

static void
test_one_statement_two_reports(void **state)
{
	struct statement	*st;
	struct snapshot		 sn;
	struct model		 ma, mb;
	char			*shared_a, *shared_b, *alone_a, *alone_b;

	(void)state;
	msg_quiet_warnings(1);
	alone_a = single_run(report_a);
	alone_b = single_run(report_b);
	assert_non_null(st = pipeline_statement("statement.txt", statement,
	    strlen(statement)));
	assert_int_equal(st->doc.nprops, 3);
	snap(&sn, st);
	/* Both models alive at once, each borrowing the statement. */
	assert_int_equal(pipeline_check(&ma, st, "report.txt", report_a,
	    strlen(report_a)), 0);
	assert_int_equal(pipeline_check(&mb, st, "report.txt", report_b,
	    strlen(report_b)), 0);
	assert_ptr_equal(ma.stmt, &st->doc);
	assert_ptr_equal(mb.stmt, &st->doc);
	shared_a = both_reports(&ma);
	shared_b = both_reports(&mb);
	assert_string_equal(shared_a, alone_a);
	assert_string_equal(shared_b, alone_b);
	/* The two reports differ, so the comparison above can fail. */
	assert_string_not_equal(shared_a, shared_b);
	assert_int_equal(ma.nexact, 1);
	assert_int_equal(ma.naltered, 1);
	assert_int_equal(ma.coverage[0], COVER_QUOTED);
	assert_int_equal(ma.coverage[1], COVER_QUOTED_ALTERED);
	assert_int_equal(mb.nnotfound, 1);
	assert_int_equal(mb.coverage[2], COVER_PARAPHRASED);
	model_free(&ma);
	model_free(&mb);
	assert_unchanged(&sn, st);
	/* Again after freeing: nothing of the reports stayed behind. */
	assert_int_equal(pipeline_check(&ma, st, "report.txt", report_a,
	    strlen(report_a)), 0);
	free(shared_a);
	shared_a = both_reports(&ma);
	assert_string_equal(shared_a, alone_a);
	model_free(&ma);
	assert_unchanged(&sn, st);
	pipeline_statement_free(st);
	free(sn.words);
	free(sn.text);
	free(shared_a);
	free(shared_b);
	free(alone_a);
	free(alone_b);
}

/* A report's words: the statement's under its ids, new ones after. */
static void
test_report_words_overlay(void **state)
{
	struct statement	*st;
	struct model		 m;
	size_t			 nlex, i;
	uint32_t		 spring = UINT32_MAX, skipper = UINT32_MAX;
	const char		*w;

	(void)state;
	msg_quiet_warnings(1);
	assert_non_null(st = pipeline_statement("statement.txt", statement,
	    strlen(statement)));
	nlex = lexicon_size(st->lex);
	assert_int_equal(pipeline_check(&m, st, "report.txt", report_b,
	    strlen(report_b)), 0);
	assert_true(m.lex != st->lex);
	assert_true(lexicon_size(m.lex) > nlex);
	for (i = 0; i < m.rep.nwords; i++) {
		w = lexicon_word(m.lex, m.rep.words[i].key, NULL);
		assert_non_null(w);
		if (strcmp(w, "spring") == 0)
			spring = m.rep.words[i].key;
		if (strcmp(w, "skipper") == 0)
			skipper = m.rep.words[i].key;
	}
	assert_true(spring < nlex);
	assert_string_equal(lexicon_word(st->lex, spring, NULL), "spring");
	assert_true(skipper >= nlex && skipper != UINT32_MAX);
	assert_null(lexicon_word(st->lex, skipper, NULL));
	model_free(&m);
	assert_int_equal(lexicon_size(st->lex), nlex);
	pipeline_statement_free(st);
}

/* A report that cannot load leaves an empty model and the statement. */
static void
test_report_load_error(void **state)
{
	struct statement	*st;
	struct model		 m;
	size_t			 nlex;

	(void)state;
	msg_quiet_warnings(1);
	assert_non_null(st = pipeline_statement("statement.txt", statement,
	    strlen(statement)));
	nlex = lexicon_size(st->lex);
	fflush(stderr);
	msg_reset();
	assert_int_equal(pipeline_check(&m, st, "report.txt", "", 0), -1);
	assert_int_equal(msg_worst(), MSG_ERROR);
	assert_null(m.lex);
	assert_null(m.stmt);
	assert_int_equal(m.nquotes, 0);
	model_free(&m);
	assert_int_equal(lexicon_size(st->lex), nlex);
	pipeline_statement_free(st);
	assert_null(pipeline_statement("statement.txt", "  \n", 3));
	msg_reset();
}

/*
 * Many report sentences, each restating another statement sentence:
 * each is linked to its own, so no count of one sentence's search is
 * left over in the next one's.
 */
static void
test_paraphrase_many(void **state)
{
	enum { N = 300 };
	struct statement	*st;
	struct model		 m;
	char			*stext, *rtext, *p, *r;
	size_t			 i, line, col;

	(void)state;
	msg_quiet_warnings(1);
	stext = malloc(N * 64 + 64);
	rtext = malloc(N * 64 + 64);
	assert_non_null(stext);
	assert_non_null(rtext);
	p = stext + sprintf(stext, "Notice of the works\n\n");
	r = rtext + sprintf(rtext, "Works notice\n\n");
	for (i = 0; i < N; i++) {
		p += sprintf(p, "Crew%zu mends pier%zu near buoy%zu and "
		    "dock%zu.\n\n", i, i, i, i);
		/* The report goes backwards, so each link is found anew. */
		r += sprintf(r, "Dock%zu and buoy%zu see crew%zu mend "
		    "pier%zu.\n\n", N - 1 - i, N - 1 - i, N - 1 - i, N - 1 - i);
	}
	assert_non_null(st = pipeline_statement("statement.txt", stext,
	    (size_t)(p - stext)));
	assert_int_equal(pipeline_check(&m, st, "report.txt", rtext,
	    (size_t)(r - rtext)), 0);
	assert_int_equal(m.nparas, N);
	for (i = 0; i < N; i++) {
		doc_position(m.stmt, m.paras[i].src.off, &line, &col);
		/* Statement sentence k is on line 3 + 2k. */
		assert_int_equal(line, 3 + 2 * (N - 1 - i));
		assert_true(m.paras[i].score > 0.6);
	}
	model_free(&m);
	pipeline_statement_free(st);
	free(stext);
	free(rtext);
}

/*
 * A sentence after a paragraph that is not content (the date under
 * the title) starts after it: the link's source is that sentence
 * alone, and so is the one after the chrome line in the report.
 */
static void
test_paraphrase_gaps(void **state)
{
	static const char stext[] =
	    "Notice of the works\nSeptember 25, 2020\n\n"
	    "Crew mends pier near buoy and dock.\n\n"
	    "Sailors paint hull beside harbour wall.\n";
	static const char rtext[] =
	    "Works notice\n\nSeptember 26, 2020\n\n"
	    "Harbour wall sailors paint hull.\n\n"
	    "Dock and buoy see crew mend pier.\n";
	struct statement	*st;
	struct model		 m;

	(void)state;
	msg_quiet_warnings(1);
	assert_non_null(st = pipeline_statement("statement.txt", stext,
	    strlen(stext)));
	assert_int_equal(pipeline_check(&m, st, "report.txt", rtext,
	    strlen(rtext)), 0);
	assert_int_equal(m.nparas, 2);
	assert_int_equal(m.paras[0].src.len,
	    strlen("Sailors paint hull beside harbour wall"));
	assert_memory_equal(m.stmt->text + m.paras[0].src.off,
	    "Sailors paint hull beside harbour wall", m.paras[0].src.len);
	assert_int_equal(m.paras[1].src.len,
	    strlen("Crew mends pier near buoy and dock"));
	assert_memory_equal(m.stmt->text + m.paras[1].src.off,
	    "Crew mends pier near buoy and dock", m.paras[1].src.len);
	assert_memory_equal(m.rep.text + m.paras[1].rep.off,
	    "Dock and buoy see crew mend pier", m.paras[1].rep.len);
	model_free(&m);
	pipeline_statement_free(st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_statement_two_reports),
		cmocka_unit_test(test_indexed_statement),
		cmocka_unit_test(test_report_words_overlay),
		cmocka_unit_test(test_report_load_error),
		cmocka_unit_test(test_paraphrase_many),
		cmocka_unit_test(test_paraphrase_gaps),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
