#!/bin/sh
# Proposals: 3 and a pause bring "Third." to the top of the statement
# pane (or as near as the end of the statement allows) and the report
# follows to its quotation; 2, which the report does not cover, says
# so; ] [ step; -p 4 and -p fourth open at the Fourth proposal;
# on a long statement, laid out after the first frame, -p 3 opens at
# Third, G reaches the very end and g the start.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

for size in "160 45" "80 24"; do
	qc_start $size
	wait_for "Report (TASS)"
	keys 3
	wait_for "Proposal 3/4"
	screen | grep "^Third\. " >/dev/null || fail "$size: 3: $(row 2)"
	screen | grep -F '"To jointly develop' >/dev/null ||
	    fail "$size: report did not follow"
	status | grep -F "quote 2/7 altered" >/dev/null ||
	    fail "$size: quotation not selected"
	sleep 1.2	# a pause ends the number: 2 is not 32
	keys 2
	wait_for "proposal 2 not covered by the report"
	screen | grep "^Second\. " >/dev/null || fail "$size: 2: $(row 2)"
	keys ]
	wait_for "Proposal 3/4"
	screen | grep "^Third\. " >/dev/null || fail "$size: ]: $(row 2)"
	keys [ [
	wait_for "proposal 1 not covered by the report"
	screen | grep "^First\. " >/dev/null || fail "$size: [: $(row 2)"
	keys q
	qc_exit 0
done

for p in 4 fourth Fourth; do
	qc_start 100 30 -p "$p"
	wait_for "Proposal 4/4"
	row 2 | grep "^Fourth\. " >/dev/null || fail "-p $p: $(row 2)"
	screen | grep -F 'stated. "To' >/dev/null ||
	    fail "-p $p: report did not follow"
	keys q
	qc_exit 0
done

# -q opens at a quotation, counted in report order.
qc_start 100 30 -q 7
wait_for "quote 7/7 exact"
keys q
qc_exit 0

# A 1.3 MB statement: the bundled one amid 40,000 short paragraphs.
awk 'BEGIN { for (i = 1; i <= 20000; i++)
	printf "Paragraph %d of the long preamble.\n\n", i }' > "$WORK/long.txt"
cat "${QC_SRCDIR:-.}/data/statement.txt" >> "$WORK/long.txt"
awk 'BEGIN { for (i = 1; i <= 20000; i++)
	printf "\nClosing paragraph %d.\n", i }' >> "$WORK/long.txt"
qc_start 100 30 -p 3 "$WORK/long.txt" "${QC_SRCDIR:-.}/data/report.txt"
wait_for "Proposal 3/4"
row 2 | grep "^Third\. " >/dev/null || fail "long -p 3: $(row 2)"
screen | grep -F '"To jointly develop' >/dev/null ||
    fail "long -p 3: report did not follow"
# The status line names the file lines shown, as less -M does.
n=$(wc -l < "$WORK/long.txt")
status | grep -E "lines 400[0-9][0-9]-400[0-9][0-9]/$n " >/dev/null ||
    fail "long -p 3: $(status)"
keys G
wait_for "Closing paragraph 20000."
wait_for "-$n/$n "
keys g
wait_row 2 "Paragraph 1 of the long preamble."
status | grep -E "lines 1-[0-9]+/$n " >/dev/null || fail "long g: $(status)"
keys q
qc_exit 0
