/* ui.h — the interactive reader (curses).  Only main.c calls it. */
#ifndef QC_UI_H
#define QC_UI_H

#include <stdbool.h>

#include "model.h"

enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };
enum layout_mode { LAYOUT_AUTO, LAYOUT_SIDE, LAYOUT_STACKED };

struct ui_options {
	int			proposal;	/* open at proposal number; 0: none */
	int			quote;		/* open at quotation id; 0: none */
	enum color_mode		color;
	enum layout_mode	layout;
	bool			sidebar;	/* start with the sidebar shown */
};

/* Run the reader on m until the user quits; returns the exit status. */
int	ui_run(struct model *m, const struct ui_options *);

#endif
