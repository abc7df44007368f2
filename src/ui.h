/* ui.h — the interactive reader (curses).  Only main.c calls it. */
#ifndef QC_UI_H
#define QC_UI_H

#include <stdbool.h>

#include "model.h"
#include "view.h"

/*
 * Run the reader on m until the user quits; returns the exit status,
 * or -1 after reporting (msg.h) that it cannot start.  ascii: the
 * locale is not UTF-8 (main.c decides, once).
 */
int	ui_run(struct model *m, const struct ui_options *, bool ascii);

#endif
