#!/bin/sh
# After Ctrl-Z and fg, the first key typed acts: none is lost.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

t new-session -d -x 80 -y 24 "env PS1='$ ' ENV= LC_ALL=C.UTF-8 sh -i" ||
    fail "cannot start tmux"
wait_for '$'
keys "'$QC'" Enter
wait_for "Report (TASS)"
for i in 1 2; do
	keys 3 Enter
	wait_for "Proposal 3/4"
	keys C-z
	wait_gone "Report (TASS)"
	keys fg Enter
	wait_for "Proposal 3/4"
	keys ]
	wait_for "Proposal 4/4" 3
done
keys q
wait_gone "Report (TASS)"
