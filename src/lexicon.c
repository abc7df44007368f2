/*
 * lexicon.c — interned words.  An open-addressing hash table (linear
 * probing, power-of-two size, at most half full) maps a word to a dense
 * id; each slot holds the hash beside the id, so a probe that misses
 * touches no entry.  The words themselves live in an arena of blocks
 * that never move, so the pointers lexicon_word() hands out stay valid
 * until lexicon_free().
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
#define LEX_BLOCK	65536		/* arena block size */

struct lex_entry {
	const char	*s;		/* NUL-terminated, in the arena */
	uint32_t	 len;
	uint32_t	 hash;
};

struct lex_block {
	struct lex_block *next;
	char		  data[];
};

struct lexicon {
	const struct lexicon *base;	/* frozen words below ours, or NULL */
	uint32_t	  nbase;	/* ids below this are the base's */
	bool		  frozen;	/* no word may be added */
	uint64_t	 *slots;	/* hash << 32 | id + 1; 0 is empty */
	size_t		  nslots;
	struct lex_entry *ents;
	size_t		  nents;
	size_t		  entcap;
	struct lex_block *blocks;
	char		 *room;		/* unused part of the current block */
	size_t		  nroom;
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
	free(lex);
}

/* A new arena block of n bytes; the list is kept only for freeing. */
static char *
lexicon_block(struct lexicon *lex, size_t n)
{
	struct lex_block	*b;

	b = xmalloc(sizeof(*b) + n);
	b->next = lex->blocks;
	lex->blocks = b;
	return b->data;
}

/* Copy s into the arena; long words get a block of their own. */
static const char *
lexicon_store(struct lexicon *lex, const char *s, size_t n)
{
	char	*p;

	if (n + 1 > LEX_BLOCK / 4)
		p = lexicon_block(lex, n + 1);
	else {
		if (n + 1 > lex->nroom) {
			lex->room = lexicon_block(lex, LEX_BLOCK);
			lex->nroom = LEX_BLOCK;
		}
		p = lex->room;
		lex->room += n + 1;
		lex->nroom -= n + 1;
	}
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* Double the table and reinsert every id by its stored hash. */
static void
lexicon_grow(struct lexicon *lex)
{
	size_t		 nslots = lex->nslots * 2, mask = nslots - 1, i, j;
	uint64_t	*slots;

	/* The entries hold their hashes: the old table can go first. */
	free(lex->slots);
	slots = xcalloc(nslots, sizeof(*slots));
	for (i = 0; i < lex->nents; i++) {
		j = lex->ents[i].hash & mask;
		while (slots[j] != 0)
			j = (j + 1) & mask;
		slots[j] = (uint64_t)lex->ents[i].hash << 32 | (i + 1);
	}
	lex->slots = slots;
	lex->nslots = nslots;
}

/* The slot of s (hash h) in lex's own table: its entry, or an empty one. */
static size_t
lexicon_probe(const struct lexicon *lex, uint32_t h, const char *s, size_t n)
{
	const struct lex_entry	*e;
	uint64_t		 slot;
	size_t			 mask = lex->nslots - 1, j;

	/* The table is at most half full: a probe ends at an empty slot. */
	for (j = h & mask; (slot = lex->slots[j]) != 0; j = (j + 1) & mask) {
		if (slot >> 32 != h)
			continue;
		e = &lex->ents[(uint32_t)slot - 1];
		if (e->len == n && memcmp(e->s, s, n) == 0)
			break;
	}
	return j;
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
		return (uint32_t)lex->base->slots[j] - 1;
	*slot = lexicon_probe(lex, h, s, n);
	if (lex->slots[*slot] == 0)
		return UINT32_MAX;
	return lex->nbase + (uint32_t)lex->slots[*slot] - 1;
}

uint32_t
lexicon_intern(struct lexicon *lex, const char *s, size_t n)
{
	struct lex_entry	*e;
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
	e = &lex->ents[lex->nents];
	e->s = lexicon_store(lex, s, n);
	e->len = (uint32_t)n;
	e->hash = h;
	lex->slots[j] = (uint64_t)h << 32 | ++lex->nents;
	/*
	 * Half full at most: fuller, a text of a million distinct words
	 * probes far more (tests/scaling: ellipsis-absent).
	 */
	if (lex->nents * 2 > lex->nslots)
		lexicon_grow(lex);
	return lex->nbase + (uint32_t)lex->nents - 1;
}

const char *
lexicon_word(const struct lexicon *lex, uint32_t id, size_t *n)
{
	if (id < lex->nbase)
		return lexicon_word(lex->base, id, n);
	id -= lex->nbase;
	if (id >= lex->nents) {
		if (n != NULL)
			*n = 0;
		return NULL;
	}
	if (n != NULL)
		*n = lex->ents[id].len;
	return lex->ents[id].s;
}

size_t
lexicon_size(const struct lexicon *lex)
{
	return lex->nbase + lex->nents;
}
