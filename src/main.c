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

#include "display.h"
#include "doc.h"
#include "keys.h"
#include "load.h"
#include "model.h"
#include "msg.h"
#include "pipeline.h"
#include "report.h"
#include "ui.h"
#include "xmalloc.h"

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "unknown"
#endif
#if !defined(QC_DATADIR) || !defined(QC_SRCDATADIR)
#error "QC_DATADIR and QC_SRCDATADIR must name the bundled pair's folders"
#endif

enum format { FORMAT_TEXT, FORMAT_JSON };

struct options {
	bool			 check;
	enum format		 format;
	struct ui_options	 ui;
};

enum {
	OPT_CHECK = 256,
	OPT_FORMAT,
	OPT_COLOR,
	OPT_LAYOUT,
	OPT_NO_SIDEBAR,
	OPT_ENCODING
};

static const struct option long_options[] = {
	{ "proposal",	required_argument,	NULL,	'p' },
	{ "quote",	required_argument,	NULL,	'q' },
	{ "check",	no_argument,		NULL,	OPT_CHECK },
	{ "format",	required_argument,	NULL,	OPT_FORMAT },
	{ "color",	required_argument,	NULL,	OPT_COLOR },
	{ "layout",	required_argument,	NULL,	OPT_LAYOUT },
	{ "no-sidebar",	no_argument,		NULL,	OPT_NO_SIDEBAR },
	{ "help",	no_argument,		NULL,	'h' },
	{ "version",	no_argument,		NULL,	'V' },
	{ "encoding",	required_argument,	NULL,	OPT_ENCODING },
	{ NULL,		0,			NULL,	0 }
};

/* Non-UTF-8 locale: report with "->" and "...", escape the rest. */
static bool	 ascii;

static void
usage(void)
{
	const struct keydef	*kd;
	size_t			 i;

	fputs(
"Usage: quotecheck [OPTION]... [STATEMENT REPORT]\n"
"Check a news report's quotations against the statement it reports on.\n"
"With no files, open the bundled example pair.\n"
"\n"
"  -p, --proposal=N     open at proposal N (a number, or a word: \"third\")\n"
"  -q, --quote=N        open at quotation N\n"
"      --check          print the verification report and exit\n"
"      --format=FORMAT  print the report (as --check) in FORMAT: text\n"
"                       (default) or json\n"
"      --color=WHEN     colour: auto (default), always or never\n"
"      --layout=LAYOUT  panes: auto (default), side or stacked\n"
"      --no-sidebar     start with the sidebar hidden\n"
"      --encoding=NAME  read a file that is not UTF-8 as NAME (iconv -l)\n"
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

	/* A short option may sit inside a cluster: name it alone. */
	opt = shown(optopt > 0 && optopt < 256 ? flag : argv[optind - 1]);
	if (c == ':')
		qc_msg(MSG_USAGE, NULL, 0, 0, "option requires an argument: "
		    "%s", opt);
	else if (optopt >= 256)
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
	static const char *const formats[] = { "text", "json", NULL };
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
	case OPT_NO_SIDEBAR:
		o->ui.sidebar = false;
		return 0;
	case OPT_ENCODING:
		return load_set_encoding(arg);
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
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hVp:q:", long_options,
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

/* Check the report rep against the statement stmt into m; 0 or -1. */
static int
check_pair(struct model *m, struct statement **st, const char *stmt,
    const char *rep)
{
	if ((*st = pipeline_statement(stmt, NULL, 0)) == NULL)
		return -1;
	return pipeline_check(m, *st, rep, NULL, 0);
}

/* Load the named pair, or the bundled one; 0, or -1 after a message. */
static int
load_pair(struct model *m, struct statement **st, int argc, char *argv[])
{
	char	*stmt, *rep;
	int	 rv;

	if (argc == 2 && strcmp(argv[0], "-") == 0 &&
	    strcmp(argv[1], "-") == 0) {
		qc_msg(MSG_USAGE, NULL, 0, 0, "only one of STATEMENT and "
		    "REPORT can be '-' (standard input)");
		return -1;
	}
	if (argc == 2)
		return check_pair(m, st, argv[0], argv[1]);
	if (argc == 1) {
		qc_msg(MSG_USAGE, NULL, 0, 0, "a report is needed: give "
		    "STATEMENT and REPORT, or no file for the bundled pair");
		return -1;
	}
	if (argc > 2) {
		qc_msg(MSG_USAGE, NULL, 0, 0, "too many files: give "
		    "STATEMENT and REPORT (try 'quotecheck --help')");
		return -1;
	}
	if (bundled_find(&stmt, &rep) == -1)
		return -1;
	rv = check_pair(m, st, stmt, rep);
	free(stmt);
	free(rep);
	return rv;
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

int
main(int argc, char *argv[])
{
	struct options		 o;
	struct model		 m;
	struct statement	*st = NULL;
	int			 first, rv;

	setlocale(LC_ALL, "");
	ascii = strcasecmp(nl_langinfo(CODESET), "UTF-8") != 0;
	if ((first = parse_args(argc, argv, &o)) == -2) {
		flush_stdout();
		return 0;
	}
	memset(&m, 0, sizeof(m));
	if (first == -1 || load_pair(&m, &st, argc - first, argv + first) == -1)
		rv = -1;
	else if (check_targets(&m, &o) == -1)
		rv = -1;
	else if (o.check || !isatty(STDOUT_FILENO))
		rv = print_report(&m, &o);
	else
		rv = ui_run(&m, &o.ui, ascii);
	model_free(&m);
	pipeline_statement_free(st);
	return rv == -1 ? failed() : rv;
}
