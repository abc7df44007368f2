/*
 * layout.h — a document wrapped at a width into screen lines: "a line
 * on the screen, not in the file".  Each line is a byte range of the
 * document cut into runs of one style role.  No curses here: render.c
 * maps roles to attributes and draws each run through display.h.
 */
#ifndef QC_LAYOUT_H
#define QC_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

/* Style roles, from least to most specific (later ones win). */
enum role {
	ROLE_PLAIN,
	ROLE_CHROME,		/* site navigation, front matter: dim */
	ROLE_META,		/* title, date, metadata trailer, dateline */
	ROLE_LABEL,		/* a proposal's label: "Third." */
	ROLE_PARAPHRASE,	/* unquoted restatement: a light mark */
	ROLE_TERM,		/* a quotation under three words: not judged */
	ROLE_EXACT,
	ROLE_ALTERED,
	ROLE_NOT_FOUND,
	ROLE_CHANGED,		/* a differing word inside an altered quote */
	ROLE_ESCAPE,		/* a control or hidden char shown as an escape */
	ROLE_MAX
};

/* A run of one role: bytes [off, off+len) of the document. */
struct run {
	size_t		off;
	size_t		len;
	enum role	role;
};

/* One screen line: runs laid left to right, width cells at most. */
struct line {
	size_t		 off;		/* first byte shown (or where it would be) */
	size_t		 len;		/* bytes covered, 0 for a blank line */
	struct run	*runs;
	size_t		 nruns;
	int		 width;		/* cells used */
	int		 indent;	/* leading cells of padding */
};

struct layout {
	int		 width;		/* the wrap width in cells */
	bool		 ascii;		/* escapes for everything non-ASCII */
	struct line	*lines;
	size_t		 nlines;
};

/* Wrap one document of m (DOC_STATEMENT or DOC_REPORT) at width >= 1. */
struct layout	*layout_doc(const struct model *m, enum doc_kind which,
		    int width, bool ascii);
void		 layout_free(struct layout *);
/* The screen line showing byte offset off (the last line before it). */
size_t		 layout_line_of(const struct layout *, size_t off);

#endif
