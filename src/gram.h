/*
 * gram.h — the statement's occurrences of the quotations' word grams,
 * and an Aho-Corasick automaton over words for the exact occurrences
 * of passages whose grams are all too frequent to keep.  Both are
 * built from the report's quotations and filled by one scan of the
 * statement each (or the grams from the statement's suffix index); match.c seeds and places its alignments with them.
 */
#ifndef QC_GRAM_H
#define QC_GRAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"

#define GRAM_CAP	64	/* occurrences of one gram kept */
#define GRAM_NCHUNKS	5	/* chunks that hold them, at most */
#define GRAM_EXACT	3	/* exact occurrences kept per pattern */
#define GRAM_NLENS	5
#define GRAM_NONE	UINT32_MAX

/* The lengths of the grams, in words: 1, 2, 3, 4 and 8. */
extern const size_t gram_lens[GRAM_NLENS];

/*
 * A gram's occurrences in the statement.  Of them the first GRAM_CAP
 * are kept, in statement order: one here, more in chunks of the
 * index's pool, each twice the one before (2, 4, 8, 16, then the
 * rest), so that a gram seen twice takes 12 bytes there, not a chunk
 * of 32.
 */
struct gram_occ {
	uint32_t	 count;
	uint32_t	 at;		/* scanned: the occurrence (first word)
					   if count is 1, else the last chunk;
					   indexed: its first row */
};

/*
 * A gram of k words, k in gram_lens but 1, known by a 64-bit hash of
 * its words: 16 bytes.  Two grams with one hash are one: that costs a
 * candidate, no more.  A gram of one word is known by the word's key
 * (id GRAM_ONE | key) and is only its occurrences, 8 bytes: a
 * quotation cut into 700,000 one-word pieces has one a word.
 */
struct gram {
	uint64_t	 hash;
	struct gram_occ	 occ;
};

#define GRAM_ONE	((uint32_t)1 << 31)	/* a one-word gram's id bit */

struct suffix;

struct gram_index {
	const struct suffix *sx;	/* the statement's, if filled from it */
	uint32_t	*slots;		/* gram id + 1; 0 is empty */
	size_t		 mask;
	uint64_t	*bits;		/* a bit per hash: maybe a gram */
	size_t		 bitmask;
	struct gram	*grams;		/* in the table, by id */
	size_t		 nhashed, gramcap;
	size_t		 ngrams;	/* interned: these and words' */
	struct gram_occ	*uni;		/* by key: a word's gram */
	uint64_t	*unibits;	/* a bit per key: a quotation's word */
	size_t		 nuni;		/* keys from nuni on have none */
	uint32_t	*pool;		/* chunks: the chunk before (or */
	size_t		 npool, poolcap;	/* GRAM_NONE), then occurrences */
};


/*
 * A node of the automaton stands for the words on its path from the
 * root (node 0), and is found by the edge into it, (parent, key), in an
 * open-addressing table.
 */
struct gram_acnode {
	uint32_t	 parent, key;	/* the edge into it */
	uint32_t	 depth;		/* words */
	uint32_t	 fail;		/* longest proper suffix, a node */
	uint32_t	 out;		/* ... a pattern, or GRAM_NONE */
	uint32_t	 occ[GRAM_EXACT];	/* first words of occurrences */
	uint8_t		 nocc;
	bool		 term;		/* a pattern */
};

struct gram_trie {
	struct gram_acnode *nodes;
	size_t		 nnodes, nodecap;
	uint32_t	*slots;		/* node id; 0 is empty */
	size_t		 mask;
	uint64_t	*inq;		/* a bit per word key: in a pattern */
	size_t		 nkeys;
};

/*
 * Intern the grams of every length of every quotation of m, but those
 * holding a word m->stmt (if set) lacks: gram_index_find() finds none
 * of those, as if they were counted 0.
 */
void	 gram_index_init(struct gram_index *, const struct model *m);
/* Count the statement's occurrences of the grams: one scan. */
void	 gram_index_scan(struct gram_index *, const struct doc *st);
/*
 * Or count them in sx, the statement's index, which must outlive gi:
 * no scan, O(log S) per gram.
 */
void	 gram_index_fill(struct gram_index *, const struct model *m,
	    const struct suffix *sx);
/* The id of the gram of the k words from w on, or GRAM_NONE. */
uint32_t gram_index_find(const struct gram_index *, const struct word *w,
	    size_t k);
/* How often gram g occurs in the statement. */
size_t	 gram_index_count(const struct gram_index *, uint32_t g);
/* The first n (<= GRAM_CAP) kept occurrences of gram g, as first words. */
void	 gram_index_occ(const struct gram_index *, uint32_t g, size_t n,
	    uint32_t *out);
void	 gram_index_free(struct gram_index *);

/* The root of patterns over the report's word keys; room grows. */
void	 gram_trie_init(struct gram_trie *, const struct doc *rep);
/* Add words [r0, r0 + q) of w as a pattern. */
void	 gram_trie_insert(struct gram_trie *, const struct word *w,
	    size_t r0, size_t q);
/* Link the patterns and note their first GRAM_EXACT occurrences. */
void	 gram_trie_scan(struct gram_trie *, const struct doc *st);
/*
 * Or note them from sx, st's index: O(GRAM_CAP) rows a pattern, each
 * checked against it; one scan only if some pattern is not settled so.
 */
void	 gram_trie_fill(struct gram_trie *, const struct doc *st,
	    const struct suffix *sx);
/* The pattern node of words [r0, r0 + q) of w, or GRAM_NONE. */
uint32_t gram_trie_find(const struct gram_trie *, const struct word *w,
	    size_t r0, size_t q);
void	 gram_trie_free(struct gram_trie *);

#endif
