# tests/safety/tmux.sh — helpers for the TUI safety tests (sourced),
# over the tmux driver tests/lib/tmux.sh: quotecheck in a pane of a
# private tmux server at a fixed size, the terminal's state read back
# from tmux itself.  Needs lib.sh first.  A failed check is recorded for
# the case (TAP, tests/lib/tap.sh) and the case goes on.
#
# The driver's pane script starts the command once the guard title is
# set, records `stty -a` before and after and the exit status, and
# keeps the bytes that arrived on the terminal's input afterwards
# (answers to queries a hostile file made the terminal send).

. "$QC_SRCDIR/tests/lib/tmux.sh"

trap 'tm_stop; chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT

# tui_start COLS ROWS ARG...: start ARG... (QC_WRAP before it) in a
# fresh pane.
tui_start() {
	tm_start "$T" "$@" ||
	    { echo "Bail out! tmux: cannot start $3"; exit 99; }
}

# wait_for_file FILE TENTHS
wait_for_file() {
	tm_wait_file "$1" "$2"
}

# capture: the pane's text in $T/screen, with attributes in $T/screen.e,
# with lines the terminal wrapped joined again in $T/screen.j (for
# messages, whose length depends on the paths in them).
capture() {
	tm_screen >"$T/screen"
	tm_screen -e >"$T/screen.e"
	tm_screen -J >"$T/screen.j"
}

# wait_screen TEXT [TENTHS]: until the pane shows TEXT (fixed string).
wait_screen() {
	tm_poll "${2:-100}" captured "$1" && return 0
	fail "the screen never showed '$1'"
	return 1
}

captured() {
	capture
	grep -qF -- "$1" "$T/screen"
}

# keys KEY...: send keys, then let the pane settle.
keys() {
	tm_keys "$@"
	sleep 0.3
}

# pane_fmt FORMAT: a tmux format of the pane (#{pane_title} ...).
pane_fmt() {
	tm_fmt "$1"
}

# expect_terminal_untouched: title, clipboard, modes as they were.
expect_terminal_untouched() {
	_title=$(pane_fmt '#{pane_title}')
	[ "$_title" = "$TM_TITLE" ] ||
	    fail "the pane title was changed to '$_title' (OSC 0/2 got through)"
	_bufs=$(tm list-buffers 2>/dev/null)
	[ -z "$_bufs" ] ||
	    fail "a tmux buffer was set (OSC 52 got through): $_bufs"
}

# expect_screen_safe: every row fits the width, the panes' borders
# stay in their columns, no attribute a document asked for (blink,
# invisible, strike) is on the screen.
expect_screen_safe() {
	"$PY" - "$T/screen" "$T/screen.e" "$1" >"$T/why" 2>&1 <<'EOF' ||
import re, sys, unicodedata
text = open(sys.argv[1], encoding="utf-8", errors="replace").read().split("\n")
esc = open(sys.argv[2], encoding="utf-8", errors="replace").read()
cols = int(sys.argv[3])
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
errs = []
for i, row in enumerate(text, 1):
    if width(row) > cols:
        errs.append("row %d is %d cells wide (> %d)" % (i, width(row), cols))
# Borders: the columns holding a vertical line on the first framed row
# hold it on every row down to the status line.
rows = [r for r in text if r.strip()]
first = next((r for r in rows if "\u2502" in r), None)
if first is not None:
    cut = [i for i, c in enumerate(first) if c == "\u2502"]
    framed = [r for r in text[:-2] if "\u2502" in r]
    for n, r in enumerate(framed):
        have = [i for i, c in enumerate(r) if c == "\u2502"]
        if have != cut and not set(cut) <= set(have):
            errs.append("borders moved: %r on a row, %r on the first"
                        % (have, cut))
            break
for m in re.finditer(r"\x1b\[([0-9;:]*)m", esc):
    ps = [p for p in m.group(1).split(";") if p]
    for p in ps:
        if p in ("5", "6", "8", "9"):
            errs.append("SGR %s (blink/hidden/strike) on the screen" % p)
            break
    if errs and errs[-1].startswith("SGR"):
        break
if re.search(r"\x1b[\]P_^]", esc):
    errs.append("an OSC/DCS/APC/PM sequence in the captured screen")
print("\n".join(errs))
sys.exit(1 if errs else 0)
EOF
	    fail "$(cat "$T/why")"
}

# tui_quit: q, then the pane script's record of the terminal after.
tui_quit() {
	keys q
	tui_after 0
}

# tui_after STATUS: quotecheck has ended (or is ending) with STATUS; the
# terminal is as it was.
tui_after() {
	wait_for_file "$T/exit" 200
	if [ ! -s "$T/exit" ]; then
		fail "quotecheck has not ended after 20 s (hang)"
		rc=none
		return
	fi
	tm_poll 50 captured QC-DONE
	rc=$(cat "$T/exit" 2>/dev/null || echo none)
	[ "$rc" = "$1" ] || fail "exit status $rc, want $1"
	cmp -s "$T/stty.before" "$T/stty.after" ||
	    fail "stty -a differs after quitting: $(diff "$T/stty.before" "$T/stty.after" | tr '\n' ' ')"
	[ -s "$T/stdin.after" ] &&
	    fail "bytes arrived on the terminal's input: $(od -c "$T/stdin.after" | head -n 2 | tr '\n' ' ')"
	[ "$(pane_fmt '#{alternate_on}')" = 0 ] ||
	    fail "still on the alternate screen after quitting"
	[ "$(pane_fmt '#{cursor_flag}')" = 1 ] ||
	    fail "cursor left invisible after quitting"
	[ "$(pane_fmt '#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}')" = 000 ] ||
	    fail "mouse reporting left on after quitting"
	[ "$(pane_fmt '#{insert_flag}#{origin_flag}')" = 00 ] ||
	    fail "insert or origin mode left on after quitting"
	grep -q QC-DONE "$T/screen" ||
	    fail "the shell's output after quitting is not visible"
	expect_no_sanitizer_log
	check_valgrind
}

# expect_no_sanitizer_log: no ASan, LSan or UBSan report was written.
expect_no_sanitizer_log() {
	for _f in "$T"/san.*; do
		[ -e "$_f" ] || continue
		fail "sanitizer report: $(grep -m 2 -E 'ERROR|runtime error|SUMMARY' "$_f" | tr '\n' ' ')"
		cat "$_f" >&2
		rm -f "$_f"
	done
}
