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

# Quotation 2 is the Third proposal, altered.  With the statement
# focused and scrolled away, Enter brings it to the quotation's source,
# and Enter again brings the report back to the quotation.
keys "{" "{" "{" "{"
wait_for "quote 2/$total altered"
keys G l G
keys Enter
wait_row 2 "Third. To jointly develop"
keys Enter
wait_for '"To jointly develop'
status | grep -F "quote 2/$total altered" >/dev/null ||
    fail "selection lost"
keys q
qc_exit 0
