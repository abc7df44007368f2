#!/bin/sh
# Ctrl-Z and fg in a job-control shell: quotecheck leaves the screen
# and restores the terminal modes while stopped, and redraws when
# continued.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

t new-session -d -x 80 -y 24 "env PS1='$ ' ENV= LC_ALL=C.UTF-8 sh -i" ||
    fail "cannot start tmux"
wait_for '$'
keys "stty -a > '$WORK/stty.before'" Enter
keys "'$QC'" Enter
wait_for "Report (TASS)"
keys 3
wait_for "Proposal 3/4"
keys C-z
wait_gone "Report (TASS)"
[ "$(t display -p '#{alternate_on}')" = 0 ] || fail "stopped: alternate screen"
[ "$(t display -p '#{cursor_flag}')" = 1 ] || fail "stopped: cursor hidden"
keys "stty -a > '$WORK/stty.stopped'" Enter
keys fg Enter
wait_for "Proposal 3/4"
row 2 | grep "^Third\. " >/dev/null || fail "not redrawn: $(row 2)"
keys q
wait_gone "Proposal 3/4"
keys "echo QC-EXIT=\$?; stty -a > '$WORK/stty.after'" Enter
wait_for "QC-EXIT=0"
wait_file "$WORK/stty.after"
cmp -s "$WORK/stty.before" "$WORK/stty.after" || fail "terminal modes changed"
cmp -s "$WORK/stty.before" "$WORK/stty.stopped" ||
    fail "terminal modes while stopped: $(diff "$WORK/stty.before" \
    "$WORK/stty.stopped")"
