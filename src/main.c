/*
 * main.c — the command line: options, the bundled pair, the choice
 * between the printed report and the reader, and the exit status
 * (0 success, 1 with --check when a quotation is not exact, 2 for a
 * usage or input error).
 */
#include <errno.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "batch.h"
#include "display.h"
#include "doc.h"
#include "keys.h"
#include "load.h"
#include "model.h"
#include "msg.h"
#include "pipeline.h"
#include "report.h"
#include "reports.h"
#include "ui.h"
#include "xmalloc.h"

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "unknown"
#endif
#if !defined(QC_DATADIR) || !defined(QC_SRCDATADIR)
#error "QC_DATADIR and QC_SRCDATADIR must name the bundled pair's folders"
#endif

enum format { FORMAT_TEXT, FORMAT_JSON, FORMAT_JSONL };

struct options {
	bool			 check;
	enum format		 format;
	const char		*reports_from;	/* --reports-from, or NULL */
	long			 jobs;		/* -j: threads checking reports */
	struct ui_options	 ui;
};

enum {
	OPT_CHECK = 256,
	OPT_FORMAT,
	OPT_COLOR,
	OPT_LAYOUT,
	OPT_NO_SIDEBAR,
	OPT_ENCODING,
	OPT_REPORTS_FROM,
	OPT_MOUSE
};

static const struct option long_options[] = {
	{ "proposal",	required_argument,	NULL,	'p' },
	{ "quote",	required_argument,	NULL,	'q' },
	{ "check",	no_argument,		NULL,	OPT_CHECK },
	{ "format",	required_argument,	NULL,	OPT_FORMAT },
	{ "color",	required_argument,	NULL,	OPT_COLOR },
	{ "layout",	required_argument,	NULL,	OPT_LAYOUT },
	{ "no-sidebar",	no_argument,		NULL,	OPT_NO_SIDEBAR },
	{ "reports-from", required_argument,	NULL,	OPT_REPORTS_FROM },
	{ "jobs",	required_argument,	NULL,	'j' },
	{ "help",	no_argument,		NULL,	'h' },
	{ "version",	no_argument,		NULL,	'V' },
	{ "encoding",	required_argument,	NULL,	OPT_ENCODING },
	{ "line-numbers", no_argument,		NULL,	'N' },
	{ "mouse",	no_argument,		NULL,	OPT_MOUSE },
	{ NULL,		0,			NULL,	0 }
};

#define MAIN_MAX_JOBS	64

/* Non-UTF-8 locale: report with "->" and "...", escape the rest. */
static bool	 ascii;

static void
usage(void)
{
	const struct keydef	*kd;
	size_t			 i;

	fputs(
"Usage: quotecheck [OPTION]... [STATEMENT [REPORT]...]\n"
"Check a news report's quotations against the statement it reports on.\n"
"With no files, open the bundled example pair.  With several reports, --check\n"
"compares them: which quoted each passage exactly, altered it or left it out.\n"
"\n"
"  -p, --proposal=N     open at proposal N (a number, or a word: \"third\")\n"
"  -q, --quote=N        open at quotation N\n"
"      --check          print the verification report and exit\n"
"      --format=FORMAT  print the report (as --check) in FORMAT: text\n"
"                       (default), json, or jsonl (one line per report)\n"
"  -j, --jobs=N         check N reports at a time, on N threads (same output)\n"
"      --reports-from=FILE  read report paths from FILE, one a line (- stdin)\n"
"      --color=WHEN     colour: auto (default), always or never\n"
"      --layout=LAYOUT  panes: auto (default), side or stacked\n"
"      --no-sidebar     start with the sidebar hidden\n"
"      --encoding=NAME  read a file that is not UTF-8 as NAME (iconv -l)\n"
"  -N, --line-numbers   start with line numbers shown (# toggles them)\n"
"      --mouse          start with the mouse on: wheel, click (M toggles it)\n"
"  -h, --help           display this help and exit\n"
"  -V, --version        output version information and exit\n"
"\n"
"Keys in the reader (a number before a motion repeats it: 5j):\n",
	    stdout);
	/* From the key table, as the ? screen shows it. */
	for (i = 0; (kd = keys_get(i)) != NULL; i++)
		printf("  %-20s %s\n", kd->keys, kd->help);
	fputs(
"\n"
"A file named - is standard input; the reader then takes its keys from\n"
"the terminal.  When standard output is not a terminal, the report is\n"
"printed instead of starting the reader.  NO_COLOR set and not empty\n"
"means --color=never.\n"
"Exit status: 0 success (every quotation exact), 1 if a quotation is\n"
"altered or not found or a file had invalid UTF-8 (when the report is\n"
"printed), 2 usage or input error.\n",
	    stdout);
}

/* An argument as it may be shown on a terminal; free it. */
static char *
shown(const char *arg)
{
	return display_string(arg, strlen(arg), ascii);
}

/* A proposal or quotation number: "3", "third", "Third."; 0 if not. */
static int
parse_number(const char *what, const char *arg)
{
	char	*s;
	int	 n;

	if ((n = doc_ordinal(arg)) > 0)
		return n;
	s = shown(arg);
	qc_msg(MSG_USAGE, NULL, 0, 0, "invalid %s number: '%s' (a number "
	    "from 1, or a word such as 'third')", what, s);
	free(s);
	return 0;
}

/* A number of jobs for -j, 1 to MAIN_MAX_JOBS; 0 after a message. */
static long
parse_jobs(const char *arg)
{
	char	*end, *s;
	long	 n;

	errno = 0;
	n = strtol(arg, &end, 10);
	if (errno == 0 && end != arg && *end == '\0' && n >= 1 &&
	    n <= MAIN_MAX_JOBS)
		return n;
	s = shown(arg);
	qc_msg(MSG_USAGE, NULL, 0, 0, "invalid number of jobs: '%s' (1 to "
	    "%d)", s, MAIN_MAX_JOBS);
	free(s);
	return 0;
}

/* The index of arg in the NULL-terminated words, or -1 after a message. */
static int
parse_word(const char *opt, const char *arg, const char *const *words)
{
	char	*s;
	int	 i;

	for (i = 0; words[i] != NULL; i++)
		if (strcmp(arg, words[i]) == 0)
			return i;
	s = shown(arg);
	/* Name the valid words: there are three at most. */
	qc_msg(MSG_USAGE, NULL, 0, 0, "invalid argument for --%s: '%s' "
	    "(valid: %s, %s%s%s)", opt, s, words[0], words[1],
	    words[2] != NULL ? ", " : "", words[2] != NULL ? words[2] : "");
	free(s);
	return -1;
}

static void
bad_option(int c, char *const argv[])
{
	char	 flag[3] = { '-', (char)optopt, '\0' }, *opt;
	bool	 lng = strncmp(argv[optind - 1], "--", 2) == 0;

	/* A short option may sit inside a cluster: name it alone. */
	opt = shown(optopt > 0 && optopt < 256 && !lng ? flag :
	    argv[optind - 1]);
	if (c == ':')
		qc_msg(MSG_USAGE, NULL, 0, 0, "option requires an argument: "
		    "%s", opt);
	else if (optopt >= 256 || (lng && optopt > 0))
		qc_msg(MSG_USAGE, NULL, 0, 0, "option takes no argument: %s",
		    opt);
	else
		qc_msg(MSG_USAGE, NULL, 0, 0, "unknown option: %s (try "
		    "'quotecheck --help')", opt);
	free(opt);
}

/* Apply one option to o; 0, or -1 after a message. */
static int
parse_option(int c, const char *arg, struct options *o)
{
	static const char *const formats[] = { "text", "json", "jsonl",
	    NULL };
	static const char *const colors[] = { "auto", "always", "never",
	    NULL };
	static const char *const layouts[] = { "auto", "side", "stacked",
	    NULL };
	int	 i;

	switch (c) {
	case 'p':
		return (o->ui.proposal = parse_number("proposal", arg)) > 0 ?
		    0 : -1;
	case 'q':
		return (o->ui.quote = parse_number("quotation", arg)) > 0 ?
		    0 : -1;
	case OPT_CHECK:
		o->check = true;
		return 0;
	case OPT_REPORTS_FROM:
		o->reports_from = arg;
		return 0;
	case 'j':
		return (o->jobs = parse_jobs(arg)) > 0 ? 0 : -1;
	case OPT_NO_SIDEBAR:
		o->ui.sidebar = false;
		return 0;
	case OPT_ENCODING:
		return load_set_encoding(arg);
	case 'N':
		o->ui.numbers = true;
		return 0;
	case OPT_MOUSE:
		o->ui.mouse = true;
		return 0;
	case OPT_FORMAT:
		/* A format is for the printed report: it implies --check. */
		if ((i = parse_word("format", arg, formats)) >= 0) {
			o->format = i;
			o->check = true;
		}
		return i < 0 ? -1 : 0;
	case OPT_COLOR:
		if ((i = parse_word("color", arg, colors)) >= 0)
			o->ui.color = i;
		return i < 0 ? -1 : 0;
	case OPT_LAYOUT:
		if ((i = parse_word("layout", arg, layouts)) >= 0)
			o->ui.layout = i;
		return i < 0 ? -1 : 0;
	}
	fatal("parse_option: option %d", c);
}

/*
 * Parse the options into o.  Returns the index of the first operand,
 * -1 after a usage error, or -2 when --help or --version was answered.
 */
static int
parse_args(int argc, char *argv[], struct options *o)
{
	const char	*no_color;
	int		 c;

	memset(o, 0, sizeof(*o));
	o->ui.sidebar = true;
	o->jobs = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hVNj:p:q:", long_options,
	    NULL)) != -1) {
		if (c == 'h' || c == 'V') {
			if (c == 'h')
				usage();
			else
				puts("quotecheck " PACKAGE_VERSION);
			return -2;
		}
		if (c == '?' || c == ':') {
			bad_option(c, argv);
			return -1;
		}
		if (parse_option(c, optarg, o) == -1)
			return -1;
	}
	no_color = getenv("NO_COLOR");
	if (o->ui.color == COLOR_AUTO && no_color != NULL && *no_color != '\0')
		o->ui.color = COLOR_NEVER;
	return optind;
}

static char *
path_join(const char *dir, const char *name)
{
	size_t	 n = strlen(dir) + strlen(name) + 2;
	char	*p;

	p = xmalloc(n);
	snprintf(p, n, "%s/%s", dir, name);
	return p;
}

/*
 * The bundled pair: in $QUOTECHECK_DATADIR when it is set, else where
 * it is installed, else in the source tree (a program not installed).
 */
static int
bundled_find(char **stmt, char **rep)
{
	const char	*env, *dirs[2];
	char		*dir;
	size_t		 i, n = 0;

	if ((env = getenv("QUOTECHECK_DATADIR")) != NULL && *env != '\0')
		dirs[n++] = env;
	else {
		dirs[n++] = QC_DATADIR;
		dirs[n++] = QC_SRCDATADIR;
	}
	for (i = 0; i < n; i++) {
		*stmt = path_join(dirs[i], "statement.txt");
		if (access(*stmt, F_OK) == 0) {
			*rep = path_join(dirs[i], "report.txt");
			return 0;
		}
		free(*stmt);
	}
	*stmt = *rep = NULL;
	if (n == 1) {
		dir = path_join(dirs[0], "");
		qc_msg(MSG_NO_FILE, dir, 0, 0, "the bundled statement.txt is "
		    "not here (QUOTECHECK_DATADIR)");
		free(dir);
	} else
		qc_msg(MSG_NO_FILE, NULL, 0, 0, "the bundled statement.txt "
		    "was not found in %s or %s", dirs[0], dirs[1]);
	return -1;
}

/* "4: 1-4", or the numbers one by one when they are not a run. */
static void
proposal_list(const struct doc *d, char *buf, size_t sz)
{
	size_t	 i, at;
	bool	 run = true;

	for (i = 1; i < d->nprops; i++)
		if (d->props[i].number != d->props[i - 1].number + 1)
			run = false;
	if (d->nprops == 1) {
		snprintf(buf, sz, "only proposal %d", d->props[0].number);
		return;
	}
	if (run) {
		snprintf(buf, sz, "%zu: %d%s%d", d->nprops, d->props[0].number,
		    ascii ? "-" : "\u2013", d->props[d->nprops - 1].number);
		return;
	}
	at = (size_t)snprintf(buf, sz, "%zu:", d->nprops);
	for (i = 0; i < d->nprops && at < sz; i++)
		at += (size_t)snprintf(buf + at, sz - at, "%s %d",
		    i > 0 ? "," : "", d->props[i].number);
}

/* Check -p and -q against what was loaded; 0, or -1 after a message. */
static int
check_targets(const struct model *m, const struct options *o)
{
	char	 buf[256];

	if (o->ui.proposal > 0 &&
	    doc_proposal_index(m->stmt, o->ui.proposal) < 0) {
		if (m->stmt->nprops == 0)
			snprintf(buf, sizeof(buf), "no numbered proposals");
		else
			proposal_list(m->stmt, buf, sizeof(buf));
		qc_msg(MSG_NO_PROPOSAL, m->stmt->path, 0, 0, "%d (the statement "
		    "has %s)", o->ui.proposal, buf);
		return -1;
	}
	if (o->ui.quote > 0 && (size_t)o->ui.quote > m->nquotes) {
		if (m->nquotes <= 1)
			qc_msg(MSG_NO_QUOTE, m->rep.path, 0, 0, "%d (the report "
			    "has %s)", o->ui.quote, m->nquotes == 0 ?
			    "no judged quotations" : "only quotation 1");
		else
			qc_msg(MSG_NO_QUOTE, m->rep.path, 0, 0, "%d (the report "
			    "has %zu: 1%s%zu)", o->ui.quote, m->nquotes,
			    ascii ? "-" : "\u2013", m->nquotes);
		return -1;
	}
	return 0;
}

/* A full disk or a closed pipe must not pass for success. */
static void
flush_stdout(void)
{
	if (fflush(stdout) == EOF || ferror(stdout))
		fatal("cannot write standard output: %s", strerror(errno));
}

/* Print the report; the exit status of --check. */
static int
print_report(const struct model *m, const struct options *o)
{
	if (o->format == FORMAT_JSON)
		report_json(stdout, m);
	else
		report_text(stdout, m, ascii);
	flush_stdout();
	/* Repaired bytes may hide a quotation: never an all-clear. */
	return m->naltered + m->nnotfound > 0 || m->stmt->ninvalid > 0 ||
	    m->rep.ninvalid > 0 ? 1 : 0;
}

/* The files named: a statement and its reports. */
struct files {
	char	 *stmt;
	char	**reps;
	size_t	  nreps;
};

static void
files_add(struct files *f, const char *path)
{
	f->reps = xreallocarray(f->reps, f->nreps + 1, sizeof(*f->reps));
	f->reps[f->nreps++] = xstrdup(path);
}

static void
files_free(struct files *f)
{
	size_t	 i;

	free(f->stmt);
	for (i = 0; i < f->nreps; i++)
		free(f->reps[i]);
	free(f->reps);
	memset(f, 0, sizeof(*f));
}

/* Report paths from --reports-from, one a line; 0, or -1 after a message. */
static int
files_read_list(struct files *f, const char *from)
{
	FILE	*fp = stdin;
	char	*line = NULL;
	size_t	 cap = 0, lineno = 0;
	ssize_t	 n;
	int	 rv = 0;

	if (strcmp(from, "-") != 0 && (fp = fopen(from, "r")) == NULL) {
		qc_msg(MSG_NO_FILE, from, 0, 0, "%s", strerror(errno));
		return -1;
	}
	while ((n = getline(&line, &cap, fp)) != -1) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n > 0)
			files_add(f, line);
	}
	if (ferror(fp)) {
		qc_msg(MSG_READ, strcmp(from, "-") == 0 ? "standard input" :
		    from, lineno + 1, 0, "%s", strerror(errno));
		rv = -1;
	}
	free(line);
	if (fp != stdin)
		fclose(fp);
	return rv;
}

/* Standard input can be read once: as one file, or as the list. */
static int
files_one_stdin(const struct files *f, const struct options *o)
{
	size_t	 i, n = 0;

	n += strcmp(f->stmt, "-") == 0;
	n += o->reports_from != NULL && strcmp(o->reports_from, "-") == 0;
	/* One comparison per path named: linear in the list. */
	for (i = 0; i < f->nreps; i++)
		n += strcmp(f->reps[i], "-") == 0;
	if (n <= 1)
		return 0;
	qc_msg(MSG_USAGE, NULL, 0, 0, "only one of STATEMENT and REPORT "
	    "can be '-' (standard input)");
	return -1;
}

/*
 * The statement and reports named, or the bundled pair when no file is;
 * 0, or -1 after a message.
 */
static int
files_get(struct files *f, int argc, char *argv[], const struct options *o)
{
	int	 i;

	memset(f, 0, sizeof(*f));
	if (argc == 0 && o->reports_from == NULL) {
		f->reps = xcalloc(1, sizeof(*f->reps));
		if (bundled_find(&f->stmt, &f->reps[0]) == -1)
			return -1;
		f->nreps = 1;
		return 0;
	}
	if (argc == 0) {
		qc_msg(MSG_USAGE, NULL, 0, 0, "a statement is needed: give "
		    "STATEMENT before the reports (try 'quotecheck --help')");
		return -1;
	}
	f->stmt = xstrdup(argv[0]);
	for (i = 1; i < argc; i++)
		files_add(f, argv[i]);
	if (o->reports_from != NULL &&
	    files_read_list(f, o->reports_from) == -1)
		return -1;
	if (f->nreps == 0) {
		qc_msg(MSG_USAGE, NULL, 0, 0, "a report is needed: give "
		    "STATEMENT and REPORT, or no file for the bundled pair");
		return -1;
	}
	return files_one_stdin(f, o);
}

/*
 * The exit status after a failure: that of the worst message (msg.h).
 * A failure that reported no error is a broken invariant.
 */
static int
failed(void)
{
	static const int	 status[] = {
		[MSG_OK] = 0, [MSG_WARNING] = 0, [MSG_ERROR] = 2
	};

	if (status[msg_worst()] == 0)
		fatal("failure without an error message");
	return status[msg_worst()];
}

/* --check over several reports, or JSON lines over any number. */
static int
check_many(const struct files *f, const struct options *o)
{
	struct batch	 b;
	int		 rv;

	memset(&b, 0, sizeof(b));
	b.stmt_path = f->stmt;
	b.reports = f->reps;
	b.nreports = f->nreps;
	b.format = o->format == FORMAT_JSONL ? BATCH_JSONL :
	    o->format == FORMAT_JSON ? BATCH_JSON : BATCH_TEXT;
	b.jobs = (size_t)o->jobs;
	b.ascii = ascii;
	b.out = stdout;
	/* An unreadable report among many: the rest printed, then 2. */
	if ((rv = batch_run(&b)) == -1 || msg_worst() >= MSG_ERROR)
		return failed();
	return rv;
}

/*
 * The reader on every report: the first readable one checked now, the
 * rest when shown or while no key waits.  An unreadable report gets
 * its message (held while the reader runs) and exit status 2 at the
 * end, as with --check.
 */
static int
read_reports(struct statement *st, const struct files *f,
    const struct options *o)
{
	struct reports	 rs;
	size_t		 i;
	int		 rv = -1;

	/* As --check does: an index pays for itself from two reports. */
	if (f->nreps > 1)
		pipeline_statement_index(st);
	reports_init(&rs, st, f->reps, NULL, NULL, f->nreps);
	/* Kept, so that the list can say why a report cannot be read. */
	if (f->nreps > 1)
		msg_hold(1);
	for (i = 0; i < f->nreps && reports_get(&rs, i) == NULL; i++)
		continue;
	if (i < f->nreps && check_targets(reports_get(&rs, i), o) == 0)
		rv = ui_run(&rs, i, &o->ui, ascii);
	msg_hold(0);
	reports_free(&rs);
	if (rv == 0 && msg_worst() >= MSG_ERROR)
		rv = failed();
	return rv;
}

int
main(int argc, char *argv[])
{
	struct options		 o;
	struct files		 f;
	struct model		 m;
	struct statement	*st = NULL;
	int			 first, rv;

#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
	/*
	 * Large arrays (words, lines, quotations) straight from mmap: a
	 * fixed threshold keeps glibc from raising it at the first large
	 * free, so that an array grows by mremap, not by a copy beside
	 * the old one, and what a stage frees goes back at once.
	 */
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
	setlocale(LC_ALL, "");
	ascii = strcasecmp(nl_langinfo(CODESET), "UTF-8") != 0;
	if ((first = parse_args(argc, argv, &o)) == -2) {
		flush_stdout();
		return 0;
	}
	memset(&f, 0, sizeof(f));
	memset(&m, 0, sizeof(m));
	if (first == -1 || files_get(&f, argc - first, argv + first, &o) == -1)
		rv = -1;
	else if ((o.check || !isatty(STDOUT_FILENO)) &&
	    (f.nreps > 1 || o.format == FORMAT_JSONL)) {
		rv = check_many(&f, &o);
		files_free(&f);
		return rv;
	} else if ((st = pipeline_statement(f.stmt, NULL, 0)) == NULL)
		rv = -1;
	else if (!o.check && isatty(STDOUT_FILENO))
		rv = read_reports(st, &f, &o);
	else if (pipeline_check(&m, st, f.reps[0], NULL, 0) == -1 ||
	    check_targets(&m, &o) == -1)
		rv = -1;
	else
		rv = print_report(&m, &o);
	model_free(&m);
	if (st != NULL)
		pipeline_statement_free(st);
	files_free(&f);
	return rv == -1 ? failed() : rv;
}
