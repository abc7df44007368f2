/*
 * search.c — find a pattern in a document, both folded alike.
 *
 * The document is folded once (text_fold: NFKC, case, quotes, dashes,
 * white space) into a string with a map back to the document, so that
 * a pattern folded the same way finds "Putin’s" when typed "putin's".
 * ASCII is folded here byte for byte; each run of non-ASCII bytes
 * (with the ASCII letter before it, for combining marks) is folded by
 * text_fold as one piece.  The map is a list of segments, each folded
 * bytes and the document bytes they came from.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "offset.h"
#include "search.h"
#include "text.h"
#include "xmalloc.h"

/* Folded bytes [f, f+flen) come from document bytes [d, d+dlen). */
struct seg {
	size_t	f, d, flen, dlen;
};

struct search_index {
	char		*text;		/* folded, NUL-terminated */
	size_t		 len, cap;
	struct seg	*segs;		/* in order of f and of d */
	size_t		 nsegs, scap;
};

void
search_index_free(struct search_index *f)
{
	if (f == NULL)
		return;
	free(f->text);
	free(f->segs);
	free(f);
}

/*
 * Append the n folded bytes s, from document bytes [d, d+dlen); lower
 * turns ASCII capitals to small letters on the way.
 */
static void
fold_put(struct search_index *f, const char *s, size_t n, size_t d,
    size_t dlen, bool lower)
{
	struct seg	*last = f->nsegs ? &f->segs[f->nsegs - 1] : NULL;
	size_t		 i;

	if (n == 0)
		return;
	if (last != NULL && last->flen == last->dlen && n == dlen &&
	    last->f + last->flen == f->len && last->d + last->dlen == d) {
		last->flen += n;
		last->dlen += n;
	} else {
		xgrow(&f->segs, &f->scap, f->nsegs + 1, sizeof(*f->segs));
		f->segs[f->nsegs++] = (struct seg){ f->len, d, n, dlen };
	}
	xgrow(&f->text, &f->cap, f->len + n + 1, 1);
	for (i = 0; i < n; i++)
		f->text[f->len + i] = lower && s[i] >= 'A' && s[i] <= 'Z' ?
		    (char)(s[i] - 'A' + 'a') : s[i];
	f->len += n;
	f->text[f->len] = '\0';
}

/* Fold the piece t[i..) that starts at i; returns where it ends. */
static size_t
fold_piece(struct search_index *f, const char *t, size_t len, size_t i)
{
	const unsigned char	*u = (const unsigned char *)t;
	size_t			 j = i, n;
	char			*r;

	if (ascii_isspace(t[i])) {
		while (j < len && ascii_isspace(t[j]))
			j++;
		if (f->len > 0 && f->text[f->len - 1] != ' ')
			fold_put(f, " ", 1, i, j - i, false);
		return j;
	}
	while (j < len && u[j] < 0x80 && !ascii_isspace(t[j]) &&
	    !(j + 1 < len && u[j + 1] >= 0x80))
		j++;
	if (j > i) {
		fold_put(f, t + i, j - i, i, j - i, true);
		return j;
	}
	for (j = i + 1; j < len && u[j] >= 0x80; j++)
		continue;
	r = text_fold(t + i, j - i, &n);
	fold_put(f, r, n, i, j - i, false);
	free(r);
	return j;
}

struct search_index *
search_index_new(const char *text, size_t len)
{
	struct search_index	*f = xcalloc(1, sizeof(*f));
	size_t			 i = 0;

	xgrow(&f->text, &f->cap, 1, 1);
	f->text[0] = '\0';
	while (i < len)
		i = fold_piece(f, text, len, i);
	return f;
}

/* The segment holding folded byte x. */
static const struct seg *
fold_seg(const struct search_index *f, size_t x)
{
	size_t	n;

	/* The last segment starting at or before x, else the first. */
	n = offset_count(f->segs, f->nsegs, sizeof(*f->segs),
	    offsetof(struct seg, f), x, false);
	return &f->segs[n == 0 ? 0 : n - 1];
}

/*
 * The document bytes of folded bytes [a, b), a < b.  A piece folded
 * as a whole maps to the whole of its document bytes.
 */
static struct span
fold_span(const struct search_index *f, size_t a, size_t b)
{
	const struct seg	*s;
	struct span		 sp;

	s = fold_seg(f, a);
	sp.off = s->flen == s->dlen ? s->d + (a - s->f) : s->d;
	s = fold_seg(f, b - 1);
	b = s->flen == s->dlen ? s->d + (b - s->f) : s->d + s->dlen;
	sp.len = b > sp.off ? b - sp.off : 0;
	return sp;
}

struct span *
search_find(const struct search_index *f, const char *pattern, size_t *n)
{
	struct span	*m = NULL;
	size_t		 plen, cap = 0, pos = 0;
	char		*pat, *hit;

	*n = 0;
	pat = text_fold(pattern, strlen(pattern), &plen);
	while (plen > 0 && pos + plen <= f->len &&
	    (hit = memmem(f->text + pos, f->len - pos, pat, plen)) != NULL) {
		pos = (size_t)(hit - f->text);
		xgrow(&m, &cap, *n + 1, sizeof(*m));
		m[(*n)++] = fold_span(f, pos, pos + plen);
		pos += plen;
	}
	free(pat);
	return m;
}

size_t
search_from(const struct span *m, size_t n, size_t off)
{
	return offset_spans_ended(m, n, sizeof(*m), 0, off);
}

size_t
search_at(const struct span *m, size_t n, size_t off)
{
	return offset_spans_started(m, n, sizeof(*m), 0, off, true);
}

long
search_wrap(long i, long n, int *wrapped)
{
	*wrapped = 0;
	if (i >= n) {
		*wrapped = 1;
		return i % n;
	}
	if (i < 0) {
		*wrapped = -1;
		return n - 1 - (-i - 1) % n;
	}
	return i;
}
