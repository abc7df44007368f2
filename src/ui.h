/* ui.h — the interactive reader (curses).  Only main.c calls it. */
#ifndef QC_UI_H
#define QC_UI_H

#include <stdbool.h>

#include "model.h"
#include "reports.h"
#include "view.h"

/*
 * Run the reader on the reports of rs, showing report first (checked
 * already), until the user quits; returns the exit status, or -1 after
 * reporting (msg.h) that it cannot start.  Messages about the reports
 * checked meanwhile are printed when the reader ends.  ascii: the
 * locale is not UTF-8 (main.c decides, once).
 */
int	ui_run(struct reports *rs, size_t first, const struct ui_options *,
	    bool ascii);

#endif
