#!/bin/sh
# The reader and its input and output: --format on a terminal prints
# the report (it implies --check); with standard input not a terminal
# the reader takes its keys from the terminal; "-" names standard input
# as a file, and then too the keys come from the terminal.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"
DATA="${QC_SRCDIR:-.}/data"

qc_start 80 24 --format=json
wait_for '"summary"'
qc_exit 1

REAL=$QC
QC=$WORK/stdin-null.sh
printf '#!/bin/sh\nexec "%s" "$@" < /dev/null\n' "$REAL" > "$QC"
chmod +x "$QC"
qc_start 80 24
wait_for "Report (TASS)"
keys "}"
wait_for "quote 1/7"
keys q
qc_exit 0

if "$REAL" --check - "$DATA/report.txt" < "$DATA/statement.txt" \
    >/dev/null 2>&1 || [ $? -eq 1 ]; then
	QC=$WORK/stdin-stmt.sh
	printf '#!/bin/sh\nexec "%s" "$@" < "%s"\n' "$REAL" \
	    "$DATA/statement.txt" > "$QC"
	chmod +x "$QC"
	qc_start 80 24 - "$DATA/report.txt"
	wait_for "Report (TASS)"
	keys "}"
	wait_for "quote 1/7"
	keys q
	qc_exit 0
else
	echo "'-' is not read as standard input by this build: that part skipped"
fi
