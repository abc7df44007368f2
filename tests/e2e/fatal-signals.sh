#!/bin/sh
# Every signal whose default action ends the process (besides SIGINT,
# SIGTERM and SIGHUP, which exit, and the crashes of signals.sh):
# quotecheck restores the terminal (same stty -a, main screen, cursor
# shown) and dies of that very signal (exit status 128 + its number).
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

# The number of signal NAME, from kill(1) (procps or util-linux), else
# from the shell's own table (dash's lacks SIGSTKFLT).
signum() {
	n=$(/bin/kill -l "$1" 2>/dev/null)
	case $n in
	[0-9]*)	echo "$n"; return ;;
	esac
	n=1
	while [ "$n" -lt 128 ]; do
		[ "$(kill -l "$n" 2>/dev/null)" = "$1" ] && echo "$n" && return
		n=$((n + 1))
	done
}

sigs="XCPU XFSZ SYS TRAP USR1 USR2 ALRM PIPE VTALRM PROF PWR STKFLT"
for name in $sigs; do
	num=$(signum "$name")
	if [ -z "$num" ]; then
		echo "SIG$name not defined here: skipped"
		continue
	fi
	qc_start 80 24 -p 3
	wait_for "Proposal 3/4"
	kill -"$num" "$(qc_pid)"
	qc_exit $((128 + num))
	screen | grep -F "BEFORE-QC" >/dev/null ||
	    fail "SIG$name: screen not restored"
done

# A real-time signal (SIGRTMIN + 4 with glibc), whose default also ends
# the process.
if [ "$(uname -s)" = Linux ]; then
	qc_start 80 24 -p 3
	wait_for "Proposal 3/4"
	kill -38 "$(qc_pid)"
	qc_exit $((128 + 38))
fi
