#!/bin/sh
# Help: ? lists every key with its description in one column, and a
# legend of the styles; where it does not fit (80x24 and smaller) it
# scrolls with j k Space b, every description whole at any width from
# 20 columns; any other key closes it without acting.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

# help_text: every line of the help, paged through with Space.
help_text() {
	: > "$WORK/help"
	i=0
	while [ "$i" -lt 40 ]; do
		screen | sed "s/\$/ /" >> "$WORK/help"
		status | grep -F "Any key closes" >/dev/null && break
		f=$(status | sed -n 's/.*-\([0-9]*\) of \([0-9]*\).*/\1 \2/p')
		[ -n "$f" ] && [ "${f% *}" = "${f#* }" ] && break
		keys Space
		sleep 0.2
		i=$((i + 1))
	done
}

for size in "80 24" "40 12" "20 10"; do
	qc_start $size
	wait_for "Proposal -/4"
	keys "?"
	wait_for "quotecheck keys"
	help_text
	for k in "j  Down" "k  Up" "Space f PgDn Ctrl-F" "b  PgUp  Ctrl-B" \
	    "d  Ctrl-D" "u  Ctrl-U" "g  Home" "G  End" "Tab" "Shift-Tab" \
	    "h  Left" "l  Right" "] " "[ " "1 ... 9" "N Enter" "} " "{ " \
	    "Enter" "/ " "n " "N " "s " "i " "J" "K" "? " "Ctrl-L" "Esc" \
	    "q  Q" ") " "( " "Ctrl-O" "Ctrl-R" "next not exact" \
	    "back after a jump" "line down" "half page down" "bottom (NG line N)" \
	    "go to proposal N" "next quotation" "to the counterpart" \
	    "previous match" "sidebar on or off" "sidebar down" \
	    "cancel a number" "exact quotation" "altered quotation" \
	    "changed word" "not found" "paraphrase" "selected quotation" \
	    "current match" "3 Enter: proposal 3" "next paraphrase" \
	    "prev. paraphrase"; do
		grep -F -- "$k" "$WORK/help" >/dev/null ||
		    fail "$size: help lacks $k"
	done
	# Nothing cut: no ellipsis on any line.
	grep -F "…" "$WORK/help" >/dev/null &&
	    fail "$size: help cut: $(grep -F "…" "$WORK/help")"
	keys x
	wait_gone "quotecheck keys"
	status | grep -F "Proposal -/4" >/dev/null || fail "x acted"
	keys q
	qc_exit 0
done

# At 80x24, j scrolls the help by a line and does not close it; a
# closed help leaves the reader where it was.
qc_start 80 24
wait_for "Report (TASS)"
keys "?"
wait_for "quotecheck keys"
row 2 | grep -F "line down" >/dev/null || fail "first line: $(row 2)"
keys j
wait_row 2 "line up"
status | grep -F "2-23 of" >/dev/null || fail "footer: $(status)"
keys q
wait_gone "quotecheck keys"
alive || fail "q closed the reader, not the help"
row 2 | grep -F "Events" >/dev/null || fail "the help scrolled the pane"
keys q
qc_exit 0
