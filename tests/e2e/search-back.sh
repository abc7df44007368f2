#!/bin/sh
# Backward search: \ finds the match above the view, not the one after
# it; n then goes on backward and N forward, as in less; at the prompt
# Up and Down walk the patterns searched for, newest first.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

QC_PRE="TERM=xterm-256color; export TERM"
qc_start 80 24
wait_for "Report (TASS)"
keys G
wait_gone "Events"
# "Events" is line 1 of the statement alone: above the bottom screen.
keys '\' E v e n t s
wait_for '\Events'
keys Enter
wait_row 2 "Events"
status | grep -F "search hit" >/dev/null && fail "\\ wrapped: $(status)"
# One match: n goes on backward past the top, N forward past the end.
keys n
wait_for "search hit top, continuing at bottom"
keys N
wait_for "search hit bottom, continuing at top"
# History: newest first.
keys / g r e e n l i g h t Enter
wait_gone "/greenlight"
wait_attr "${ESC}\[[0-9;]*mgreenlight" 5 || fail "greenlight not found"
keys '\' Up
wait_for '\greenlight'
keys Up
wait_for '\Events'
keys Down
wait_for '\greenlight'
keys C-p
wait_for '\Events'
keys Escape
wait_gone '\Events'
# An empty Enter repeats the last search (greenlight, backward now).
keys g / Enter
wait_attr "${ESC}\[[0-9;]*mgreenlight" 5 || fail "empty Enter: no search"
keys q
qc_exit 0
