#!/bin/sh
# The first screen at 160x45, 100x30, 80x24, 40x15, 30x8 and 1x1: both
# documents (and the sidebar where it fits) at the usual sizes, a blank
# column between text and separators, one pane when tiny, still running
# at 1x1, and q leaves at every size.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

qc_start 160 45
wait_for "Report (TASS)"
wait_for "Info"
wait_for "Summary"
screen | grep -F "Events" >/dev/null || fail "statement not shown"
screen | grep -F "All news" >/dev/null || fail "report not shown"
status | grep -F "? help" >/dev/null || fail "no status line"
# A blank column between text and each separator: never "in the│".
screen | grep '[^ ]│' >/dev/null && fail "text runs into a separator"
keys q
qc_exit 0

# The same with the panes stacked beside the sidebar.
qc_start 160 45 --layout=stacked
wait_for "Summary"
screen | grep -F "All news" >/dev/null || fail "stacked: no report"
screen | grep '[^ ]│' >/dev/null && fail "stacked: text runs into a separator"
keys q
qc_exit 0

for size in "100 30" "80 24"; do
	qc_start $size
	wait_for "Report (TASS)"
	screen | grep -F "Events" >/dev/null || fail "$size: no statement"
	screen | grep -F "All news" >/dev/null || fail "$size: no report"
	screen | grep -F "Summary" >/dev/null && fail "$size: sidebar shown"
	# i shows the sidebar over the report pane, and hides it again.
	keys i
	wait_for "Summary"
	keys i
	wait_for "All news"
	keys q
	qc_exit 0
done

# 40x15 is narrow: the panes are stacked, the statement on top.
qc_start 40 15
wait_for "Report (TASS)"
row 2 | grep -F "Events" >/dev/null || fail "40x15: statement not on top"
screen | grep -F "All news" >/dev/null || fail "40x15: no report"
status | grep -F "Proposal" >/dev/null || fail "40x15: no status"
keys q
qc_exit 0

# Tiny: one pane at a time, Tab switches which.
qc_start 30 8
wait_for "Events"
screen | grep -F "All news" >/dev/null && fail "30x8: two panes"
keys Tab
wait_for "All news"
wait_gone "Events"
keys q
qc_exit 0

# 1x1 and 3x3: still running, something drawn where there is room.
qc_start 3 3
wait_for "Eve"
keys q
qc_exit 0
qc_start 1 1
sleep 0.5
alive || fail "1x1: not running"
keys q
qc_exit 0
