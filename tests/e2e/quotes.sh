#!/bin/sh
# Quotations: } walks every quotation of the pair in report order, the
# status line naming each one's verdict as --check does; { walks back;
# Enter brings the other pane to the selected quotation's counterpart.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

verdicts > "$WORK/verdicts"
total=$(wc -l < "$WORK/verdicts" | tr -d ' ')
[ "$total" -eq 7 ] || fail "--check lists $total quotations, not 7"

qc_start 100 30 --layout=stacked
wait_for "quote -/$total"
i=0
while read -r verdict; do
	i=$((i + 1))
	keys "}"
	wait_for "quote $i/$total $verdict"
done < "$WORK/verdicts"
keys "}"
wait_for "this is the last quotation"
keys "{"
wait_for "quote $((total - 1))/$total"

# Quotation 2 is the Third proposal, altered.  From the statement pane
# Enter brings the report's focus to the quotation; Enter again brings
# the statement to its source, with the start of its sentence.  A
# scroll that takes it off the screen ends the selection.
keys "{" "{" "{" "{"
wait_for "quote 2/$total altered"
keys Enter
wait_for '"To jointly develop'
keys Enter
wait_for "Third. To jointly develop"
status | grep -F "quote 2/$total altered" >/dev/null ||
    fail "selection lost"
keys G
wait_for "quote -/$total"
keys q
qc_exit 0
