/*
 * test_layout.c — wrapping, widths, styles and jump targets of the
 * layout, and the layout built a part at a time: the same lines in the
 * end, a right layout_line_of on the way.
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

#include "display.h"
#include "layout.h"
#include "model.h"
#include "xmalloc.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const int widths[] = { 1, 2, 3, 5, 8, 20, 80, 200 };

/* A document of text, one paragraph per line or per blank-line block. */
static void
doc_set(struct doc *d, enum doc_kind kind, const char *text, size_t len,
    bool by_line)
{
	size_t	i, start, end, cap = 0;

	memset(d, 0, sizeof(*d));
	d->kind = kind;
	d->text = malloc(len + 1);
	assert_non_null(d->text);
	memcpy(d->text, text, len);
	d->text[len] = '\0';
	d->len = len;
	for (i = 0; i < len; i = end + 1) {
		start = i;
		for (end = i; end < len; end++)
			if (d->text[end] == '\n' && (by_line ||
			    (end + 1 < len && d->text[end + 1] == '\n')))
				break;
		if (end > start) {
			if (d->nparas == cap) {
				cap = cap ? cap * 2 : 8;
				d->paras = realloc(d->paras,
				    cap * sizeof(*d->paras));
				assert_non_null(d->paras);
			}
			d->paras[d->nparas++] = (struct para){
			    .span = { start, end - start }, .kind = PARA_BODY };
		}
		while (end + 1 < len && d->text[end + 1] == '\n')
			end++;
	}
}

static void
doc_clear(struct doc *d)
{
	free(d->text);
	free(d->paras);
}

static struct span
span_of(const struct doc *d, const char *needle)
{
	const char	*p = strstr(d->text, needle);

	assert_non_null(p);
	return (struct span){ (size_t)(p - d->text), strlen(needle) };
}

/*
 * Draw line i as render.c would (layout.h): runs back to back, every
 * glyph clipped to the pane.  Asserts it fits and matches line.width.
 */
static int
draw_line(const struct layout *l, const char *text, size_t i, char *buf,
    size_t sz)
{
	const struct line	*ln = &l->lines[i];
	const struct run	*r;
	struct glyph		 g;
	size_t			 used = 0, p, end, k;
	int			 col = 0;

	for (k = 0; k < ln->nruns; k++) {
		r = &ln->runs[k];
		assert_int_equal(r->col, col);
		assert_true(r->len > 0);
		assert_true(r->off >= ln->off);
		assert_true(r->off + r->len <= ln->off + ln->len);
		if (k > 0)
			assert_int_equal(r->off, r[-1].off + r[-1].len);
		end = r->off + r->len;
		for (p = r->off; p < end; p += g.len) {
			display_next(text + p, end - p, col, l->ascii, &g);
			display_clip(&g, l->width - col);
			if (buf != NULL && used + strlen(g.out) < sz) {
				memcpy(buf + used, g.out, strlen(g.out));
				used += strlen(g.out);
			}
			col += g.width;
		}
	}
	if (buf != NULL)
		buf[used] = '\0';
	assert_true(col <= l->width);
	assert_int_equal(col, ln->width);
	return col;
}

/* Every line fits; runs cut only between glyphs; no content is lost. */
static void
check_layout(const struct layout *l, const struct doc *d)
{
	struct glyph	 g;
	char		*start;
	size_t		 i, p, end, ri = 0;

	start = calloc(d->len + 1, 1);
	assert_non_null(start);
	for (i = 0; i < d->nparas; i++) {
		end = d->paras[i].span.off + d->paras[i].span.len;
		for (p = d->paras[i].span.off; p < end; p += g.len) {
			start[p] = 1;
			display_next(d->text + p, end - p, 0, l->ascii, &g);
			if (g.kind == GLYPH_SPACE || g.kind == GLYPH_NEWLINE)
				continue;
			/* Each shown glyph lies in a run, in order. */
			while (ri < l->nruns &&
			    l->runs[ri].off + l->runs[ri].len <= p)
				ri++;
			assert_true(ri < l->nruns);
			assert_true(l->runs[ri].off <= p);
		}
		start[end] = 1;
	}
	for (i = 0; i < l->nlines; i++) {
		draw_line(l, d->text, i, NULL, 0);
		if (i > 0)
			assert_true(l->lines[i].off >= l->lines[i - 1].off);
	}
	for (i = 0; i < l->nruns; i++) {
		assert_true(start[l->runs[i].off]);
		assert_true(start[l->runs[i].off + l->runs[i].len]);
	}
	free(start);
}

/* The texts of all lines, "|"-separated, for short expectations. */
static void
assert_lines(const struct layout *l, const struct doc *d, const char *want)
{
	char	buf[4096], line[1024];
	size_t	i;

	buf[0] = '\0';
	for (i = 0; i < l->nlines; i++) {
		draw_line(l, d->text, i, line, sizeof(line));
		if (i > 0)
			strcat(buf, "|");
		strcat(buf, line);
	}
	assert_string_equal(buf, want);
}

static void
assert_wrap(const char *text, int width, const char *want)
{
	struct model	 m;
	struct layout	*l;

	memset(&m, 0, sizeof(m));
	m.stmt = xcalloc(1, sizeof(*m.stmt));
	doc_set(&m.rep, DOC_REPORT, text, strlen(text), false);
	l = layout_doc(&m, DOC_REPORT, width, false);
	check_layout(l, &m.rep);
	assert_lines(l, &m.rep, want);
	layout_free(l);
	doc_clear(&m.rep);
	free(m.stmt);
}

static enum role
role_at(const struct layout *l, size_t off)
{
	size_t	i;

	for (i = 0; i < l->nruns; i++)
		if (off >= l->runs[i].off &&
		    off < l->runs[i].off + l->runs[i].len)
			return l->runs[i].role;
	return ROLE_MAX;
}

static void
test_wrap_widths(void **state)
{
	static const char	 text[] = u8"The quick brown fox jumps over "
	    u8"the lazy dog. \u6F22\u5B57\u304B\u306A\u4EA4\u3058\u308A\u6587 "
	    u8"emoji \U0001F468\u200D\U0001F469\u200D\U0001F467 and "
	    u8"\U0001F1EB\U0001F1F7 flags, e\u0301 marks, a tab\there, an "
	    u8"escape \x1b[31m and \u202E bidi.\nSecond source line.\n\n"
	    u8"https://example.org/a/very/long/url/without/any/spaces/at/all"
	    u8"/that/goes/on/and/on\n\n\u6F22\u6F22\u6F22\u6F22\u6F22 x";
	struct model		 m;
	struct layout		*l;
	size_t			 i, a;

	(void)state;
	memset(&m, 0, sizeof(m));
	m.stmt = xcalloc(1, sizeof(*m.stmt));
	doc_set(&m.rep, DOC_REPORT, text, strlen(text), false);
	for (i = 0; i < NELEM(widths); i++)
		for (a = 0; a < 2; a++) {
			l = layout_doc(&m, DOC_REPORT, widths[i], a == 1);
			assert_int_equal(l->width, widths[i]);
			check_layout(l, &m.rep);
			layout_free(l);
		}
	doc_clear(&m.rep);
	free(m.stmt);
}

static void
test_greedy(void **state)
{
	(void)state;
	assert_wrap("aaa bbb ccc", 80, "aaa bbb ccc");
	assert_wrap("aaa bbb ccc", 7, "aaa bbb|ccc");
	assert_wrap("aaa bbb ccc", 6, "aaa|bbb|ccc");
	assert_wrap("aaa bbb ccc", 3, "aaa|bbb|ccc");
	assert_wrap("aaa bbb ccc", 2, "aa|a|bb|b|cc|c");
	assert_wrap("aaa bbb ccc", 1, "a|a|a|b|b|b|c|c|c");
	/* Hyphens and slashes are break opportunities too. */
	assert_wrap("well-known thing", 8, "well-|known|thing");
	/* Spaces that would start a line are not shown. */
	assert_wrap("      x", 3, "x");
	assert_wrap("  x", 3, "  x");
	/* A line break inside a paragraph is a space. */
	assert_wrap("one\ntwo three", 80, "one two three");
	assert_wrap("one\ntwo three", 7, "one two|three");
	/* Tabs take their expanded width. */
	assert_wrap("a\tb", 80, "a       b");
	assert_wrap("a\tb", 5, "a|b");
}

static void
test_wide_never_split(void **state)
{
	(void)state;
	assert_wrap(u8"a\u6F22\u6F22\u6F22", 4,
	    u8"a\u6F22|\u6F22\u6F22");
	assert_wrap(u8"a\u6F22\u6F22\u6F22", 3, u8"a\u6F22|\u6F22|\u6F22");
	assert_wrap(u8"ab\u6F22", 3, u8"ab|\u6F22");
	/* Width 1: a wide glyph is alone on its line, as a placeholder. */
	assert_wrap(u8"\u6F22a", 1, ">|a");
	assert_wrap(u8"\U0001F1EB\U0001F1F7", 1, ">");
	assert_wrap(u8"\U0001F468\u200D\U0001F469 x", 2,
	    u8"\U0001F468\u200D\U0001F469|x");
	/* Escapes are measured as drawn, and clipped when alone. */
	assert_wrap(u8"a\u200Bb", 80, "a<U+200B>b");
	assert_wrap(u8"a\u200Bb", 9, "a<U+200B>|b");
	assert_wrap(u8"a\u200Bb", 5, "a|<U+20|b");
	assert_wrap("x\x1b[1m", 3, "x^[|[1m");
	assert_wrap(u8"\u200B", 1, "<");
}

static void
test_long_word(void **state)
{
	char		 word[301];
	struct model	 m;
	struct layout	*l;

	(void)state;
	memset(word, 'w', 300);
	word[300] = '\0';
	memset(&m, 0, sizeof(m));
	m.stmt = xcalloc(1, sizeof(*m.stmt));
	doc_set(&m.rep, DOC_REPORT, word, 300, false);
	l = layout_doc(&m, DOC_REPORT, 80, false);
	check_layout(l, &m.rep);
	assert_int_equal(l->nlines, 4);
	assert_int_equal(l->lines[0].width, 80);
	assert_int_equal(l->lines[2].width, 80);
	assert_int_equal(l->lines[3].width, 60);
	assert_int_equal(l->lines[3].off, 240);
	layout_free(l);
	l = layout_doc(&m, DOC_REPORT, 20, false);
	assert_int_equal(l->nlines, 15);
	layout_free(l);
	doc_clear(&m.rep);
	free(m.stmt);
	/* Words around an over-long one still wrap at their spaces. */
	assert_wrap("ab cdefghijkl mn", 5, "ab|cdefg|hijkl|mn");
}

static void
test_megabyte_line(void **state)
{
	const size_t	 n = (size_t)1 << 20;
	struct model	 m;
	struct layout	*l;
	char		*s;
	size_t		 i;

	(void)state;
	s = malloc(n);
	assert_non_null(s);
	memset(s, 'x', n);
	memset(&m, 0, sizeof(m));
	m.stmt = xcalloc(1, sizeof(*m.stmt));
	doc_set(m.stmt, DOC_STATEMENT, s, n, false);
	free(s);
	l = layout_doc(&m, DOC_STATEMENT, 80, false);
	assert_int_equal(l->nlines, (n + 79) / 80);
	for (i = 0; i + 1 < l->nlines; i++) {
		assert_int_equal(l->lines[i].width, 80);
		assert_int_equal(l->lines[i].off, i * 80);
		assert_int_equal(l->lines[i].nruns, 1);
	}
	assert_int_equal(l->lines[i].width, n % 80);
	assert_int_equal(layout_line_of(l, n / 2), n / 2 / 80);
	layout_free(l);
	/* Break opportunities stay right across the windows they use. */
	for (i = 9; i < n; i += 10)
		m.stmt->text[i] = ' ';
	l = layout_doc(&m, DOC_STATEMENT, 9, false);
	check_layout(l, m.stmt);
	assert_int_equal(l->nlines, (n + 9) / 10);
	for (i = 0; i < l->nlines; i++)
		assert_int_equal(l->lines[i].off, i * 10);
	layout_free(l);
	/* Windows cut between characters: a megabyte of ideographs. */
	for (i = 0; i + 3 <= n; i += 3)
		memcpy(m.stmt->text + i, u8"\u6F22", 3);
	m.stmt->paras[0].span.len = m.stmt->len = i;
	l = layout_doc(&m, DOC_STATEMENT, 7, false);
	check_layout(l, m.stmt);
	assert_int_equal(l->nlines, (i / 3 + 2) / 3);
	assert_int_equal(l->lines[1000].off, 1000 * 9);
	assert_int_equal(l->lines[1000].width, 6);
	layout_free(l);
	doc_clear(m.stmt);
	free(m.stmt);
}

/* A statement and a report with every kind of span. */
static const char stmt_text[] =
    "Events\n"
    "Title line\n"
    "September 25, 2020\n"
    "First. To restore a dialogue on IIS.\n"
    "Second. To maintain channels since 25 May 1972 between us.\n"
    "Geography\n"
    "United States";

static const char rep_text[] =
    "Headline here\n\n"
    "MOSCOW, September 25. /TASS/. Putin said \"To restore a dialogue\" "
    "and \"to maintain channels since May 25, 1972\" and the \"key word\" "
    "plus \"invented claim made up\". He wants a dialogue on IIS.\n\n"
    "Bad \x1b]0;x\x07 stuff \"hidden\xe2\x80\xae" "char here ok\".";

struct fixture {
	struct model		m;
	struct proposal		props[2];
	struct quote		quotes[4];
	struct change		change;
	struct quote_more	more;
	struct span		term;
	struct paraphrase	para;
};

/* Quotation q runs over outer: a mark of one byte, closed or not. */
static void
quote_over(struct quote *q, struct span outer, bool closed)
{
	q->text.off = outer.off + 1;
	q->text.len = outer.len - 1 - closed;
	quote_outer_set(q, outer);
}

static void
fixture_build(struct fixture *f)
{
	struct model	*m = &f->m;
	struct doc	*s, *r = &m->rep;
	static const enum para_kind kinds[] = { PARA_CHROME, PARA_TITLE,
	    PARA_DATE, PARA_BODY, PARA_BODY, PARA_META, PARA_META };
	size_t		 i;
	struct span	 outer;

	memset(f, 0, sizeof(*f));
	s = f->m.stmt = xcalloc(1, sizeof(*f->m.stmt));
	doc_set(s, DOC_STATEMENT, stmt_text, strlen(stmt_text), true);
	doc_set(r, DOC_REPORT, rep_text, strlen(rep_text), false);
	assert_int_equal(s->nparas, NELEM(kinds));
	for (i = 0; i < NELEM(kinds); i++)
		s->paras[i].kind = kinds[i];
	r->paras[0].kind = PARA_HEADLINE;
	f->props[0] = (struct proposal){ 1, span_of(s, "First."),
	    span_of(s, "First. To restore a dialogue on IIS."), 4 };
	f->props[1] = (struct proposal){ 2, span_of(s, "Second."),
	    span_of(s, "Second. To maintain"), 5 };
	s->props = f->props;
	s->nprops = 2;
	r->dateline_span = span_of(r, "MOSCOW, September 25. /TASS/.");

	f->quotes[0] = (struct quote){ .verdict = VERDICT_EXACT,
	    .src = span_of(s, "To restore a dialogue") };
	quote_over(&f->quotes[0], span_of(r, "\"To restore a dialogue\""),
	    true);
	f->change = (struct change){ CHANGE_REPLACE,
	    span_of(r, "May 25, 1972"), span_of(s, "25 May 1972"),
	    CHANGE_WORDS };
	f->quotes[1] = (struct quote){ .verdict = VERDICT_ALTERED,
	    .src = span_of(s, "To maintain channels since 25 May 1972"),
	    .more = &f->more };
	quote_over(&f->quotes[1],
	    span_of(r, "\"to maintain channels since May 25, 1972\""), true);
	f->more = (struct quote_more){ .changes = &f->change, .nchanges = 1,
	    .similarity = 0.9 };
	f->quotes[2] = (struct quote){ .verdict = VERDICT_NOT_FOUND };
	quote_over(&f->quotes[2], span_of(r, "\"invented claim made up\""),
	    true);
	f->quotes[3] = (struct quote){ .verdict = VERDICT_EXACT };
	outer = span_of(r, "\"hidden");
	outer.len = strlen(r->text) - 1 - outer.off;
	quote_over(&f->quotes[3], outer, false);
	m->quotes = f->quotes;
	m->nquotes = 4;
	f->term = span_of(r, "\"key word\"");
	m->terms = &f->term;
	m->nterms = 1;
	f->para = (struct paraphrase){
	    .rep = span_of(r, "He wants a dialogue on IIS."),
	    .src = span_of(s, "a dialogue on IIS"), .proposal = 1,
	    .score = 0.8 };
	m->paras = &f->para;
	m->nparas = 1;
}

static void
fixture_free(struct fixture *f)
{
	doc_clear(f->m.stmt);
	free(f->m.stmt);
	doc_clear(&f->m.rep);
}

#define ROLE_OF(l, d, needle)	role_at((l), span_of((d), (needle)).off)

static void
test_roles_statement(void **state)
{
	struct fixture	 f;
	struct doc	*s;
	struct layout	*l;
	size_t		 i;

	(void)state;
	fixture_build(&f);
	s = f.m.stmt;
	for (i = 0; i < NELEM(widths); i++) {
		l = layout_doc(&f.m, DOC_STATEMENT, widths[i], false);
		check_layout(l, s);
		assert_int_equal(ROLE_OF(l, s, "Events"), ROLE_CHROME);
		assert_int_equal(ROLE_OF(l, s, "Title"), ROLE_META);
		assert_int_equal(ROLE_OF(l, s, "2020"), ROLE_META);
		assert_int_equal(ROLE_OF(l, s, "First."), ROLE_LABEL);
		assert_int_equal(ROLE_OF(l, s, "Second."), ROLE_LABEL);
		assert_int_equal(ROLE_OF(l, s, "To restore"), ROLE_EXACT);
		/* The paraphrase overlaps the quote: the quote wins. */
		assert_int_equal(ROLE_OF(l, s, "dialogue"), ROLE_EXACT);
		assert_int_equal(ROLE_OF(l, s, "IIS"), ROLE_PARAPHRASE);
		assert_int_equal(ROLE_OF(l, s, "maintain"), ROLE_ALTERED);
		assert_int_equal(ROLE_OF(l, s, "25 May"), ROLE_CHANGED);
		assert_int_equal(ROLE_OF(l, s, "1972"), ROLE_CHANGED);
		assert_int_equal(ROLE_OF(l, s, "between"), ROLE_PLAIN);
		assert_int_equal(ROLE_OF(l, s, "Geography"), ROLE_META);
		layout_free(l);
	}
	fixture_free(&f);
}

static void
test_roles_report(void **state)
{
	struct fixture	 f;
	struct doc	*r = &f.m.rep;
	struct layout	*l;
	size_t		 i;

	(void)state;
	fixture_build(&f);
	for (i = 0; i < NELEM(widths); i++) {
		l = layout_doc(&f.m, DOC_REPORT, widths[i], false);
		check_layout(l, r);
		assert_int_equal(ROLE_OF(l, r, "Headline"), ROLE_META);
		assert_int_equal(ROLE_OF(l, r, "MOSCOW"), ROLE_META);
		assert_int_equal(ROLE_OF(l, r, "/TASS/"), ROLE_META);
		assert_int_equal(ROLE_OF(l, r, "Putin"), ROLE_PLAIN);
		assert_int_equal(ROLE_OF(l, r, "\"To restore"), ROLE_EXACT);
		assert_int_equal(ROLE_OF(l, r, "dialogue\""), ROLE_EXACT);
		assert_int_equal(ROLE_OF(l, r, "\"to maintain"), ROLE_ALTERED);
		assert_int_equal(ROLE_OF(l, r, "since May"), ROLE_ALTERED);
		assert_int_equal(ROLE_OF(l, r, "May 25"), ROLE_CHANGED);
		assert_int_equal(ROLE_OF(l, r, "1972\""), ROLE_CHANGED);
		assert_int_equal(ROLE_OF(l, r, "key"), ROLE_TERM);
		assert_int_equal(ROLE_OF(l, r, "invented"), ROLE_NOT_FOUND);
		assert_int_equal(ROLE_OF(l, r, "He wants"), ROLE_PARAPHRASE);
		assert_int_equal(ROLE_OF(l, r, "\x1b"), ROLE_ESCAPE);
		assert_int_equal(ROLE_OF(l, r, "\x07"), ROLE_ESCAPE);
		assert_int_equal(ROLE_OF(l, r, "]0;x"), ROLE_PLAIN);
		assert_int_equal(ROLE_OF(l, r, "\xe2\x80\xae"), ROLE_ESCAPE);
		assert_int_equal(ROLE_OF(l, r, "char here"), ROLE_EXACT);
		assert_int_equal(ROLE_OF(l, r, "hidden"), ROLE_EXACT);
		layout_free(l);
	}
	fixture_free(&f);
}

static void
test_paragraphs(void **state)
{
	struct fixture		 f;
	struct layout		*l;
	const struct line	*ln;
	char			 buf[256];

	(void)state;
	fixture_build(&f);
	l = layout_doc(&f.m, DOC_STATEMENT, 80, false);
	/* Header lines stay together; body paragraphs get a blank line. */
	assert_int_equal(l->nlines, 10);
	draw_line(l, f.m.stmt->text, 0, buf, sizeof(buf));
	assert_string_equal(buf, "Events");
	draw_line(l, f.m.stmt->text, 2, buf, sizeof(buf));
	assert_string_equal(buf, "September 25, 2020");
	ln = &l->lines[3];
	assert_int_equal(ln->len, 0);
	assert_int_equal(ln->nruns, 0);
	assert_int_equal(ln->width, 0);
	draw_line(l, f.m.stmt->text, 4, buf, sizeof(buf));
	assert_string_equal(buf, "First. To restore a dialogue on IIS.");
	assert_int_equal(l->lines[5].len, 0);
	assert_int_equal(l->lines[7].len, 0);
	draw_line(l, f.m.stmt->text, 8, buf, sizeof(buf));
	assert_string_equal(buf, "Geography");
	draw_line(l, f.m.stmt->text, 9, buf, sizeof(buf));
	assert_string_equal(buf, "United States");
	layout_free(l);

	l = layout_doc(&f.m, DOC_REPORT, 80, false);
	assert_int_equal(l->lines[1].len, 0);
	assert_true(l->lines[2].off == span_of(&f.m.rep, "MOSCOW").off);
	layout_free(l);
	fixture_free(&f);
}

static void
test_line_of(void **state)
{
	struct fixture		 f;
	struct layout		*l;
	const struct line	*ln;
	size_t			 i, k, off;
	const struct quote	*q;

	(void)state;
	fixture_build(&f);
	for (i = 0; i < NELEM(widths); i++) {
		l = layout_doc(&f.m, DOC_STATEMENT, widths[i], false);
		for (k = 0; k < f.m.stmt->nprops; k++) {
			off = f.m.stmt->props[k].label.off;
			ln = &l->lines[layout_line_of(l, off)];
			assert_int_equal(ln->off, off);
			assert_int_equal(ln->runs[0].role, ROLE_LABEL);
		}
		for (k = 0; k < 2; k++) {
			off = f.m.quotes[k].src.off;
			ln = &l->lines[layout_line_of(l, off)];
			assert_true(ln->off <= off && off < ln->off + ln->len);
		}
		layout_free(l);
		l = layout_doc(&f.m, DOC_REPORT, widths[i], false);
		for (k = 0; k < f.m.nquotes; k++) {
			q = &f.m.quotes[k];
			ln = &l->lines[layout_line_of(l, quote_outer(q).off)];
			assert_true(ln->nruns > 0);
			assert_true(ln->off <= quote_outer(q).off &&
			    quote_outer(q).off < ln->off + ln->len);
		}
		/* Before the first line, and past the end. */
		assert_int_equal(layout_line_of(l, 0), 0);
		assert_int_equal(layout_line_of(l, (size_t)-1), l->nlines - 1);
		layout_free(l);
	}
	fixture_free(&f);
}

static void
test_empty(void **state)
{
	struct model	 m;
	struct layout	*l;

	(void)state;
	memset(&m, 0, sizeof(m));
	m.stmt = xcalloc(1, sizeof(*m.stmt));
	doc_set(m.stmt, DOC_STATEMENT, "", 0, false);
	l = layout_doc(&m, DOC_STATEMENT, 80, false);
	assert_int_equal(l->nlines, 0);
	assert_int_equal(layout_line_of(l, 0), 0);
	layout_free(l);
	/* A width below 1 counts as 1. */
	l = layout_doc(&m, DOC_STATEMENT, 0, true);
	assert_int_equal(l->width, 1);
	layout_free(l);
	doc_clear(m.stmt);
	free(m.stmt);
	/* A paragraph of spaces is one empty line. */
	assert_wrap("   ", 80, "");
	layout_free(NULL);
}

/* Z2 in miniature: random paragraphs at random widths. */
static void
test_random(void **state)
{
	static const char *const bits[] = { "a", "word ", " ", "\t", "\n",
	    u8"\u6F22", u8"\U0001F468\u200D\U0001F469", u8"\U0001F1EB",
	    "\xcc\x81", "\x1b[1m", u8"\u202E", u8"\u200B", "-", "/", "(",
	    u8"\u00A0", "\xc2\x9b", u8"\uFFFD", "x\ny", u8"\u3002" };
	char		 s[400];
	struct model	 m;
	struct layout	*l;
	size_t		 n, iter;
	const char	*e;

	(void)state;
	srand(5);
	for (iter = 0; iter < 3000; iter++) {
		n = 0;
		while (n < sizeof(s) - 16 && rand() % 60 != 0) {
			e = bits[rand() % NELEM(bits)];
			if (rand() % 25 == 0)
				e = "\n\n";
			memcpy(s + n, e, strlen(e));
			n += strlen(e);
		}
		memset(&m, 0, sizeof(m));
		m.stmt = xcalloc(1, sizeof(*m.stmt));
		doc_set(&m.rep, DOC_REPORT, s, n, iter % 2 == 0);
		l = layout_doc(&m, DOC_REPORT, 1 + rand() % 40, iter % 3 == 0);
		check_layout(l, &m.rep);
		layout_free(l);
		doc_clear(&m.rep);
		free(m.stmt);
	}
}

/* Lines [0, n) of a and b are the same, runs and all. */
static void
assert_same_lines(const struct layout *a, const struct layout *b, size_t n)
{
	const struct line	*x, *y;
	size_t			 i, k;

	assert_true(n <= a->nlines && n <= b->nlines);
	for (i = 0; i < n; i++) {
		x = &a->lines[i];
		y = &b->lines[i];
		assert_int_equal(x->off, y->off);
		assert_int_equal(x->len, y->len);
		assert_int_equal(x->width, y->width);
		assert_int_equal(x->indent, y->indent);
		assert_int_equal(x->nruns, y->nruns);
		for (k = 0; k < x->nruns; k++) {
			assert_int_equal(x->runs[k].off, y->runs[k].off);
			assert_int_equal(x->runs[k].len, y->runs[k].len);
			assert_int_equal(x->runs[k].col, y->runs[k].col);
			assert_int_equal(x->runs[k].role, y->runs[k].role);
		}
	}
}

/* Each line's runs follow the previous line's in l->runs. */
static void
assert_runs_pointed(const struct layout *l)
{
	size_t	i, k = 0;

	for (i = 0; i < l->nlines; k += l->lines[i++].nruns)
		assert_ptr_equal(l->lines[i].runs, l->runs + k);
	assert_int_equal(k, l->nruns);
}

/*
 * Prose of many paragraphs, some of them long, with every kind of
 * glyph now and then; a paragraph per blank-line block.
 */
static char *
long_text(size_t want, size_t *len)
{
	static const char *const words[] = { "the ", "harbour ", "quay ",
	    "lighthouse ", "to ", "reopen ", "cargo-ships ", "\t",
	    u8"\u6F22\u5B57 ", u8"caf\u00E9 ", u8"\U0001F468\u200D\U0001F469 ",
	    "\x1b[1m ", "supercalifragilisticexpialidocious ", "a\nb ",
	    "1972, " };
	char		*s = malloc(want + 64);
	const char	*w;
	size_t		 n = 0;

	assert_non_null(s);
	srand(11);
	while (n < want) {
		w = rand() % 40 == 0 ? "\n\n" : words[rand() % NELEM(words)];
		memcpy(s + n, w, strlen(w));
		n += strlen(w);
	}
	*len = n;
	return s;
}

/*
 * Laid out a part at a time, in steps of lines or of bytes, a layout
 * ends with the lines of a one-shot layout, and every part on the way
 * is the start of them.
 */
static void
test_progressive_same(void **state)
{
	static const int	 ws[] = { 1, 7, 33, 80, 200 };
	struct model		 m;
	struct layout		*one, *l;
	char			*s;
	size_t			 len, i, step, off;

	(void)state;
	memset(&m, 0, sizeof(m));
	m.stmt = xcalloc(1, sizeof(*m.stmt));
	s = long_text(40000, &len);
	doc_set(m.stmt, DOC_STATEMENT, s, len, false);
	free(s);
	for (i = 0; i < NELEM(ws); i++) {
		one = layout_doc(&m, DOC_STATEMENT, ws[i], i % 2 == 0);
		assert_true(one->done);
		/* In steps of lines, few and many. */
		for (step = 1; step < 2000; step *= 13) {
			l = layout_begin(&m, DOC_STATEMENT, ws[i], i % 2 == 0);
			assert_false(l->done);
			assert_int_equal(l->nlines, 0);
			while (!layout_extend(l, 0, l->nlines + step)) {
				assert_true(l->nlines >= step);
				assert_same_lines(l, one, l->nlines);
				assert_runs_pointed(l);
			}
			assert_true(l->done);
			assert_int_equal(l->nlines, one->nlines);
			assert_int_equal(l->nruns, one->nruns);
			assert_same_lines(l, one, one->nlines);
			assert_runs_pointed(l);
			layout_free(l);
		}
		/* In steps of bytes, then the rest at once. */
		l = layout_begin(&m, DOC_STATEMENT, ws[i], i % 2 == 0);
		for (off = 0; off < len / 2; off += 997) {
			assert_false(layout_extend(l, off, 0));
			assert_true(l->lines[l->nlines - 1].off > off);
			assert_same_lines(l, one, l->nlines);
		}
		layout_finish(l);
		assert_true(l->done);
		assert_int_equal(l->nlines, one->nlines);
		assert_same_lines(l, one, one->nlines);
		check_layout(l, m.stmt);
		/* Done stays done. */
		assert_true(layout_extend(l, len, SIZE_MAX));
		assert_int_equal(l->nlines, one->nlines);
		layout_free(l);
		layout_free(one);
	}
	doc_clear(m.stmt);
	free(m.stmt);
}

/* The same with styles: roles come out right across the stops. */
static void
test_progressive_roles(void **state)
{
	struct fixture	 f;
	struct layout	*one, *l;
	size_t		 i, which;

	(void)state;
	fixture_build(&f);
	for (which = 0; which < 2; which++)
		for (i = 0; i < NELEM(widths); i++) {
			one = layout_doc(&f.m, (enum doc_kind)which, widths[i],
			    false);
			l = layout_begin(&f.m, (enum doc_kind)which, widths[i],
			    false);
			while (!layout_extend(l, 0, l->nlines + 1))
				continue;
			assert_int_equal(l->nlines, one->nlines);
			assert_same_lines(l, one, one->nlines);
			layout_free(l);
			layout_free(one);
		}
	fixture_free(&f);
}

/*
 * layout_line_of on a part: right for every offset it was extended to,
 * and the part stops soon after (here, within a few lines), inside a
 * single long paragraph too.
 */
static void
test_progressive_line_of(void **state)
{
	static const int	 ws[] = { 3, 20, 80 };
	struct model		 m;
	struct layout		*one, *l;
	char			*s;
	size_t			 len, i, off, x, k;

	(void)state;
	memset(&m, 0, sizeof(m));
	m.stmt = xcalloc(1, sizeof(*m.stmt));
	s = long_text(30000, &len);
	for (k = 0; k < 2; k++) {
		/* Many paragraphs, then all of it as one. */
		if (k == 1)
			for (i = 0; i < len; i++)
				if (s[i] == '\n')
					s[i] = ' ';
		doc_set(&m.rep, DOC_REPORT, s, len, false);
		assert_true(k == 0 ? m.rep.nparas > 50 : m.rep.nparas == 1);
		for (i = 0; i < NELEM(ws); i++) {
			one = layout_doc(&m, DOC_REPORT, ws[i], false);
			l = layout_begin(&m, DOC_REPORT, ws[i], false);
			for (off = 5; off < len; off += len / 7) {
				layout_extend(l, off, 0);
				x = off > 300 ? off - 300 : 0;
				for (; x <= off; x++)
					assert_int_equal(layout_line_of(l, x),
					    layout_line_of(one, x));
				/* One line past off's at most. */
				assert_true(l->nlines >= 2);
				assert_true(l->lines[l->nlines - 1].off > off);
				assert_true(l->lines[l->nlines - 2].off <= off);
				assert_false(l->done);
			}
			layout_free(l);
			layout_free(one);
		}
		doc_clear(&m.rep);
	}
	free(m.stmt);
	free(s);
}

/* An empty document is done at once; a partial layout frees cleanly. */
static void
test_progressive_edges(void **state)
{
	struct model	 m;
	struct layout	*l;
	char		*s;
	size_t		 len;

	(void)state;
	memset(&m, 0, sizeof(m));
	m.stmt = xcalloc(1, sizeof(*m.stmt));
	doc_set(m.stmt, DOC_STATEMENT, "", 0, false);
	l = layout_begin(&m, DOC_STATEMENT, 80, false);
	assert_true(layout_extend(l, 0, 10));
	assert_true(l->done);
	assert_int_equal(l->nlines, 0);
	assert_int_equal(layout_line_of(l, 0), 0);
	layout_free(l);
	doc_clear(m.stmt);

	s = long_text(20000, &len);
	doc_set(m.stmt, DOC_STATEMENT, s, len, false);
	free(s);
	l = layout_begin(&m, DOC_STATEMENT, 40, false);
	layout_free(l);
	l = layout_begin(&m, DOC_STATEMENT, 40, false);
	assert_false(layout_extend(l, 100, 3));
	assert_true(l->nlines >= 3);
	layout_free(l);
	/* A goal past the end lays out all. */
	l = layout_begin(&m, DOC_STATEMENT, 40, false);
	assert_true(layout_extend(l, len, 0));
	layout_free(l);
	doc_clear(m.stmt);
	free(m.stmt);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrap_widths),
		cmocka_unit_test(test_greedy),
		cmocka_unit_test(test_wide_never_split),
		cmocka_unit_test(test_long_word),
		cmocka_unit_test(test_megabyte_line),
		cmocka_unit_test(test_roles_statement),
		cmocka_unit_test(test_roles_report),
		cmocka_unit_test(test_paragraphs),
		cmocka_unit_test(test_line_of),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_random),
		cmocka_unit_test(test_progressive_same),
		cmocka_unit_test(test_progressive_roles),
		cmocka_unit_test(test_progressive_line_of),
		cmocka_unit_test(test_progressive_edges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
