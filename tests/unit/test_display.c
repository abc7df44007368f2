/* test_display.c — the sanitiser: the B1-B14 rows of the bad-input matrix. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <locale.h>
#include <wchar.h>

#include <cmocka.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>

#include "display.h"
#include "text.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* The fuzz oracle: out holds nothing a terminal could act on. */
static void
assert_safe(const struct glyph *g, bool ascii)
{
	const uint8_t	*p = (const uint8_t *)g->out;
	size_t		 n = strlen(g->out), i;
	ucs4_t		 uc, next;
	bool		 pict = false;	/* out so far ends ExtPict Extend* */
	int		 k;

	assert_true(n > 0 && n < GLYPH_MAX);
	assert_true(g->width >= 1);
	for (i = 0; i < n; i += k) {
		k = u8_mbtoucr(&uc, p + i, n - i);
		assert_true(k > 0);
		assert_true(uc >= 0x20 && uc != 0x7F);
		assert_false(uc >= 0x80 && uc <= 0x9F);
		if (ascii)
			assert_true(uc < 0x7F);
		if (uc == 0x200D) {
			/* Only inside an emoji ZWJ sequence. */
			assert_true(pict);
			assert_true(i + k < n);
			assert_true(u8_mbtoucr(&next, p + i + k,
			    n - i - k) > 0);
			assert_true(uc_is_property_extended_pictographic(next));
		} else {
			assert_false(uc_is_general_category_withtable(uc,
			    UC_CATEGORY_MASK_Cc | UC_CATEGORY_MASK_Cf |
			    UC_CATEGORY_MASK_Cs | UC_CATEGORY_MASK_Co |
			    UC_CATEGORY_MASK_Cn | UC_CATEGORY_MASK_Zl |
			    UC_CATEGORY_MASK_Zp));
			assert_false(
			    uc_is_property_default_ignorable_code_point(uc));
			assert_false(uc_is_property_bidi_control(uc));
		}
		if (uc_is_property_extended_pictographic(uc))
			pict = true;
		else if (uc_graphemeclusterbreak_property(uc) != GBP_EXTEND)
			pict = false;
	}
}

/* Decode all of s; every byte accounted for, every glyph safe. */
static size_t
walk(const char *s, size_t n, bool ascii, struct glyph *gs, size_t max)
{
	struct glyph	 g;
	size_t		 pos = 0, ng = 0, k;
	int		 col = 0;

	while (pos < n) {
		k = display_next(s + pos, n - pos, col, ascii, &g);
		assert_true(k > 0 && k <= n - pos);
		assert_int_equal(g.len, k);
		assert_int_equal(g.off, 0);
		assert_safe(&g, ascii);
		if (ng < max)
			gs[ng] = g;
		ng++;
		pos += k;
		col += g.width;
	}
	assert_int_equal(pos, n);
	return ng;
}

/* s must be exactly one glyph showing out in width cells. */
static void
assert_glyph(const char *s, size_t n, bool ascii, const char *out, int width,
    enum glyph_kind kind)
{
	struct glyph	g;

	assert_int_equal(walk(s, n, ascii, &g, 1), 1);
	assert_string_equal(g.out, out);
	assert_int_equal(g.width, width);
	assert_int_equal(g.kind, kind);
}

static void
assert_shown(const char *s, bool ascii, const char *want)
{
	char	*r;

	r = display_string(s, strlen(s), ascii);
	assert_string_equal(r, want);
	free(r);
}

static void
test_c0_caret(void **state)
{
	char	in[1], want[3];
	int	c;

	(void)state;
	for (c = 0; c < 0x20; c++) {
		if (c == '\t' || c == '\n')
			continue;
		in[0] = (char)c;
		snprintf(want, sizeof(want), "^%c", c + '@');
		assert_glyph(in, 1, false, want, 2, GLYPH_ESCAPE);
		assert_glyph(in, 1, true, want, 2, GLYPH_ESCAPE);
	}
	/* A NUL in the middle does not end the text. */
	assert_int_equal(display_width("a\0b", 3, false), 4);
}

/* B3: an OSC of 1.1 MB that never ends is plain text, up to its end. */
static void
test_long_osc(void)
{
	size_t	 n = 1100000, len;
	char	*s, *r;

	s = malloc(n);
	assert_non_null(s);
	memset(s, 'a', n);
	memcpy(s, "\x1b]0;", 4);
	memcpy(s + n - 2, "OK", 2);
	r = display_string(s, n, false);
	len = strlen(r);
	assert_int_equal(len, n + 1);
	assert_memory_equal(r, "^[]0;", 5);
	assert_string_equal(r + len - 2, "OK");
	assert_int_equal(display_width(s, n, false), n + 1);
	free(r);
	free(s);
}

static void
test_esc_sequences(void **state)
{
	(void)state;
	assert_glyph("\x1b", 1, false, "^[", 2, GLYPH_ESCAPE);
	assert_shown("\x1b[31mred\x1b[0m", false, "^[[31mred^[[0m");
	assert_shown("\x1b]0;title\x07OK", false, "^[]0;title^GOK");
	assert_shown("\x1b]52;c;SGVsbG8=\x07", false, "^[]52;c;SGVsbG8=^G");
	assert_shown("\x1bPq#0\x1b\\", false, "^[Pq#0^[\\");
	assert_shown("\x1b[21t\x1b[c\x1b[>0q", false, "^[[21t^[[c^[[>0q");
	/* Unterminated: what follows is still there. */
	assert_shown("\x1b]0;never ends OK", true, "^[]0;never ends OK");
	test_long_osc();
}

static void
test_del(void **state)
{
	(void)state;
	assert_glyph("\x7f", 1, false, "^?", 2, GLYPH_ESCAPE);
	assert_shown("a\x7f" "b", true, "a^?b");
}

static void
test_c1(void **state)
{
	char	in[2], want[16];
	int	c;

	(void)state;
	for (c = 0x80; c <= 0x9F; c++) {
		in[0] = (char)(0xC0 | (c >> 6));
		in[1] = (char)(0x80 | (c & 0x3F));
		snprintf(want, sizeof(want), "<U+%04X>", c);
		assert_glyph(in, 2, false, want, 8, GLYPH_ESCAPE);
		assert_glyph(in, 2, true, want, 8, GLYPH_ESCAPE);
	}
}

static void
test_bidi(void **state)
{
	static const unsigned	 cps[] = { 0x202A, 0x202B, 0x202C, 0x202D,
	    0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C };
	char			 in[8], want[16];
	size_t			 i;
	int			 k;

	(void)state;
	for (i = 0; i < NELEM(cps); i++) {
		k = u8_uctomb((uint8_t *)in, cps[i], sizeof(in));
		snprintf(want, sizeof(want), "<U+%04X>", cps[i]);
		assert_glyph(in, k, false, want, 8, GLYPH_ESCAPE);
	}
	/* Trojan Source: logical order shown, overrides visible. */
	assert_shown(u8"if (a\u202E } \u2066b\u2069", false,
	    "if (a<U+202E> } <U+2066>b<U+2069>");
}

static void
test_zero_width(void **state)
{
	(void)state;
	assert_shown(u8"a\u200Bb\u200Cc\u2060d\uFEFFe\u00ADf", false,
	    "a<U+200B>b<U+200C>c<U+2060>d<U+FEFF>e<U+00AD>f");
	/* A ZWJ outside an emoji sequence is shown, not joined. */
	assert_shown(u8"a\u200Db", false, "a<U+200D>b");
	assert_shown(u8"\U0001F468\u200Da", false, u8"\U0001F468<U+200D>a");
	assert_shown(u8"\U0001F468\u200D", false, u8"\U0001F468<U+200D>");
	assert_shown(u8"\U0001F468\u200D\u200D\U0001F469", false,
	    u8"\U0001F468<U+200D><U+200D>\U0001F469");
	/* Nor before an unassigned code point, pictographic or not. */
	assert_shown(u8"\U0001F468\u200D" "\xf0\x9f\x9f\x9f", false,
	    u8"\U0001F468<U+200D><U+1F7DF>");
	/* A variation selector after a non-emoji, or twice, is shown. */
	assert_shown(u8"a\uFE0F", false, "a<U+FE0F>");
	assert_shown(u8"\u2764\uFE0F\uFE0F", false, u8"\u2764<U+FE0F>");
	assert_shown(u8"a\U000E0100", false, "a<U+E0100>");
	/* Tag characters (emoji tag sequences, "ASCII smuggling"). */
	assert_shown(u8"\U0001F3F4\U000E0067\U000E007F", false,
	    u8"\U0001F3F4<U+E0067><U+E007F>");
	/* CGJ and Hangul fillers are default-ignorable too. */
	assert_shown(u8"a\u034F\u3164", false, "a<U+034F><U+3164>");
}

static void
test_line_controls(void **state)
{
	struct glyph	g;

	(void)state;
	display_next("\t", 1, 0, false, &g);
	assert_int_equal(g.kind, GLYPH_SPACE);
	assert_int_equal(g.width, 8);
	assert_string_equal(g.out, "        ");
	display_next("\t", 1, 3, false, &g);
	assert_int_equal(g.width, 5);
	display_next("\t", 1, 7, false, &g);
	assert_int_equal(g.width, 1);
	display_next("\t", 1, 16, false, &g);
	assert_int_equal(g.width, 8);
	assert_shown("a\tb", false, "a       b");
	assert_int_equal(display_width("ab\tc", 4, false), 9);

	display_next("\n", 1, 0, false, &g);
	assert_int_equal(g.kind, GLYPH_NEWLINE);
	assert_string_equal(g.out, " ");
	assert_int_equal(g.width, 1);
	assert_shown("a\r\nb", false, "a^M b");
	assert_shown("a\rb", false, "a^Mb");
	assert_shown("a\fb\vc", false, "a^Lb^Kc");
	assert_shown(u8"a\u2028b\u2029c" "\xc2\x85" "d", false,
	    "a<U+2028>b<U+2029>c<U+0085>d");
}

static void
test_backspace(void **state)
{
	(void)state;
	assert_shown("_\bX", false, "_^HX");
	assert_shown("X\bX", false, "X^HX");
	assert_shown("a\bb", true, "a^Hb");
	assert_int_equal(display_width("_\bX", 3, false), 4);
}

static void
test_combining(void **state)
{
	struct glyph	 g;
	char		*z, jamo[300];
	size_t		 i, n;
	clock_t		 t0;

	(void)state;
	assert_glyph(u8"e\u0301", 3, false, u8"e\u0301", 1, GLYPH_TEXT);
	assert_glyph(u8"e\u0301\u0302\u0303\u0304", 9, false,
	    u8"e\u0301\u0302\u0303\u0304", 1, GLYPH_TEXT);
	assert_glyph(u8"e\u0301\u0302\u0303\u0304\u0305", 11, false,
	    u8"e\u0301\u0302\u0303\u0304<+1>", 5, GLYPH_ESCAPE);
	assert_glyph(u8"e\u0301\u0302\u0303\u0304\u0305\u0306", 13, false,
	    u8"e\u0301\u0302\u0303\u0304<+2>", 5, GLYPH_ESCAPE);
	assert_glyph(u8"e\u0301", 3, true, "e<U+0301>", 9, GLYPH_ESCAPE);
	/* A mark with no base is drawn on a dotted circle. */
	assert_glyph(u8"\u0301", 2, false, u8"\u25CC\u0301", 1, GLYPH_TEXT);
	/* Zero-width jamo without a syllable: circle, and a bounded glyph. */
	for (i = 0; i < 100; i++)
		memcpy(jamo + 3 * i, u8"\u1161", 3);
	assert_int_equal(walk(jamo, sizeof(jamo), false, &g, 1), 1);
	assert_memory_equal(g.out, u8"\u25CC\u1161", 6);
	assert_int_equal(g.kind, GLYPH_ESCAPE);
	/* A hidden character after the marks is not swallowed. */
	assert_shown(u8"a\u0301\u0301\u0301\u0301\u0301\u0301\u202Eb", false,
	    u8"a\u0301\u0301\u0301\u0301<+2><U+202E>b");

	/* Zalgo: 100000 marks, one glyph, linear time. */
	n = 1 + 100000 * 2;
	z = malloc(n + 1);
	assert_non_null(z);
	z[0] = 'a';
	for (i = 0; i < 100000; i++)
		memcpy(z + 1 + 2 * i, "\xcc\x81", 2);
	z[n] = 'b';
	t0 = clock();
	assert_int_equal(display_next(z, n + 1, 0, false, &g), n);
	assert_string_equal(g.out,
	    u8"a\u0301\u0301\u0301\u0301<+99996>");
	assert_int_equal(g.width, 9);
	assert_int_equal(g.kind, GLYPH_ESCAPE);
	assert_int_equal(display_next(z, n + 1, 0, true, &g), n);
	assert_string_equal(g.out,
	    "a<U+0301><U+0301><U+0301><U+0301><+99996>");
	assert_int_equal(walk(z, n + 1, false, &g, 1), 2);
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0);
	free(z);
}

/* A ZWJ chain longer than a glyph holds ends on a pictograph. */
/*
 * A ZWJ chain longer than a cell (five code points): cut before a
 * joiner into cells of three pictographs, each joiner cut at drawn as
 * <U+200D>, so every member shows and no joiner stands alone.
 */
static void
test_zwj_chain(void)
{
	char		s[20 * 7], want[512];
	struct glyph	g[16];
	size_t		i, n = 0;

	for (i = 0; i < 20; i++) {
		memcpy(s + n, u8"\U0001F469\u200D", 7);
		n += 7;
	}
	want[0] = '\0';
	for (i = 0; i < 6; i++)
		strcat(want, u8"\U0001F469\u200D\U0001F469\u200D\U0001F469"
		    "<U+200D>");
	strcat(want, u8"\U0001F469\u200D\U0001F469");
	assert_int_equal(walk(s, n - 3, false, g, 16), 13);
	assert_int_equal(g[0].width, 2);
	assert_int_equal(g[1].kind, GLYPH_ESCAPE);
	s[n - 3] = '\0';
	assert_shown(s, false, want);
	assert_int_equal(walk(s, n - 3, true, g, 1), 13);
}

static void
test_wide_and_emoji(void **state)
{
	struct glyph	g[4];

	(void)state;
	assert_glyph(u8"\u6F22", 3, false, u8"\u6F22", 2, GLYPH_TEXT);
	assert_glyph(u8"\u3000", 3, false, u8"\u3000", 2, GLYPH_TEXT);
	assert_glyph(u8"\U0001F600", 4, false, u8"\U0001F600", 2, GLYPH_TEXT);
	/*
	 * Skin tone, ZWJ family of three, flag: one cluster, two cells.
	 * A family of four (seven code points) is more than one ncurses
	 * cell holds: three, the cut joiner as <U+200D>, the fourth.
	 */
	assert_glyph(u8"\U0001F44D\U0001F3FB", 8, false,
	    u8"\U0001F44D\U0001F3FB", 2, GLYPH_TEXT);
	assert_glyph(u8"\U0001F44D\U0001F3FD", 8, false,
	    u8"\U0001F44D\U0001F3FD", 2, GLYPH_TEXT);
	assert_glyph(u8"\U0001F468\u200D\U0001F469\u200D\U0001F467", 18,
	    false, u8"\U0001F468\u200D\U0001F469\u200D\U0001F467", 2,
	    GLYPH_TEXT);
	assert_int_equal(walk(u8"\U0001F468\u200D\U0001F469\u200D"
	    "\U0001F467\u200D\U0001F466", 25, false, g, 4), 3);
	assert_string_equal(g[0].out,
	    u8"\U0001F468\u200D\U0001F469\u200D\U0001F467");
	assert_string_equal(g[1].out, "<U+200D>");
	assert_int_equal(g[1].kind, GLYPH_ESCAPE);
	assert_string_equal(g[2].out, u8"\U0001F466");
	assert_shown(u8"\U0001F468\U0001F3FB\u200D\U0001F469\U0001F3FB\u200D"
	    "\U0001F467\U0001F3FB\u200D\U0001F466\U0001F3FB", false,
	    u8"\U0001F468\U0001F3FB\u200D\U0001F469\U0001F3FB<U+200D>"
	    "\U0001F467\U0001F3FB\u200D\U0001F466\U0001F3FB");
	/* A tone on what takes none is a cell of its own: drawn, counted. */
	assert_glyph(u8"a\U0001F3FD", 5, false, u8"a\U0001F3FD", 3,
	    GLYPH_TEXT);
	/* A spacing vowel sign is a second cell, not left out. */
	assert_glyph(u8"\u0915\u093E", 6, false, u8"\u0915\u093E", 2,
	    GLYPH_TEXT);
	assert_glyph(u8"\U0001F1EB\U0001F1F7", 8, false,
	    u8"\U0001F1EB\U0001F1F7", 2, GLYPH_TEXT);
	test_zwj_chain();
	/* Two flags, then a lone regional indicator. */
	assert_int_equal(walk(u8"\U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA"
	    "\U0001F1EB", 20, false, g, 4), 3);
	assert_int_equal(g[0].len, 8);
	assert_int_equal(g[1].len, 8);
	assert_int_equal(g[2].len, 4);
	/* Presentation selector after an emoji: consumed, not drawn. */
	assert_glyph(u8"\u2764\uFE0F", 6, false, u8"\u2764", 1, GLYPH_TEXT);
	assert_glyph(u8"1\uFE0F\u20E3", 7, false, u8"1\u20E3", 1, GLYPH_TEXT);
	/* Hangul jamo L V T: one syllable. */
	assert_glyph(u8"\u1100\u1161\u11A8", 9, false, u8"\u1100\u1161\u11A8",
	    2, GLYPH_TEXT);
	assert_int_equal(display_width(u8"a\u6F22b\U0001F1EB\U0001F1F7", 13,
	    false), 6);
	/* B13: East Asian Ambiguous is narrow, as under a UTF-8 locale. */
	assert_glyph(u8"\u00B7", 2, false, u8"\u00B7", 1, GLYPH_TEXT);
	assert_glyph(u8"\u2460", 3, false, u8"\u2460", 1, GLYPH_TEXT);
}

/*
 * Without hidden characters in the way, glyph boundaries are exactly
 * the boundaries of u8_grapheme_breaks (which 1.0 gets right).
 */
static void
test_clusters_agree(void **state)
{
	static const char *const pool[] = { "a", "e", " ", "\xcc\x81",
	    "\xcc\x88", u8"\U0001F1EB", u8"\U0001F1F7", u8"\U0001F468",
	    u8"\U0001F469", u8"\U0001F468\u200D\U0001F469", u8"\U0001F3FB",
	    u8"\u1100", u8"\u1161", u8"\u11A8", u8"\uAC00", u8"\uAC01",
	    u8"\u093E", u8"\u0915", u8"\u0D4E", u8"\u6F22", u8"\u2764",
	    u8"\U0001F44D", "\xcc\xa3" };
	char	 s[512], p[512], starts[512];
	size_t	 n, pos, i, iter;
	struct glyph g;

	(void)state;
	srand(7);
	for (iter = 0; iter < 5000; iter++) {
		n = 0;
		for (i = 0; i < 24; i++) {
			const char *e = pool[rand() % NELEM(pool)];
			memcpy(s + n, e, strlen(e));
			n += strlen(e);
		}
		u8_grapheme_breaks((const uint8_t *)s, n, p);
		memset(starts, 0, n);
		for (pos = 0; pos < n; pos += g.len) {
			starts[pos] = 1;
			display_next(s + pos, n - pos, 0, false, &g);
		}
		for (i = 0; i < n; i++)
			if (starts[i] != p[i])
				fail_msg("iteration %zu: boundary at byte %zu",
				    iter, i);
	}
}

static void
test_private_unassigned(void **state)
{
	static const unsigned	 cps[] = { 0xE000, 0xF8FF, 0xF0000, 0x10FFFD,
	    0x0378, 0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF,
	    0xE0001 };
	char			 in[8], want[16];
	size_t			 i;
	int			 k;

	(void)state;
	for (i = 0; i < NELEM(cps); i++) {
		k = u8_uctomb((uint8_t *)in, cps[i], sizeof(in));
		snprintf(want, sizeof(want), "<U+%04X>", cps[i]);
		assert_glyph(in, k, false, want, (int)strlen(want),
		    GLYPH_ESCAPE);
	}
}

/* B6: invalid UTF-8 (normally repaired by the loader) is still safe. */
static void
test_invalid_utf8(void **state)
{
	static const char *const bad[] = { "\x9b", "\x9c", "\xc0\xaf",
	    "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "\xf8\x88\x80\x80",
	    "\xff" };
	struct glyph		 g[8];
	size_t			 i, n, j;

	(void)state;
	for (i = 0; i < NELEM(bad); i++) {
		n = walk(bad[i], strlen(bad[i]), false, g, 8);
		for (j = 0; j < n && j < 8; j++) {
			assert_string_equal(g[j].out, u8"\uFFFD");
			assert_int_equal(g[j].width, 1);
			assert_int_equal(g[j].kind, GLYPH_ESCAPE);
		}
		n = walk(bad[i], strlen(bad[i]), true, g, 8);
		for (j = 0; j < n && j < 8; j++)
			assert_string_equal(g[j].out, "<U+FFFD>");
	}
	/* Written U+FFFD looks the same as a repaired byte. */
	assert_glyph(u8"\uFFFD", 3, false, u8"\uFFFD", 1, GLYPH_ESCAPE);
	/* A bad byte after a base does not join its cluster. */
	assert_shown("e\xcc\x81\xff", false, u8"e\u0301\uFFFD");
}

static void
test_ascii_mode(void **state)
{
	(void)state;
	assert_shown(u8"caf\u00E9 \u2014 \u201Cok\u201D", true,
	    "caf<U+00E9> <U+2014> <U+201C>ok<U+201D>");
	assert_shown(u8"\U0001F1EB\U0001F1F7", true, "<U+1F1EB><U+1F1F7>");
	assert_shown("tab\there", true, "tab     here");
	assert_int_equal(display_width(u8"\u00E9", 2, true), 8);
	assert_glyph(" ", 1, true, " ", 1, GLYPH_SPACE);
	assert_glyph("x", 1, true, "x", 1, GLYPH_TEXT);
}

static void
test_clip(void **state)
{
	struct glyph	g;

	(void)state;
	display_next(u8"\u6F22", 3, 0, false, &g);
	display_clip(&g, 1);
	assert_string_equal(g.out, ">");
	assert_int_equal(g.width, 1);
	display_next(u8"\u200B", 3, 0, false, &g);
	display_clip(&g, 4);
	assert_string_equal(g.out, "<U+2");
	assert_int_equal(g.width, 4);
	display_next(u8"\u6F22", 3, 0, false, &g);
	display_clip(&g, 2);
	assert_string_equal(g.out, u8"\u6F22");
	assert_int_equal(g.width, 2);
}

/* Z1 in miniature: random bytes and hostile pieces, both modes. */
static void
test_fuzz_property(void **state)
{
	static const char *const bits[] = { "\x1b]0;", "\x07", "\xc2\x9b",
	    "\xe2\x80\xae", "\xe2\x80\x8d", "\xef\xb8\x8f", "\xcc\x81",
	    u8"\U0001F468", u8"\U0001F1EB", "\xf3\xa0\x81\x81", "\xed\xa0\x80",
	    "\t", "\n", "\r", "a", " ", "\xe2\x80\xa8", u8"\u6F22" };
	char		 s[256];
	struct glyph	 g;
	size_t		 n, i, iter;
	char		*r;

	(void)state;
	srand(11);
	for (iter = 0; iter < 20000; iter++) {
		n = 0;
		while (n < sizeof(s) - 8) {
			if (rand() % 3 == 0)
				s[n++] = (char)(rand() % 256);
			else {
				const char *e = bits[rand() % NELEM(bits)];
				memcpy(s + n, e, strlen(e));
				n += strlen(e);
			}
			if (rand() % 40 == 0)
				break;
		}
		for (i = 0; i < 2; i++) {
			walk(s, n, i == 1, &g, 0);
			r = display_string(s, n, i == 1);
			assert_null(memchr(r, '\x1b', strlen(r)));
			if (i == 1)
				assert_int_equal(strlen(r),
				    display_width(s, n, true));
			free(r);
		}
	}
}

/*
 * Issue 15 item 11: a character counts as hidden exactly when the
 * reader draws it as an escape.  A keycap's U+FE0F, and the joiner of
 * a pictograph with a skin tone, are drawn within their glyph; a
 * U+FE0F after a letter or a lone digit is drawn as <U+FE0F>.
 */
static void
test_hidden_agrees(void **state)
{
	static const struct {
		const char	*s;
		size_t		 hidden;
		const char	*shown;
	} cases[] = {
		{ u8"1\uFE0F\u20E3", 0, u8"1\u20E3" },
		{ u8"#\uFE0F\u20E3", 0, u8"#\u20E3" },
		{ u8"*\uFE0F\u20E3 ok", 0, u8"*\u20E3 ok" },
		{ u8"press 7\uFE0F\u20E3.", 0, u8"press 7\u20E3." },
		{ u8"\U0001F469\U0001F3FD\u200D\U0001F4BB", 0,
		    u8"\U0001F469\U0001F3FD\u200D\U0001F4BB" },
		{ u8"\u2764\uFE0F", 0, u8"\u2764" },
		{ u8"1\uFE0F", 1, "1<U+FE0F>" },
		{ u8"A\uFE0F", 1, "A<U+FE0F>" },
		{ u8"A\uFE0F\u20E3", 1, u8"A<U+FE0F>\u25CC\u20E3" },
		{ u8"1\u200D2", 1, "1<U+200D>2" },
	};
	size_t	 i;
	char	*d;

	(void)state;
	for (i = 0; i < NELEM(cases); i++) {
		d = display_string(cases[i].s, strlen(cases[i].s), false);
		assert_string_equal(d, cases[i].shown);
		assert_int_equal(text_count_hidden(cases[i].s,
		    strlen(cases[i].s)), cases[i].hidden);
		assert_int_equal(strstr(d, "<U+") != NULL,
		    cases[i].hidden > 0);
		free(d);
	}
}

/*
 * Issue 15 item 10: in a UTF-8 locale a cell is as wide as the wider of
 * uc_width and wcwidth, which curses follows; U+4DC0..U+4DFF and
 * U+3248..U+324F (1 for libunistring, 2 for the C library) are drawn
 * as themselves in two cells, never blank.  No code point shown as
 * itself is narrower than wcwidth says, and none that the C library
 * cannot print (wcwidth -1) is shown as itself.
 */
static void
test_width_disagreements(void **state)
{
	struct glyph	 g;
	char		 in[8];
	ucs4_t		 uc;
	int		 k, cw;
	size_t		 nwide = 0;

	(void)state;
	if (setlocale(LC_CTYPE, "C.UTF-8") == NULL &&
	    setlocale(LC_CTYPE, "en_US.UTF-8") == NULL)
		skip();
	assert_glyph(u8"\u4DC0", 3, false, u8"\u4DC0", 2, GLYPH_TEXT);
	assert_glyph(u8"\u3248", 3, false, u8"\u3248", 2, GLYPH_TEXT);
	assert_int_equal(display_width(u8"a\u4DFFb", 5, false), 4);
	for (uc = 0xA0; uc <= 0x10FFFF; uc++) {
		if (uc >= 0xD800 && uc <= 0xDFFF)
			continue;
		k = u8_uctomb((uint8_t *)in, uc, sizeof(in) - 1);
		in[k] = '\0';
		display_next(in, k, 0, false, &g);
		if (g.kind != GLYPH_TEXT || strcmp(g.out, in) != 0)
			continue;
		cw = wcwidth((wchar_t)uc);
		if (cw < 0 || g.width < cw)
			fail_msg("U+%04X: width %d, wcwidth %d", (unsigned)uc,
			    g.width, cw);
		if ((uc >= 0x4DC0 && uc <= 0x4DFF) ||
		    (uc >= 0x3248 && uc <= 0x324F))
			nwide += g.width == 2;
	}
	assert_int_equal(nwide, 72);
	setlocale(LC_CTYPE, "C");
}

/*
 * A terminal that cannot draw a ZWJ sequence or a skin tone in one
 * cell (render.c asks it): each joiner and tone is an escape between
 * pictographs drawn one by one; nothing is lost, no joiner is raw.
 */
static void
test_emoji_caps(void **state)
{
	(void)state;
	display_set_caps(0);
	assert_shown(u8"\U0001F468\u200D\U0001F469\u200D\U0001F467 x", false,
	    u8"\U0001F468<U+200D>\U0001F469<U+200D>\U0001F467 x");
	assert_shown(u8"\U0001F44D\U0001F3FD!", false,
	    u8"\U0001F44D<U+1F3FD>!");
	assert_shown(u8"\U0001F469\U0001F3FD\u200D\U0001F4BB", false,
	    u8"\U0001F469<U+1F3FD><U+200D>\U0001F4BB");
	assert_int_equal(display_width(u8"\U0001F44D\U0001F3FD", 8, false),
	    2 + 9);
	display_set_caps(DISPLAY_CAN_TONE);
	assert_shown(u8"\U0001F44D\U0001F3FD\u200D\U0001F44D", false,
	    u8"\U0001F44D\U0001F3FD<U+200D>\U0001F44D");
	display_set_caps(DISPLAY_CAN_ZWJ | DISPLAY_CAN_TONE);
	assert_shown(u8"\U0001F44D\U0001F3FD", false, u8"\U0001F44D\U0001F3FD");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_c0_caret),
		cmocka_unit_test(test_esc_sequences),
		cmocka_unit_test(test_del),
		cmocka_unit_test(test_c1),
		cmocka_unit_test(test_bidi),
		cmocka_unit_test(test_zero_width),
		cmocka_unit_test(test_line_controls),
		cmocka_unit_test(test_backspace),
		cmocka_unit_test(test_combining),
		cmocka_unit_test(test_wide_and_emoji),
		cmocka_unit_test(test_clusters_agree),
		cmocka_unit_test(test_private_unassigned),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_ascii_mode),
		cmocka_unit_test(test_clip),
		cmocka_unit_test(test_fuzz_property),
		cmocka_unit_test(test_hidden_agrees),
		cmocka_unit_test(test_width_disagreements),
		cmocka_unit_test(test_emoji_caps),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
