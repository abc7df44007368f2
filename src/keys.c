/*
 * keys.c — the key table and the count prefix.
 *
 * Digits do two jobs, as the manual says of both "3 goes to proposal 3"
 * and "5j moves five lines", and no key acts twice: a number is only
 * typed until what follows says what it is for.  A motion takes it as
 * its count; Enter, or a pause (ui.c times it), makes it a jump to that
 * proposal.  The status line shows the number and both meanings.
 */
#include <stddef.h>

#include "keys.h"

#define C(x)	KEYS_CTRL(x)

static const struct keydef keys_table[] = {
	{ ACT_DOWN, "j  Down  Ctrl-N", "line down",
	    { 'j', KEYS_DOWN, C('n') }, true },
	{ ACT_UP, "k  Up  Ctrl-P", "line up",
	    { 'k', KEYS_UP, C('p') }, true },
	{ ACT_PAGE_DOWN, "Space f PgDn Ctrl-F", "page down",
	    { ' ', 'f', KEYS_NPAGE, C('f') }, true },
	{ ACT_PAGE_UP, "b  PgUp  Ctrl-B", "page up",
	    { 'b', KEYS_PPAGE, C('b') }, true },
	{ ACT_HALF_DOWN, "d  Ctrl-D", "half page down",
	    { 'd', C('d') }, true },
	{ ACT_HALF_UP, "u  Ctrl-U", "half page up",
	    { 'u', C('u') }, true },
	{ ACT_TOP, "g  Home  <", "top (Ng line N)",
	    { 'g', KEYS_HOME, '<' }, true },
	{ ACT_BOTTOM, "G  End  >", "bottom (NG line N)",
	    { 'G', KEYS_END, '>' }, true },
	{ ACT_FOCUS_NEXT, "Tab", "the other pane",
	    { '\t' }, false },
	{ ACT_FOCUS_PREV, "Shift-Tab", "the other pane",
	    { KEYS_BTAB }, false },
	{ ACT_FOCUS_LEFT, "h  Left", "statement pane",
	    { 'h', KEYS_LEFT }, false },
	{ ACT_FOCUS_RIGHT, "l  Right", "report pane",
	    { 'l', KEYS_RIGHT }, false },
	{ ACT_PROP_NEXT, "]", "next proposal",
	    { ']' }, true },
	{ ACT_PROP_PREV, "[", "previous proposal",
	    { '[' }, true },
	{ ACT_COUNT, "1 ... 9", "a number N, then:",
	    { 0 }, false },
	{ ACT_PROP_GOTO, "N Enter  N pause", "go to proposal N",
	    { 0 }, false },
	{ ACT_QUOTE_NEXT, "}", "next quotation",
	    { '}' }, true },
	{ ACT_QUOTE_PREV, "{", "previous quotation",
	    { '{' }, true },
	{ ACT_PROBLEM_NEXT, ")", "next not exact",
	    { ')' }, true },
	{ ACT_PROBLEM_PREV, "(", "previous not exact",
	    { '(' }, true },
	{ ACT_PARA_NEXT, "p", "next paraphrase",
	    { 'p' }, true },
	{ ACT_PARA_PREV, "P", "prev. paraphrase",
	    { 'P' }, true },
	{ ACT_QUOTE_LIST, "o", "list of quotations",
	    { 'o' }, false },
	{ ACT_COVER_LIST, "v", "coverage list",
	    { 'v' }, false },
	{ ACT_LIST_FILTER, "!", "list: not exact",
	    { '!' }, false },
	{ ACT_COUNTERPART, "Enter", "to the counterpart",
	    { '\n', '\r', KEYS_ENTER }, false },
	{ ACT_JUMP_BACK, "Ctrl-O", "back after a jump",
	    { C('o') }, true },
	{ ACT_JUMP_FORWARD, "Ctrl-R", "forward again",
	    { C('r') }, true },
	{ ACT_REPORT_NEXT, ".", "next report",
	    { '.' }, true },
	{ ACT_REPORT_PREV, ",", "previous report",
	    { ',' }, true },
	{ ACT_REPORT_LIST, "r", "list of reports",
	    { 'r' }, false },
	{ ACT_COMPARE, "c", "compare reports",
	    { 'c' }, false },
	{ ACT_SEARCH, "/", "search forward",
	    { '/' }, false },
	{ ACT_SEARCH_NEXT, "n", "next match",
	    { 'n' }, true },
	{ ACT_SEARCH_PREV, "N", "previous match",
	    { 'N' }, true },
	{ ACT_SEARCH_BACK, "\\", "search backward",
	    { '\\' }, false },
	{ ACT_NUMBERS, "#", "line numbers",
	    { '#' }, false },
	{ ACT_MOUSE, "M", "mouse on or off",
	    { 'M' }, false },
	{ ACT_SYNC, "s", "sync scrolling",
	    { 's' }, false },
	{ ACT_SIDEBAR, "i", "sidebar on or off",
	    { 'i' }, false },
	{ ACT_SIDE_DOWN, "J", "sidebar down",
	    { 'J' }, true },
	{ ACT_SIDE_UP, "K", "sidebar up",
	    { 'K' }, true },
	{ ACT_HELP, "?", "this help",
	    { '?' }, false },
	{ ACT_REDRAW, "Ctrl-L", "redraw",
	    { C('l') }, false },
	{ ACT_CANCEL, "Esc", "cancel a number",
	    { KEYS_ESC }, false },
	{ ACT_QUIT, "q  Q", "quit",
	    { 'q', 'Q' }, false },
};

#define NKEYS	(sizeof(keys_table) / sizeof(keys_table[0]))

const struct keydef *
keys_get(size_t i)
{
	return i < NKEYS ? &keys_table[i] : NULL;
}

const struct keydef *
keys_find(enum action a)
{
	size_t	i;

	for (i = 0; i < NKEYS; i++)
		if (keys_table[i].action == a)
			return &keys_table[i];
	return NULL;
}

enum action
keys_action(int c)
{
	size_t	i, j;

	if (c == 0)
		return ACT_NONE;
	for (i = 0; i < NKEYS; i++)
		for (j = 0; j < KEYS_NCODES && keys_table[i].codes[j]; j++)
			if (keys_table[i].codes[j] == c)
				return keys_table[i].action;
	return ACT_NONE;
}

void
keys_init(struct keys *k)
{
	k->count = 0;
	k->typing = false;
}

struct command
keys_feed(struct keys *k, int c)
{
	struct command		 cmd = { ACT_NONE, 0 };
	const struct keydef	*kd;

	if (c >= '0' && c <= '9' && (k->typing || c != '0')) {
		k->count = k->count * 10 + (c - '0');
		if (k->count > KEYS_COUNT_MAX)
			k->count = KEYS_COUNT_MAX;
		k->typing = true;
		cmd.action = ACT_COUNT;
		cmd.count = k->count;
		return cmd;
	}
	cmd.action = keys_action(c);
	kd = keys_find(cmd.action);
	if (k->typing && cmd.action == ACT_COUNTERPART) {
		cmd.action = ACT_PROP_GOTO;
		cmd.count = k->count;
	} else if (k->typing && kd != NULL && kd->count)
		cmd.count = k->count;
	keys_init(k);
	return cmd;
}
