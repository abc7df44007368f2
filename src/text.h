/*
 * text.h — the comparison form of text and its words: NFKC, case
 * folding, typographic quotes, apostrophes and dashes folded, white space
 * collapsed.  All normalisation and case folding happens here; display.c
 * owns how text is shown, layout.c finds line breaks, and other modules
 * use libunistring only to decode or validate UTF-8.
 */
#ifndef QC_TEXT_H
#define QC_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"

struct lexicon;

/*
 * The comparison form of s (n bytes of valid UTF-8): NFKC, case folded,
 * curly quotes and apostrophes to ' and ", every dash to -, runs of
 * white space to one space, no leading or trailing space, hidden
 * characters (text_is_hidden) left out.  Returns a NUL-terminated
 * malloc'd string; *outlen gets its length in bytes.
 */
char	*text_fold(const char *s, size_t n, size_t *outlen);

/*
 * Split text[0..len) into words (segments of u8_wordbreaks holding a
 * letter or digit; segments separated only by hidden characters, where
 * word breaking would not split them without those characters, form one
 * word spanning them), intern each word's comparison form in lex, and
 * store them as d's words (doc_words_begin(): the words d held before
 * are freed), offsets in bytes into text.  Sets and returns d->nwords.
 */
size_t	 text_words(struct lexicon *, const char *text, size_t len,
	    struct doc *d);

/*
 * What u8_wordbreaks() gives for s[0..n) (brk[i]: a word break before
 * byte i), its ASCII stretches without libunistring.
 */
void	 text_wordbreaks(const char *s, size_t n, char *brk);

/*
 * The form words of the language tables are written in (lang.h): s in
 * lower case, ё as е, ’ and ʼ as '.  Written to buf (not terminated);
 * returns its length, or 0 when s is not valid UTF-8 or the result
 * does not fit in cap bytes.
 */
size_t	 text_label_key(const char *s, size_t n, char *buf, size_t cap);

/* Characters (code points) in s[0..n). */
size_t	 text_nchars(const char *s, size_t n);

/* True if the code point is a bidi control or zero-width/ignorable. */
bool	 text_is_hidden(uint32_t uc);
/* A digit, # or *: what U+FE0F U+20E3 make a keycap of. */
bool	 text_is_keycap_base(uint32_t uc);
/*
 * Number of hidden characters (text_is_hidden) in s[0..n), leaving out
 * those the reader draws as part of an emoji sequence: U+FE0E/U+FE0F
 * after a pictograph or in a keycap, U+200D between pictographs.
 */
size_t	 text_count_hidden(const char *s, size_t n);
/* Byte offset of the first hidden character in s[0..n), or n. */
size_t	 text_first_hidden(const char *s, size_t n);

#endif
