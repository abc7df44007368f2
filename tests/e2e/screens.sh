#!/bin/sh
# Reference screens: the bundled pair's first screen at 80x24, 160x45
# and 40x12, and at 160x45 with quotation 1 selected (the sidebar
# describing it); the list of quotations (o, then j) and the coverage
# list (v, then j j) at 80x24, and the list of quotations without
# colour (NO_COLOR=1, attributes kept: capture-pane -e); each compared
# byte for byte with its file under
# tests/e2e/screens (capture-pane -p, as tmux's own regress suite does).
# Each capture waits until the screen is stable; a late redraw is given
# until the deadline to match.  tests/e2e/regen.sh rewrites the files
# (QC_REGEN=1): read the diff before committing it.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

SCREENS=${QC_SRCDIR:-.}/tests/e2e/screens
QC_PRE="TERM=xterm-256color; export TERM"

# shot NAME COLS ROWS [ARG]...: the screen against screens/NAME.txt.
# SHOT_KEYS: keys sent, one at a time, once the first screen settled;
# SHOT_E=-e: the screen with its attributes.
shot() {
	name=$1 want=$SCREENS/$1.txt
	shift
	qc_start "$@"
	wait_stable || fail "$name: the screen never settled"
	for k in ${SHOT_KEYS:-}; do
		keys "$k"
		sleep 0.2
	done
	[ -z "${SHOT_KEYS:-}" ] || wait_stable ||
	    fail "$name: the screen never settled after $SHOT_KEYS"
	if [ "${QC_REGEN:-0}" = 1 ]; then
		screen ${SHOT_E:-} >"$want"
		echo "wrote $want"
	else
		[ -f "$want" ] || fail "$name: no $want (tests/e2e/regen.sh)"
		n=50
		until screen ${SHOT_E:-} >"$WORK/got" &&
		    cmp -s "$want" "$WORK/got"; do
			n=$((n - 1))
			if [ "$n" -le 0 ]; then
				diff -u "$want" "$WORK/got" >&2
				fail "$name: the screen differs from $want"
			fi
			sleep 0.2
		done
	fi
	# A list open: q closes it, the second q quits.
	[ -z "${SHOT_KEYS:-}" ] || { keys q; sleep 0.3; }
	keys q
	qc_exit 0
}

shot bundled-80x24 80 24
shot bundled-160x45 160 45
shot bundled-40x12 40 12
shot bundled-160x45-quote1 160 45 -q 1
SHOT_KEYS="o j" shot lists-quotes-80x24 80 24
SHOT_KEYS="v j j" shot lists-coverage-80x24 80 24
QC_ENV=NO_COLOR=1 SHOT_E=-e SHOT_KEYS="o j" shot lists-quotes-80x24-mono \
    80 24
