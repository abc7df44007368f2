#!/bin/sh
# A terminal that goes away: killing the tmux session (SIGHUP and a
# closed pty) ends quotecheck within a second or two; so does a closed
# pty when SIGHUP is ignored (nohup), because input that keeps failing
# ends the reader instead of spinning on it.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

# gone_soon — quotecheck has exited, and used no CPU to speak of.
gone_soon() {
	n=30
	while alive && [ "$n" -gt 0 ]; do
		sleep 0.1
		n=$((n - 1))
	done
	if alive; then
		ps -o pid,stat,time,args -p "$(qc_pid)" >&2
		kill -9 "$(qc_pid)"
		fail "$1: still running after the terminal went away"
	fi
}

qc_start 80 24
wait_for "Report (TASS)"
t kill-server
gone_soon "kill-session"

QC_PRE="trap '' HUP"
qc_start 80 24
QC_PRE=
wait_for "Report (TASS)"
t kill-server
gone_soon "SIGHUP ignored"
wait_file "$WORK/exit"
[ "$(cat "$WORK/exit")" = 129 ] ||
    fail "SIGHUP ignored: exit status $(cat "$WORK/exit"), not 129"
