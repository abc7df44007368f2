#!/bin/sh
# Paraphrases and synchronised scrolling on the bundled pair: p selects
# the paraphrase (the status line and the sidebar say so, and it is
# drawn selected on both sides, in monochrome too); Enter goes to its
# other side and back, Ctrl-O returns; with s on, j in the report pane
# keeps the statement pane's top on the counterpart of the report's:
# the statement's top holds still before the first match, and shows the
# source of each match when the report's top reaches it.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"
ATTRS="${QC_SRCDIR:-.}/tests/e2e/attrs.py"

attrs() {
	screen -e | python3 "$ATTRS" "$@"
}

# p at 80x24: status, the sidebar over the report (i), the selection.
QC_ENV="NO_COLOR=1"
qc_start 80 24
wait_for "Report (TASS)"
if command -v python3 >/dev/null 2>&1; then
	[ "$(attrs "Vladimir Putin on a")" = underline ] ||
	    fail "the source is not marked: $(attrs "Vladimir Putin on a")"
fi
keys p
wait_for "paraphrase 1/1"
status | grep -F "Proposal -/4 · paraphrase 1/1 · " >/dev/null ||
    fail "status: $(status)"
if command -v python3 >/dev/null 2>&1; then
	[ "$(attrs "Vladimir Putin on a")" = reverse ] ||
	    fail "source not selected: $(attrs "Vladimir Putin on a")"
	[ "$(attrs "Putin’s statement on a")" = reverse ] ||
	    fail "paraphrase not selected: $(attrs "Putin’s statement on a")"
fi
keys i
wait_for "Paraphrase 1 of 1"
for t in "shares 9 of 11 content words" "report 9:253" \
    "statement 2:1, no proposal" "Shared words" "statement, comprehensive,"; do
	screen | grep -F -- "$t" >/dev/null || fail "sidebar lacks $t"
done
keys q
qc_exit 0
QC_ENV=

# Enter at 40x12, one pane at a time: from the statement's source to the
# report's sentence, and back; Ctrl-O returns.
qc_start 40 12
wait_for "Events"
keys p
wait_for "paraphrase 1/1"
row 1 | grep -F "Statement by" >/dev/null || fail "not the statement"
keys Enter
wait_for "Report (TASS)"
screen | grep -F "Putin’s statement on a" >/dev/null ||
    fail "Enter did not show the paraphrase"
status | grep -F "paraphrase 1/1" >/dev/null || fail "status: $(status)"
keys Enter
wait_for "Statement by President"
row 1 | grep -F "Statement by" >/dev/null || fail "not back: $(row 1)"
keys C-o
wait_for "Report (TASS)"
screen | grep -F "Putin’s statement on a" >/dev/null ||
    fail "Ctrl-O did not return to the paraphrase"
keys q
qc_exit 0

# s, then j in the report at 80x24: row 2 is the first text row of both.
qc_start 80 24
wait_for "Report (TASS)"
keys l s
wait_for "sync"
# top_until TEXT: j until the report's top row holds TEXT (40 at most).
top_until() {
	n=0
	until row 2 | grep -F -- "$1" >/dev/null; do
		[ "$n" -lt 40 ] || fail "the report's top never showed $1"
		row 2 | grep "^Events " >/dev/null ||
		    [ -n "${2:-}" ] || fail "moved before the first match"
		keys j
		sleep 0.1
		n=$((n + 1))
	done
}
# Before the first match the statement's top holds still (at its first
# line: as many lines above the title as the report is above the match).
top_until "│ Putin’s statement on a comprehensive"
row 2 | grep "^Statement by President of Russia " >/dev/null ||
    fail "at the paraphrase: $(row 2)"
# A match later, the statement's top is at its source.
top_until '"One of' later
row 2 | grep "^One of today’s major strategic" >/dev/null ||
    fail "at quotation 5: $(row 2)"
keys q
qc_exit 0
