#!/bin/sh
# Search: / finds a word in the focused pane and highlights it, folded
# as matching folds text (case, and a straight apostrophe finds a curly
# one); n moves to the next match; a pattern that is nowhere says so.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

qc_start 100 30 --layout=stacked
wait_for "Report (TASS)"
keys / G r e e n l i g h t
wait_for "/Greenlight"
keys Enter
wait_gone "/Greenlight"
wait_attr "${ESC}\[[0-9;]*mgreenlight" 5 ||
    fail "greenlight not highlighted"

keys / t o d a y "'" s Enter
wait_gone "/today"
status | grep -F "Pattern not found" >/dev/null && fail "today's not found"
wait_attr "${ESC}\[[0-9;]*mtoday’s" 5 ||
    fail "today’s not highlighted"

# "the": many matches; n goes to the next, N back.
keys g / t h e Enter
wait_gone "/the"
keys n
sleep 0.2
keys N N
wait_for "search hit top, continuing at bottom"

keys / z q z q z Enter
wait_for "Pattern not found"

# In the report pane, the same keys search the report.
keys Tab / C y b e r s p h e r e Enter
wait_gone "/Cybersphere"
status | grep -F "Pattern not found" >/dev/null &&
    fail "cybersphere not found in the report"
keys q
qc_exit 0
