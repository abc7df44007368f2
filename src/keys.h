/*
 * keys.h — the key bindings: one table from key codes to actions, each
 * row with the keys as shown and a one-line description, which the ?
 * screen and the manual repeat.  Also the count prefix of less and vi:
 * digits typed before a motion repeat it (5j); typed alone and ended by
 * Enter or a pause, they go to that proposal.  No curses here: ui.c
 * turns curses key codes into the KEYS_* codes below.
 */
#ifndef QC_KEYS_H
#define QC_KEYS_H

#include <stdbool.h>
#include <stddef.h>

/* Key codes: Unicode code points are themselves; other keys above. */
enum {
	KEYS_DOWN = 0x110000,
	KEYS_UP,
	KEYS_LEFT,
	KEYS_RIGHT,
	KEYS_NPAGE,
	KEYS_PPAGE,
	KEYS_HOME,
	KEYS_END,
	KEYS_BTAB,		/* Shift-Tab */
	KEYS_ENTER,		/* the keypad's Enter */
	KEYS_BACKSPACE,
	KEYS_OTHER		/* any function key without a binding */
};
#define KEYS_CTRL(c)	((c) & 0x1f)
#define KEYS_ESC	0x1b

enum action {
	ACT_NONE,
	ACT_DOWN,
	ACT_UP,
	ACT_PAGE_DOWN,
	ACT_PAGE_UP,
	ACT_HALF_DOWN,
	ACT_HALF_UP,
	ACT_TOP,		/* with a count: go to line N */
	ACT_BOTTOM,		/* with a count: go to line N */
	ACT_FOCUS_NEXT,
	ACT_FOCUS_PREV,
	ACT_FOCUS_LEFT,
	ACT_FOCUS_RIGHT,
	ACT_PROP_NEXT,
	ACT_PROP_PREV,
	ACT_PROP_GOTO,		/* a number typed: go to proposal N */
	ACT_QUOTE_NEXT,
	ACT_QUOTE_PREV,
	ACT_COUNTERPART,
	ACT_SEARCH,
	ACT_SEARCH_NEXT,
	ACT_SEARCH_PREV,
	ACT_HELP,
	ACT_SYNC,
	ACT_SIDEBAR,
	ACT_REDRAW,
	ACT_CANCEL,		/* Esc: forget a number being typed */
	ACT_QUIT,
	ACT_COUNT,		/* a digit: the number so far, nothing done */
	ACT_SIDE_DOWN,		/* scroll the sidebar */
	ACT_SIDE_UP,
	ACT_PROBLEM_NEXT,	/* next quotation not exact */
	ACT_PROBLEM_PREV,
	ACT_JUMP_BACK,		/* where the reader was before a jump */
	ACT_JUMP_FORWARD,
	ACT_PARA_NEXT,		/* next paraphrase */
	ACT_PARA_PREV,
	ACT_SEARCH_BACK,	/* \: search backward */
	ACT_NUMBERS,		/* #: line numbers on or off */
	ACT_MOUSE,		/* M: the mouse on or off */
	ACT_REPORT_NEXT,	/* several reports: the next one */
	ACT_REPORT_PREV,
	ACT_REPORT_LIST,	/* the list of reports */
	ACT_COMPARE,		/* the comparison view */
	ACT_QUOTE_LIST,		/* the lists: quotations, coverage */
	ACT_COVER_LIST,
	ACT_LIST_FILTER,	/* in a list: its filter on or off */
	ACT_MAX
};

#define KEYS_NCODES	6

/* One row of the table: one action and every key bound to it. */
struct keydef {
	enum action	 action;
	const char	*keys;			/* as shown: "j  Down  Ctrl-N" */
	const char	*help;			/* one line */
	int		 codes[KEYS_NCODES];	/* 0-terminated */
	bool		 count;			/* takes a count (5j) */
};

/* A complete command: an action and its count (0 when none typed). */
struct command {
	enum action	action;
	long		count;
};

/* State of the count prefix between keys. */
struct keys {
	long	count;		/* the number typed so far */
	bool	typing;		/* digits have been typed */
};

#define KEYS_COUNT_MAX	9999999L

/* Row i of the table (help order), or NULL past the end. */
const struct keydef	*keys_get(size_t i);
/* The row holding action a, or NULL. */
const struct keydef	*keys_find(enum action a);
/* The action bound to key code c (digits excluded), or ACT_NONE. */
enum action		 keys_action(int c);
void			 keys_init(struct keys *);
/*
 * Feed one key.  Returns the command it completes: a digit gives
 * ACT_COUNT with the number typed so far and does nothing else; Enter
 * after a number gives ACT_PROP_GOTO with it; an action that takes a
 * count gets the number typed before it (which is then used up); any
 * other action gets count 0 and also ends the number.  A key bound to
 * nothing gives ACT_NONE.  A pause ends a number as Enter does (the
 * caller times it: view_timeout).
 */
struct command		 keys_feed(struct keys *, int c);

#endif
