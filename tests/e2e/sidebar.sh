#!/bin/sh
# The sidebar scrolls: at 80x24, i shows it over the report, cut with
# "(more: J)"; J brings the report's metadata into view, K goes back.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

qc_start 80 24
wait_for "Report (TASS)"
keys i
wait_for "(more: J)"
screen | grep -F "Outlet: TASS" >/dev/null && fail "all shown at once"
n=0
while ! screen | grep -F "Outlet: TASS" >/dev/null; do
	[ "$n" -lt 40 ] || fail "J never showed the report's metadata"
	keys J
	sleep 0.1
	n=$((n + 1))
done
screen | grep -F "Info (J K scroll)" >/dev/null || fail "no hint"
keys 9 9 K
wait_for "Summary"
keys J J J J J J J J J J J J J J J J J J J J J J J J J J J J J J J J J J
wait_for "end of the sidebar"
keys q
qc_exit 0
