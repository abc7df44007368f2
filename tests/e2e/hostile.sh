#!/bin/sh
# Hostile text: escape sequences (clear screen, window title, clipboard,
# cursor moves), C0 and C1 controls, DEL and bidi overrides in both
# documents reach the screen only as visible escapes; the pane's title
# and the terminal modes are left alone.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

{
	printf 'Statement on the harbour\n'
	printf 'First. To reopen the north quay \033]0;PWNED\007 to cargo '
	printf 'ships before the end of the month.\n'
	printf 'Second. To keep the \033[2J\033[H ferry timetable \302\233 '
	printf 'unchanged \342\200\256 during the repairs\177.\n'
	printf 'Third. To copy \033]52;c;SGVsbG8=\007 nothing \033[5;5H here.\n'
} > "$WORK/s.txt"
{
	printf 'Harbour news \033]0;PWNED\007\n\n'
	printf 'The authority said it would act "to reopen the north quay '
	printf 'to cargo ships before the end of the month" soon.\n\n'
	printf 'It said "the \342\200\256harbour\342\200\254 will be '
	printf 'painted" \033[31mred\033[0m.\n'
} > "$WORK/r.txt"

t set-option -g set-titles off >/dev/null 2>&1
qc_start 160 45 "$WORK/s.txt" "$WORK/r.txt"
wait_for "Report"
title=$(t display -p '#{pane_title}')
for text in "^[]0;PWNED^G" "^[[2J^[[H" "<U+009B>" "<U+202E>" "^?" \
    "^[]52;c;SGVsbG8=^G" "^[[31mred^[[0m"; do
	wait_for "$text"
done
keys "}" "}"
wait_for "quote 2/2"
wait_for "hidden characters"
keys G j j k
screen | grep -F "PWNED" >/dev/null || fail "escapes no longer shown"
[ "$(t display -p '#{pane_title}')" = "$title" ] || fail "title changed"
keys q
qc_exit 0
