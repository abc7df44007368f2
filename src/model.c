/*
 * model.c — build the model: load both files, parse them against one
 * shared lexicon, find the quotations and match them.  Files that are
 * valid but odd (repaired bytes, hidden characters, no proposals, no
 * quotations) still load; each oddity is reported as a warning and kept
 * as a note for readers that cannot show stderr (the TUI).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"
#include "load.h"
#include "match.h"
#include "model.h"
#include "msg.h"
#include "quote.h"
#include "text.h"
#include "xmalloc.h"

static void	model_note(struct model *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

static void
model_note(struct model *m, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		fatal("model_note: bad format");
	s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	m->notes = xreallocarray(m->notes, m->nnotes + 1, sizeof(*m->notes));
	m->notes[m->nnotes++] = s;
}

/* Warn about what loading repaired or found hidden in one document. */
static void
model_check_doc(struct model *m, const struct doc *d)
{
	if (d->ninvalid > 0) {
		/* load.c has warned, with the place of the first. */
		model_note(m, "%s: invalid UTF-8 replaced by U+FFFD: %zu %s",
		    d->path, d->ninvalid,
		    d->ninvalid == 1 ? "sequence" : "sequences");
	}
	if (d->nhidden > 0) {
		qc_msg(MSG_HIDDEN_CHARS, d->path, 0, 0, "%zu", d->nhidden);
		model_note(m, "%s: hidden characters (bidirectional controls "
		    "or zero-width): %zu", d->path, d->nhidden);
	}
}

/* Warn about a statement with no proposals or a report quoting nothing. */
static void
model_check(struct model *m)
{
	model_check_doc(m, m->stmt);
	model_check_doc(m, &m->rep);
	if (m->stmt->nprops == 0) {
		qc_msg(MSG_NO_PROPOSALS, m->stmt->path, 0, 0, NULL);
		model_note(m, "%s: no numbered proposals found", m->stmt->path);
	}
	if (m->nquotes == 0) {
		qc_msg(MSG_NO_QUOTES, m->rep.path, 0, 0, m->nterms > 0 ?
		    "only %zu short %s, not judged" : NULL, m->nterms,
		    m->nterms == 1 ? "term" : "terms");
		model_note(m, "%s: no quotations of three words or more",
		    m->rep.path);
	}
}

/* Parse two loaded documents (taking their text) and match them. */
static void
model_build(struct model *m, const char *stmt_path, struct loaded *sl,
    const char *rep_path, struct loaded *rl)
{
	m->lex = lexicon_new();
	m->stmt = xcalloc(1, sizeof(*m->stmt));
	doc_parse(m->stmt, stmt_path, DOC_STATEMENT, sl, m->lex);
	doc_parse(&m->rep, rep_path, DOC_REPORT, rl, m->lex);
	quote_extract(m);
	match_run(m);
	model_check(m);
}

int
model_load(struct model *m, const char *stmt_path, const char *rep_path)
{
	struct loaded	 sl, rl;

	memset(m, 0, sizeof(*m));
	if (load_file(stmt_path, &sl) == -1)
		return -1;
	if (load_file(rep_path, &rl) == -1) {
		free(sl.text);
		return -1;
	}
	model_build(m, stmt_path, &sl, rep_path, &rl);
	return 0;
}

int
model_load_mem(struct model *m, const char *stmt_path, const char *sbuf,
    size_t slen, const char *rep_path, const char *rbuf, size_t rlen)
{
	struct loaded	 sl, rl;

	memset(m, 0, sizeof(*m));
	if (load_bytes(stmt_path, sbuf, slen, &sl) == -1)
		return -1;
	if (load_bytes(rep_path, rbuf, rlen, &rl) == -1) {
		free(sl.text);
		return -1;
	}
	model_build(m, stmt_path, &sl, rep_path, &rl);
	return 0;
}

void
model_free(struct model *m)
{
	size_t	 i;

	for (i = 0; i < m->nquotes; i++)
		quote_free(&m->quotes[i]);
	free(m->quotes);
	free(m->terms);
	free(m->paras);
	free(m->coverage);
	for (i = 0; i < m->nnotes; i++)
		free(m->notes[i]);
	free(m->notes);
	if (m->stmt != NULL) {
		doc_free(m->stmt);
		free(m->stmt);
	}
	doc_free(&m->rep);
	if (m->lex != NULL)
		lexicon_free(m->lex);
	memset(m, 0, sizeof(*m));
}

const char *
verdict_name(enum verdict v)
{
	switch (v) {
	case VERDICT_EXACT:
		return "exact";
	case VERDICT_ALTERED:
		return "altered";
	case VERDICT_NOT_FOUND:
		return "not-found";
	}
	return "unknown";
}

const char *
change_op_name(enum change_op op)
{
	switch (op) {
	case CHANGE_INSERT:
		return "insert";
	case CHANGE_DELETE:
		return "delete";
	case CHANGE_REPLACE:
		return "replace";
	case CHANGE_MOVE:
		return "move";
	}
	return "unknown";
}

const char *
coverage_name(enum coverage c)
{
	switch (c) {
	case COVER_NOT_COVERED:
		return "not-covered";
	case COVER_PARAPHRASED:
		return "paraphrased";
	case COVER_QUOTED_ALTERED:
		return "quoted-altered";
	case COVER_QUOTED:
		return "quoted";
	}
	return "unknown";
}
