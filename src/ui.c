/*
 * ui.c — the reader's terminal: start and stop curses, read keys,
 * follow resizes, and leave the terminal as it was found whatever
 * happens.
 *
 * The escape sequences that undo what curses did (attributes, cursor,
 * keypad, alternate screen) and the terminal modes are saved at start,
 * so that a signal handler can restore the terminal with write(2) and
 * tcsetattr(3) alone, both async-signal-safe: SIGINT, SIGTERM and
 * SIGHUP then exit at once (128 + the signal), and every other signal
 * whose default action ends the process (a crash, SIGPIPE, SIGALRM, a
 * CPU or file size limit, SIGUSR1, the real-time signals...) re-raises
 * its signal with the default action.  SIGTSTP and SIGWINCH are left to ncurses, which leaves
 * and restores the screen around a stop and turns a resize into
 * KEY_RESIZE.  Input that keeps failing means the terminal is gone:
 * the reader ends instead of spinning.
 *
 * The mouse is the terminal's unless the view wants it (--mouse, M):
 * then curses reports presses and the wheel, which go to the view as
 * cells (view_mouse), and the reset sequence turns reporting off too.
 *
 * The first frame comes as soon as the screen's part of each document
 * is laid out (view.h); the rest is laid out after it, a slice at a
 * time while no key waits, before the reader blocks for a key.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <curses.h>

#include "msg.h"
#include "render.h"
#include "ui.h"
#include "view.h"

/* Failed reads in a row (not resizes, not signals) that end the reader. */
#define UI_MAX_FAILS	8
/* Exit status when the terminal went away. */
#define UI_LOST		129
/* A pause this long ends a number being typed (3, then 2: not 32). */
#define UI_NUMBER_MS	1000
/* While reports are checked, the status line says how far, this often. */
#define UI_PROGRESS_MS	250

static SCREEN			*screen;
static FILE			*tty;		/* /dev/tty when stdin is not one */
static volatile sig_atomic_t	 active;
static volatile sig_atomic_t	 continued;
static int			 out_fd = -1, in_fd = -1;
static struct termios		 saved_modes;
static bool			 have_modes;
static char			 reset_seq[256];
static size_t			 reset_len;

/* Restore the terminal with async-signal-safe calls only. */
static void
ui_restore_now(void)
{
	ssize_t	n;

	if (!active)
		return;
	if (reset_len > 0)
		do
			n = write(out_fd, reset_seq, reset_len);
		while (n == -1 && errno == EINTR);
	if (have_modes)
		tcsetattr(in_fd, TCSANOW, &saved_modes);
	active = 0;
}

static void
ui_exit_signal(int sig)
{
	ui_restore_now();
	_exit(128 + sig);
}

static void
ui_crash_signal(int sig)
{
	ui_restore_now();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
ui_cont_signal(int sig)
{
	(void)sig;
	continued = 1;
}

/*
 * Signals whose default action ends the process, besides the three that
 * exit: each restores the terminal, then dies of its signal.  The
 * real-time signals (SIGRTMIN..SIGRTMAX) are added in ui_signals.
 */
static const int	ui_fatal_sigs[] = {
	SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGQUIT, SIGXCPU, SIGXFSZ,
	SIGSYS, SIGTRAP, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM,
	SIGPROF,
#ifdef SIGPWR
	SIGPWR,
#endif
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
#ifdef SIGIO
	SIGIO,
#endif
#ifdef SIGPOLL
	SIGPOLL,
#endif
#ifdef SIGEMT
	SIGEMT,
#endif
#ifdef SIGLOST
	SIGLOST,
#endif
};

static void
ui_signal_set(int sig, void (*fn)(int), int flags, struct sigaction *old)
{
	struct sigaction	sa;

	sigaction(sig, NULL, old);
	if (old->sa_handler == SIG_IGN)
		return;
	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigaction(sig, &sa, NULL);
}

/*
 * Install (on) or take back (off) the handlers.  A signal the reader
 * was started with ignored, as under nohup, stays ignored.
 */
static void
ui_signals(bool on)
{
	static const int	 exits[] = { SIGINT, SIGTERM, SIGHUP };
	static struct sigaction	 old[NSIG];
	static bool		 saved[NSIG];
	size_t			 i;
	int			 sig;

	if (!on) {
		for (sig = 1; sig < NSIG; sig++)
			if (saved[sig])
				sigaction(sig, &old[sig], NULL);
		memset(saved, 0, sizeof(saved));
		return;
	}
	for (i = 0; i < sizeof(exits) / sizeof(exits[0]); i++) {
		ui_signal_set(exits[i], ui_exit_signal, 0, &old[exits[i]]);
		saved[exits[i]] = true;
	}
	for (i = 0; i < sizeof(ui_fatal_sigs) / sizeof(ui_fatal_sigs[0]);
	    i++) {
		sig = ui_fatal_sigs[i];
		/* SIGPOLL is SIGIO on some systems: install it once. */
		if (saved[sig])
			continue;
		ui_signal_set(sig, ui_crash_signal, SA_RESETHAND | SA_NODEFER,
		    &old[sig]);
		saved[sig] = true;
	}
	for (sig = SIGRTMIN; sig <= SIGRTMAX && sig < NSIG; sig++) {
		ui_signal_set(sig, ui_crash_signal, SA_RESETHAND | SA_NODEFER,
		    &old[sig]);
		saved[sig] = true;
	}
	ui_signal_set(SIGCONT, ui_cont_signal, 0, &old[SIGCONT]);
	saved[SIGCONT] = true;
}

/* Append the terminfo string s, without padding, to reset_seq. */
static void
ui_reset_str(const char *s)
{
	if (s == NULL || s == (const char *)-1)
		return;
	while (*s != '\0' && reset_len < sizeof(reset_seq)) {
		if (s[0] == '$' && s[1] == '<' && strchr(s, '>') != NULL) {
			s = strchr(s, '>') + 1;
			continue;
		}
		reset_seq[reset_len++] = *s++;
	}
}

static void
ui_reset_add(const char *cap)
{
	ui_reset_str(tigetstr(cap));
}

/*
 * Mouse reporting off, for a signal handler to send whether or not the
 * mouse was ever turned on: what curses turns it on with (XM), else
 * xterm's, on a terminal that reports a mouse at all (kmous).
 */
static void
ui_reset_mouse(void)
{
	const char	*km = tigetstr("kmous"), *xm = tigetstr("XM");

	if (km == NULL || km == (const char *)-1)
		return;
	if (xm != NULL && xm != (const char *)-1)
		ui_reset_str(tiparm(xm, 0));
	else
		ui_reset_str("\033[?1000l");
}

/* The curses mouse mask as the view wants it: none when it is off. */
static void
ui_mouse(const struct view *v)
{
	static bool	on;

	if (v->mouse == on)
		return;
	on = v->mouse;
	mousemask(on ? BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED |
	    BUTTON5_PRESSED : 0, NULL);
}

/* A curses mouse event for the view; nothing when the mouse is off. */
static void
ui_mouse_event(struct view *v)
{
	struct mouse_event	e;
	MEVENT			ev;

	if (!v->mouse || getmouse(&ev) != OK)
		return;
	if (ev.bstate & BUTTON4_PRESSED)
		e.kind = MOUSE_WHEEL_UP;
	else if (ev.bstate & BUTTON5_PRESSED)
		e.kind = MOUSE_WHEEL_DOWN;
	else if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
		e.kind = MOUSE_CLICK;
	else
		return;
	e.y = ev.y;
	e.x = ev.x;
	view_mouse(v, &e);
}

/* msg.h calls this before printing, so that a message is readable. */
static void
ui_cleanup(void)
{
	if (active) {
		endwin();
		active = 0;
	}
}

static const char *
ui_term_problem(void)
{
	const char	*term = getenv("TERM");

	if (term == NULL || *term == '\0')
		return "TERM is not set";
	if (strcmp(term, "dumb") == 0)
		return "the terminal is dumb (TERM=dumb)";
	return NULL;
}

static void
ui_refuse(const char *why)
{
	qc_msg(MSG_NO_READER, NULL, 0, 0, "%s; use --check for the text "
	    "report", why);
}

static int
ui_start(void)
{
	const char	*why;

	if ((why = ui_term_problem()) != NULL) {
		ui_refuse(why);
		return -1;
	}
	in_fd = STDIN_FILENO;
	if (!isatty(in_fd)) {
		if ((tty = fopen("/dev/tty", "r")) == NULL) {
			ui_refuse("no terminal to read keys from");
			return -1;
		}
		in_fd = fileno(tty);
	}
	out_fd = STDOUT_FILENO;
	have_modes = tcgetattr(in_fd, &saved_modes) == 0;
	fflush(stdout);
	ui_signals(true);
	screen = newterm(NULL, stdout, tty != NULL ? tty : stdin);
	if (screen == NULL) {
		ui_signals(false);
		ui_refuse("unknown terminal type");
		return -1;
	}
	active = 1;
	fatal_set_cleanup(ui_cleanup);
	return 0;
}

static void
ui_setup(const struct ui_options *o, bool ascii)
{
	bool	color;

	reset_len = 0;
	ui_reset_add("sgr0");
	ui_reset_add("cnorm");
	ui_reset_add("rmkx");
	ui_reset_add("rmcup");
	ui_reset_mouse();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	idlok(stdscr, TRUE);
	curs_set(0);
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(100);
	/* Presses, not clicks: no wait to tell a click from a drag. */
	mouseinterval(0);
	/* Colour only on the user's own background, or none at all. */
	color = o->color != COLOR_NEVER && has_colors() &&
	    start_color() == OK && use_default_colors() == OK;
	render_init(color, ascii);
	render_probe(in_fd, out_fd);
}

static void
ui_stop(void)
{
	ui_cleanup();
	ui_signals(false);
	fatal_set_cleanup(NULL);
	if (screen != NULL)
		delscreen(screen);
	screen = NULL;
	if (tty != NULL)
		fclose(tty);
	tty = NULL;
}

/* A curses key as a keys.h code. */
static int
ui_keycode(int r, wint_t wc)
{
	if (r == OK)
		return (int)wc;
	switch (wc) {
	case KEY_DOWN:
		return KEYS_DOWN;
	case KEY_UP:
		return KEYS_UP;
	case KEY_LEFT:
		return KEYS_LEFT;
	case KEY_RIGHT:
		return KEYS_RIGHT;
	case KEY_NPAGE:
		return KEYS_NPAGE;
	case KEY_PPAGE:
		return KEYS_PPAGE;
	case KEY_HOME:
		return KEYS_HOME;
	case KEY_END:
		return KEYS_END;
	case KEY_BTAB:
		return KEYS_BTAB;
	case KEY_ENTER:
		return KEYS_ENTER;
	case KEY_BACKSPACE:
		return KEYS_BACKSPACE;
	default:
		return KEYS_OTHER;
	}
}

static void
ui_test_hooks(void)
{
#ifdef QC_TEST_HOOKS
	if (getenv("QUOTECHECK_TEST_ABORT") != NULL)
		abort();
#endif
}

static long
ui_ms_since(const struct timespec *t0)
{
	struct timespec	t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000 +
	    (t.tv_nsec - t0->tv_nsec) / 1000000;
}

/*
 * Read a key.  Blocking, except while a number is typed; *paused is
 * set when that wait ran out, which is neither a key nor a failure.
 */
static int
ui_read(const struct view *v, wint_t *wc, bool *paused)
{
	struct timespec	t0;
	int		r;

	wtimeout(stdscr, v->keys.typing ? UI_NUMBER_MS : -1);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	r = wget_wch(stdscr, wc);
	*paused = r == ERR && v->keys.typing &&
	    ui_ms_since(&t0) >= UI_NUMBER_MS / 2;
	return r;
}

/*
 * After a frame: lay out the rest of the documents a slice at a time
 * while no key is waiting.  Returns a key that came in meanwhile (not
 * ERR), or ERR once all is laid out; then the status line is drawn
 * again if it changed, as the percentage may have.
 */
static int
ui_work(struct view *v, wint_t *wc)
{
	char		before[512], after[512];
	struct timespec	t0;
	unsigned	gen = v->rs != NULL ? v->rs->gen : 0;
	int		r;

	if (!view_pending(v))
		return ERR;
	view_status(v, before, sizeof(before));
	wtimeout(stdscr, 0);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (view_pending(v) && !continued) {
		if ((r = wget_wch(stdscr, wc)) != ERR)
			return r;
		view_work(v);
		/* Checking many reports takes a while: say how far it is. */
		if (v->rs != NULL && reports_pending(v->rs) &&
		    ui_ms_since(&t0) >= UI_PROGRESS_MS) {
			render_draw(v);
			doupdate();
			clock_gettime(CLOCK_MONOTONIC, &t0);
		}
	}
	view_status(v, after, sizeof(after));
	/* The gutter's counts came with the comparison. */
	if (!continued && (strcmp(before, after) != 0 ||
	    (v->rs != NULL && v->rs->gen != gen))) {
		render_draw(v);
		doupdate();
	}
	return ERR;
}

/* Read and handle keys until the user quits; false if the tty is gone. */
static bool
ui_loop(struct view *v)
{
	wint_t	wc;
	int	r, fails = 0;
	bool	first = true, paused;

	while (!v->quit) {
		ui_mouse(v);
		if (v->redraw) {
			clearok(curscr, TRUE);
			v->redraw = false;
		}
		render_draw(v);
		doupdate();
		if (first)
			ui_test_hooks();
		first = false;
		paused = false;
		if ((r = ui_work(v, &wc)) == ERR && !continued)
			r = ui_read(v, &wc, &paused);
		/* After fg: redraw, and keep a key that came with it. */
		if (continued) {
			continued = 0;
			v->redraw = true;
			if (r == ERR)
				continue;
		}
		if (paused) {
			view_timeout(v);
			continue;
		}
		if (r == ERR) {
			if (++fails >= UI_MAX_FAILS)
				return false;
			continue;
		}
		fails = 0;
		if (r == KEY_CODE_YES && wc == KEY_RESIZE)
			view_resize(v, COLS, LINES);
		else if (r == KEY_CODE_YES && wc == KEY_MOUSE)
			ui_mouse_event(v);
		else
			view_key(v, ui_keycode(r, wc));
	}
	return true;
}

int
ui_run(struct reports *rs, size_t first, const struct ui_options *o,
    bool ascii)
{
	struct view	v;
	bool		alive;

	if (ui_start() == -1)
		return -1;
	/* The terminal is the reader's: messages wait until it ends. */
	msg_hold(1);
	ui_setup(o, ascii);
	view_init(&v, reports_get(rs, first), o, ascii);
	view_set_reports(&v, rs, first);
	view_resize(&v, COLS, LINES);
	view_open(&v, o->proposal, o->quote);
	alive = ui_loop(&v);
	ui_stop();
	msg_hold(0);
	view_free(&v);
	return alive ? 0 : UI_LOST;
}
