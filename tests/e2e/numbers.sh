#!/bin/sh
# Line numbers: # turns on the column -N starts with (the same screen
# as screens/bundled-80x24-numbers.txt, which screens.sh checks for
# -N), numbers each file line once, leaves wrapped rows unnumbered, and
# turns it off again; search still highlights beside it.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

want=${QC_SRCDIR:-.}/tests/e2e/screens/bundled-80x24-numbers.txt
QC_PRE="TERM=xterm-256color; export TERM"
qc_start 80 24
wait_for "Report (TASS)"
row 2 | grep '^ 1 Events' >/dev/null && fail "numbers before #"
keys '#'
wait_for "line numbers on"
# Any key clears the message: then the screen is -N's.
keys C-l
wait_gone "line numbers on"
n=50
until screen >"$WORK/got" && cmp -s "$want" "$WORK/got"; do
	n=$((n - 1))
	if [ "$n" -le 0 ]; then
		diff -u "$want" "$WORK/got" >&2
		fail "# differs from -N's screen"
	fi
	sleep 0.2
done
# Line 2 wraps: its second row has no number.
row 3 | grep '^ 2 Statement by President' >/dev/null || fail "line 2: $(row 3)"
row 4 | grep '^   Vladimir Putin' >/dev/null || fail "wrapped row: $(row 4)"
keys / c y b e r Enter
wait_attr "${ESC}\[[0-9;]*mcyber" 5 || fail "no match highlighted"
keys '#'
wait_for "line numbers off"
row 2 | grep '^Events' >/dev/null || fail "numbers still on: $(row 2)"
keys q
qc_exit 0
