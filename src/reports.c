/*
 * reports.c — the reader's reports, checked as they are needed.
 *
 * The reader asks for the report it shows (reports_get), and checks
 * the others one at a time while no key waits (reports_work), in the
 * order given; the comparison and the report list ask for them all
 * (reports_compare).  Messages that a report cannot be read are held
 * while the reader has the terminal (msg.h); the one that says why is
 * kept with the report, to be shown in the list.
 */
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "reports.h"
#include "xmalloc.h"

void
reports_init(struct reports *rs, const struct statement *st,
    char *const *paths, const char *const *bufs, const size_t *lens,
    size_t n)
{
	memset(rs, 0, sizeof(*rs));
	rs->st = st;
	rs->paths = paths;
	rs->bufs = bufs;
	rs->lens = lens;
	rs->n = n;
	rs->models = xcalloc(n + 1, sizeof(*rs->models));
	rs->errors = xcalloc(n + 1, sizeof(*rs->errors));
	rs->tried = xcalloc(n + 1, sizeof(*rs->tried));
}

void
reports_free(struct reports *rs)
{
	size_t	 i;

	if (rs->compared)
		compare_free(&rs->cmp);
	for (i = 0; i < rs->n; i++) {
		if (rs->models[i] != NULL) {
			model_free(rs->models[i]);
			free(rs->models[i]);
		}
		free(rs->errors[i]);
	}
	free(rs->models);
	free(rs->errors);
	free(rs->tried);
	free(rs->col_of);
	free(rs->rep_of);
	free(rs->uses);
	memset(rs, 0, sizeof(*rs));
}

/* The last error held since message k, without its "FILE: " part. */
static char *
reports_why(size_t k)
{
	const char	*s = NULL, *t;
	size_t		 i;

	for (i = k; i < msg_held(); i++)
		if ((t = msg_held_text(i)) != NULL && strstr(t, "error:"))
			s = t;
	return s != NULL ? xstrdup(s) : NULL;
}

const struct model *
reports_get(struct reports *rs, size_t i)
{
	struct model	*m;
	size_t		 k = msg_held();

	if (i >= rs->n)
		return NULL;
	if (rs->tried[i])
		return rs->models[i];
	rs->tried[i] = true;
	rs->ntried++;
	m = xcalloc(1, sizeof(*m));
	if (pipeline_check(m, rs->st, rs->paths[i], rs->bufs != NULL ?
	    rs->bufs[i] : NULL, rs->bufs != NULL ? rs->lens[i] : 0) == -1) {
		free(m);
		rs->errors[i] = reports_why(k);
		if (rs->errors[i] == NULL)
			rs->errors[i] = xstrdup("cannot be read");
		return NULL;
	}
	rs->models[i] = m;
	return m;
}

bool
reports_tried(const struct reports *rs, size_t i)
{
	return i < rs->n && rs->tried[i];
}

const char *
reports_error(const struct reports *rs, size_t i)
{
	return i < rs->n ? rs->errors[i] : NULL;
}

bool
reports_pending(const struct reports *rs)
{
	return rs->n > 1 && !rs->compared;
}

/* How many reports quoted each passage, and the most telling use. */
static void
reports_uses(struct reports *rs)
{
	const struct compare	*c = &rs->cmp;
	struct reports_use	*u;
	enum cmp_mark		 mk;
	size_t			 p, r;

	rs->uses = xcalloc(c->npassages + 1, sizeof(*rs->uses));
	/* passages x reports: the size of the comparison itself. */
	for (p = 0; p < c->npassages; p++) {
		u = &rs->uses[p];
		for (r = 0; r < c->nreps; r++) {
			mk = c->passages[p].cells[r].mark;
			if (mk == CMP_NOT_USED)
				continue;
			u->nused++;
			if (mk == CMP_EXACT || mk == CMP_ALTERED)
				u->nquoted++;
			if (mk > u->worst)
				u->worst = mk;
		}
	}
}

static void
reports_build(struct reports *rs)
{
	const struct model	**ms;
	size_t			  i, k = 0;

	ms = xcalloc(rs->n + 1, sizeof(*ms));
	rs->col_of = xcalloc(rs->n + 1, sizeof(*rs->col_of));
	rs->rep_of = xcalloc(rs->n + 1, sizeof(*rs->rep_of));
	for (i = 0; i < rs->n; i++) {
		rs->col_of[i] = rs->n;
		if (rs->models[i] == NULL)
			continue;
		rs->col_of[i] = k;
		rs->rep_of[k] = i;
		ms[k++] = rs->models[i];
	}
	compare_build(&rs->cmp, ms, k);
	free(ms);
	reports_uses(rs);
	rs->compared = true;
	rs->gen++;
}

void
reports_work(struct reports *rs)
{
	if (rs->compared)
		return;
	while (rs->next < rs->n && rs->tried[rs->next])
		rs->next++;
	if (rs->next < rs->n) {
		reports_get(rs, rs->next);
		return;
	}
	reports_build(rs);
}

const struct compare *
reports_compare(struct reports *rs)
{
	while (!rs->compared)
		reports_work(rs);
	return &rs->cmp;
}

const char *
reports_name(const struct reports *rs, size_t i)
{
	const char	*slash;

	if (i >= rs->n)
		return "";
	if (rs->models[i] != NULL)
		return compare_name_of(rs->models[i]);
	slash = strrchr(rs->paths[i], '/');
	return slash != NULL && slash[1] != '\0' ? slash + 1 : rs->paths[i];
}
