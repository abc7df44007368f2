/*
 * report.c — the --check report.  The text form is for people: every
 * piece of document text goes through display.h, on one line, white
 * space collapsed, long passages cut in the middle.  The JSON form is
 * for scripts: the keys of the manual's JSON OUTPUT, strings escaped
 * so that the output is valid JSON and safe to show on a terminal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unictype.h>
#include <unistr.h>

#include "describe.h"
#include "display.h"
#include "doc.h"
#include "model.h"
#include "msg.h"
#include "report.h"
#include "text.h"
#include "xmalloc.h"

#define QUOTE_MAXW	160	/* cells of a quotation before it is cut */
#define CHANGE_MAXW	72	/* cells of one side of a change */
#define PARA_MAXW	60	/* cells of a paraphrased sentence */
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
text_header(FILE *fp, const struct model *m, bool ascii)
{
	const struct doc	*s = m->stmt, *r = &m->rep;
	size_t			 i;

	put_line(fp, "statement", s->path, ascii);
	put_field(fp, "title", s->title, ascii);
	put_field(fp, "date", s->date, ascii);
	put_field(fp, "time", s->time, ascii);
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
	char	 src[DESCRIBE_MAX];
	size_t	 i;

	describe_source(q, src, sizeof(src));
	fprintf(fp, "%3zu. report %zu:%zu: %s, %u%%", q->id, q->line,
	    q->col, describe_verdict(q->verdict),
	    describe_percent(q->similarity));
	if (q->parent > 0)
		fprintf(fp, ", inside %zu", q->parent);
	fprintf(fp, ": %s\n", src);
	fputs("     ", fp);
	put_quoted(fp, &m->rep, q->text, ascii, QUOTE_MAXW);
	fputc('\n', fp);
	for (i = 0; i < q->nchanges; i++)
		text_change(fp, m, &q->changes[i], ascii);
	for (i = 0; i < q->ntypos; i++) {
		fputs("     typography: ", fp);
		put_quoted(fp, m->stmt, q->typos[i].src, ascii, CHANGE_MAXW);
		fputs(describe_arrow(ascii), fp);
		put_quoted(fp, &m->rep, q->typos[i].rep, ascii, CHANGE_MAXW);
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

void
report_text(FILE *fp, const struct model *m, bool ascii)
{
	size_t	 i;

	text_header(fp, m, ascii);
	if (m->nquotes > 0)
		fputs("\nquotations\n", fp);
	for (i = 0; i < m->nquotes; i++)
		text_quote(fp, m, &m->quotes[i], ascii);
	text_paraphrases(fp, m, ascii);
	text_coverage(fp, m, ascii);
	text_summary(fp, m);
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
	for (i = 0; i < q->ntypos; i++) {
		json_open(j, NULL, '{', true);
		json_span(j, "report", &m->rep, q->typos[i].rep);
		json_span(j, "statement", m->stmt, q->typos[i].src);
		json_close(j, '}');
	}
	json_close(j, ']');
	json_open(j, "changes", '[', false);
	for (i = 0; i < q->nchanges; i++) {
		c = &q->changes[i];
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

static void
json_quote(struct json *j, const struct model *m, const struct quote *q)
{
	json_open(j, NULL, '{', false);
	json_uint(j, "id", q->id);
	json_sep(j, "parent");
	if (q->parent > 0)
		fprintf(j->fp, "%zu", q->parent);
	else
		fputs("null", j->fp);
	json_span(j, "text", &m->rep, q->text);
	json_cstr(j, "verdict", verdict_name(q->verdict));
	json_position(j, "report", q->line, q->col);
	if (q->verdict == VERDICT_NOT_FOUND || q->src.len == 0) {
		json_sep(j, "source");
		fputs("null", j->fp);
	} else
		json_position(j, "source", q->src_line, q->src_col);
	json_proposal(j, "proposal", q->proposal);
	json_real(j, "similarity", q->similarity);
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

void
report_json(FILE *fp, const struct model *m)
{
	struct json	 j;
	size_t		 i;

	memset(&j, 0, sizeof(j));
	j.fp = fp;
	json_open(&j, NULL, '{', false);
	json_statement(&j, m->stmt);
	json_report(&j, &m->rep);
	json_open(&j, "quotes", '[', false);
	for (i = 0; i < m->nquotes; i++)
		json_quote(&j, m, &m->quotes[i]);
	json_close(&j, ']');
	json_paraphrases(&j, m);
	json_coverage(&j, m);
	json_open(&j, "summary", '{', true);
	json_uint(&j, "quotes", m->nquotes);
	json_uint(&j, "exact", m->nexact);
	json_uint(&j, "altered", m->naltered);
	json_uint(&j, "not_found", m->nnotfound);
	json_uint(&j, "terms", m->nterms);
	json_close(&j, '}');
	json_close(&j, '}');
	fputc('\n', fp);
}
