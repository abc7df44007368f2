#!/bin/sh
# Moving around the bundled pair at 80x24 as a fact-checker does:
# ] [ } { count from what is on screen, never from a selection scrolled
# away, and the status line names only what is current; a digit does
# one thing (a count, or with Enter or a pause a proposal); a jump to
# the last quotation does not scroll past the end of the report; a key
# bound to nothing says how to find help; the unfocused title's cut
# mark is drawn like the rest of its bar.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"
ATTRS="${QC_SRCDIR:-.}/tests/e2e/attrs.py"

qc_start 80 24
wait_for "Report (TASS)"
# 4, a pause, g: nothing of Fourth on screen, none current; ] is First.
keys 4
wait_for "Proposal 4/4"
keys g
wait_for "Proposal -/4"
keys ]
wait_for "proposal 1 not covered"
screen | grep "^First\. " >/dev/null || fail "] did not go to First"
# 3, a pause, j: still the Third, though the Fourth was never visited.
keys 3
wait_for "Proposal 3/4"
keys j
sleep 0.3
status | grep -F "Proposal 3/4" >/dev/null || fail "3 j: $(status)"
# l G { selects quotation 7; g scrolls it away; } is quotation 1.
keys l G "{"
wait_for "quote 7/7"
keys g
wait_for "quote -/7"
keys "}"
wait_for "quote 1/7"
keys q
qc_exit 0

# A fresh start: j k and ] go to First, not Second.
qc_start 80 24
wait_for "Report (TASS)"
keys j k ]
wait_for "proposal 1 not covered"
keys q
qc_exit 0

# 4g at once is line 4, and no proposal jump came first.
qc_start 80 24
wait_for "Report (TASS)"
keys 4 g
wait_row 2 "13:30"
status | grep -F "Proposal -/4" >/dev/null || fail "4g jumped: $(status)"
# 3 Enter is proposal 3 at once.
keys 3 Enter
wait_for "Proposal 3/4"
keys x
wait_for "key not bound: press ? for help"
keys q
qc_exit 0

# } to quotation 6: the report pane shows no filler past its end.
qc_start 80 24
wait_for "Report (TASS)"
keys "}" "}" "}" "}" "}" "}"
wait_for "quote 6/7"
sleep 0.3
screen | grep -F "│ ~" >/dev/null && fail "report scrolled past its end"
# The unfocused statement title: its cut mark as the bar, not reversed.
keys l
wait_for "quote 6/7"
sleep 0.3
if command -v python3 >/dev/null 2>&1; then
	screen -e | head -n 1 > "$WORK/row1"
	bar=$(python3 "$ATTRS" " Statement by" < "$WORK/row1")
	mark=$(python3 "$ATTRS" "…" < "$WORK/row1")
	[ "$bar" = "$mark" ] || fail "title mark $mark, bar $bar"
fi
keys q
qc_exit 0
