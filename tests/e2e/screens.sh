#!/bin/sh
# Reference screens: the bundled pair's first screen at 80x24, 160x45
# and 40x12, and at 160x45 with quotation 1 selected (the sidebar
# describing it), each compared byte for byte with its file under
# tests/e2e/screens (capture-pane -p, as tmux's own regress suite does).
# Each capture waits until the screen is stable; a late redraw is given
# until the deadline to match.  tests/e2e/regen.sh rewrites the files
# (QC_REGEN=1): read the diff before committing it.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

SCREENS=${QC_SRCDIR:-.}/tests/e2e/screens
QC_PRE="TERM=xterm-256color; export TERM"

# shot NAME COLS ROWS [ARG]...: the screen against screens/NAME.txt.
shot() {
	name=$1 want=$SCREENS/$1.txt
	shift
	qc_start "$@"
	wait_stable || fail "$name: the screen never settled"
	if [ "${QC_REGEN:-0}" = 1 ]; then
		screen >"$want"
		echo "wrote $want"
	else
		[ -f "$want" ] || fail "$name: no $want (tests/e2e/regen.sh)"
		n=50
		until screen >"$WORK/got" && cmp -s "$want" "$WORK/got"; do
			n=$((n - 1))
			if [ "$n" -le 0 ]; then
				diff -u "$want" "$WORK/got" >&2
				fail "$name: the screen differs from $want"
			fi
			sleep 0.2
		done
	fi
	keys q
	qc_exit 0
}

shot bundled-80x24 80 24
shot bundled-160x45 160 45
shot bundled-40x12 40 12
shot bundled-160x45-quote1 160 45 -q 1
shot bundled-80x24-numbers 80 24 -N
