/* test_doc.c — document structure: paragraphs, header, proposals, metadata. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "lexicon.h"
#include "load.h"
#include "xmalloc.h"

#ifndef QC_SRCDATADIR
#define QC_SRCDATADIR	"data"
#endif

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static struct lexicon	*lex;

/* Every parse must leave these true, whatever the input. */
static void
assert_sane(const struct doc *d)
{
	size_t	 i, end = 0;

	assert_non_null(d->text);
	assert_int_equal(d->text[d->len], '\0');
	assert_true(d->nlines >= 1);
	assert_int_equal(d->lines[0], 0);
	for (i = 1; i < d->nlines; i++) {
		assert_true(d->lines[i] > d->lines[i - 1]);
		assert_int_equal(d->text[d->lines[i] - 1], '\n');
	}
	for (i = 0; i < d->nparas; i++) {
		assert_true(d->paras[i].span.off >= end);
		assert_true(d->paras[i].span.len > 0);
		end = d->paras[i].span.off + d->paras[i].span.len;
		assert_true(end <= d->len);
		assert_true(doc_para_line(d, i) >= 1);
		assert_true(doc_para_line(d, i) <= d->nlines);
		assert_true(doc_para_proposal(d, i) < (int)d->nprops);
	}
	for (i = 0; i < d->nprops; i++) {
		assert_int_equal(d->props[i].number, (int)i + 1);
		assert_true(d->props[i].label.off == d->props[i].span.off);
		assert_true(d->props[i].label.len < d->props[i].span.len);
	}
	for (i = 0; i < d->nmeta; i++)
		assert_non_null(d->meta[i].key);
	assert_true(d->dateline_span.off + d->dateline_span.len <= d->len);
}

/* Parse s as load.c would hand it over. */
static void
parse(struct doc *d, enum doc_kind kind, const char *s)
{
	struct loaded	 ld;

	memset(&ld, 0, sizeof(ld));
	ld.text = xstrdup(s);
	ld.len = strlen(s);
	doc_parse(d, "test.txt", kind, &ld, lex);
	assert_null(ld.text);
	assert_sane(d);
}

/* Load and parse a file named relative to the source tree. */
static void
parse_file(struct doc *d, enum doc_kind kind, const char *rel)
{
	struct loaded	 ld;
	const char	*top = getenv("QC_SRCDIR");
	char		 path[4096];

	snprintf(path, sizeof(path), "%s/%s",
	    top != NULL ? top : QC_SRCDATADIR "/..", rel);
	assert_int_equal(load_file(path, &ld), 0);
	doc_parse(d, path, kind, &ld, lex);
	assert_sane(d);
}

static void
assert_span(const struct doc *d, struct span sp, const char *want)
{
	assert_int_equal(sp.len, strlen(want));
	assert_memory_equal(d->text + sp.off, want, sp.len);
}

static void
assert_span_starts(const struct doc *d, struct span sp, const char *want)
{
	assert_true(sp.len >= strlen(want));
	assert_memory_equal(d->text + sp.off, want, strlen(want));
}

/* The values of key must be exactly the NULL-terminated arguments. */
static void
assert_meta(const struct doc *d, const char *key, ...)
{
	va_list		 ap;
	const char	*want;
	char		**v;
	size_t		 n, i = 0;

	v = doc_meta(d, key, &n);
	assert_non_null(v);
	va_start(ap, key);
	while ((want = va_arg(ap, const char *)) != NULL) {
		assert_true(i < n);
		assert_string_equal(v[i], want);
		i++;
	}
	va_end(ap);
	assert_int_equal(n, i);
}

/* Byte offset of the first occurrence of needle in the text. */
static size_t
offset_of(const struct doc *d, const char *needle)
{
	const char	*p = strstr(d->text, needle);

	assert_non_null(p);
	return p - d->text;
}

static void
test_statement_bundled(void **state)
{
	static const char *const label[] = {
	    "First.", "Second.", "Third.", "Fourth." };
	static const char *const start[] = {
	    "First. To restore", "Second. To maintain",
	    "Third. To jointly develop", "Fourth. To exchange" };
	struct doc	 d;
	size_t		 i;

	(void)state;
	parse_file(&d, DOC_STATEMENT, "data/statement.txt");
	assert_string_equal(d.title, "Statement by President of Russia "
	    "Vladimir Putin on a comprehensive program of measures for "
	    "restoring the Russia \xe2\x80\x93 US cooperation in the field "
	    "of international information security");
	assert_string_equal(d.date, "September 25, 2020");
	assert_string_equal(d.time, "13:30");
	assert_null(d.headline);
	assert_null(d.dateline);
	assert_int_equal(d.nlines, 20);
	assert_true(d.nwords > 300);
	assert_int_equal(d.nhidden, 0);

	assert_int_equal(d.nprops, 4);
	for (i = 0; i < 4; i++) {
		assert_int_equal(d.props[i].number, i + 1);
		assert_span(&d, d.props[i].label, label[i]);
		assert_span_starts(&d, d.props[i].span, start[i]);
		assert_int_equal(d.props[i].line, 6 + i);
		assert_int_equal(doc_para_proposal(&d, 5 + i), (int)i);
	}
	assert_true(d.text[d.props[3].span.off + d.props[3].span.len - 1] ==
	    '.');

	assert_int_equal(d.nparas, 20);
	assert_int_equal(d.paras[0].kind, PARA_CHROME);
	assert_span(&d, d.paras[0].span, "Events");
	assert_int_equal(d.paras[1].kind, PARA_TITLE);
	assert_int_equal(d.paras[2].kind, PARA_DATE);
	assert_int_equal(d.paras[3].kind, PARA_TIME);
	for (i = 4; i < 11; i++) {
		assert_int_equal(d.paras[i].kind, PARA_BODY);
		assert_int_equal(doc_para_line(&d, i), i + 1);
	}
	for (i = 11; i < 19; i++)
		assert_int_equal(d.paras[i].kind, PARA_META);
	assert_int_equal(d.paras[19].kind, PARA_CHROME);
	assert_span(&d, d.paras[19].span, "Text version");

	assert_int_equal(d.nmeta, 4);
	assert_meta(&d, "Geography", "United States", NULL);
	assert_meta(&d, "Topics", "Foreign policy", "National security", NULL);
	assert_meta(&d, "Publication status",
	    "Published in sections: News, Transcripts", NULL);
	assert_meta(&d, "publication DATE", "September 25, 2020, 13:30",
	    NULL);
	assert_string_equal(d.meta[0].key, "Geography");
	assert_string_equal(d.meta[3].key, "Publication date");
	doc_free(&d);
}

static void
test_statement_queries(void **state)
{
	struct doc	 d;
	size_t		 off, line, col;

	(void)state;
	parse_file(&d, DOC_STATEMENT, "data/statement.txt");
	doc_position(&d, offset_of(&d, "Third."), &line, &col);
	assert_int_equal(line, 8);
	assert_int_equal(col, 1);
	/* Columns count characters: the apostrophe is three bytes. */
	off = offset_of(&d, "major strategic");
	doc_position(&d, off, &line, &col);
	assert_int_equal(line, 5);
	assert_int_equal(col, 16);
	assert_int_equal(doc_para_at(&d, off), 4);
	assert_int_equal(doc_proposal_at(&d, off), 0);

	off = offset_of(&d, "25 May 1972");
	assert_int_equal(doc_proposal_at(&d, off), 3);
	assert_int_equal(doc_para_at(&d, off), 7);
	assert_int_equal(doc_proposal_at(&d, offset_of(&d, "Fourth.")), 4);
	assert_int_equal(doc_proposal_at(&d, offset_of(&d, "We call")), 0);
	/* The newline between two paragraphs belongs to neither. */
	assert_int_equal(doc_para_at(&d, offset_of(&d, "\nFirst.")), -1);
	assert_int_equal(doc_para_at(&d, d.len + 10), -1);
	doc_position(&d, d.len + 10, &line, &col);
	assert_int_equal(line, 20);

	assert_int_equal(doc_proposal_index(&d, 1), 0);
	assert_int_equal(doc_proposal_index(&d, 4), 3);
	assert_int_equal(doc_proposal_index(&d, 5), -1);
	assert_int_equal(doc_proposal_index(&d, 0), -1);
	doc_free(&d);
}

static void
test_report_bundled(void **state)
{
	struct doc	 d;
	size_t		 i;

	(void)state;
	parse_file(&d, DOC_REPORT, "data/report.txt");
	assert_string_equal(d.headline, "Putin: Russia, US must reach "
	    "agreement on incident prevention in cyberspace");
	assert_string_equal(d.standfirst, "The Russian president insisted "
	    "that the sphere of international cybersecurity should not fall "
	    "'hostage to political disagreements'");
	assert_string_equal(d.dateline, "MOSCOW, September 25. /TASS/.");
	assert_string_equal(d.city, "MOSCOW");
	assert_string_equal(d.date, "September 25");
	assert_string_equal(d.outlet, "TASS");
	assert_null(d.title);
	assert_int_equal(d.dateline_span.off,
	    offset_of(&d, "MOSCOW, September 25."));
	assert_int_equal(d.nprops, 0);
	assert_int_equal(d.nmeta, 0);

	assert_int_equal(d.nparas, 9);
	assert_int_equal(d.paras[0].kind, PARA_CHROME);
	assert_span(&d, d.paras[0].span, "All news");
	assert_int_equal(d.paras[1].kind, PARA_HEADLINE);
	assert_int_equal(doc_para_line(&d, 1), 3);
	assert_int_equal(d.paras[2].kind, PARA_STANDFIRST);
	assert_int_equal(doc_para_line(&d, 2), 5);
	for (i = 3; i < 9; i++)
		assert_int_equal(d.paras[i].kind, PARA_BODY);
	assert_int_equal(d.paras[3].span.off, d.dateline_span.off);
	assert_int_equal(doc_para_line(&d, 8), 18);
	doc_free(&d);
}

/* Each numbering style makes a list on its own. */
static void
test_numbered_styles(void **state)
{
	static const struct {
		const char	*text;
		const char	*labels[3];
	} t[] = {
	    { "Title of the statement\nWe propose:\n1. To meet.\n"
	      "2. To talk.\n3. To agree.\n", { "1.", "2.", "3." } },
	    { "Title of the statement\nWe propose:\n1) To meet.\n"
	      "2) To talk.\n3) To agree.\n", { "1)", "2)", "3)" } },
	    { "Title of the statement\nWe propose:\n(1) To meet.\n"
	      "(2) To talk.\n(3) To agree.\n", { "(1)", "(2)", "(3)" } },
	    { "Title of the statement\nWe propose:\n\n  1.  To meet.\n\n"
	      "  2.\tTo talk.\n\n  3. To agree.\n", { "1.", "2.", "3." } },
	};
	struct doc	 d;
	size_t		 i, k;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		parse(&d, DOC_STATEMENT, t[i].text);
		assert_int_equal(d.nprops, 3);
		for (k = 0; k < 3; k++)
			assert_span(&d, d.props[k].label, t[i].labels[k]);
		assert_span(&d, d.props[2].span, i == 0 ? "3. To agree." :
		    i == 1 ? "3) To agree." : i == 2 ? "(3) To agree." :
		    "3. To agree.");
		assert_string_equal(d.title, "Title of the statement");
		doc_free(&d);
	}
}

static void
test_numbered_words(void **state)
{
	struct doc	 d;

	(void)state;
	parse(&d, DOC_STATEMENT, "Our proposals\n"
	    "Firstly, to restore the dialogue.\n"
	    "Secondly, to keep the channels open.\n"
	    "This matters to both sides.\n"
	    "Thirdly: to conclude an agreement.\n");
	assert_int_equal(d.nprops, 3);
	assert_span(&d, d.props[0].label, "Firstly,");
	assert_span(&d, d.props[1].label, "Secondly,");
	assert_span(&d, d.props[2].label, "Thirdly:");
	assert_int_equal(d.props[2].line, 5);
	assert_int_equal(doc_para_proposal(&d, 3), -1);
	doc_free(&d);

	parse(&d, DOC_STATEMENT, "Title\nFIRST, we act.\nSecond, we wait."
	    "\nThird. We review.\n");
	assert_int_equal(d.nprops, 3);
	assert_span(&d, d.props[0].label, "FIRST,");
	doc_free(&d);

	/* "First" without a second is prose, not a list. */
	parse(&d, DOC_STATEMENT, "Title\nFirst, we thank our hosts.\n"
	    "Then we go home.\n");
	assert_int_equal(d.nprops, 0);
	doc_free(&d);
}

/* Only a plausible sequence makes a list. */
static void
test_numbered_sequence(void **state)
{
	static const char *const none[] = {
	    /* a date is not an item */
	    "Title\n1. September 2020 was the start of talks.\n"
	    "2. The talks went on.\n",
	    "Title\n25.09.2020\n1.5 million people took part.\n"
	    "2. Something else.\n",
	    /* no first item, or a gap */
	    "Title\n2. To talk.\n3. To agree.\n",
	    "Title\n1. To meet.\n3. To agree.\n",
	    /* a stray numeral */
	    "Title\nSome text.\n1. A note.\nMore text.\n",
	    /* styles do not mix */
	    "Title\n1. To meet.\n2) To talk.\n(3) To agree.\n",
	    /* numbers glued to words */
	    "Title\n1.To meet.\n2.To talk.\n",
	};
	struct doc	 d;
	size_t		 i;

	(void)state;
	for (i = 0; i < NELEM(none); i++) {
		parse(&d, DOC_STATEMENT, none[i]);
		assert_int_equal(d.nprops, 0);
		doc_free(&d);
	}

	/* The longest run wins; other paragraphs may come between. */
	parse(&d, DOC_STATEMENT, "Title\n1. A.\n2. B.\nIntro.\n"
	    "First. One.\nMore on one.\nSecond. Two.\nThird. Three.\n");
	assert_int_equal(d.nprops, 3);
	assert_span(&d, d.props[0].label, "First.");
	assert_int_equal(d.props[1].line, 7);
	doc_free(&d);

	/* A list restarting at 1 starts over. */
	parse(&d, DOC_STATEMENT, "Title\n1. A.\n1. A again.\n2. B.\n3. C.\n");
	assert_int_equal(d.nprops, 3);
	assert_int_equal(d.props[0].line, 3);
	doc_free(&d);

	/* A date line in the header is a date, not an item. */
	parse(&d, DOC_STATEMENT, "Title\n1. September 2020\nBody.\n");
	assert_string_equal(d.date, "1. September 2020");
	assert_int_equal(d.paras[1].kind, PARA_DATE);
	doc_free(&d);
}

/*
 * With no numbered run, lettered points are the proposals: "(a)" "b)",
 * roman "(i)" "(ii)", Cyrillic "а)" "б)"; numbered 1 up.  With one, the
 * letters are its sub-points.
 */
static void
test_lettered_points(void **state)
{
	static const struct {
		const char	*text;
		const char	*labels[3];
	} t[] = {
	    { "Joint communique\n\nThe sides agreed:\n\n(a) to open the "
	      "crossing;\n\n(b) to publish the levels;\n\n(c) to meet "
	      "again.\n\nThe next round follows.\n",
	      { "(a)", "(b)", "(c)" } },
	    { "Joint communique\nThe sides agreed:\na) to open the crossing;"
	      "\nb) to publish the levels;\nc) to meet again.\n",
	      { "a)", "b)", "c)" } },
	    /* (i) is the ninth letter and the first roman numeral */
	    { "Joint communique\nThe sides agreed:\n(i) to open the crossing;"
	      "\n(ii) to publish the levels;\n(iii) to meet again.\n",
	      { "(i)", "(ii)", "(iii)" } },
	    { "\xd0\xa1\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd"
	      "\xd0\xb8\xd0\xb5\n\xd0\xb0) \xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd;"
	      "\n\xd0\xb1) \xd0\xb4\xd0\xb2\xd0\xb0;\n\xd0\xb2) \xd1\x82"
	      "\xd1\x80\xd0\xb8.\n",
	      { "\xd0\xb0)", "\xd0\xb1)", "\xd0\xb2)" } },
	};
	struct doc	 d;
	size_t		 i, k;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		parse(&d, DOC_STATEMENT, t[i].text);
		assert_int_equal(d.nprops, 3);
		for (k = 0; k < 3; k++) {
			assert_span(&d, d.props[k].label, t[i].labels[k]);
			assert_int_equal(d.props[k].number, (int)k + 1);
		}
		doc_free(&d);
	}

	/* Under numbered proposals the letters are sub-points. */
	parse(&d, DOC_STATEMENT, "Title\n1. To open the crossing:\n"
	    "(a) for trucks;\n(b) for buses;\n(c) for cars.\n"
	    "2. To meet again.\n");
	assert_int_equal(d.nprops, 2);
	assert_span(&d, d.props[0].span, "1. To open the crossing:\n"
	    "(a) for trucks;\n(b) for buses;\n(c) for cars.");
	doc_free(&d);

	/* One letter, a gap, or a letter glued to its text: no list. */
	parse(&d, DOC_STATEMENT, "Title\n(a) to open.\nThen more.\n");
	assert_int_equal(d.nprops, 0);
	doc_free(&d);
	parse(&d, DOC_STATEMENT, "Title\n(a) to open.\n(c) to close.\n");
	assert_int_equal(d.nprops, 0);
	doc_free(&d);
	parse(&d, DOC_STATEMENT, "Title\n(a)to open.\n(b)to close.\n");
	assert_int_equal(d.nprops, 0);
	doc_free(&d);
}

/* The words after which a sentence ends, as a string of their texts. */
static void
ends_of(const struct doc *d, char *buf, size_t size)
{
	size_t	 k, n = 0;

	buf[0] = '\0';
	for (k = 0; k + 1 < d->nwords && n + 1 < size; k++)
		if (doc_sentence_end(d, k))
			n += (size_t)snprintf(buf + n, size - n, "%s%.*s",
			    n > 0 ? " " : "", (int)doc_word_len(d, k),
			    d->text + doc_word_off(d, k));
}

/*
 * A title before a name and a month or "No." before a number do not
 * end a sentence; the same words elsewhere, or written otherwise, do.
 */
static void
test_sentence_abbrev(void **state)
{
	struct doc	 d;
	char		 buf[256];

	(void)state;
	parse(&d, DOC_REPORT, "Talks\n\nThe talks ended on Nov. 3 in "
	    "Vienna. Mr. Lavrov and Dr. Weber spoke. He said no. Then "
	    "No. 5 was read out. It was Nov. The rest came later.\n");
	ends_of(&d, buf, sizeof(buf));
	assert_string_equal(buf, "Vienna spoke no out Nov");
	doc_free(&d);
}

static void
test_hard_wrapped(void **state)
{
	struct doc	 d;

	(void)state;
	parse_file(&d, DOC_STATEMENT, "tests/data/doc/wrapped.txt");
	assert_string_equal(d.title, "Joint statement on cooperation in "
	    "the field of information security");
	assert_int_equal(d.paras[0].kind, PARA_TITLE);
	assert_string_equal(d.date, "25 September 2020");
	assert_int_equal(d.nparas, 9);
	assert_int_equal(d.paras[2].kind, PARA_BODY);
	assert_int_equal(doc_para_line(&d, 2), 6);
	assert_span_starts(&d, d.paras[2].span, "The two governments");
	assert_int_equal(d.paras[2].span.off + d.paras[2].span.len,
	    offset_of(&d, "that wish to join it.") + 21);

	assert_int_equal(d.nprops, 3);
	assert_span(&d, d.props[0].label, "1.");
	assert_span(&d, d.props[0].span, "1. To restore a regular dialogue on "
	    "the key issues of information\n   security between the "
	    "competent agencies of both governments.");
	assert_int_equal(d.props[1].line, 14);
	assert_span(&d, d.props[2].span, "3. To develop and conclude an "
	    "agreement on preventing incidents in the\ninformation space, "
	    "modelled on the agreements on incidents at sea.");
	assert_int_equal(d.paras[6].kind, PARA_BODY);
	assert_int_equal(doc_para_proposal(&d, 6), -1);

	assert_int_equal(d.paras[7].kind, PARA_META);
	assert_int_equal(d.paras[8].kind, PARA_META);
	assert_meta(&d, "Contact", "Press Office, +1 555 0100", NULL);
	assert_meta(&d, "Tags", "cooperation, security", NULL);
	doc_free(&d);
}

/* A plain-text press release: boilerplate, an indented list whose
 * items wrap, a bare "CITY --" dateline. */
static void
test_press_release(void **state)
{
	struct doc	 d;

	(void)state;
	parse_file(&d, DOC_STATEMENT, "tests/data/doc/release.txt");
	assert_int_equal(d.paras[0].kind, PARA_CHROME);
	assert_string_equal(d.title, "EXAMPLE AGENCY ANNOUNCES NEW BROADBAND "
	    "PROGRAM");
	assert_string_equal(d.date, "March 3, 2021");
	assert_int_equal(d.paras[2].kind, PARA_BODY);
	assert_span_starts(&d, d.paras[4].span, "WASHINGTON -- ");
	assert_int_equal(doc_para_line(&d, 4), 8);
	assert_span_starts(&d, d.paras[5].span, "\"This is a historic day,\"");
	assert_int_equal(d.nprops, 3);
	assert_span(&d, d.props[1].span, "2. To lower the cost of service for "
	    "low-income\n     families.");
	assert_int_equal(d.props[2].line, 20);
	assert_int_equal(d.paras[d.nparas - 1].kind, PARA_CHROME);
	assert_int_equal(d.nmeta, 0);
	doc_free(&d);

	parse_file(&d, DOC_REPORT, "tests/data/doc/release.txt");
	assert_string_equal(d.headline, "EXAMPLE AGENCY ANNOUNCES NEW "
	    "BROADBAND PROGRAM");
	assert_string_equal(d.dateline, "WASHINGTON --");
	assert_string_equal(d.city, "WASHINGTON");
	assert_null(d.outlet);
	assert_null(d.standfirst);
	doc_free(&d);
}

/* Web copy with short lines and no blank lines is not hard-wrapped. */
static void
test_not_wrapped(void **state)
{
	struct doc	 d;

	(void)state;
	parse(&d, DOC_STATEMENT, "Statement of the ministry on the "
	    "situation in the region\n"
	    "The ministry welcomes the agreement reached yesterday.\n"
	    "It calls on both sides to keep to the ceasefire\n"
	    "Talks will continue next week in the capital city.\n");
	assert_int_equal(d.nparas, 4);
	assert_int_equal(d.paras[0].kind, PARA_TITLE);
	assert_int_equal(doc_para_line(&d, 3), 4);
	doc_free(&d);
}

static void
test_front_matter(void **state)
{
	struct doc	 d;

	(void)state;
	parse(&d, DOC_REPORT, "---\n"
	    "headline: \"Ministers agree to meet again\"\n"
	    "date: 2021-03-04\n"
	    "outlet: Example Wire\n"
	    "Custom key: some value\n"
	    "tags:\n"
	    "  - one\n"
	    "  - two\n"
	    "# a comment\n"
	    "---\n"
	    "Ministers agree to meet again\n"
	    "\n"
	    "BRUSSELS, March 3 (Reuters) - The ministers met.\n"
	    "\n"
	    "Tags: three\n");
	assert_string_equal(d.headline, "Ministers agree to meet again");
	assert_int_equal(d.paras[10].kind, PARA_HEADLINE);
	assert_string_equal(d.date, "2021-03-04");
	assert_string_equal(d.outlet, "Example Wire");
	assert_string_equal(d.city, "BRUSSELS");
	assert_string_equal(d.dateline, "BRUSSELS, March 3 (Reuters) -");
	assert_meta(&d, "headline", "Ministers agree to meet again", NULL);
	assert_meta(&d, "custom key", "some value", NULL);
	/* Front matter wins over the trailer. */
	assert_meta(&d, "tags", "one", "two", NULL);
	assert_int_equal(d.nmeta, 5);
	assert_int_equal(d.paras[0].kind, PARA_FRONT);
	assert_span(&d, d.paras[0].span, "---");
	assert_int_equal(d.paras[9].kind, PARA_FRONT);
	assert_int_equal(doc_para_line(&d, 9), 10);
	assert_int_equal(d.paras[d.nparas - 1].kind, PARA_META);
	doc_free(&d);

	/* Front matter names the title: the first line is then body. */
	parse(&d, DOC_STATEMENT, "---\ntitle: Joint communique\n"
	    "time: 10:00 CET\n---\n"
	    "Leaders met today.\nFirst. To meet.\nSecond. To talk.\n");
	assert_string_equal(d.title, "Joint communique");
	assert_string_equal(d.time, "10:00 CET");
	assert_int_equal(d.paras[4].kind, PARA_BODY);
	assert_int_equal(d.nprops, 2);
	doc_free(&d);

	/* An unclosed block, or one with prose in it, is text. */
	parse(&d, DOC_STATEMENT, "---\ntitle: X\nHello there\n---\nBody.\n");
	assert_int_equal(d.nmeta, 0);
	assert_int_equal(d.paras[0].kind, PARA_BODY);
	doc_free(&d);
	parse(&d, DOC_STATEMENT, "---\ntitle: X\n");
	assert_int_equal(d.nmeta, 0);
	assert_null(d.title);
	doc_free(&d);
}

static void
test_empty_after_front(void **state)
{
	static const char *const t[] = {
	    "---\ntitle: Only a title\n---\n",
	    "---\ntitle: Only a title\n---",
	    "\n---\ntitle: Only a title\n\n---\n\n\n",
	};
	struct doc	 d;
	size_t		 i;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		parse(&d, DOC_STATEMENT, t[i]);
		assert_int_equal(d.nparas, 3);
		assert_int_equal(d.paras[0].kind, PARA_FRONT);
		assert_int_equal(d.paras[1].kind, PARA_FRONT);
		assert_int_equal(d.paras[2].kind, PARA_FRONT);
		assert_string_equal(d.title, "Only a title");
		assert_int_equal(d.nprops, 0);
		assert_meta(&d, "title", "Only a title", NULL);
		doc_free(&d);
	}
}

static void
test_trailer_key_value(void **state)
{
	struct doc	 d;

	(void)state;
	parse(&d, DOC_STATEMENT, "Statement on the harvest\n"
	    "The ministry reports a record harvest this year, with wheat up "
	    "by a fifth.\n"
	    "Source: Ministry of Agriculture\n"
	    "Publication date: 4 March 2021, 10:00\n"
	    "Keywords: harvest, wheat\n"
	    "Unlisted: goes with keywords\n"
	    "Share\n");
	assert_int_equal(d.nmeta, 3);
	assert_meta(&d, "Source", "Ministry of Agriculture", NULL);
	assert_meta(&d, "Publication date", "4 March 2021, 10:00", NULL);
	assert_meta(&d, "Keywords", "harvest, wheat",
	    "Unlisted: goes with keywords", NULL);
	assert_null(doc_meta(&d, "Unlisted", NULL));
	assert_int_equal(d.nparas, 7);
	assert_int_equal(d.paras[1].kind, PARA_BODY);
	assert_int_equal(d.paras[2].kind, PARA_META);
	assert_int_equal(d.paras[5].kind, PARA_META);
	assert_int_equal(d.paras[6].kind, PARA_CHROME);
	/* No date line at the top: the trailer's date fills in. */
	assert_string_equal(d.date, "4 March 2021");
	assert_string_equal(d.time, "10:00");
	doc_free(&d);

	/* Labels and values separated by blank lines, as some pages copy. */
	parse(&d, DOC_STATEMENT, "Title\n\nA body paragraph that says "
	    "something of substance at some length.\n\nTopics\n\nTrade\n\n"
	    "Energy\n\nText version\n");
	assert_meta(&d, "Topics", "Trade", "Energy", NULL);
	doc_free(&d);

	/* A body made of short lines is not taken for a trailer. */
	parse(&d, DOC_STATEMENT, "Subject: the meeting\nWe met.\nWe talked.\n");
	assert_int_equal(d.nmeta, 0);
	doc_free(&d);
}

/* load.c removed CR and BOM; what it learnt is kept. */
static void
test_crlf_loaded(void **state)
{
	struct loaded	 ld;
	struct doc	 d;

	(void)state;
	memset(&ld, 0, sizeof(ld));
	ld.text = xstrdup("Title\nSeptember 25, 2020\nFirst. A b c.\n"
	    "Second. D e f.\n");
	ld.len = strlen(ld.text);
	ld.had_crlf = true;
	ld.had_bom = true;
	ld.ninvalid = 2;
	doc_parse(&d, "crlf.txt", DOC_STATEMENT, &ld, lex);
	assert_sane(&d);
	assert_true(d.had_crlf);
	assert_true(d.had_bom);
	assert_int_equal(d.ninvalid, 2);
	assert_string_equal(d.path, "crlf.txt");
	assert_int_equal(d.kind, DOC_STATEMENT);
	assert_int_equal(d.nlines, 4);
	assert_int_equal(d.nprops, 2);
	assert_span(&d, d.props[1].span, "Second. D e f.");
	doc_free(&d);
}

static void
test_plain(void **state)
{
	struct doc	 d;
	char		*s;
	size_t		 i;

	(void)state;
	s = xmalloc(4096);
	strcpy(s, "");
	for (i = 0; i < 12; i++)
		strcat(s, "This paragraph has no structure to speak of. ");
	strcat(s, "\n\n");
	for (i = 0; i < 12; i++)
		strcat(s, "Neither does this one, which follows it. ");
	parse(&d, DOC_STATEMENT, s);
	assert_int_equal(d.nparas, 2);
	assert_int_equal(d.paras[0].kind, PARA_BODY);
	assert_int_equal(d.paras[1].kind, PARA_BODY);
	assert_int_equal(doc_para_line(&d, 1), 3);
	assert_null(d.title);
	assert_null(d.date);
	assert_int_equal(d.nprops, 0);
	assert_int_equal(d.nmeta, 0);
	doc_free(&d);
	parse(&d, DOC_REPORT, s);
	assert_null(d.headline);
	assert_null(d.dateline);
	assert_null(d.standfirst);
	doc_free(&d);
	free(s);

	/* One short paragraph is body, not a title. */
	parse(&d, DOC_STATEMENT, "Hello world.");
	assert_int_equal(d.nparas, 1);
	assert_int_equal(d.paras[0].kind, PARA_BODY);
	assert_null(d.title);
	doc_free(&d);
}

static void
test_header_dates(void **state)
{
	static const struct {
		const char	*line;
		const char	*date;
		const char	*time;
	} t[] = {
	    { "September 25, 2020", "September 25, 2020", NULL },
	    { "25 September 2020", "25 September 2020", NULL },
	    { "Friday, 25 September 2020", "25 September 2020", NULL },
	    { "Fri Sep 25 2020", "Sep 25 2020", NULL },
	    { "2020-09-25", "2020-09-25", NULL },
	    { "25.09.2020", "25.09.2020", NULL },
	    { "09/25/2020", "09/25/2020", NULL },
	    { "25th of September, 2020", "25th of September, 2020", NULL },
	    { "Sept. 25, 2020 at 1:30 p.m.", "Sept. 25, 2020", "1:30 p.m." },
	    { "25 SEP 2020, 14:01", "25 SEP 2020", "14:01" },
	    { "September 25, 2020 \xe2\x80\x94 13:30 MSK", "September 25, 2020",
	      "13:30 MSK" },
	    { "13:30", NULL, "13:30" },
	    { "1:30 pm", NULL, "1:30 pm" },
	    { "13:30 (GMT+3)", NULL, "13:30 (GMT+3)" },
	    { "11 am", NULL, "11 am" },
	    { "25 Septembre 2020", "25 Septembre 2020", NULL },
	    { "25 Septembers 2020", NULL, NULL },
	    { "2020-13-01", NULL, NULL },
	    { "32 May 2020", NULL, NULL },
	    { "25:30", NULL, NULL },
	    { "13 pm", NULL, NULL },
	    { "May the force be with you", NULL, NULL },
	};
	struct doc	 d;
	char		 buf[256], *s;
	size_t		 i;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		snprintf(buf, sizeof(buf), "The title\n%s\nBody text follows "
		    "here.\nAnd more of it.\n", t[i].line);
		parse(&d, DOC_STATEMENT, buf);
		if (t[i].date == NULL)
			assert_null(d.date);
		else
			assert_string_equal(d.date, t[i].date);
		if (t[i].time == NULL)
			assert_null(d.time);
		else
			assert_string_equal(d.time, t[i].time);
		assert_int_equal(d.paras[1].kind, t[i].date != NULL ?
		    PARA_DATE : t[i].time != NULL ? PARA_TIME : PARA_BODY);
		assert_string_equal(d.title, "The title");
		doc_free(&d);
	}

	/* Date first, then the title. */
	parse(&d, DOC_STATEMENT, "Events\n25 September 2020\nThe title\n"
	    "Body.\n");
	assert_string_equal(d.title, "The title");
	assert_string_equal(d.date, "25 September 2020");
	doc_free(&d);

	/* Other short lines may come between; body text ends the header. */
	parse(&d, DOC_STATEMENT, "The White House\nStatement on trade\n"
	    "May 3, 2023\nBriefing Room\n13:30\nThe title\n");
	assert_string_equal(d.title, "The White House");
	assert_string_equal(d.date, "May 3, 2023");
	assert_string_equal(d.time, "13:30");
	assert_int_equal(d.paras[1].kind, PARA_BODY);
	assert_int_equal(d.paras[2].kind, PARA_DATE);
	assert_int_equal(d.paras[4].kind, PARA_TIME);
	doc_free(&d);
	s = xmalloc(1024);
	strcpy(s, "The title\n");
	for (i = 0; i < 8; i++)
		strcat(s, "A long paragraph of body text goes on here. ");
	strcat(s, "\n13:30\nFirst. A date line.\nSecond. 13:30\n");
	parse(&d, DOC_STATEMENT, s);
	assert_null(d.time);
	assert_int_equal(d.nprops, 2);
	doc_free(&d);
	free(s);
}

static void
test_datelines(void **state)
{
	static const struct {
		const char	*para;
		const char	*dateline, *city, *date, *outlet;
	} t[] = {
	    { "WASHINGTON, Sept 25 (Reuters) - The United States said.",
	      "WASHINGTON, Sept 25 (Reuters) -", "WASHINGTON", "Sept 25",
	      "Reuters" },
	    { "MOSCOW (AP) \xe2\x80\x94 Russia's president said.",
	      "MOSCOW (AP) \xe2\x80\x94", "MOSCOW", NULL, "AP" },
	    { "LONDON, May 3 \xe2\x80\x94 The government said.",
	      "LONDON, May 3 \xe2\x80\x94", "LONDON", "May 3", NULL },
	    { "NEW YORK \xe2\x80\x93 Markets fell.", "NEW YORK \xe2\x80\x93",
	      "NEW YORK", NULL, NULL },
	    { "SAN FRANCISCO, Calif., Sept 25 (Reuters) - Shares rose.",
	      "SAN FRANCISCO, Calif., Sept 25 (Reuters) -", "SAN FRANCISCO",
	      "Sept 25", "Reuters" },
	    { "BEIJING, Sept. 25 (Xinhua) -- China said.",
	      "BEIJING, Sept. 25 (Xinhua) --", "BEIJING", "Sept. 25",
	      "Xinhua" },
	    { "Moscow (AFP) - Russia said.", "Moscow (AFP) -", "Moscow", NULL,
	      "AFP" },
	    { "ST. PETERSBURG, June 4. /TASS/. The forum opened.",
	      "ST. PETERSBURG, June 4. /TASS/.", "ST. PETERSBURG", "June 4",
	      "TASS" },
	    { "KYIV, 25 September. The talks began.", "KYIV, 25 September.",
	      "KYIV", "25 September", NULL },
	    { "Russia said on Friday \xe2\x80\x94 again \xe2\x80\x94 that.",
	      NULL, NULL, NULL, NULL },
	    { "US \xe2\x80\x94 and its allies.", NULL, NULL, NULL, NULL },
	    { "NATO (North Atlantic Treaty Organization) said.", NULL, NULL,
	      NULL, NULL },
	    { "Moscow, September 25. The talks began.", NULL, NULL, NULL,
	      NULL },
	    { "\"Hello,\" he said.", NULL, NULL, NULL, NULL },
	};
	struct doc	 d;
	char		 buf[512];
	size_t		 i;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		snprintf(buf, sizeof(buf), "The headline\n\n%s\n\nMore.\n",
		    t[i].para);
		parse(&d, DOC_REPORT, buf);
		assert_string_equal(d.headline, "The headline");
		if (t[i].dateline == NULL) {
			assert_null(d.dateline);
			assert_null(d.city);
			assert_int_equal(d.dateline_span.len, 0);
			doc_free(&d);
			continue;
		}
		assert_string_equal(d.dateline, t[i].dateline);
		assert_int_equal(d.dateline_span.off, offset_of(&d, t[i].para));
		assert_string_equal(d.city, t[i].city);
		if (t[i].date == NULL)
			assert_null(d.date);
		else
			assert_string_equal(d.date, t[i].date);
		if (t[i].outlet == NULL)
			assert_null(d.outlet);
		else
			assert_string_equal(d.outlet, t[i].outlet);
		assert_null(d.standfirst);
		doc_free(&d);
	}
}

static void
test_report_lead(void **state)
{
	struct doc	 d;

	(void)state;
	/* A date line under the headline, then a standfirst. */
	parse(&d, DOC_REPORT, "Menu\nTalks resume in Geneva\n25 SEP, 14:01\n"
	    "Delegations arrive for a third round.\n"
	    "GENEVA, September 25. /Example/. The talks resumed.\n");
	assert_string_equal(d.headline, "Talks resume in Geneva");
	assert_string_equal(d.date, "25 SEP");
	assert_string_equal(d.time, "14:01");
	assert_string_equal(d.standfirst, "Delegations arrive for a third "
	    "round.");
	assert_string_equal(d.outlet, "Example");
	assert_int_equal(d.paras[0].kind, PARA_CHROME);
	assert_int_equal(d.paras[2].kind, PARA_DATE);
	assert_int_equal(d.paras[3].kind, PARA_STANDFIRST);
	doc_free(&d);

	/* A byline is not a standfirst. */
	parse(&d, DOC_REPORT, "Exclusive: talks resume\nBy Jane Doe\n"
	    "September 25, 2020 1:30 PM UTC\n"
	    "The two sides meet again after a year.\n"
	    "WASHINGTON, Sept 25 (Reuters) - Talks resumed.\n");
	assert_string_equal(d.headline, "Exclusive: talks resume");
	assert_string_equal(d.standfirst, "The two sides meet again after a "
	    "year.");
	assert_string_equal(d.date, "September 25, 2020");
	assert_string_equal(d.time, "1:30 PM UTC");
	assert_string_equal(d.outlet, "Reuters");
	assert_int_equal(d.paras[1].kind, PARA_BODY);
	assert_int_equal(d.paras[2].kind, PARA_DATE);
	assert_int_equal(d.paras[3].kind, PARA_STANDFIRST);
	doc_free(&d);

	/* A dateline without a headline. */
	parse(&d, DOC_REPORT, "PARIS (AP) \xe2\x80\x94 It rained.\nMore.\n");
	assert_null(d.headline);
	assert_string_equal(d.city, "PARIS");
	assert_int_equal(d.paras[0].kind, PARA_BODY);
	doc_free(&d);

	/* Without a dateline there is no standfirst to tell apart. */
	parse(&d, DOC_REPORT, "Headline\n\nShort lead.\n\nBody.\n");
	assert_string_equal(d.headline, "Headline");
	assert_null(d.standfirst);
	assert_int_equal(d.paras[1].kind, PARA_BODY);
	doc_free(&d);
}

static void
test_hidden(void **state)
{
	struct doc	 d;

	(void)state;
	parse(&d, DOC_STATEMENT, "Title\nA zero\xe2\x80\x8bwidth space and an "
	    "\xe2\x80\xae override.\n");
	assert_int_equal(d.nhidden, 2);
	doc_free(&d);
}

/* Odd inputs parse without harm. */
static void
test_odd_inputs(void **state)
{
	static const char *const t[] = {
	    "", "\n", "\n\n\n", " \t \n\xc2\xa0\n", "x", "Events",
	    "Events\nShare\nPrint\n", "---", "---\n---", "---\n---\nBody.",
	    "...\ntitle: x\n...\n", "1.", "1. ", "(", "(1", "(1)", "First.",
	    "First. ", "MOSCOW,", "MOSCOW, ", "MOSCOW (", "MOSCOW (AP",
	    "MOSCOW /TASS", "\xe2\x80\x94", "- ", "\xe2\x80\xa2",
	    "Topics", "Topics\n", "Title\nTopics:", "Title\nTopics: ",
	    "Title\nGeography\n", "September", "September 3", "3 Sept.",
	    "2020-", "2020-09-", "12:", "12:3", "1:30 p.", "1:30 (MSK",
	    "Title\n\x01\x1b[31m\x7f\n", "\xef\xbf\xbd\xef\xbf\xbd",
	    "a:\nb:\n", "Key:value\n", "Title\n99. Last.\n100. Over.\n",
	};
	struct doc	 d;
	size_t		 i;

	(void)state;
	for (i = 0; i < NELEM(t); i++) {
		parse(&d, DOC_STATEMENT, t[i]);
		doc_free(&d);
		parse(&d, DOC_REPORT, t[i]);
		doc_free(&d);
	}
	parse(&d, DOC_STATEMENT, "Events\nShare\n\nPrint");
	assert_int_equal(d.nparas, 3);
	assert_int_equal(d.paras[2].kind, PARA_CHROME);
	assert_null(d.title);
	doc_free(&d);
	parse(&d, DOC_STATEMENT, "");
	assert_int_equal(d.nparas, 0);
	assert_int_equal(d.nlines, 1);
	doc_free(&d);
}

/* Random soups of the tokens the parser looks for. */
static void
test_token_soup(void **state)
{
	static const char *const tok[] = {
	    "First.", "Second,", "Thirdly:", "1.", "2)", "(3)", "4. ", "MOSCOW",
	    "New York", ", ", " ", "  ", "\n", "\n\n", "---", "...", "Topics",
	    "Publication date", ": ", "Share", "September", "Sept.", "25", "2020",
	    "13:30", "1:30 pm", " MSK", "/TASS/.", " (AP) ", "(Reuters)",
	    "\xe2\x80\x94", "-", "--", "\xc2\xa0", "\xc3\xa9", "word",
	    "The", "a", "title: x", "- item", "\t", ".", "\xe2\x80\x8b",
	    "\xe2\x80\x9c", "\xe2\x80\x9d", "Events", "By ", "#", "of",
	};
	struct doc	 d;
	char		 buf[1024];
	size_t		 i, k, len, t;
	uint32_t	 seed = 12345;

	(void)state;
	for (i = 0; i < 3000; i++) {
		len = 0;
		for (k = 0; k < 60; k++) {
			seed = seed * 1103515245 + 12345;
			t = (seed >> 16) % NELEM(tok);
			if (len + strlen(tok[t]) >= sizeof(buf))
				break;
			memcpy(buf + len, tok[t], strlen(tok[t]));
			len += strlen(tok[t]);
		}
		buf[len] = '\0';
		parse(&d, i % 2 ? DOC_REPORT : DOC_STATEMENT, buf);
		doc_free(&d);
	}
}

/* Big inputs stay linear (the time is measured by benchmarks). */
static void
test_large(void **state)
{
	struct doc	 d;
	char		*s;
	size_t		 i, n = 1000000;

	(void)state;
	s = xmalloc(n + 1);
	memset(s, '\n', n);
	s[n] = '\0';
	parse(&d, DOC_STATEMENT, s);
	assert_int_equal(d.nparas, 0);
	assert_int_equal(d.nlines, n);
	doc_free(&d);

	memset(s, 'a', n);
	for (i = 7; i < n; i += 8)
		s[i] = ' ';
	parse(&d, DOC_STATEMENT, s);
	assert_int_equal(d.nparas, 1);
	assert_int_equal(d.nlines, 1);
	doc_free(&d);

	for (i = 0; i + 6 <= n; i += 6)
		memcpy(s + i, "Share\n", 6);
	s[i] = '\0';
	parse(&d, DOC_REPORT, s);
	assert_int_equal(d.nparas, n / 6);
	doc_free(&d);
	free(s);
}

static void
test_ordinal(void **state)
{
	static const struct {
		const char	*s;
		int		 n;
	} t[] = {
	    { "3", 3 }, { "third", 3 }, { "Third.", 3 }, { "THIRD", 3 },
	    { "3rd", 3 }, { "1st", 1 }, { "2nd", 2 }, { "11th", 11 },
	    { "21st", 21 }, { "first", 1 }, { "Firstly,", 1 },
	    { "tenth", 10 }, { "twelfth", 12 }, { "99", 99 }, { "(4)", 4 },
	    { " 7 ", 7 }, { "", 0 }, { "0", 0 }, { "-1", 0 }, { "x", 0 },
	    { "3th", 0 }, { "11st", 0 }, { "thirds", 0 }, { "3.5", 0 },
	    { "1e3", 0 }, { "99999999999", 0 },
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < NELEM(t); i++)
		assert_int_equal(doc_ordinal(t[i].s), t[i].n);
}

static void
test_meta_lookup(void **state)
{
	struct doc	 d;
	size_t		 n = 99;

	(void)state;
	parse(&d, DOC_STATEMENT, "Title\nBody.\n");
	assert_null(doc_meta(&d, "Topics", &n));
	assert_int_equal(n, 0);
	doc_free(&d);
}

static int
setup(void **state)
{
	(void)state;
	lex = lexicon_new();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	lexicon_free(lex);
	return 0;
}

/*
 * A report of one paragraph (a note, a wire snippet) is all body: no
 * headline, so that it is named by its file, and its text is searched
 * for quotations as body text.  With a second paragraph the first is
 * the headline.
 */
static void
test_report_one_paragraph(void **state)
{
	struct doc	 d;

	(void)state;
	parse(&d, DOC_REPORT, "the ministry said on Thursday that the "
	    "people \"should not pay for the quarrels\", and left.\n");
	assert_null(d.headline);
	assert_int_equal(d.nparas, 1);
	assert_int_equal(d.paras[0].kind, PARA_BODY);
	doc_free(&d);
	parse(&d, DOC_REPORT, "Ministry speaks\n\nthe ministry said on "
	    "Thursday that it would speak.\n");
	assert_non_null(d.headline);
	assert_string_equal(d.headline, "Ministry speaks");
	doc_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report_one_paragraph),
		cmocka_unit_test(test_statement_bundled),
		cmocka_unit_test(test_statement_queries),
		cmocka_unit_test(test_report_bundled),
		cmocka_unit_test(test_numbered_styles),
		cmocka_unit_test(test_numbered_words),
		cmocka_unit_test(test_numbered_sequence),
		cmocka_unit_test(test_lettered_points),
		cmocka_unit_test(test_sentence_abbrev),
		cmocka_unit_test(test_hard_wrapped),
		cmocka_unit_test(test_press_release),
		cmocka_unit_test(test_not_wrapped),
		cmocka_unit_test(test_front_matter),
		cmocka_unit_test(test_empty_after_front),
		cmocka_unit_test(test_trailer_key_value),
		cmocka_unit_test(test_crlf_loaded),
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_header_dates),
		cmocka_unit_test(test_datelines),
		cmocka_unit_test(test_report_lead),
		cmocka_unit_test(test_hidden),
		cmocka_unit_test(test_odd_inputs),
		cmocka_unit_test(test_token_soup),
		cmocka_unit_test(test_large),
		cmocka_unit_test(test_ordinal),
		cmocka_unit_test(test_meta_lookup),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
