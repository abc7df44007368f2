/*
 * batch.c — check one statement against many reports and print the
 * result.  Reports are checked in windows of `jobs` at a time, each on
 * its own thread; a window is printed in order once all of it is done,
 * so the output does not depend on the number of threads.  With JSON
 * lines each report is printed and freed as soon as its window is done:
 * memory stays bounded by the largest reports, not their sum.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "compare.h"
#include "fatal.h"
#include "model.h"
#include "pipeline.h"
#include "report.h"
#include "xmalloc.h"

struct batch_slot {
	const struct statement	*st;
	const char		*path;
	struct model		*m;	/* NULL when the report is unreadable */
	pthread_t		 thread;
};

static void *
batch_check(void *arg)
{
	struct batch_slot	*sl = arg;

	sl->m = xcalloc(1, sizeof(*sl->m));
	if (pipeline_check(sl->m, sl->st, sl->path, NULL, 0) == -1) {
		free(sl->m);
		sl->m = NULL;
	}
	return NULL;
}

/* Check slots [0, n): on threads when there are several. */
static void
batch_window(struct batch_slot *sl, size_t n)
{
	size_t	 i;
	int	 e;

	if (n == 1) {
		batch_check(&sl[0]);
		return;
	}
	for (i = 0; i < n; i++)
		if ((e = pthread_create(&sl[i].thread, NULL, batch_check,
		    &sl[i])) != 0)
			fatal("pthread_create: %s", strerror(e));
	for (i = 0; i < n; i++)
		if ((e = pthread_join(sl[i].thread, NULL)) != 0)
			fatal("pthread_join: %s", strerror(e));
}

/* Repaired bytes may hide a quotation: never an all-clear. */
static bool
batch_clean(const struct model *m)
{
	return m->naltered + m->nnotfound == 0 && m->stmt->ninvalid == 0 &&
	    m->rep.ninvalid == 0;
}

static void
batch_flush(FILE *out)
{
	if (fflush(out) == EOF || ferror(out))
		fatal("cannot write standard output: %s", strerror(errno));
}

/*
 * Check every report; with JSON lines print each as its window ends,
 * else keep the models read in *ms (*nms of them).  Returns whether
 * every quotation was exact.
 */
static bool
batch_check_all(const struct batch *b, const struct statement *st,
    struct model ***ms, size_t *nms)
{
	struct batch_slot	*sl;
	size_t			 at, i, n, hlen = 0;
	char			*head = NULL;
	bool			 clean = true;

	if (b->format == BATCH_JSONL)
		head = report_json_head(&st->doc, &hlen);
	sl = xcalloc(b->jobs, sizeof(*sl));
	*ms = NULL;
	*nms = 0;
	for (at = 0; at < b->nreports; at += n) {
		n = b->nreports - at < b->jobs ? b->nreports - at : b->jobs;
		for (i = 0; i < n; i++)
			sl[i] = (struct batch_slot){ st, b->reports[at + i],
			    NULL, 0 };
		batch_window(sl, n);
		for (i = 0; i < n; i++) {
			if (sl[i].m == NULL)
				continue;
			clean = clean && batch_clean(sl[i].m);
			if (b->format == BATCH_JSONL) {
				report_json_line_head(b->out, sl[i].m, head,
				    hlen);
				model_free(sl[i].m);
				free(sl[i].m);
				continue;
			}
			*ms = xreallocarray(*ms, *nms + 1, sizeof(**ms));
			(*ms)[(*nms)++] = sl[i].m;
		}
		if (b->format == BATCH_JSONL)
			batch_flush(b->out);
	}
	free(sl);
	free(head);
	return clean;
}

int
batch_run(const struct batch *b)
{
	struct statement	*st;
	struct compare		 c;
	struct model		**ms;
	size_t			 nms, i;
	bool			 clean;

	if ((st = pipeline_statement(b->stmt_path, NULL, 0)) == NULL)
		return -1;
	if (b->nreports > 1)
		pipeline_statement_index(st);
	clean = batch_check_all(b, st, &ms, &nms);
	if (b->format != BATCH_JSONL && nms > 0) {
		compare_build(&c, (const struct model *const *)ms, nms);
		if (b->format == BATCH_JSON)
			report_json_many(b->out, &c);
		else
			report_text_many(b->out, &c, b->ascii);
		compare_free(&c);
		batch_flush(b->out);
	}
	for (i = 0; i < nms; i++) {
		model_free(ms[i]);
		free(ms[i]);
	}
	free(ms);
	pipeline_statement_free(st);
	return clean ? 0 : 1;
}
