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
 * A gram (a run of k words, k in gram_lens), known by a 64-bit hash of
 * its words.  Of its occurrences the first GRAM_CAP are kept, in
 * statement order: one here, more in chunks of the index's pool, each
 * twice the one before (2, 4, 8, 16, then the rest), so that a gram
 * seen twice takes 12 bytes there, not a chunk of 32.  16 bytes: a
 * quotation cut into 700,000 one-word pieces has a gram each.  Two
 * grams with one hash are one: that costs a candidate, no more.
 */
struct gram {
	uint64_t	 hash;
	uint32_t	 count;		/* occurrences in the statement */
	uint32_t	 at;		/* scanned: the occurrence (first word)
					   if count is 1, else the last chunk;
					   indexed: its first row */
};

struct suffix;

struct gram_index {
	const struct suffix *sx;	/* the statement's, if filled from it */
	uint32_t	*slots;		/* gram id + 1; 0 is empty */
	size_t		 mask;
	uint64_t	*bits;		/* a bit per hash: maybe a gram */
	size_t		 bitmask;
	struct gram	*grams;
	size_t		 ngrams, gramcap;
	size_t		 nhashed;	/* of them in the table */
	uint32_t	*uni;		/* by key: its word's gram id + 1, */
	size_t		 nuni;		/* or 0; keys from nuni on have none */
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
