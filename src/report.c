/*
 * report.c — the --check report.  The text form is for people: every
 * piece of document text goes through display.h, on one line, white
 * space collapsed, long passages cut in the middle.  The JSON form is
 * for scripts: the keys of the manual's JSON OUTPUT, strings escaped
 * so that the output is valid JSON and safe to show on a terminal.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unictype.h>
#include <unistr.h>

#include "compare.h"
#include "describe.h"
#include "display.h"
#include "doc.h"
#include "fatal.h"
#include "model.h"
#include "msg.h"
#include "quote.h"
#include "report.h"
#include "text.h"
#include "xmalloc.h"

#define QUOTE_MAXW	160	/* cells of a quotation before it is cut */
#define CHANGE_MAXW	72	/* cells of one side of a change */
#define PARA_MAXW	60	/* cells of a paraphrased sentence */
#define OPENING_MAXW	48	/* cells of a closest passage's opening */
#define FIELD_MAXW	240	/* cells of a title, headline ... */
#define JSON_MAXDEPTH	32

/* A walk over document text as one line of display glyphs. */
struct textcur {
	const char	*s;
	size_t		 n;
	size_t		 off;
	bool		 ascii;
	bool		 started;	/* a visible glyph was returned */
};

struct json {
	FILE		*fp;
	int		 depth;
	bool		 first;		/* nothing written yet at this depth */
	bool		 inl[JSON_MAXDEPTH];	/* depth kept on one line */
};

/*
 * The next glyph: runs of white space and line ends come back as one
 * space, and none at either end.  Returns 0 at the end.
 */
static int
textcur_next(struct textcur *c, struct glyph *g)
{
	size_t	 used;
	bool	 space = false;

	while (c->off < c->n) {
		used = display_next(c->s + c->off, c->n - c->off, 0,
		    c->ascii, g);
		if (g->kind != GLYPH_SPACE && g->kind != GLYPH_NEWLINE) {
			if (space && c->started) {
				/* Give the space; the glyph comes next. */
				g->kind = GLYPH_SPACE;
				g->width = 1;
				strcpy(g->out, " ");
				return 1;
			}
			c->off += used;
			c->started = true;
			return 1;
		}
		c->off += used;
		space = true;
	}
	return 0;
}

static size_t
text_cells(const char *s, size_t n, bool ascii)
{
	struct textcur	 c = { s, n, 0, ascii, false };
	struct glyph	 g;
	size_t		 w = 0;

	while (textcur_next(&c, &g))
		w += g.width;
	return w;
}

/*
 * Where to cut text of total cells to fit maxw: keep [0, *head) and
 * (*tail, total), cutting at spaces when one is near, so that both ends
 * of a quotation stay visible in whole words.
 */
static void
text_cuts(struct textcur *c, size_t total, size_t maxw, size_t *head,
    size_t *tail)
{
	struct glyph	 g;
	size_t		 h = maxw * 2 / 3, t = total - (maxw - h - 3), at = 0;

	*head = h;
	*tail = t;
	while (textcur_next(c, &g)) {
		if (g.kind == GLYPH_SPACE && at <= h && at > h / 2)
			*head = at;
		if (g.kind == GLYPH_SPACE && at >= t && *tail == t &&
		    at < t + (total - t) / 2)
			*tail = at;
		at += g.width;
	}
}

/* Print s[0..n) on one line, sanitised, cut in the middle past maxw. */
static void
put_text(FILE *fp, const char *s, size_t n, bool ascii, size_t maxw)
{
	struct textcur	 c = { s, n, 0, ascii, false };
	struct glyph	 g;
	size_t		 total, head, tail, at = 0;
	bool		 cut;

	total = text_cells(s, n, ascii);
	head = total;
	tail = total;
	if ((cut = total > maxw))
		text_cuts(&c, total, maxw, &head, &tail);
	c = (struct textcur){ s, n, 0, ascii, false };
	while (textcur_next(&c, &g)) {
		if (at < head || at > tail)
			fputs(g.out, fp);
		else if (cut) {
			fputs(ascii ? " ... " : " \u2026 ", fp);
			cut = false;
		}
		at += g.width;
	}
}

/*
 * Print the opening of s[0..n) on one line, sanitised: its first words
 * up to maxw cells, then an ellipsis if there is more.
 */
static void
put_opening(FILE *fp, const char *s, size_t n, bool ascii, size_t maxw)
{
	struct textcur	 c = { s, n, 0, ascii, false };
	struct glyph	 g;
	size_t		 total, at = 0, end = 0;

	total = text_cells(s, n, ascii);
	if (total > maxw) {
		/* The last space that leaves room for the ellipsis. */
		while (textcur_next(&c, &g) && at + (size_t)g.width <= maxw) {
			if (g.kind == GLYPH_SPACE)
				end = at;
			at += (size_t)g.width;
		}
		if (end == 0)
			end = at;
		c = (struct textcur){ s, n, 0, ascii, false };
		at = 0;
	} else
		end = total;
	while (at < end && textcur_next(&c, &g)) {
		fputs(g.out, fp);
		at += (size_t)g.width;
	}
	if (total > maxw)
		fputs(ascii ? " ..." : " \u2026", fp);
}

static void
put_quoted(FILE *fp, const struct doc *d, struct span sp, bool ascii,
    size_t maxw)
{
	fputc('"', fp);
	put_text(fp, d->text + sp.off, sp.len, ascii, maxw);
	fputc('"', fp);
}

/* A heuristic field ("title", "outlet" ...) of a document, if known. */
static void
put_field(FILE *fp, const char *name, const char *value, bool ascii)
{
	if (value == NULL || *value == '\0')
		return;
	fprintf(fp, "  %-9s ", name);
	put_text(fp, value, strlen(value), ascii, FIELD_MAXW);
	fputc('\n', fp);
}

/* "label text" on a line of its own, the text sanitised whole. */
static void
put_line(FILE *fp, const char *label, const char *text, bool ascii)
{
	char	*p = display_string(text, strlen(text), ascii);

	fprintf(fp, "%s %s\n", label, p);
	free(p);
}

static void
text_statement(FILE *fp, const struct doc *s, bool ascii)
{

	put_line(fp, "statement", s->path, ascii);
	put_field(fp, "title", s->title, ascii);
	put_field(fp, "date", s->date, ascii);
	put_field(fp, "time", s->time, ascii);
}

static void
text_report(FILE *fp, const struct model *m, bool ascii)
{
	const struct doc	*r = &m->rep;
	size_t			 i;

	put_line(fp, "report   ", r->path, ascii);
	put_field(fp, "headline", r->headline, ascii);
	put_field(fp, "outlet", r->outlet, ascii);
	put_field(fp, "dateline", r->dateline, ascii);
	for (i = 0; i < m->nnotes; i++)
		put_line(fp, "warning:", m->notes[i], ascii);
}

static void
text_change(FILE *fp, const struct model *m, const struct change *c,
    bool ascii)
{
	fprintf(fp, "     %s%s: ", change_op_name(c->op),
	    c->kind == CHANGE_FORMAT ? " (reformatting)" : "");
	if (c->op != CHANGE_INSERT)
		put_quoted(fp, m->stmt, c->src, ascii, CHANGE_MAXW);
	if (c->op == CHANGE_REPLACE || c->op == CHANGE_MOVE)
		fputs(describe_arrow(ascii), fp);
	if (c->op != CHANGE_DELETE)
		put_quoted(fp, &m->rep, c->rep, ascii, CHANGE_MAXW);
	fputc('\n', fp);
}

static void
text_warnings(FILE *fp, unsigned w)
{
	const char	*s;

	while ((s = describe_warning(&w)) != NULL)
		fprintf(fp, "     warning: %s\n", s);
}

static void
text_quote(FILE *fp, const struct model *m, const struct quote *q,
    bool ascii)
{
	const struct span	*sp;
	char			 src[DESCRIBE_MAX];
	size_t			 i;
	uint32_t		 line, col;

	describe_source(m, q, src, sizeof(src));
	quote_position(m, q, &line, &col);
	fprintf(fp, "%3zu. report %zu:%zu: %s, %u%%",
	    (size_t)quote_id(m, q), (size_t)line, (size_t)col,
	    describe_verdict(q->verdict),
	    describe_percent(quote_similarity(q)));
	if (q->parent > 0)
		fprintf(fp, ", inside %zu", (size_t)q->parent);
	fprintf(fp, ": %s\n", src);
	fputs("     ", fp);
	put_quoted(fp, &m->rep, q->text, ascii, QUOTE_MAXW);
	fputc('\n', fp);
	describe_closest(q, src, sizeof(src));
	if (*src != '\0') {
		fprintf(fp, "     %s", src);
		if ((sp = &quote_closest(q)->src)->len > 0) {
			fputs(": \"", fp);
			put_opening(fp, m->stmt->text + sp->off, sp->len, ascii,
			    OPENING_MAXW);
			fputc('"', fp);
		}
		fputc('\n', fp);
	}
	for (i = 0; i < quote_nchanges(q); i++)
		text_change(fp, m, &quote_changes(q)[i], ascii);
	for (i = 0; i < quote_ntypos(q); i++) {
		fputs("     typography: ", fp);
		put_quoted(fp, m->stmt, quote_typos(q)[i].src, ascii, CHANGE_MAXW);
		fputs(describe_arrow(ascii), fp);
		put_quoted(fp, &m->rep, quote_typos(q)[i].rep, ascii, CHANGE_MAXW);
		fputc('\n', fp);
	}
	text_warnings(fp, q->warnings);
}

static void
text_paraphrases(FILE *fp, const struct model *m, bool ascii)
{
	const struct paraphrase	*p;
	size_t			 i, rl, rc, sl, sc;

	if (m->nparas == 0)
		return;
	fputs("\nparaphrases\n", fp);
	for (i = 0; i < m->nparas; i++) {
		p = &m->paras[i];
		doc_position(&m->rep, p->rep.off, &rl, &rc);
		doc_position(m->stmt, p->src.off, &sl, &sc);
		fprintf(fp, "     report %zu:%zu: statement %zu:%zu", rl, rc,
		    sl, sc);
		if (p->proposal > 0)
			fprintf(fp, ", proposal %d", p->proposal);
		fputs("\n     ", fp);
		put_quoted(fp, &m->rep, p->rep, ascii, PARA_MAXW);
		fputc('\n', fp);
	}
}

static void
text_coverage(FILE *fp, const struct model *m, bool ascii)
{
	const struct proposal	*p;
	size_t			 i;

	if (m->stmt->nprops == 0)
		return;
	fputs("\ncoverage\n", fp);
	for (i = 0; i < m->stmt->nprops; i++) {
		p = &m->stmt->props[i];
		fprintf(fp, "%5d  %-14s  ", p->number,
		    coverage_name(m->coverage[i]));
		put_text(fp, m->stmt->text + p->label.off, p->label.len, ascii,
		    CHANGE_MAXW);
		fputc('\n', fp);
	}
}

static void
text_summary(FILE *fp, const struct model *m)
{
	size_t	 n[COVER_QUOTED + 1] = { 0 }, i;
	char	 b[DESCRIBE_MAX];

	describe_counts(m, b, sizeof(b));
	fprintf(fp, "\n%s", b);
	if (m->stmt->nprops == 0) {
		fputs("; no numbered proposals\n", fp);
		return;
	}
	for (i = 0; i < m->stmt->nprops; i++)
		n[m->coverage[i]]++;
	fprintf(fp, "; %zu %s: %zu quoted, %zu quoted-altered, "
	    "%zu paraphrased, %zu not covered\n", m->stmt->nprops,
	    m->stmt->nprops == 1 ? "proposal" : "proposals", n[COVER_QUOTED],
	    n[COVER_QUOTED_ALTERED], n[COVER_PARAPHRASED],
	    n[COVER_NOT_COVERED]);
}

/* Everything about one report, after its header. */
static void
text_body(FILE *fp, const struct model *m, bool ascii)
{
	size_t	 i;

	if (m->nquotes > 0)
		fputs("\nquotations\n", fp);
	for (i = 0; i < m->nquotes; i++)
		text_quote(fp, m, &m->quotes[i], ascii);
	text_paraphrases(fp, m, ascii);
	text_coverage(fp, m, ascii);
	text_summary(fp, m);
}

void
report_text(FILE *fp, const struct model *m, bool ascii)
{
	text_statement(fp, m->stmt, ascii);
	text_report(fp, m, ascii);
	text_body(fp, m, ascii);
}

/* Many reports: the comparison. */

#define CMP_WIDTH	80	/* the table's target width in cells */
#define CMP_LABELW_MIN	24	/* cells of a row's label, at least */

/* One mark per enum coverage (compare_mark_char: per use). */
static const char report_cover_marks[] = { '.', 'p', '~', '=' };

struct table {
	FILE		*fp;
	const struct compare *c;
	bool		 ascii;
	size_t		 colw;		/* cells per report column */
	size_t		 labelw;	/* cells of the row label */
};

/*
 * Print s[0..n) on one line in at most maxw cells, cut at the end with
 * an ellipsis when longer (a table cell shows where a passage starts);
 * the cells printed.
 */
static size_t
table_text(FILE *fp, const char *s, size_t n, bool ascii, size_t maxw)
{
	struct textcur	 c = { s, n, 0, ascii, false };
	struct glyph	 g;
	size_t		 total, at = 0, room;

	total = text_cells(s, n, ascii);
	room = total <= maxw ? maxw : maxw > 3 ? maxw - (ascii ? 3 : 1) : 0;
	while (textcur_next(&c, &g) && at + (size_t)g.width <= room) {
		fputs(g.out, fp);
		at += (size_t)g.width;
	}
	if (total > maxw && maxw > 3) {
		fputs(ascii ? "..." : "\u2026", fp);
		at += ascii ? 3 : 1;
	}
	return at;
}

/*
 * A cell: s[0..n) in at most width - 1 cells, then spaces to fill width;
 * width 0: no limit and no padding (a row's last cell).
 */
static void
table_cell(struct table *t, const char *s, size_t n, size_t width)
{
	size_t	 w;

	w = table_text(t->fp, s, n, t->ascii, width == 0 ? SIZE_MAX :
	    width > 1 ? width - 1 : 1);
	if (width == 0)
		return;
	do
		fputc(' ', t->fp);
	while (++w < width);
}

static void
table_head(struct table *t, const char *title)
{
	size_t	 r;

	fputs("\n  ", t->fp);
	table_cell(t, title, strlen(title), t->labelw);
	for (r = 0; r < t->c->nreps; r++)
		table_cell(t, t->c->abbrevs[r], strlen(t->c->abbrevs[r]),
		    r + 1 < t->c->nreps ? t->colw : 0);
	fputc('\n', t->fp);
}

static void
table_mark(struct table *t, char mark, bool last)
{
	fputc(mark, t->fp);
	if (!last)
		fprintf(t->fp, "%*s", (int)t->colw - 1, "");
}

static void
table_passage(struct table *t, const struct cmp_passage *p)
{
	const struct doc	*st = t->c->stmt;
	char			 pos[64];
	size_t			 r, n;

	n = (size_t)snprintf(pos, sizeof(pos), "%zu:%zu", p->line, p->col);
	if (p->proposal > 0)
		snprintf(pos + n, sizeof(pos) - n, " p%d", p->proposal);
	fprintf(t->fp, "  %-11s ", pos);
	table_cell(t, st->text + p->src.off, p->src.len, t->labelw - 12);
	for (r = 0; r < t->c->nreps; r++)
		table_mark(t, compare_mark_char(p->cells[r].mark),
		    r + 1 == t->c->nreps);
	fputc('\n', t->fp);
}

static void
table_invented(struct table *t, const struct cmp_invented *inv)
{
	const struct model	*m = t->c->reps[inv->report];
	const struct quote	*q = &m->quotes[inv->quote - 1];
	char			 id[32];
	size_t			 r;
	uint32_t		 line, col;

	quote_position(m, q, &line, &col);
	snprintf(id, sizeof(id), "%zu:%zu", (size_t)line, (size_t)col);
	fprintf(t->fp, "  %-11s ", id);
	table_cell(t, m->rep.text + q->text.off, q->text.len, t->labelw - 12);
	for (r = 0; r <= inv->report; r++)
		table_mark(t, r == inv->report ? 'x' : ' ', r == inv->report);
	fputc('\n', t->fp);
}

static void
table_proposals(struct table *t)
{
	const struct doc	*st = t->c->stmt;
	const struct proposal	*p;
	size_t			 i, r, n = t->c->nreps;

	if (st->nprops == 0)
		return;
	table_head(t, "proposals");
	for (i = 0; i < st->nprops; i++) {
		p = &st->props[i];
		fprintf(t->fp, "  %5d  ", p->number);
		table_cell(t, st->text + p->label.off, p->label.len,
		    t->labelw - 7);
		for (r = 0; r < n; r++)
			table_mark(t, report_cover_marks[t->c->coverage[i * n +
			    r]], r + 1 == n);
		fputc('\n', t->fp);
	}
}

/* The abbreviations and the marks, under the first table's header. */
static void
table_legend(struct table *t)
{
	char	*path;
	size_t	 r, w;

	fputs("\n", t->fp);
	for (r = 0; r < t->c->nreps; r++) {
		fputs("  ", t->fp);
		table_cell(t, t->c->abbrevs[r], strlen(t->c->abbrevs[r]),
		    t->colw);
		path = display_string(t->c->reps[r]->rep.path,
		    strlen(t->c->reps[r]->rep.path), t->ascii);
		/* The name gives way to the path, down to a few words. */
		w = display_width(path, strlen(path), t->ascii) + 4 + 2 +
		    t->colw;
		table_text(t->fp, t->c->names[r], strlen(t->c->names[r]),
		    t->ascii, w + 16 < CMP_WIDTH ? CMP_WIDTH - w : 16);
		fprintf(t->fp, "  (%s)\n", path);
		free(path);
	}
	fputs("  passages: = exact  ~ altered  p paraphrased  . not used\n"
	    "  x: a quotation not in the statement\n"
	    "  proposals: = quoted  ~ quoted-altered  p paraphrased"
	    "  . not covered\n", t->fp);
}

static void
table_report_line(struct table *t, size_t r)
{
	const struct model	*m = t->c->reps[r];
	size_t			 i, covered = 0;

	for (i = 0; i < m->stmt->nprops; i++)
		if (m->coverage != NULL && m->coverage[i] != COVER_NOT_COVERED)
			covered++;
	fputs("  ", t->fp);
	table_cell(t, t->c->abbrevs[r], strlen(t->c->abbrevs[r]), t->colw);
	fprintf(t->fp, "%zu %s: %zu exact, %zu altered, %zu not found",
	    m->nquotes, m->nquotes == 1 ? "quotation" : "quotations",
	    m->nexact, m->naltered, m->nnotfound);
	if (m->stmt->nprops > 0)
		fprintf(t->fp, "; proposals covered %zu/%zu", covered,
		    m->stmt->nprops);
	fputc('\n', t->fp);
}

static void
table_totals(struct table *t)
{
	const struct compare	*c = t->c;
	size_t			 q = 0, e = 0, a = 0, nf = 0, i, r, none = 0;
	int			 col = 0;
	bool			 used;

	for (r = 0; r < c->nreps; r++) {
		q += c->reps[r]->nquotes;
		e += c->reps[r]->nexact;
		a += c->reps[r]->naltered;
		nf += c->reps[r]->nnotfound;
	}
	fprintf(t->fp, "\n%zu reports, %zu quotations: %zu exact, "
	    "%zu altered, %zu not found\n%zu %s of the statement used\n",
	    c->nreps, q, e, a, nf, c->npassages,
	    c->npassages == 1 ? "passage" : "passages");
	for (i = 0; i < c->stmt->nprops; i++) {
		for (r = 0, used = false; r < c->nreps && !used; r++)
			used = c->coverage[i * c->nreps + r] !=
			    COVER_NOT_COVERED;
		if (used)
			continue;
		if (none++ == 0)
			col = fprintf(t->fp, "proposals no report covered:");
		else
			col += fprintf(t->fp, ",");
		if (col > CMP_WIDTH - 6)
			col = fprintf(t->fp, "\n ") - 1;
		col += fprintf(t->fp, " %d", c->stmt->props[i].number);
	}
	if (none > 0)
		fputc('\n', t->fp);
	else if (c->stmt->nprops > 0)
		fputs("every proposal covered by a report\n", t->fp);
}

static void
text_compare(FILE *fp, const struct compare *c, bool ascii)
{
	struct table	 t = { fp, c, ascii, 0, 0 };
	size_t		 r, w;

	t.colw = 4;
	for (r = 0; r < c->nreps; r++) {
		w = display_width(c->abbrevs[r], strlen(c->abbrevs[r]),
		    ascii) + 1;
		if (w > t.colw)
			t.colw = w;
	}
	t.labelw = CMP_WIDTH - 2 - c->nreps * t.colw;
	if (c->nreps * t.colw + 2 + CMP_LABELW_MIN > CMP_WIDTH)
		t.labelw = CMP_LABELW_MIN;
	fprintf(fp, "\ncomparison of %zu reports\n", c->nreps);
	table_legend(&t);
	table_head(&t, "passages");
	for (r = 0; r < c->npassages; r++)
		table_passage(&t, &c->passages[r]);
	if (c->ninvented > 0)
		table_head(&t, "not in the statement");
	for (r = 0; r < c->ninvented; r++)
		table_invented(&t, &c->invented[r]);
	table_proposals(&t);
	fputs("\nreports\n", fp);
	for (r = 0; r < c->nreps; r++)
		table_report_line(&t, r);
	table_totals(&t);
}

void
report_text_many(FILE *fp, const struct compare *c, bool ascii)
{
	size_t	 r;

	if (c->nreps == 0)
		return;
	text_statement(fp, c->stmt, ascii);
	for (r = 0; r < c->nreps; r++) {
		fprintf(fp, "\n== report %zu of %zu\n", r + 1, c->nreps);
		text_report(fp, c->reps[r], ascii);
		text_body(fp, c->reps[r], ascii);
	}
	text_compare(fp, c, ascii);
}

/* JSON. */

static void
json_uescape(FILE *fp, ucs4_t uc)
{
	if (uc > 0xffff) {
		uc -= 0x10000;
		fprintf(fp, "\\u%04x\\u%04x", 0xd800 + (uc >> 10),
		    0xdc00 + (uc & 0x3ff));
	} else
		fprintf(fp, "\\u%04x", uc);
}

/* The escape for uc if JSON or a terminal needs one, else NULL. */
static const char *
json_escape(ucs4_t uc)
{
	switch (uc) {
	case '"':
		return "\\\"";
	case '\\':
		return "\\\\";
	case '\n':
		return "\\n";
	case '\t':
		return "\\t";
	case '\r':
		return "\\r";
	}
	/*
	 * What the reader and the text report show as <U+XXXX> is escaped
	 * here too: controls (Cc), line and paragraph separators (Zl, Zp),
	 * format characters (Cf), private use (Co), surrogates (Cs),
	 * unassigned code points and noncharacters (Cn), hidden ones.
	 */
	if (uc != 0xfffd && (!uc_is_general_category_withtable(uc,
	    UC_CATEGORY_MASK_L | UC_CATEGORY_MASK_M | UC_CATEGORY_MASK_N |
	    UC_CATEGORY_MASK_P | UC_CATEGORY_MASK_S | UC_CATEGORY_MASK_Zs) ||
	    text_is_hidden(uc)))
		return "";
	return NULL;
}

/*
 * A JSON string.  Besides what JSON requires, DEL, C1 controls, line
 * and paragraph separators, hidden characters, private-use, unassigned
 * and noncharacter code points are escaped (as \u, a surrogate pair
 * above U+FFFF), so the output shows on a terminal as safely as the
 * text report.  Invalid UTF-8 (only possible in a path) becomes
 * U+FFFD.
 */
static void
json_string(FILE *fp, const char *s, size_t n)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + n, *run = p;
	const char	*esc;
	ucs4_t		 uc;
	int		 k;
	bool		 bad;

	fputc('"', fp);
	while (p < end) {
		/* Printable ASCII but '"' and '\\': written as it is. */
		if (*p >= 0x20 && *p < 0x7f && *p != '"' && *p != '\\') {
			p++;
			continue;
		}
		k = u8_mbtouc(&uc, p, end - p);
		esc = json_escape(uc);
		/* u8_mbtouc gives U+FFFD for bytes that are not UTF-8. */
		bad = uc == 0xfffd && (k != 3 || memcmp(p, "\xef\xbf\xbd", 3));
		if (esc == NULL && !bad) {
			p += k;
			continue;
		}
		fwrite(run, 1, p - run, fp);
		if (esc == NULL)
			fputs("\xef\xbf\xbd", fp);
		else if (*esc != '\0')
			fputs(esc, fp);
		else
			json_uescape(fp, uc);
		p += k;
		run = p;
	}
	fwrite(run, 1, p - run, fp);
	fputc('"', fp);
}

/* Before a value: the comma, the line break and indent, and its key. */
static void
json_sep(struct json *j, const char *key)
{
	int	 i;

	if (j->depth > 0) {
		if (!j->first)
			fputc(',', j->fp);
		if (j->inl[j->depth]) {
			if (!j->first)
				fputc(' ', j->fp);
		} else {
			fputc('\n', j->fp);
			for (i = 0; i < j->depth; i++)
				fputs("  ", j->fp);
		}
	}
	j->first = false;
	if (key != NULL) {
		json_string(j->fp, key, strlen(key));
		fputs(": ", j->fp);
	}
}

static void
json_open(struct json *j, const char *key, char c, bool inl)
{
	json_sep(j, key);
	fputc(c, j->fp);
	if (++j->depth >= JSON_MAXDEPTH)
		fatal("json_open: too deep");
	j->inl[j->depth] = inl || j->inl[j->depth - 1];
	j->first = true;
}

static void
json_close(struct json *j, char c)
{
	int	 i;

	if (!j->first && !j->inl[j->depth]) {
		fputc('\n', j->fp);
		for (i = 1; i < j->depth; i++)
			fputs("  ", j->fp);
	}
	j->depth--;
	fputc(c, j->fp);
	j->first = false;
}

/* A string member or element; NULL is written as null. */
static void
json_str(struct json *j, const char *key, const char *s, size_t n)
{
	json_sep(j, key);
	if (s == NULL)
		fputs("null", j->fp);
	else
		json_string(j->fp, s, n);
}

static void
json_cstr(struct json *j, const char *key, const char *s)
{
	json_str(j, key, s, s == NULL ? 0 : strlen(s));
}

static void
json_span(struct json *j, const char *key, const struct doc *d,
    struct span sp)
{
	json_str(j, key, d->text + sp.off, sp.len);
}

static void
json_uint(struct json *j, const char *key, size_t v)
{
	json_sep(j, key);
	fprintf(j->fp, "%zu", v);
}

/* A proposal number, or null for none. */
static void
json_proposal(struct json *j, const char *key, int n)
{
	json_sep(j, key);
	if (n > 0)
		fprintf(j->fp, "%d", n);
	else
		fputs("null", j->fp);
}

static void
json_real(struct json *j, const char *key, double v)
{
	if (!(v >= 0.0))
		v = 0.0;
	if (v > 1.0)
		v = 1.0;
	json_sep(j, key);
	fprintf(j->fp, "%.3f", v);
}

static void
json_position(struct json *j, const char *key, size_t line, size_t col)
{
	json_open(j, key, '{', true);
	json_uint(j, "line", line);
	json_uint(j, "column", col);
	json_close(j, '}');
}

/* Each key once, with the values doc.c settles on (front matter wins). */
static void
json_metadata(struct json *j, const struct doc *d)
{
	char	**v;
	size_t	  i, k, n;

	json_open(j, "metadata", '{', false);
	for (i = 0; i < d->nmeta; i++) {
		for (k = 0; k < i; k++)
			if (strcasecmp(d->meta[k].key, d->meta[i].key) == 0)
				break;
		if (k < i)
			continue;
		if ((v = doc_meta(d, d->meta[i].key, &n)) == NULL) {
			v = d->meta[i].values;
			n = d->meta[i].nvalues;
		}
		json_open(j, d->meta[i].key, '[', true);
		for (k = 0; k < n; k++)
			json_cstr(j, NULL, v[k]);
		json_close(j, ']');
	}
	json_close(j, '}');
}

/* A proposal's text, without its label and surrounding white space. */
static void
json_proposal_text(struct json *j, const struct doc *d,
    const struct proposal *p)
{
	size_t	 start, end;

	start = p->label.off + p->label.len;
	end = p->span.off + p->span.len;
	if (start < p->span.off || start > end)
		start = p->span.off;
	while (start < end && strchr(" \t\n", d->text[start]) != NULL)
		start++;
	while (end > start && strchr(" \t\n", d->text[end - 1]) != NULL)
		end--;
	json_str(j, "text", d->text + start, end - start);
}

static void
json_statement(struct json *j, const struct doc *d)
{
	const struct proposal	*p;
	size_t			 i;

	json_open(j, "statement", '{', false);
	json_cstr(j, "path", d->path);
	json_cstr(j, "title", d->title);
	json_cstr(j, "date", d->date);
	json_cstr(j, "time", d->time);
	json_cstr(j, "language", d->lang);
	json_metadata(j, d);
	json_open(j, "proposals", '[', false);
	for (i = 0; i < d->nprops; i++) {
		p = &d->props[i];
		json_open(j, NULL, '{', false);
		json_proposal(j, "number", p->number);
		json_span(j, "label", d, p->label);
		json_uint(j, "line", p->line);
		json_proposal_text(j, d, p);
		json_close(j, '}');
	}
	json_close(j, ']');
	json_close(j, '}');
}

static void
json_report(struct json *j, const struct doc *d)
{
	json_open(j, "report", '{', false);
	json_cstr(j, "path", d->path);
	json_cstr(j, "headline", d->headline);
	json_cstr(j, "outlet", d->outlet);
	json_cstr(j, "dateline", d->dateline);
	json_cstr(j, "city", d->city);
	json_cstr(j, "date", d->date);
	json_cstr(j, "language", d->lang);
	json_close(j, '}');
}

static void
json_warnings(struct json *j, unsigned w)
{
	const char	*s;

	json_open(j, "warnings", '[', true);
	while ((s = describe_warning(&w)) != NULL)
		json_cstr(j, NULL, s);
	json_close(j, ']');
}

static void
json_changes(struct json *j, const struct model *m, const struct quote *q)
{
	const struct change	*c;
	size_t			 i;

	json_open(j, "typography", '[', false);
	for (i = 0; i < quote_ntypos(q); i++) {
		json_open(j, NULL, '{', true);
		json_span(j, "report", &m->rep, quote_typos(q)[i].rep);
		json_span(j, "statement", m->stmt, quote_typos(q)[i].src);
		json_close(j, '}');
	}
	json_close(j, ']');
	json_open(j, "changes", '[', false);
	for (i = 0; i < quote_nchanges(q); i++) {
		c = &quote_changes(q)[i];
		json_open(j, NULL, '{', true);
		json_cstr(j, "op", change_op_name(c->op));
		json_span(j, "report", &m->rep, c->rep);
		json_span(j, "statement", m->stmt, c->src);
		if (c->kind == CHANGE_FORMAT)
			json_cstr(j, "kind", "format");
		json_close(j, '}');
	}
	json_close(j, ']');
}

/* The passage nearest a quotation not found, or null. */
static void
json_closest(struct json *j, const struct model *m, const struct quote *q)
{
	const struct closest	*c = quote_closest(q);

	if (q->verdict != VERDICT_NOT_FOUND || c->src.len == 0) {
		json_sep(j, "closest");
		fputs("null", j->fp);
		return;
	}
	json_open(j, "closest", '{', true);
	json_position(j, "source", c->line, c->col);
	json_proposal(j, "proposal", c->proposal);
	json_real(j, "similarity", c->similarity);
	json_span(j, "text", m->stmt, c->src);
	json_close(j, '}');
}

static void
json_quote(struct json *j, const struct model *m, const struct quote *q)
{
	uint32_t	line, col;

	json_open(j, NULL, '{', false);
	json_uint(j, "id", quote_id(m, q));
	json_sep(j, "parent");
	if (q->parent > 0)
		fprintf(j->fp, "%zu", (size_t)q->parent);
	else
		fputs("null", j->fp);
	json_span(j, "text", &m->rep, q->text);
	json_cstr(j, "verdict", verdict_name(q->verdict));
	quote_position(m, q, &line, &col);
	json_position(j, "report", line, col);
	if (q->verdict == VERDICT_NOT_FOUND || q->src.len == 0) {
		json_sep(j, "source");
		fputs("null", j->fp);
	} else {
		quote_src_position(m, q, &line, &col);
		json_position(j, "source", line, col);
	}
	json_proposal(j, "proposal", quote_proposal(m, q));
	json_real(j, "similarity", quote_similarity(q));
	json_closest(j, m, q);
	json_warnings(j, q->warnings);
	json_changes(j, m, q);
	json_close(j, '}');
}

static void
json_paraphrases(struct json *j, const struct model *m)
{
	const struct paraphrase	*p;
	size_t			 i, line, col;

	json_open(j, "paraphrases", '[', false);
	for (i = 0; i < m->nparas; i++) {
		p = &m->paras[i];
		json_open(j, NULL, '{', true);
		doc_position(&m->rep, p->rep.off, &line, &col);
		json_position(j, "report", line, col);
		doc_position(m->stmt, p->src.off, &line, &col);
		json_position(j, "source", line, col);
		json_proposal(j, "proposal", p->proposal);
		json_close(j, '}');
	}
	json_close(j, ']');
}

static void
json_coverage(struct json *j, const struct model *m)
{
	size_t	 i;

	json_open(j, "coverage", '[', false);
	for (i = 0; i < m->stmt->nprops; i++) {
		json_open(j, NULL, '{', true);
		json_proposal(j, "proposal", m->stmt->props[i].number);
		json_cstr(j, "status", coverage_name(m->coverage[i]));
		json_close(j, '}');
	}
	json_close(j, ']');
}

/* The members of one report: report, quotes ... summary. */
static void
json_pair(struct json *j, const struct model *m)
{
	size_t	 i;

	json_report(j, &m->rep);
	json_open(j, "quotes", '[', false);
	for (i = 0; i < m->nquotes; i++)
		json_quote(j, m, &m->quotes[i]);
	json_close(j, ']');
	json_paraphrases(j, m);
	json_coverage(j, m);
	json_open(j, "summary", '{', true);
	json_uint(j, "quotes", m->nquotes);
	json_uint(j, "exact", m->nexact);
	json_uint(j, "altered", m->naltered);
	json_uint(j, "not_found", m->nnotfound);
	json_uint(j, "terms", m->nterms);
	json_close(j, '}');
}

static void
json_begin(struct json *j, FILE *fp, bool one_line)
{
	memset(j, 0, sizeof(*j));
	j->fp = fp;
	j->inl[0] = one_line;
}

static void
json_single(FILE *fp, const struct model *m, bool one_line)
{
	struct json	 j;

	json_begin(&j, fp, one_line);
	json_open(&j, NULL, '{', false);
	json_statement(&j, m->stmt);
	json_pair(&j, m);
	json_close(&j, '}');
	fputc('\n', fp);
}

void
report_json(FILE *fp, const struct model *m)
{
	json_single(fp, m, false);
}

void
report_json_line(FILE *fp, const struct model *m)
{
	json_single(fp, m, true);
}

char *
report_json_head(const struct doc *st, size_t *len)
{
	struct json	 j;
	FILE		*fp;
	char		*buf = NULL;

	if ((fp = open_memstream(&buf, len)) == NULL)
		fatal("open_memstream: %s", strerror(errno));
	json_begin(&j, fp, true);
	json_open(&j, NULL, '{', false);
	json_statement(&j, st);
	if (fclose(fp) == EOF)
		fatal("open_memstream: %s", strerror(errno));
	return buf;
}

void
report_json_line_head(FILE *fp, const struct model *m, const char *head,
    size_t len)
{
	struct json	 j;

	/* Where json_single() is once the statement is written. */
	json_begin(&j, fp, true);
	fwrite(head, 1, len, fp);
	j.depth = 1;
	j.inl[1] = true;
	j.first = false;
	json_pair(&j, m);
	json_close(&j, '}');
	fputc('\n', fp);
}

static void
json_cell(struct json *j, const struct cmp_cell *cell)
{
	size_t	 i;

	json_open(j, NULL, '{', true);
	json_cstr(j, "use", compare_mark_name(cell->mark));
	json_open(j, "quotes", '[', true);
	for (i = 0; i < cell->nquotes; i++)
		json_uint(j, NULL, cell->quotes[i]);
	json_close(j, ']');
	json_uint(j, "paraphrases", cell->nparas);
	json_close(j, '}');
}

static void
json_passages(struct json *j, const struct compare *c)
{
	const struct cmp_passage	*p;
	size_t				 i, r;

	json_open(j, "passages", '[', false);
	for (i = 0; i < c->npassages; i++) {
		p = &c->passages[i];
		json_open(j, NULL, '{', false);
		json_position(j, "source", p->line, p->col);
		json_proposal(j, "proposal", p->proposal);
		json_span(j, "text", c->stmt, p->src);
		json_open(j, "reports", '[', false);
		for (r = 0; r < c->nreps; r++)
			json_cell(j, &p->cells[r]);
		json_close(j, ']');
		json_close(j, '}');
	}
	json_close(j, ']');
}

void
report_json_many(FILE *fp, const struct compare *c)
{
	struct json	 j;
	size_t		 r;

	if (c->nreps == 0)
		return;
	json_begin(&j, fp, false);
	json_open(&j, NULL, '{', false);
	json_statement(&j, c->stmt);
	json_open(&j, "reports", '[', false);
	for (r = 0; r < c->nreps; r++) {
		json_open(&j, NULL, '{', false);
		json_cstr(&j, "name", c->names[r]);
		json_pair(&j, c->reps[r]);
		json_close(&j, '}');
	}
	json_close(&j, ']');
	json_passages(&j, c);
	json_close(&j, '}');
	fputc('\n', fp);
}
