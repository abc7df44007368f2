#!/bin/sh
# Signals: q, SIGINT (Ctrl-C), SIGTERM and SIGHUP restore the terminal
# (same stty -a, main screen, cursor shown) and exit 0, 130, 143 and
# 129; a crash (SIGSEGV, SIGABRT) restores it and dies of its signal.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

qc_start 80 24
wait_for "Report (TASS)"
keys q
qc_exit 0
screen | grep -F "BEFORE-QC" >/dev/null || fail "screen not restored"
screen | grep -F "Report (TASS)" >/dev/null && fail "reader left on screen"

qc_start 80 24
wait_for "Report (TASS)"
keys C-c
qc_exit 130
screen | grep -F "BEFORE-QC" >/dev/null || fail "SIGINT: screen not restored"

for sig in TERM:143 HUP:129 SEGV:139 ABRT:134; do
	qc_start 80 24 -p 3
	wait_for "Proposal 3/4"
	kill -s "${sig%:*}" "$(qc_pid)"
	qc_exit "${sig#*:}"
	screen | grep -F "BEFORE-QC" >/dev/null ||
	    fail "SIG${sig%:*}: screen not restored"
done
