#!/bin/sh
# One statement and six reports in the reader (tests/golden/many/, the
# readable ones): . and , switch reports, with a count, and the title
# bar and the status line say "report N/6 NAME"; r lists the reports
# (on the generic list, listview.h) and Enter opens one; c opens the comparison, h j k l move its cursor
# and Enter lands on that report's quotation, selected (the status line
# names it); on an unused cell, at the passage; q closes the views, not
# the reader.  Without colour, each mark keeps an attribute of its own.
# An unreadable report among them is skipped and its
# message comes when the reader ends, with exit status 2.  At 1x1, 2x2
# and 20x5 every view draws within the screen and quits cleanly.  Then
# reference screens (QC_REGEN=1 rewrites them: tests/e2e/regen.sh): the
# reader with the statement's gutter and the comparison view, at 80x24
# and 160x45.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

SCREENS=${QC_SRCDIR:-.}/tests/e2e/screens
QC_PRE="TERM=xterm-256color; export TERM; cd '${QC_SRCDIR:-.}/tests/golden'"
SIX="many/statement many/nordpress-1.report many/coastal.report
many/nordpress-2.report many/evening.report many/wire.report
many/notes-0312.report"

title_shows() {
	row 1 | grep -F -- "$1" >/dev/null
}

# wait_title TEXT: the title bars' row shows TEXT.
wait_title() {
	tm_poll 100 title_shows "$1" || fail "title never showed: $1"
}

status_shows() {
	status | grep -F -- "$1" >/dev/null
}

wait_status() {
	tm_poll 100 status_shows "$1" || fail "status never showed: $1"
}

# shellcheck disable=SC2086
if [ "${QC_REGEN:-0}" != 1 ]; then
	qc_start 80 24 $SIX
	wait_title "Report 1/6 NORDPRESS"
	wait_status "report 1/6 NORDPRESS"
	keys .
	wait_title "Report 2/6 Coastal Daily"
	wait_status "report 2/6 Coastal Daily"
	keys ,
	wait_title "Report 1/6 NORDPRESS"
	keys 3 .
	wait_title "Report 4/6 Lake talks"
	keys 2 ,
	wait_title "Report 2/6 Coastal Daily"
	keys 9 .
	wait_title "Report 6/6"
	keys .
	wait_status "this is the last report"

	# The list: every report, its counts; Enter opens the one under
	# the cursor, which starts on the report shown.
	keys r
	wait_for "Reports (6)"
	wait_for "2 Coastal Daily           0 exact, 1 altered, 1 not found"
	wait_for "> *  6 notes-0312.report"
	keys k k k Enter
	wait_title "Report 3/6 NORDPRESS"
	keys r
	wait_for "Reports (6)"
	keys q
	wait_title "Report 3/6 NORDPRESS"

	# The comparison: to the first report's column, the second row
	# (the passage NORDPRESS quoted exactly), Enter.
	keys c
	wait_for "Comparison: 8 passages, 6 reports"
	wait_for "NORD1 Coast NORD2 Lake  Selva notes"
	keys g h h h h h h j
	wait_status "NORD1 exact"
	wait_status "passage 2/8"
	keys Enter
	wait_title "Report 1/6 NORDPRESS"
	wait_status "quote 1/3 exact"
	# One column on: Coastal Daily altered the same passage.
	keys c
	wait_for "Comparison: 8 passages"
	keys l
	wait_status "Coast altered"
	keys Enter
	wait_title "Report 2/6 Coastal Daily"
	wait_status "quote 1/2 altered"
	# A quotation in no passage: the row under the passages.
	keys c G
	wait_status "Coast quoted"
	keys Enter
	wait_status "quote 2/2 not-found"
	# An unused cell: that report, at the passage, nothing selected.
	keys c g l l
	wait_status "Lake not used"
	keys Enter
	wait_title "Report 4/6 Lake talks"
	wait_status "does not use the passage"
	# Counts, as in the lists: 6h to the first column, 5G, 2k and
	# 7 Enter to rows, 3l three columns on.
	keys c 6 h
	wait_status "NORD1 not used"
	keys 5 G
	wait_status "passage 5/8"
	keys 2 k
	wait_status "NORD1 exact"
	wait_status "passage 3/8"
	keys 3 l
	wait_status "Lake not used"
	keys 7 Enter
	wait_status "passage 7/8"
	wait_for "Comparison"
	keys Escape
	wait_title "Report 4/6"
	keys q
	qc_exit 0

	# An unreadable report: skipped, its message at the end, exit 2.
	qc_start 80 24 many/statement many/nordpress-1.report \
	    many/missing.report many/coastal.report
	wait_title "Report 1/3 NORDPRESS"
	keys .
	wait_title "Report 3/3 Coastal Daily"
	keys r
	wait_for "missing.report: error: cannot open"
	keys k Enter
	wait_status "report 2/3: many/missing.report: error: cannot open"
	keys r
	keys q q
	qc_exit 2
	wait_for "quotecheck: many/missing.report: error: cannot open"

	# Without colour each mark still has an attribute of its own:
	# exact bold, altered bold and underlined, paraphrased underlined,
	# not in the statement bold and reversed; the gutter too.
	QC_ENV=NO_COLOR=1 qc_start 80 24 $SIX
	wait_title "Report 1/6"
	wait_attr "${ESC}\[1m1=" || fail "mono: the gutter's 1= is not bold"
	keys c
	wait_for "Comparison"
	wait_attr "${ESC}\[1m=" || fail "mono: no bold ="
	wait_attr "${ESC}\[1;4m~" || fail "mono: no bold underlined ~"
	wait_attr "${ESC}\[4mp" || fail "mono: no underlined p"
	wait_attr "${ESC}\[1;7mx" || fail "mono: no bold reversed x"
	keys q q
	qc_exit 0

	# Tiny screens: each view drawn within the screen, a clean exit.
	for size in "1 1" "2 2" "20 5"; do
		set -- $size
		qc_start "$1" "$2" $SIX
		wait_stable || fail "$size: the screen never settled"
		for k in . c j l r j q , r j Enter c Enter; do
			keys "$k"
			sleep 0.1
			alive || fail "$size: quotecheck died after $k"
			w=$(screen | wc -L)
			[ "$w" -le "$1" ] || fail "$size: a row $w wide after $k"
			[ "$(screen | wc -l)" -le "$2" ] ||
			    fail "$size: more rows than the screen after $k"
		done
		keys q
		qc_exit 0
	done
fi

# shot NAME COLS ROWS KEYS QUIT: the screen after KEYS against
# screens/NAME, then the keys QUIT that end the reader.
shot() {
	name=$1 want=$SCREENS/$1.txt w=$2 h=$3 k=$4 quit=$5
	# shellcheck disable=SC2086
	qc_start "$w" "$h" $SIX
	wait_title "Report 1/6"
	[ -n "$k" ] && keys $k
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
	# shellcheck disable=SC2086
	keys $quit
	qc_exit 0
}

shot many-80x24 80 24 "] ] Escape" q
shot many-160x45 160 45 "]" q
shot many-compare-80x24 80 24 "c" "q q"
shot many-compare-160x45 160 45 "c" "q q"
