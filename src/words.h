/*
 * words.h — where a document's words lie: their offsets and lengths,
 * kept compact beside the array of their keys (struct word), and made
 * one word after another.
 */
#ifndef QC_WORDS_H
#define QC_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

/*
 * Where the words lie.  The words come in blocks of DOC_WBLOCK; a
 * block is narrow when each of its words is 1 to DOC_WNARROW_LEN
 * bytes long and each gap between two of its words is at most
 * DOC_WNARROW_GAP bytes (in prose, nearly every block):
 *   wbase[b]  the offset of the block's first word;
 *   wcode[i]  (gap after word i) << 5 | (length - 1), the gap 0 for
 *             the block's last word;
 * so a word's offset is the base plus the lengths and gaps of the
 * words before it in its block: DOC_WBLOCK - 1 bytes summed at most.
 * Any other block is wide:
 *   wbase[b]  DOC_WWIDE | the index in woff of its first word's offset;
 *   woff[]    the offsets of its words, one each;
 *   wcode[i]  the length, or WORD_LONG and the length in wlong.
 * A word costs five bytes with its key (nine in a wide block), and
 * every access takes a small constant time.
 */
#define DOC_WBLOCK	32
#define DOC_WWIDE	UINT32_C(0x80000000)	/* offsets < 2^31: load.h */
#define DOC_WNARROW_LEN	32
#define DOC_WNARROW_GAP	7

/* The length of a long word of a wide block, from d->wlong. */
size_t	 doc_word_long(const struct doc *, size_t i);

/* Byte offset of word i. */
static inline size_t
doc_word_off(const struct doc *d, size_t i)
{
	uint32_t	 base = d->wbase[i / DOC_WBLOCK];
	const uint8_t	*c, *e;
	size_t		 off = base;

	if (base & DOC_WWIDE)
		return d->woff[(base & ~DOC_WWIDE) + i % DOC_WBLOCK];
	/* DOC_WBLOCK - 1 words at most. */
	e = d->wcode + i;
	for (c = e - i % DOC_WBLOCK; c < e; c++)
		off += (size_t)(*c & 31) + 1 + (*c >> 5);
	return off;
}

/*
 * The offset of word i + 1 from off, that of word i, in constant time
 * (a walk over the words); d->len when i is the last word.
 */
static inline size_t
doc_word_next(const struct doc *d, size_t i, size_t off)
{
	uint8_t	 c = d->wcode[i];

	if (i + 1 >= d->nwords)
		return d->len;
	/* A block's first word, or a wide block's: no word summed. */
	if ((i + 1) % DOC_WBLOCK == 0 ||
	    (d->wbase[i / DOC_WBLOCK] & DOC_WWIDE))
		return doc_word_off(d, i + 1);
	return off + (size_t)(c & 31) + 1 + (c >> 5);
}

/* Bytes of word i. */
static inline size_t
doc_word_len(const struct doc *d, size_t i)
{
	uint8_t	 c = d->wcode[i];

	if (!(d->wbase[i / DOC_WBLOCK] & DOC_WWIDE))
		return (size_t)(c & 31) + 1;
	return c < WORD_LONG ? c : doc_word_long(d, i);
}

/* The byte offset of the end of word i. */
static inline size_t
doc_word_end(const struct doc *d, size_t i)
{
	return doc_word_off(d, i) + doc_word_len(d, i);
}

/*
 * Index of the first word that starts at or after byte off (an off
 * inside a word gives the word after it), or d->nwords if none does.
 */
size_t	 doc_word_at(const struct doc *, size_t off);

/*
 * Words made one after another (text.c, and tests): each word starts
 * after the end of the one before.  The last word added may still
 * grow (a word joined across hidden characters) and change its key
 * (d->words[d->nwords - 1].key); doc_words_end() gives the arrays
 * their exact sizes.
 */
struct doc_wbuild {
	struct doc	*d;
	size_t		 keycap, codecap, basecap, woffcap, wlongcap;
	uint32_t	 off[DOC_WBLOCK];	/* of the block being made */
	uint32_t	 len[DOC_WBLOCK];
};

/* Start d's words anew, freeing those it held (or NULL, none). */
void	 doc_words_begin(struct doc_wbuild *, struct doc *);
void	 doc_words_add(struct doc_wbuild *, size_t off, size_t len,
	    uint32_t key);
/* The last word added is len bytes long now. */
void	 doc_words_grow(struct doc_wbuild *, size_t len);
void	 doc_words_end(struct doc_wbuild *);
/* Free d's words (doc_free() frees them too) and empty them. */
void	 doc_words_free(struct doc *);

#endif
