#!/bin/sh
# Resizing: from 160x45 down to 1x1, through odd shapes (one row, one
# column, 0-ish) and back, quickly, quotecheck stays alive, keeps its
# place and redraws each arrangement.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

qc_start 160 45
wait_for "Info"
keys 3
wait_for "Proposal 3/4"
t set-option -g window-size manual >/dev/null 2>&1
for size in "1 1" "2 200" "200 2" "1 45" "160 1" "39 9" "40 10" \
    "80 24" "119 30" "120 30" "3 3" "1 1"; do
	set -- $size
	t resize-window -x "$1" -y "$2" || fail "resize to $size"
done
sleep 0.3
alive || fail "died while resizing"
t resize-window -x 1 -y 1
sleep 0.3
alive || fail "died at 1x1"
t resize-window -x 100 -y 30
wait_for "Report (TASS)"
screen | grep "Info" >/dev/null && fail "100x30: sidebar docked"
screen | grep "^Third\. " >/dev/null || fail "place lost: $(row 2)"
t resize-window -x 160 -y 45
wait_for "Info"
screen | grep "^Third\. " >/dev/null || fail "place lost: $(row 2)"
status | grep -F "Proposal 3/4" >/dev/null || fail "status lost"
keys q
qc_exit 0
