/*
 * lang.h — the words of each language the document parser knows, in
 * tables of rows, and the detection of a document's language.
 *
 * A row holds a language, a word or phrase as written in lower case
 * (ё written е, apostrophes as '), a value (the number of an ordinal,
 * the month of a month name) and flags.  doc.c and datetime.c look
 * every table up for every document, whatever its language, so a
 * Russian statement and an English report each get their structure;
 * adding a language is adding rows here.  Lookups fold case the way
 * text_label_key() does, and take at most LANG_WORD_MAX bytes.
 */
#ifndef QC_LANG_H
#define QC_LANG_H

#include <stdbool.h>
#include <stddef.h>

#define LANG_WORD_MAX	64	/* bytes of a word or phrase looked up */

enum lang_id {
	LANG_NONE, LANG_EN, LANG_RU, LANG_UK, LANG_FR, LANG_DE, LANG_ES,
	LANG_ZH, LANG_JA, LANG_COUNT
};

#define LANG_ABBR	0x1	/* an abbreviation: a "." may follow */

struct lang_row {
	unsigned char	 lang;		/* enum lang_id */
	unsigned char	 flags;		/* LANG_* */
	short		 value;
	const char	*word;		/* lower case, NUL-terminated */
};

/* The tables; each ends with a row whose word is NULL. */
extern const struct lang_row lang_ordinals[];	/* "first", "во-первых" */
extern const struct lang_row lang_points[];	/* "point" before "1" */
extern const struct lang_row lang_cjk_digits[];	/* "一" ... "十", "百" */
extern const struct lang_row lang_months[];	/* value 1 to 12 */
extern const struct lang_row lang_weekdays[];
extern const struct lang_row lang_day_suffixes[];	/* "th", "er" */
extern const struct lang_row lang_date_joins[];	/* "of", "de" */
extern const struct lang_row lang_year_suffixes[];	/* "года", "г." */
extern const struct lang_row lang_agencies[];	/* "reuters", "тасс" */
extern const struct lang_row lang_chrome[];	/* site navigation lines */
extern const struct lang_row lang_labels[];	/* metadata trailer labels */
extern const struct lang_row lang_date_keys[];	/* labels giving a date */
extern const struct lang_row lang_common[];	/* frequent words */
extern const struct lang_row lang_marks[];	/* letters of one language */

/* The row whose word is all of s[0..n), case folded; or NULL. */
const struct lang_row *lang_find(const struct lang_row *, const char *s,
	    size_t n);
/* The longest row whose word opens s[0..n) and ends at a word boundary
 * (not followed by a letter), its bytes in s in *len; or NULL. */
const struct lang_row *lang_prefix(const struct lang_row *, const char *s,
	    size_t n, size_t *len);
/* Bytes of letters at s[i..n): ASCII, Latin-1 and Latin Extended,
 * Greek and Cyrillic letters, and the apostrophe inside a word. */
size_t	 lang_letters(const char *s, size_t n, size_t i);
/* A Chinese numeral at s[i..n) worth 1 to 999 ("三", "十二", "一百零五"):
 * its bytes and value in *v, or 0. */
size_t	 lang_cjk_number(const char *s, size_t n, size_t i, int *v);

/* The language of a text from its script and common words. */
enum lang_id lang_detect(const char *s, size_t n);
/* The ISO 639-1 code of a language ("ru"), or NULL for LANG_NONE. */
const char *lang_code(enum lang_id);

#endif
