#!/bin/sh
# The mouse, opt-in: with --mouse the terminal reports it (tmux's
# mouse flags), a click on a quotation selects it and the wheel
# scrolls the pane under the pointer; M turns reporting off, and then
# the same bytes (SGR mouse sequences, as a terminal sends them) do
# nothing; reporting is off again after q, SIGTERM, a fatal signal and
# while stopped by Ctrl-Z.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

QC_PRE="TERM=xterm-256color; export TERM"
# SGR reports: ESC [ < button ; column ; row, M pressed, m released.
click() {
	keys -l "$(printf '\033[<0;%d;%dM\033[<0;%d;%dm' "$1" "$2" "$1" "$2")"
}
wheel_down() {
	keys -l "$(printf '\033[<65;%d;%dM' "$1" "$2")"
}
mouse_flag() {
	[ "$(tm_fmt '#{mouse_any_flag}')" = "$1" ]
}
wait_mouse() {
	tm_poll 50 mouse_flag "$1" || fail "mouse reporting not $1"
}
# The statement pane's half of row N.
left() {
	row "$1" | cut -c 1-38
}

qc_start 80 24 --mouse
wait_for "Report (TASS)"
wait_stable
wait_mouse 1
# Row 18, column 45: the report's "To jointly develop..." (quotation 2).
row 18 | cut -c 41- | grep -F '"To jointly develop' >/dev/null ||
    fail "no quotation 2 at row 18: $(row 18)"
click 45 18
wait_for "quote 2/7 altered"
wait_stable
# The wheel over the statement: it moves three lines.
want=$(left 5)
wheel_down 10 10
tm_poll 50 sh -c '[ "$(tmux -u -L "$0" capture-pane -p -t 0 |
    sed -n 2p | cut -c 1-38)" = "$1" ]' "$TM_SOCK" "$want" ||
    fail "wheel: row 2 is not the old row 5 ($want)"

# M: off, and the same bytes are nothing (no key, no count, no move).
keys M
wait_for "mouse off"
wait_mouse 0
before=$(screen)
click 45 18
wheel_down 10 10
click 5 5
sleep 0.5
[ "$(screen)" = "$before" ] || fail "mouse off: the screen changed"
alive || fail "mouse off: quotecheck died"
keys M
wait_for "mouse on"
wait_mouse 1
keys q
qc_exit 0
wait_mouse 0

# Signals that end the reader take mouse reporting with them.
qc_start 80 24 --mouse
wait_for "Report (TASS)"
wait_mouse 1
kill -TERM "$(qc_pid)"
qc_exit 143
wait_mouse 0
qc_start 80 24 --mouse
wait_for "Report (TASS)"
wait_mouse 1
kill -USR1 "$(qc_pid)"
qc_exit 138
wait_mouse 0

# Ctrl-Z in a job-control shell: off while stopped, on again after fg.
tm_stop
TM_N=$((TM_N + 1))
TM_SOCK=qc$$.$TM_N
t new-session -d -x 80 -y 24 "env PS1='$ ' ENV= LC_ALL=C.UTF-8 \
    TERM=xterm-256color sh -i" || fail "cannot start tmux"
wait_for '$'
keys "'$QC' --mouse" Enter
wait_for "Report (TASS)"
wait_mouse 1
keys C-z
wait_gone "Report (TASS)"
wait_mouse 0
keys fg Enter
wait_for "Report (TASS)"
wait_mouse 1
keys q
wait_gone "Report (TASS)"
wait_mouse 0
