/*
 * fuzz_layout.c — libFuzzer target Z2: wrapping at random widths.
 *
 * Input: bytes 0-1 pick the width (1..300), byte 2 bit 0 ASCII mode;
 * the rest is a statement and a report split as in fuzz_model.c.  Both
 * documents are laid out.  Properties: each line drawn as layout.h
 * says render.c draws it (display_next, display_clip) puts no cell
 * beyond the width, draws the line's width in cells, and only glyphs
 * safe on a terminal (as fuzz_display); lines and runs lie inside the
 * document, in order, each run inside its line; lines and runs start
 * and end on glyph boundaries (grapheme clusters, cut only at hidden
 * code points, which display.c shows apart), so no cluster is split;
 * each line's start maps back to it through layout_line_of().
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "display.h"
#include "fuzz_util.h"
#include "layout.h"
#include "model.h"
#include "pipeline.h"

/* Mark in b where glyphs start, decoding text[from, to). */
static void
mark_glyphs(const struct doc *d, size_t from, size_t to, bool ascii,
    char *b)
{
	struct glyph	 g;
	size_t		 p;

	for (p = from; p < to; p += g.len) {
		b[p] = 1;
		display_next(d->text + p, to - p, 0, ascii, &g);
	}
}

/*
 * breaks[i] is 1 where a glyph starts: a grapheme cluster, or a part of
 * one cut at a hidden code point, which display.c shows as an escape of
 * its own.  Paragraphs are decoded on their own, as the layout does, so
 * a paragraph whose first character is a combining mark (its base, a
 * space, left to the paragraph before) starts a glyph of its own.
 */
static char *
glyph_breaks(const struct doc *d, bool ascii)
{
	char		*b;
	size_t		 i;

	if ((b = calloc(d->len + 1, 1)) == NULL)
		abort();
	mark_glyphs(d, 0, d->len, ascii, b);
	for (i = 0; i < d->nparas; i++)
		mark_glyphs(d, d->paras[i].span.off,
		    d->paras[i].span.off + d->paras[i].span.len, ascii, b);
	b[d->len] = 1;
	return b;
}

static void
check_line(const struct layout *l, size_t i, const struct doc *d,
    const char *breaks)
{
	const struct line	*ln = &l->lines[i];
	const struct run	*r;
	size_t			 k, end = ln->off + ln->len, at = ln->off;

	if (ln->width < 0 || ln->width > l->width)
		fuzz_fail("%s line %zu: %d cells at width %d", d->path, i,
		    ln->width, l->width);
	if (ln->indent < 0 || ln->indent > ln->width)
		fuzz_fail("%s line %zu: indent %d of %d cells", d->path, i,
		    ln->indent, ln->width);
	if (ln->off > d->len || ln->len > d->len - ln->off)
		fuzz_fail("%s line %zu: bytes %zu+%zu of %zu", d->path, i,
		    ln->off, ln->len, d->len);
	if (i > 0 && ln->off < l->lines[i - 1].off)
		fuzz_fail("%s line %zu: starts at %zu before line %zu at %zu",
		    d->path, i, ln->off, i - 1, l->lines[i - 1].off);
	if (ln->len > 0 && ln->off < d->len && !breaks[ln->off])
		fuzz_fail("%s line %zu: starts inside a glyph (byte %zu)",
		    d->path, i, ln->off);
	for (k = 0; k < ln->nruns; k++) {
		r = &ln->runs[k];
		if (r->off < at || r->off > end || r->len > end - r->off)
			fuzz_fail("%s line %zu run %zu: bytes %zu+%zu outside "
			    "%zu..%zu", d->path, i, k, r->off, r->len, at,
			    end);
		if (r->len > 0 && (!breaks[r->off] || (r->off + r->len <
		    d->len && !breaks[r->off + r->len])))
			fuzz_fail("%s line %zu run %zu: bytes %zu+%zu cut a "
			    "glyph", d->path, i, k, r->off, r->len);
		if ((unsigned)r->role >= ROLE_MAX)
			fuzz_fail("%s line %zu run %zu: role %d", d->path, i,
			    k, (int)r->role);
		at = r->off + r->len;
	}
}

/*
 * Draw the line as layout.h says render.c does, glyph by glyph, and
 * check that no cell lands beyond the width and that the cells add up.
 */
static void
check_draw(const struct layout *l, size_t i, const struct doc *d)
{
	const struct line	*ln = &l->lines[i];
	const struct run	*r;
	struct glyph		 g;
	size_t			 k, p, end;
	int			 col = 0, used = 0;

	for (k = 0; k < ln->nruns; k++) {
		r = &ln->runs[k];
		if (r->col < used || r->col > l->width)
			fuzz_fail("%s line %zu run %zu: at cell %d after %d",
			    d->path, i, k, r->col, used);
		col = r->col;
		end = r->off + r->len;
		for (p = r->off; p < end; p += g.len) {
			display_next(d->text + p, end - p, col, l->ascii, &g);
			if (g.len == 0 || g.len > end - p)
				fuzz_fail("%s line %zu run %zu: glyph of %zu "
				    "bytes, %zu left", d->path, i, k, g.len,
				    end - p);
			display_clip(&g, l->width - col);
			if (col + g.width > l->width)
				fuzz_fail("%s line %zu run %zu: cells %d+%d "
				    "beyond width %d", d->path, i, k, col,
				    g.width, l->width);
			fuzz_check_safe("drawn glyph", g.out, strlen(g.out),
			    false, l->ascii);
			col += g.width;
		}
		used = col;
	}
	if (used != ln->width - ln->indent && ln->nruns > 0)
		fuzz_fail("%s line %zu: runs draw %d cells, line says %d",
		    d->path, i, used, ln->width);
}

static void
check_layout(const struct model *m, enum doc_kind which, int width,
    bool ascii)
{
	const struct doc	*d = which == DOC_STATEMENT ? m->stmt : &m->rep;
	struct layout		*l;
	char			*breaks;
	size_t			 i, at;

	if ((l = layout_doc(m, which, width, ascii)) == NULL)
		fuzz_fail("layout_doc returned NULL");
	if (l->width != width)
		fuzz_fail("layout width %d, asked %d", l->width, width);
	breaks = glyph_breaks(d, ascii);
	for (i = 0; i < l->nlines; i++) {
		check_line(l, i, d, breaks);
		check_draw(l, i, d);
		at = layout_line_of(l, l->lines[i].off);
		if (at >= l->nlines || l->lines[at].off != l->lines[i].off)
			fuzz_fail("%s: layout_line_of(%zu) = %zu, line %zu",
			    d->path, l->lines[i].off, at, i);
	}
	if (l->nlines > 0 && layout_line_of(l, d->len) >= l->nlines)
		fuzz_fail("%s: layout_line_of(end) out of range", d->path);
	free(breaks);
	layout_free(l);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct statement *st;
	struct model	 m;
	const char	*s, *r;
	size_t		 sl, rl;
	int		 width;
	bool		 ascii;

	if (size < 3)
		return 0;
	width = 1 + (data[0] | data[1] << 8) % 300;
	ascii = (data[2] & 1) != 0;
	fuzz_split(data + 3, size - 3, &s, &sl, &r, &rl);
	if ((st = pipeline_statement("statement", s, sl)) != NULL &&
	    pipeline_check(&m, st, "report", r, rl) == 0) {
		check_layout(&m, DOC_STATEMENT, width, ascii);
		check_layout(&m, DOC_REPORT, width, ascii);
		model_free(&m);
	}
	pipeline_statement_free(st);
	msg_reset();
	return 0;
}
