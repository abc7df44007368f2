/*
 * model.h — the document model: two loaded documents and what matching
 * found between them.  Shared by every module; knows nothing of curses.
 *
 * Offsets are bytes into doc->text, which is valid UTF-8 with LF line
 * ends and no BOM.  Lines and columns are 1-based; columns count
 * characters (code points), not bytes or cells.
 */
#ifndef QC_MODEL_H
#define QC_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct lexicon;

enum doc_kind { DOC_STATEMENT, DOC_REPORT };

/*
 * A byte range in a document's text.  32 bits: a text is at most
 * LOAD_MAX_BYTES (load.h asserts that it fits), and the spans of
 * quotations, changes and paragraphs are the model's many records.
 */
struct span {
	uint32_t	off;
	uint32_t	len;
};

/*
 * A word: a segment holding a letter or digit; key is its lexicon id.
 * The keys are what matching reads, word after word, so they are an
 * array of their own, four bytes a word.  Where a word lies (its
 * offset and length) is kept apart and compact, in blocks of
 * DOC_WBLOCK words (doc.h tells how); doc_word_off(), doc_word_len()
 * and doc_word_end() read it.  The statement has a word per few
 * bytes: these are the model's largest arrays.
 */
struct word {
	uint32_t	key;
};

#define WORD_LONG	255

/* The length of a word of WORD_LONG bytes or more. */
struct word_long {
	uint32_t	word;		/* index in doc->words */
	uint32_t	len;
};

enum para_kind {
	PARA_BODY,		/* ordinary paragraph (or a proposal) */
	PARA_TITLE,		/* statement title */
	PARA_DATE,		/* date line */
	PARA_TIME,		/* time line */
	PARA_HEADLINE,		/* report headline */
	PARA_STANDFIRST,	/* report standfirst (summary under the headline) */
	PARA_CHROME,		/* site navigation: not content */
	PARA_META,		/* metadata trailer line */
	PARA_FRONT		/* front-matter block line */
};

/*
 * A paragraph: one or more source lines shown as one block.  A text
 * may hold a paragraph every few bytes: its first line and its
 * proposal are not kept but found (doc_para_line(), doc_para_proposal()).
 */
struct para {
	struct span	span;		/* from the start of its first line */
	enum para_kind	kind;
};

/* A numbered proposal of the statement ("First.", "1.", "(1)" ...). */
struct proposal {
	int		number;		/* 1-based as numbered in the text */
	struct span	label;		/* "First." */
	struct span	span;		/* from the label to the end of its text */
	uint32_t	line;
};

struct meta_entry {
	char	 *key;
	char	**values;
	size_t	  nvalues;
};

struct doc {
	char		*path;		/* as named on the command line */
	enum doc_kind	 kind;
	char		*text;		/* sanitised UTF-8, NUL-terminated */
	size_t		 len;
	uint32_t	*lines;		/* byte offset of each line start */
	size_t		 nlines;
	struct word	*words;		/* the keys */
	size_t		 nwords;
	uint8_t		*wcode;		/* per word: its length, and in a */
					/* narrow block the gap after it */
	uint32_t	*wbase;		/* per block: the offset of its first */
					/* word, or DOC_WWIDE | index in woff */
	uint32_t	*woff;		/* the words' offsets of wide blocks */
	size_t		 nwoff;
	struct word_long *wlong;	/* in word order */
	size_t		 nwlong;
	struct para	*paras;
	size_t		 nparas;
	struct proposal	*props;
	size_t		 nprops;
	struct meta_entry *meta;	/* trailer and front matter, in order */
	size_t		 nmeta;
	/* Heuristic fields; NULL when absent.  Front matter overrides. */
	char		*title;		/* statement title */
	char		*date;
	char		*time;
	char		*headline;	/* report */
	char		*standfirst;
	char		*outlet;
	char		*city;
	char		*dateline;	/* the dateline as written */
	struct span	 dateline_span;	/* len 0 when absent */
	size_t		 ninvalid;	/* invalid UTF-8 sequences replaced */
	size_t		 nhidden;	/* bidi controls and zero-width chars */
	bool		 had_bom;
	bool		 had_crlf;
	const char	*lang;		/* ISO 639-1 code detected, or NULL */
	uint32_t	*nchars;	/* characters before each DOC_POS_BLOCK
					   bytes, for doc_position() */
};

enum verdict { VERDICT_EXACT, VERDICT_ALTERED, VERDICT_NOT_FOUND };

enum change_op { CHANGE_INSERT, CHANGE_DELETE, CHANGE_REPLACE, CHANGE_MOVE };

/* What a change changes: words, or only how a date or number is written. */
enum change_kind { CHANGE_WORDS, CHANGE_FORMAT };

/* One word-level change of an altered quotation. */
struct change {
	enum change_op	op;
	struct span	rep;		/* report words; len 0 for delete */
	struct span	src;		/* statement words; len 0 for insert */
	enum change_kind kind;		/* "25 May" -> "May 25": a format */
};

/* A difference normalisation folded away: not a change, but noted. */
struct typo {
	struct span	rep;
	struct span	src;
};

/*
 * The statement passage nearest a quotation that is not found: what
 * the statement says instead (closest.h tells how it is chosen).
 */
struct closest {
	struct span	 src;		/* statement bytes; len 0: none */
	uint32_t	 line, col;	/* of src.off */
	int		 proposal;	/* number, 0 when none */
	double		 similarity;	/* 0..1, measured as a quotation's */
};

#define QUOTE_WARN_HIDDEN	0x1	/* bidi control or zero-width char */
#define QUOTE_WARN_INVALID	0x2	/* holds U+FFFD from invalid UTF-8 */
#define QUOTE_WARN_UNCLOSED	0x4	/* no closing mark: bounded to paragraph */
#define QUOTE_WARN_UNBALANCED	0x8	/* a mark without its pair nearby */

/*
 * What only some quotations have: the ellipses that cut one, the
 * changes and typographic notes of one found altered (or exact but
 * typed differently), the closest passage of one not found, a
 * similarity other than 1.  A quotation found exact and whole has none
 * (quote->more NULL): a report can hold a quotation every few bytes,
 * and those are most of them.
 */
struct quote_more {
	uint32_t	*cuts;		/* report word indices after which an
					   ellipsis cuts */
	struct change	*changes;
	struct typo	*typos;
	const struct closest *closest;	/* not found: the nearest passage, in
					   the model's closests; NULL: none */
	double		 similarity;	/* 0..1 */
	uint32_t	 ncuts;
	uint32_t	 nchanges;
	uint32_t	 ntypos;
};

/*
 * A judged quotation (three words or more).  Counts and word indices
 * are 32-bit (a text of LOAD_MAX_BYTES has fewer words than that), the
 * fields are ordered without padding, and what can be worked out from
 * the offsets (lines and columns, the proposal: quote.h) or only some
 * quotations have (struct quote_more) is not kept here: a report can
 * hold a quotation every few bytes.  Its id is its place in
 * model->quotes, 1-based (quote_id()).  Read the moved fields through
 * the accessors below.
 */
struct quote {
	uint32_t	 parent;	/* id of the enclosing quote, 0 if none */
	struct span	 text;		/* between the marks */
	uint32_t	 wfirst;	/* first report word */
	uint32_t	 nwords;
	struct span	 src;		/* statement span; len 0 if not found */
	uint8_t		 verdict;	/* enum verdict */
	uint8_t		 warnings;	/* QUOTE_WARN_* */
	uint8_t		 open_len;	/* outer: the opening mark's bytes */
	uint8_t		 close_len;	/* before text, the closing's after */
	struct quote_more *more;	/* NULL: no cuts, changes, typos,
					   closest, similarity 1 */
};

/* A closest passage that is none (src.len 0). */
extern const struct closest closest_none;

/* q's side record, made (empty, similarity 1) if it has none. */
struct quote_more *quote_more(struct quote *q);

/* Set q's similarity: a side record only for a value other than 1. */
void	 quote_set_similarity(struct quote *q, double similarity);

/* From the opening to the closing mark (quote_outer_set() sets it). */
static inline struct span
quote_outer(const struct quote *q)
{
	struct span	o;

	o.off = q->text.off - q->open_len;
	o.len = q->text.len + q->open_len + q->close_len;
	return o;
}

/* Set q's outer span after its text: marks of at most 255 bytes. */
void	 quote_outer_set(struct quote *q, struct span outer);

/* The closest passage of q, or closest_none (q found, or none near). */
static inline const struct closest *
quote_closest(const struct quote *q)
{
	return q->more != NULL && q->more->closest != NULL ?
	    q->more->closest : &closest_none;
}

static inline const uint32_t *
quote_cuts(const struct quote *q)
{
	return q->more != NULL ? q->more->cuts : NULL;
}

static inline size_t
quote_ncuts(const struct quote *q)
{
	return q->more != NULL ? q->more->ncuts : 0;
}

static inline double
quote_similarity(const struct quote *q)
{
	return q->more != NULL ? q->more->similarity : 1.0;
}

static inline const struct change *
quote_changes(const struct quote *q)
{
	return q->more != NULL ? q->more->changes : NULL;
}

static inline size_t
quote_nchanges(const struct quote *q)
{
	return q->more != NULL ? q->more->nchanges : 0;
}

static inline const struct typo *
quote_typos(const struct quote *q)
{
	return q->more != NULL ? q->more->typos : NULL;
}

static inline size_t
quote_ntypos(const struct quote *q)
{
	return q->more != NULL ? q->more->ntypos : 0;
}

/* An unquoted report sentence that restates a statement sentence. */
struct paraphrase {
	struct span	 rep;
	struct span	 src;
	int		 proposal;	/* number, 0 when none */
	double		 score;		/* nshared / ncontent */
	size_t		*shared;	/* report words whose content word the */
	size_t		 nshared;	/* source shares: each word once, in */
					/* report order */
	size_t		 ncontent;	/* the sentence's distinct content words */
};

enum coverage {
	COVER_NOT_COVERED,
	COVER_PARAPHRASED,
	COVER_QUOTED_ALTERED,
	COVER_QUOTED
};

struct model {
	struct lexicon	*lex;		/* the report's, over the statement's */
	struct doc	*stmt;		/* the statement (borrowed, only read) */
	struct doc	 rep;
	struct quote	*quotes;	/* judged quotations, report order */
	size_t		 nquotes;
	struct closest	*closests;	/* one per quotation not found, kept */
					/* apart: few quotations need one */
	struct span	*terms;		/* quotations under three words */
	size_t		 nterms;
	struct paraphrase *paras;
	size_t		 nparas;
	enum coverage	*coverage;	/* one per stmt.props */
	size_t		 nexact, naltered, nnotfound;
	char		**notes;	/* warnings about the input: "file: why" */
	size_t		 nnotes;
};

/* The id of quotation q of m: 1-based, in report order. */
static inline uint32_t
quote_id(const struct model *m, const struct quote *q)
{
	return (uint32_t)(q - m->quotes) + 1;
}

/* Free what m owns (not the statement, which it borrows). */
void	 doc_free(struct doc *);	/* each frees what it owns */
void	 quote_free(struct quote *);
void	 model_free(struct model *);

const char *verdict_name(enum verdict);		/* "exact" ... */
const char *change_op_name(enum change_op);	/* "insert" ... */
const char *coverage_name(enum coverage);	/* "quoted" ... */

#endif
