/*
 * pipeline.c — drive the stages: the statement's once, then each
 * report's against it.  Files that are valid but odd (repaired bytes,
 * hidden characters, no proposals, no quotations) still go through;
 * each oddity is reported as a warning, the statement's once, and kept
 * in every model as a note for readers that cannot show stderr (the
 * TUI), worded by the catalogue (msg.h).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "coverage.h"
#include "doc.h"
#include "lexicon.h"
#include "load.h"
#include "match.h"
#include "model.h"
#include "msg.h"
#include "paraphrase.h"
#include "pipeline.h"
#include "quote.h"
#include "suffix.h"
#include "text.h"
#include "xmalloc.h"

/* Load path, or the bytes buf when it is not NULL; 0 or -1. */
static int
pipeline_load(const char *path, const char *buf, size_t len,
    struct loaded *ld)
{
	if (buf != NULL)
		return load_bytes(path, buf, len, ld);
	return load_file(path, ld);
}

/* Append the catalogue's wording of a warning to m->notes. */
static void
pipeline_note(struct model *m, enum msg_code code, const char *file,
    const char *detail, ...)
{
	va_list	 ap;
	char	*s;
	int	 n;

	va_start(ap, detail);
	n = msg_vformat(NULL, 0, code, file, 0, 0, false, detail, ap);
	va_end(ap);
	s = xmalloc((size_t)n + 1);
	va_start(ap, detail);
	msg_vformat(s, (size_t)n + 1, code, file, 0, 0, false, detail, ap);
	va_end(ap);
	m->notes = xreallocarray(m->notes, m->nnotes + 1, sizeof(*m->notes));
	m->notes[m->nnotes++] = s;
}

/*
 * What loading repaired or found hidden in d: warn (if warn) of hidden
 * characters, at the first, and note both (if m).
 */
static void
pipeline_check_doc(struct model *m, const struct doc *d, bool warn)
{
	const char	*seqs = d->ninvalid == 1 ? "sequence" : "sequences";
	size_t		 line = 0, col = 0;

	/* load.c has warned of invalid UTF-8, at the first bad byte. */
	if (d->ninvalid > 0) {
		if (m != NULL)
			pipeline_note(m, MSG_INVALID_UTF8, d->path, "%zu %s",
			    d->ninvalid, seqs);
	}
	if (d->nhidden > 0) {
		if (warn)
			doc_position(d, text_first_hidden(d->text, d->len),
			    &line, &col);
		if (warn)
			qc_msg(MSG_HIDDEN_CHARS, d->path, line, col, "%zu",
			    d->nhidden);
		if (m != NULL)
			pipeline_note(m, MSG_HIDDEN_CHARS, d->path, "%zu",
			    d->nhidden);
	}
}

/* The statement's warnings, once. */
static void
pipeline_warn_statement(const struct doc *d)
{
	pipeline_check_doc(NULL, d, true);
	if (d->nprops == 0)
		qc_msg(MSG_NO_PROPOSALS, d->path, 0, 0, NULL);
}

/* Warn about the report; note both documents' oddities in m. */
static void
pipeline_notes(struct model *m)
{
	pipeline_check_doc(m, m->stmt, false);
	pipeline_check_doc(m, &m->rep, true);
	if (m->stmt->nprops == 0)
		pipeline_note(m, MSG_NO_PROPOSALS, m->stmt->path, NULL);
	if (m->nquotes == 0) {
		qc_msg(MSG_NO_QUOTES, m->rep.path, 0, 0, m->nterms > 0 ?
		    "only %zu short %s, not judged" : NULL, m->nterms,
		    m->nterms == 1 ? "term" : "terms");
		pipeline_note(m, MSG_NO_QUOTES, m->rep.path, NULL);
	}
}

struct statement *
pipeline_statement(const char *path, const char *buf, size_t len)
{
	struct statement	*st;
	struct loaded		 ld;

	if (pipeline_load(path, buf, len, &ld) == -1)
		return NULL;
	st = xcalloc(1, sizeof(*st));
	st->lex = lexicon_new();
	doc_parse(&st->doc, path, DOC_STATEMENT, &ld, st->lex);
	st->para = paraphrase_index(&st->doc, st->lex);
	lexicon_freeze(st->lex);
	pipeline_warn_statement(&st->doc);
	return st;
}

void
pipeline_statement_index(struct statement *st)
{
	if (st->sx == NULL)
		st->sx = suffix_build(&st->doc);
}

void
pipeline_statement_free(struct statement *st)
{
	if (st == NULL)
		return;
	paraphrase_index_free(st->para);
	suffix_free(st->sx);
	doc_free(&st->doc);
	lexicon_free(st->lex);
	free(st);
}

int
pipeline_check(struct model *m, const struct statement *st,
    const char *path, const char *buf, size_t len)
{
	struct loaded	 ld;

	memset(m, 0, sizeof(*m));
	if (pipeline_load(path, buf, len, &ld) == -1)
		return -1;
	/* No stage writes through m->stmt (not const: tests fill theirs). */
	m->stmt = (struct doc *)&st->doc;
	m->lex = lexicon_overlay(st->lex);
	doc_parse(&m->rep, path, DOC_REPORT, &ld, m->lex);
	quote_extract(m);
	match_run(m, st->sx);
	paraphrase_link(m, st->para);
	coverage_fill(m);
	pipeline_notes(m);
	return 0;
}
