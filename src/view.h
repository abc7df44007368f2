/*
 * view.h — the reader's state, without a terminal: the arrangement of
 * the screen for a size, each pane's layout and top line, the focused
 * pane, the selected proposal and quotation or paraphrase,
 * synchronised scrolling (anchored on matches: sync.h), the sidebar
 * and help flags, the search and its matches, the count being typed
 * and the status message; line numbers, the search history and the
 * mouse.  ui.c feeds it keys and mouse events, render.c draws it.
 * Rows and columns are terminal cells; "lines" are screen lines of a
 * pane's layout, not lines of the file.
 */
#ifndef QC_VIEW_H
#define QC_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "compview.h"
#include "keys.h"
#include "layout.h"
#include "model.h"

struct reports;

enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };
enum layout_mode { LAYOUT_AUTO, LAYOUT_SIDE, LAYOUT_STACKED };

/* How the reader opens: the command line's choices, owned by the view. */
struct ui_options {
	int			proposal;	/* open at proposal number; 0: none */
	int			quote;		/* open at quotation id; 0: none */
	enum color_mode		color;
	enum layout_mode	layout;
	bool			sidebar;	/* start with the sidebar shown */
	bool			numbers;	/* start with line numbers (-N) */
	bool			mouse;		/* start with the mouse on */
};

/* Panes are indexed by the document they show. */
#define PANE_STMT	DOC_STATEMENT
#define PANE_REP	DOC_REPORT
#define PANE_MAX	2

/* Below these sizes one pane is shown at a time. */
#define VIEW_TINY_COLS		40
#define VIEW_TINY_ROWS		10
/* From these widths the panes sit side by side, then the sidebar too. */
#define VIEW_SIDE_COLS		80
#define VIEW_SIDEBAR_COLS	120

enum arrange { ARRANGE_SIDE, ARRANGE_STACKED, ARRANGE_SINGLE };

/* A rectangle of cells; h or w is 0 when it is not shown. */
struct rect {
	int	y, x, h, w;
};

struct geom {
	int		cols, rows;
	enum arrange	arrange;
	bool		shown[PANE_MAX];	/* drawn (both are laid out) */
	struct rect	title[PANE_MAX];	/* title bar of each pane */
	struct rect	text[PANE_MAX];		/* text area of each pane */
	struct rect	sep;			/* column between side panes */
	struct rect	side;			/* sidebar, title row included */
	bool		overlay;		/* sidebar covers the report pane */
	struct rect	sep2;			/* column left of a docked sidebar */
	struct rect	status;			/* status line */
	struct rect	gutter;			/* counts left of the statement */
	/* A list over the panes: its title bar, header row and rows. */
	struct rect	list_title, list_head, list_body;
};

struct pane {
	struct layout	*lay;		/* NULL when the pane is not shown */
	size_t		 top;		/* first layout line shown */
	size_t		 anchor;	/* byte offset of top, kept on resize */
};

/* Where the reader is: what going back after a jump restores. */
struct place {
	size_t	top[PANE_MAX];
	size_t	anchor[PANE_MAX];
	long	prop;
	long	quote;
	long	para;
	int	focus;
	size_t	report;		/* index in the view's reports */
};

/* The search index of one pane (search.h). */
struct search_index;
/* The anchors of synchronised scrolling (sync.h). */
struct sync;

/* Patterns searched for, newest first, for Up and Down at the prompt. */
#define VIEW_HISTORY	50

/* A mouse event, as ui.c gives it: a cell of the screen and what. */
enum mouse_kind { MOUSE_CLICK, MOUSE_WHEEL_UP, MOUSE_WHEEL_DOWN };
struct mouse_event {
	int		 y, x;
	enum mouse_kind	 kind;
};
/* Lines one notch of the wheel scrolls. */
#define VIEW_WHEEL	3
/* Cells of text a pane keeps beside its line numbers, or has none. */
#define VIEW_NUMBER_TEXT 10

struct listview;

/* The lists the reader shows over the panes (o, v, r). */
enum view_list { VIEW_LIST_NONE, VIEW_LIST_QUOTES, VIEW_LIST_COVERAGE,
	VIEW_LIST_REPORTS };

/* Places before jumps, oldest first, as vim's jump list (Ctrl-O). */
#define VIEW_JUMPS	50

struct view {
	const struct model *m;
	bool		 ascii;		/* draw ASCII only */
	enum layout_mode mode;
	struct geom	 g;
	struct pane	 pane[PANE_MAX];
	int		 focus;		/* PANE_STMT or PANE_REP */
	long		 prop;		/* selected proposal index, or -1 */
	long		 quote;		/* selected quotation index, or -1 */
	long		 para;		/* selected paraphrase index, or -1:
					   at most one of quote and para is
					   selected (view_selection) */
	bool		 sync;		/* scroll both panes together */
	struct sync	*anchors;	/* built on the first synchronised
					   scroll */
	bool		 sidebar;	/* sidebar docked when it fits */
	bool		 overlay;	/* sidebar over the report pane */
	bool		 help;		/* help screen shown */
	bool		 quit;
	bool		 redraw;	/* repaint the whole terminal */
	struct keys	 keys;
	int		 side_top;	/* sidebar rows scrolled away (J K) */
	int		 side_max;	/* the most it may be: render.c sets it */
	struct place	 jumps[VIEW_JUMPS];
	size_t		 njumps;
	size_t		 jump;		/* where Ctrl-O, Ctrl-R are: njumps when
					   at none */
	int		 help_top;	/* help rows scrolled away */
	/* A list over the panes, until Enter, q or Esc closes it. */
	struct listview	*list;		/* NULL when none is open */
	enum view_list	 list_kind;
	bool		 list_filter;	/* the quotation list's filter, kept
					   from one opening to the next */
	/* Search: the pattern as typed, its matches in pane spane. */
	bool		 prompting;
	char		 input[256];	/* the pattern being typed */
	size_t		 ninput;
	char		*pattern;
	int		 spane;
	struct span	*matches;	/* document bytes, in order */
	size_t		 nmatches;
	long		 match;		/* current match, or -1 */
	struct search_index *index[PANE_MAX];	/* built on first search */
	char		 msg[160];	/* status message until the next key */
	/* Line numbers (#), backward search and history, the mouse (M). */
	bool		 numbers;
	int		 numw[PANE_MAX];	/* number column cells, or 0 */
	bool		 back;		/* the last search went backward */
	bool		 prompt_back;	/* the prompt is \'s */
	char		*hist[VIEW_HISTORY];
	size_t		 nhist;
	long		 hpos;		/* history entry shown, or -1 */
	char		 draft[256];	/* what was typed before Up */
	bool		 mouse;
	/* Several reports: one shown at a time, and a comparison. */
	struct reports	*rs;		/* NULL: m is the only report */
	size_t		 cur;		/* m's index in rs */
	int		 gutter;	/* cells of the statement's gutter */
	bool		 comparing;	/* the comparison view is shown */
	struct compview	 cv;
	/* c or r before every report is checked: opened once they are. */
	enum view_wait { VIEW_WAIT_NONE, VIEW_WAIT_COMPARE,
	    VIEW_WAIT_REPORTS } waiting;
};

/*
 * The rows of the comparison view: a title, a header, the rows, a
 * status line; -1 for one not shown at this height (the rows go
 * first).
 */
struct grid_rows {
	int	title, head, body, nbody, status;
};

/* Compute the screen arrangement for cols x rows (any size >= 0). */
void	view_geometry(struct geom *, int cols, int rows,
	    enum layout_mode, int focus, bool sidebar, bool overlay);

void	view_init(struct view *, const struct model *,
	    const struct ui_options *, bool ascii);
void	view_free(struct view *);
/*
 * Hold every report of rs (the view shows report cur, whose model the
 * view was begun with); with more than one, the statement pane gets a
 * gutter of counts, and the keys . , r c work.
 */
void	view_set_reports(struct view *, struct reports *rs, size_t cur);
/* Reports held (1 without view_set_reports). */
size_t	view_nreports(const struct view *);
/*
 * Show report i: the statement pane keeps its place, the report pane
 * opens at the new report's first quotation whose source is shown in
 * the statement pane, else at its top with its first quotation there
 * selected.  False, with a message, when report i cannot be read.
 */
bool	view_report(struct view *, size_t i);
/* The rows of the comparison view at this size. */
void	view_grid_rows(const struct view *, struct grid_rows *);
/* Fit the comparison view to the screen. */
void	view_fit_grids(struct view *);
/*
 * The gutter beside layout line i of the statement pane, once every
 * report is checked: the count of reports that quoted the passage
 * starting on it and the mark of the most telling use ("3~"), or the
 * mark alone on the passage's other lines; false for none.
 */
bool	view_gutter(const struct view *, size_t i, char *buf, size_t size,
	    enum role *);
/* The status line of the comparison view. */
void	view_compare_status(const struct view *, char *buf, size_t size);
/* Fit the view to a terminal of cols x rows, keeping each pane's place. */
void	view_resize(struct view *, int cols, int rows);
/*
 * Open list k over the panes (closing any other), its cursor on what is
 * selected or on screen; VIEW_LIST_NONE closes the list.  While it is
 * open, keys move in it (listview.h), Enter goes to its row's target
 * and closes it, ! turns its filter on or off, q and Esc close it.
 */
void	view_list_open(struct view *, enum view_list k);
/* Open at proposal number prop and quotation id quote (0: none). */
void	view_open(struct view *, int prop, int quote);
/* Handle one key (a KEYS_* code or a code point). */
void	view_key(struct view *, int key);
/*
 * A mouse event: the wheel scrolls the pane under it (or the sidebar),
 * a click focuses a pane and selects the quotation under it.
 */
void	view_mouse(struct view *, const struct mouse_event *);
/* The user paused while typing a number: it goes to that proposal. */
void	view_timeout(struct view *);
/* Apply one command, as keys_feed() gives it. */
void	view_apply(struct view *, const struct command *);

/*
 * A pane's layout is laid out only as far as the view has looked
 * (layout.h), so that the first screen waits for no more.
 */
/* Whether some pane is not all laid out yet. */
bool	view_pending(const struct view *);
/* Lay out one slice more (64 KiB of text), the focused pane first. */
void	view_work(struct view *);
/* Lay out all of every pane now. */
void	view_finish(struct view *);

/*
 * The file line (1-based) to number layout line i of pane p with, or 0
 * for a wrapped continuation or a blank row between paragraphs: a row
 * has the number of the line its first byte is on, when the row above
 * does not start on that line too.
 */
size_t	view_number_at(const struct view *, int p, size_t i);
/* The pattern history entry i (0: newest), or NULL. */
const char *view_history(const struct view *, size_t i);
/* Text lines in pane p (0 when not shown); layout lines laid out so far. */
int	view_height(const struct view *, int p);
size_t	view_nlines(const struct view *, int p);
/*
 * The file lines pane p shows, first and last, and how many the file
 * has; false when it shows none.
 */
bool	view_lines(const struct view *, int p, size_t *first, size_t *last,
	    size_t *total);
/* Proposal number the selected index stands for, or 0. */
int	view_prop_number(const struct view *);
/* What is selected: a quotation, a paraphrase or nothing. */
enum view_sel { VIEW_SEL_NONE, VIEW_SEL_QUOTE, VIEW_SEL_PARA };
enum view_sel view_selection(const struct view *);
/* The selected quotation, or NULL. */
const struct quote *view_quote(const struct view *);
/* The selected paraphrase, or NULL. */
const struct paraphrase *view_para(const struct view *);
/* The left part of the status line: "Proposal 3/4 · quote 2/7 ...". */
void	view_status(const struct view *, char *buf, size_t size);
/* Index of the first match ending after byte off of pane p, or nmatches. */
size_t	view_match_from(const struct view *, int p, size_t off);
/*
 * The role to draw byte off of pane p in, whose layout role is role:
 * inside the selected quotation, that quotation's own verdict and
 * changed words win over overlapping ones; inside the selected
 * paraphrase, the paraphrase's style.
 */
enum role view_role_at(const struct view *, int p, size_t off,
	    enum role role);
/*
 * Whether byte off of pane p is inside the selected quotation or
 * paraphrase (or its source, in the statement pane; for a quotation not
 * found, its closest passage).
 */
bool	view_selected_at(const struct view *, int p, size_t off);
/*
 * The help screen: a title row, then its lines scrolled by help_top,
 * then a footer row.  Each key takes one line, or two (keys, then the
 * description) when the width is under VIEW_HELP_WIDE; the legend and
 * the notes (numbers, search, styles) take VIEW_HELP_EXTRA lines more.
 */
#define VIEW_HELP_WIDE	40
#define VIEW_HELP_EXTRA	24
int	view_help_lines(const struct view *);
int	view_help_rows(const struct view *);

#endif
