/*
 * fuzz_display.c — libFuzzer target Z1: the display sanitiser.
 *
 * Input: byte 0 picks the start column (bits 0-3) and ASCII mode (bit
 * 4); the rest is untrusted document bytes, not even valid UTF-8.
 * Property, checked for every glyph display_next() returns and for
 * display_string(): the text to draw is valid UTF-8 holding no C0
 * control, no DEL, no C1, no bidi control, no format character (Cf:
 * zero-width, tags, soft hyphen, BOM; the one exception a ZWJ between
 * two pictographs, an emoji sequence kept whole), no line or paragraph
 * separator; in ASCII mode nothing above U+007E.  Every input byte is consumed
 * exactly once, widths are sane, and display_width() agrees with the
 * glyphs.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "fuzz_util.h"

/* Check one glyph of k bytes decoded from s at column col. */
static void
check_glyph(const struct glyph *g, const char *s, size_t k, bool ascii)
{
	const char	*nul = memchr(g->out, '\0', GLYPH_MAX);
	size_t		 outlen;

	if (nul == NULL)
		fuzz_fail("glyph out not NUL-terminated");
	outlen = nul - g->out;
	if (g->width < 0 || g->width > GLYPH_MAX)
		fuzz_fail("glyph width %d", g->width);
	switch (g->kind) {
	case GLYPH_NEWLINE:
		if (s[0] != '\n' || k != 1)
			fuzz_fail("newline glyph from byte 0x%02x",
			    (unsigned char)s[0]);
		return;
	case GLYPH_SPACE:
		if (outlen != (size_t)g->width ||
		    strspn(g->out, " ") != outlen)
			fuzz_fail("space glyph '%s' width %d", g->out,
			    g->width);
		break;
	case GLYPH_TEXT:
	case GLYPH_ESCAPE:
		if (outlen == 0 && k > 0 && g->width > 0)
			fuzz_fail("empty glyph of width %d", g->width);
		if (ascii && (size_t)g->width != outlen)
			fuzz_fail("ASCII glyph '%s' width %d", g->out,
			    g->width);
		break;
	default:
		fuzz_fail("glyph kind %d", (int)g->kind);
	}
	fuzz_check_safe("glyph", g->out, outlen, false, ascii);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*s;
	struct glyph	 g;
	size_t		 n, off, k, width = 0, dw;
	int		 col, col0;
	bool		 ascii;
	char		*str;

	if (size < 1)
		return 0;
	col0 = col = data[0] & 0x0f;
	ascii = (data[0] & 0x10) != 0;
	s = (const char *)data + 1;
	n = size - 1;

	for (off = 0; off < n; off += k) {
		memset(&g, 0xa5, sizeof(g));
		k = display_next(s + off, n - off, col, ascii, &g);
		if (k == 0 || k > n - off)
			fuzz_fail("display_next consumed %zu of %zu bytes", k,
			    n - off);
		check_glyph(&g, s + off, k, ascii);
		/* As display_width counts: a line end is one cell. */
		col += g.width;
		width += g.width;
	}

	str = display_string(s, n, ascii);
	if (str == NULL)
		fuzz_fail("display_string returned NULL");
	fuzz_check_safe("display_string", str, strlen(str), true, ascii);
	free(str);

	/* display_width counts from column 0. */
	if (col0 == 0) {
		dw = display_width(s, n, ascii);
		if (dw != width)
			fuzz_fail("display_width %zu, glyphs %zu", dw, width);
	}
	return 0;
}
