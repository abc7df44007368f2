#!/bin/sh
# The terminal quotecheck is given: under a non-UTF-8 locale (LC_ALL=C)
# the screen is ASCII only, the documents still decoded as UTF-8 (a
# curly apostrophe shows as an escape, not as mojibake); TERM=dumb and
# an unset TERM get a clear message and exit status 2.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

QC_ENV=LC_ALL=C
qc_start 160 45
QC_ENV=
wait_for "Report (TASS)"
wait_for "today<U+2019>s"
screen | LC_ALL=C grep '[^ -~]' >/dev/null && fail "non-ASCII on screen"
keys "?"
wait_for "quotecheck keys"
screen | LC_ALL=C grep '[^ -~]' >/dev/null && fail "non-ASCII in help"
keys x "}" "}"
wait_for "quote 2/7 altered"
screen | LC_ALL=C grep '[^ -~]' >/dev/null && fail "non-ASCII in sidebar"
screen | grep -F '"25 May 1972" -> "May 25, 1972"' >/dev/null ||
    fail "change not shown in ASCII"
keys q
qc_exit 0

for env in TERM=dumb "-u TERM"; do
	QC_ENV=$env
	qc_start 80 24
	QC_ENV=
	wait_for "cannot start the reader"
	wait_file "$WORK/exit"
	[ "$(cat "$WORK/exit")" = 2 ] || fail "$env: exit $(cat "$WORK/exit")"
done
