/*
 * lexicon.c — interned words.  An open-addressing hash table (linear
 * probing, power-of-two size, at most 2/3 full) maps a word to a dense
 * id; each slot, 32 bits, holds the id beside the hash bits its index
 * does not tell, so a probe that misses touches no entry but once in
 * 2^(32 - log2 size) times.  The words themselves live in an arena of
 * blocks that never move, so the pointers lexicon_word() hands out stay
 * valid until lexicon_free(); an id's entry is the 32-bit place of its
 * word there, and the word is kept after its length (a byte, or five
 * for a word of LEX_LONG bytes or more) and before a NUL.  A word costs
 * its bytes and two more, a 4-byte entry and 1.5 to 3 slots: 12 to
 * 18 bytes beyond its own, where pointers, lengths and 64-bit slots
 * took 32 to 48.
 *
 * An overlay reads its frozen base (a statement's words) without
 * writing to it and numbers its own words from the base's size on, so
 * any number of overlays, one per report, can share one base.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fatal.h"
#include "lexicon.h"
#include "xmalloc.h"

#define LEX_SLOTS0	1024		/* initial table size */
#define LEX_BLOCK	65536		/* arena block size: a unit */
#define LEX_UNIT_BITS	16		/* a place: unit << 16 | offset */
#define LEX_UNITS_MAX	((size_t)1 << (32 - LEX_UNIT_BITS))
#define LEX_LONG	255		/* lengths from here take five bytes */

_Static_assert(LEX_BLOCK == 1 << LEX_UNIT_BITS, "a block is a unit");

struct lex_block {
	struct lex_block *next;
	char		  data[];
};

/*
 * The arena is addressed in units of LEX_BLOCK bytes: a block of
 * short words is one unit, a long word's block as many as it spans,
 * and units[u] is where unit u starts, so that place p is at
 * units[p >> 16] + (p & 0xFFFF), however long the word.
 */
struct lexicon {
	const struct lexicon *base;	/* frozen words below ours, or NULL */
	uint32_t	  nbase;	/* ids below this are the base's */
	bool		  frozen;	/* no word may be added */
	uint32_t	 *slots;	/* hash bits above the index | id + 1;
					   0 is empty */
	size_t		  nslots;
	uint32_t	 *ents;		/* the place of each id's word */
	size_t		  nents;
	size_t		  entcap;
	struct lex_block *blocks;
	char		**units;
	size_t		  nunits, unitcap;
	char		 *room;		/* unused part of the current block */
	size_t		  nroom;
	uint32_t	  roomat;	/* its place */
};

/* FNV-1a: simple and good enough on short words. */
static uint32_t
lexicon_hash(const char *s, size_t n)
{
	uint64_t	h = 0xcbf29ce484222325ULL;
	size_t		i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return (uint32_t)(h ^ (h >> 32));
}

struct lexicon *
lexicon_new(void)
{
	struct lexicon	*lex;

	lex = xcalloc(1, sizeof(*lex));
	lex->nslots = LEX_SLOTS0;
	lex->slots = xcalloc(lex->nslots, sizeof(*lex->slots));
	return lex;
}

struct lexicon *
lexicon_overlay(const struct lexicon *base)
{
	struct lexicon	*lex;

	/* One level: the base is frozen and is no overlay itself. */
	if (!base->frozen || base->base != NULL)
		fatal("lexicon_overlay: base not a frozen lexicon");
	lex = lexicon_new();
	lex->base = base;
	lex->nbase = (uint32_t)lexicon_size(base);
	return lex;
}

void
lexicon_freeze(struct lexicon *lex)
{
	lex->frozen = true;
}

void
lexicon_free(struct lexicon *lex)
{
	struct lex_block	*b, *next;

	if (lex == NULL)
		return;
	for (b = lex->blocks; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	free(lex->slots);
	free(lex->ents);
	free(lex->units);
	free(lex);
}

/*
 * A new arena block of n bytes and the units it spans; its place (its
 * first unit's) in *at.  The list is kept only for freeing.
 */
static char *
lexicon_block(struct lexicon *lex, size_t n, uint32_t *at)
{
	struct lex_block	*b;
	size_t			 k, nu = (n + LEX_BLOCK - 1) / LEX_BLOCK;

	if (lex->nunits + nu > LEX_UNITS_MAX)
		fatal("too many distinct words");
	b = xmalloc(sizeof(*b) + n);
	b->next = lex->blocks;
	lex->blocks = b;
	xgrow(&lex->units, &lex->unitcap, lex->nunits + nu,
	    sizeof(*lex->units));
	for (k = 0; k < nu; k++)
		lex->units[lex->nunits + k] = b->data + k * LEX_BLOCK;
	*at = (uint32_t)(lex->nunits << LEX_UNIT_BITS);
	lex->nunits += nu;
	return b->data;
}

/* Bytes of the length of a word of n bytes, before it in the arena. */
static size_t
lexicon_len_bytes(size_t n)
{
	return n < LEX_LONG ? 1 : 5;
}

/*
 * Copy s, after its length and before a NUL, into the arena; its
 * place.  Long words get a block of their own.
 */
static uint32_t
lexicon_store(struct lexicon *lex, const char *s, size_t n)
{
	size_t		 need = lexicon_len_bytes(n) + n + 1;
	uint32_t	 at, len = (uint32_t)n;
	char		*p;

	if (need > LEX_BLOCK / 4)
		p = lexicon_block(lex, need, &at);
	else {
		if (need > lex->nroom) {
			lex->room = lexicon_block(lex, LEX_BLOCK, &lex->roomat);
			lex->nroom = LEX_BLOCK;
		}
		p = lex->room;
		at = lex->roomat;
		lex->room += need;
		lex->roomat += (uint32_t)need;
		lex->nroom -= need;
	}
	if (n < LEX_LONG)
		*p++ = (char)n;
	else {
		*p++ = (char)LEX_LONG;
		memcpy(p, &len, sizeof(len));
		p += sizeof(len);
	}
	memcpy(p, s, n);
	p[n] = '\0';
	return at;
}

/* Own word i of lex and its length. */
static const char *
lexicon_at(const struct lexicon *lex, size_t i, size_t *n)
{
	uint32_t		 at = lex->ents[i], len;
	const unsigned char	*p;

	p = (const unsigned char *)lex->units[at >> LEX_UNIT_BITS] +
	    (at & (LEX_BLOCK - 1));
	if (*p != LEX_LONG) {
		*n = *p;
		return (const char *)p + 1;
	}
	memcpy(&len, p + 1, sizeof(len));
	*n = len;
	return (const char *)p + 5;
}

/* The slot of id (own) for hash h in a table of nslots. */
static uint32_t
lexicon_slot(uint32_t h, size_t id, size_t nslots)
{
	return (h & ~(uint32_t)(nslots - 1)) | (uint32_t)(id + 1);
}

/*
 * Double the table and reinsert every id.  The hashes are not kept:
 * each word is hashed again, the arena read in order, which costs
 * about as much again as interning hashed them (the table doubles).
 */
static void
lexicon_grow(struct lexicon *lex)
{
	size_t		 nslots = lex->nslots * 2, mask = nslots - 1, i, j, n;
	uint32_t	*slots, h;
	const char	*s;

	free(lex->slots);
	slots = xcalloc(nslots, sizeof(*slots));
	for (i = 0; i < lex->nents; i++) {
		s = lexicon_at(lex, i, &n);
		h = lexicon_hash(s, n);
		j = h & mask;
		while (slots[j] != 0)
			j = (j + 1) & mask;
		slots[j] = lexicon_slot(h, i, nslots);
	}
	lex->slots = slots;
	lex->nslots = nslots;
}

/* The slot of s (hash h) in lex's own table: its entry, or an empty one. */
static size_t
lexicon_probe(const struct lexicon *lex, uint32_t h, const char *s, size_t n)
{
	const char	*w;
	uint32_t	 slot, high = ~(uint32_t)(lex->nslots - 1);
	size_t		 mask = lex->nslots - 1, j, len;

	/* The table is at most 2/3 full: a probe ends at an empty slot. */
	for (j = h & mask; (slot = lex->slots[j]) != 0; j = (j + 1) & mask) {
		if (((slot ^ h) & high) != 0)
			continue;
		w = lexicon_at(lex, (slot & mask) - 1, &len);
		if (len == n && memcmp(w, s, n) == 0)
			break;
	}
	return j;
}

/* The id (own) in a nonempty slot of lex's table. */
static uint32_t
lexicon_slot_id(const struct lexicon *lex, size_t j)
{
	return (lex->slots[j] & (uint32_t)(lex->nslots - 1)) - 1;
}

/*
 * The id of s (hash h) in lex or its base, or UINT32_MAX; *slot gets
 * the slot of s in lex's own table.  Writes nothing.
 */
static uint32_t
lexicon_find(const struct lexicon *lex, uint32_t h, const char *s, size_t n,
    size_t *slot)
{
	size_t	j;

	if (lex->base != NULL &&
	    lex->base->slots[j = lexicon_probe(lex->base, h, s, n)] != 0)
		return lexicon_slot_id(lex->base, j);
	*slot = lexicon_probe(lex, h, s, n);
	if (lex->slots[*slot] == 0)
		return UINT32_MAX;
	return lex->nbase + lexicon_slot_id(lex, *slot);
}

uint32_t
lexicon_intern(struct lexicon *lex, const char *s, size_t n)
{
	uint32_t		 h, id;
	size_t			 j = 0;

	if (n > UINT32_MAX)
		fatal("word of %zu bytes is too long", n);
	h = lexicon_hash(s, n);
	if ((id = lexicon_find(lex, h, s, n, &j)) != UINT32_MAX)
		return id;
	if (lex->frozen)
		fatal("lexicon_intern: frozen lexicon");
	if (lex->nbase + lex->nents >= UINT32_MAX - 1)
		fatal("too many distinct words");
	xgrow(&lex->ents, &lex->entcap, lex->nents + 1, sizeof(*lex->ents));
	lex->ents[lex->nents] = lexicon_store(lex, s, n);
	lex->slots[j] = lexicon_slot(h, lex->nents, lex->nslots);
	lex->nents++;
	/*
	 * Two thirds full at most.  A probe's cost is the first slot's
	 * cache miss (ellipsis-absent: a million distinct words); the
	 * slots after it are in the same line mostly (16 to a line), and
	 * their hash bits turn the other words away without a look.
	 */
	if (lex->nents * 3 > lex->nslots * 2)
		lexicon_grow(lex);
	return lex->nbase + (uint32_t)lex->nents - 1;
}

const char *
lexicon_word(const struct lexicon *lex, uint32_t id, size_t *n)
{
	const char	*s;
	size_t		 len;

	if (id < lex->nbase)
		return lexicon_word(lex->base, id, n);
	id -= lex->nbase;
	if (id >= lex->nents) {
		if (n != NULL)
			*n = 0;
		return NULL;
	}
	s = lexicon_at(lex, id, &len);
	if (n != NULL)
		*n = len;
	return s;
}

size_t
lexicon_size(const struct lexicon *lex)
{
	return lex->nbase + lex->nents;
}

size_t
lexicon_bytes(const struct lexicon *lex)
{
	/* Doubling room never written is not counted: it costs no page. */
	return lex->nslots * sizeof(*lex->slots) +
	    lex->nents * sizeof(*lex->ents) + lex->nunits * LEX_BLOCK +
	    lex->nunits * sizeof(*lex->units);
}
