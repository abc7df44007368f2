/*
 * render.h — draw the view with curses: the two panes with their title
 * bars, the sidebar, the status line and the help screen.  Document
 * text reaches the terminal only through display.h glyphs, as wide
 * characters.  Only ui.c calls it, between initscr and endwin.
 */
#ifndef QC_RENDER_H
#define QC_RENDER_H

#include <stdbool.h>

#include "view.h"

/* Choose the colour or the monochrome scheme; after start_color(). */
void	render_init(bool color, bool ascii);
/*
 * Ask the terminal on in/out (in cbreak mode) what it draws in one cell:
 * ZWJ sequences, skin tones (display_set_caps).  Before render_init.
 */
void	render_probe(int in, int out);
/*
 * Draw v into stdscr and mark it for the next doupdate(); it records
 * how far the sidebar may scroll (side_max).
 */
void	render_draw(struct view *v);

#endif
