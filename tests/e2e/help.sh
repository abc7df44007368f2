#!/bin/sh
# Help: ? shows every key on one screen at 80x24, and any key closes it
# without acting.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

qc_start 80 24
wait_for "Report (TASS)"
keys "?"
wait_for "quotecheck keys"
for k in "j  Down" "k  Up" "Space f PgDn Ctrl-F" "b  PgUp  Ctrl-B" \
    "d  Ctrl-D" "u  Ctrl-U" "g  Home" "G  End" "Tab" "Shift-Tab" \
    "h  Left" "l  Right" "] " "[ " "1 ... 9" "} " "{ " "Enter" "/ " \
    "n " "N " "s " "i " "? " "Ctrl-L" "Esc" "q  Q" "Any key closes"; do
	screen | grep -F -- "$k" >/dev/null || fail "help lacks $k"
done
keys j
wait_for "Report (TASS)"
status | grep -F "Proposal -/4" >/dev/null || fail "j acted"
row 2 | grep -F "Events" >/dev/null || fail "j scrolled"
keys q
qc_exit 0
