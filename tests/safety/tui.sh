#!/bin/sh
# tui.sh — the bad-input matrix in the TUI: a file that cannot be read
# stops quotecheck before the screen is taken (exit 2, the one-line
# message visible in the terminal, no alternate screen, stty as it
# was); a valid but odd file opens and says what is odd in the status
# line.  (Issue 6 item 1, "where it makes sense, the TUI"; T8.)
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"
. "$SAFETY/tmux.sh"

# tui_error NAME FILE CAUSE [STATEMENT]: FILE as the report.
tui_error() {
	begin "TUI: $1"
	tui_start 80 24 "$QC" "${4:-$STMT}" "$2"
	tui_after 2
	capture
	grep -F "quotecheck: $2" "$T/screen.j" | grep -qiE -- "$3" ||
	    fail "the message naming $2 and /$3/ is not on the screen"
	expect_terminal_untouched
	end
}

: >"$T/empty.txt"
mkdir "$T/dir"
mk "$T/binary.txt" 'b"\x7fELF\x02\x01\x01\x00" + bytes(range(256))'
mk "$T/utf16.txt" 'b"\xff\xfe" + "First. To restore.\n".encode("utf-16-le")'
tui_error "missing file" "$T/missing.txt" "cannot open"
tui_error "directory" "$T/dir" "directory"
tui_error "empty file" "$T/empty.txt" "empty"
tui_error "binary file" "$T/binary.txt" "binary"
tui_error "UTF-16 file" "$T/utf16.txt" "UTF-16"
tui_error "/dev/zero" /dev/zero "binary"
if mkfifo "$T/fifo" 2>/dev/null; then
	# Awaited as cat(1) awaits it, saying so on the terminal.
	begin "TUI: FIFO without a writer: a waiting line, then the reader"
	tui_start 80 24 "$QC" "$STMT" "$T/fifo"
	_i=0
	while [ "$_i" -lt 50 ]; do
		capture
		grep -F "quotecheck: $T/fifo" "$T/screen.j" |
		    grep -q 'waiting for input' && break
		sleep 0.1
		_i=$((_i + 1))
	done
	[ "$_i" -lt 50 ] || fail "no line saying the FIFO is awaited"
	[ "$(pane_fmt '#{alternate_on}')" = 0 ] ||
	    fail "the screen was taken while waiting"
	cat "$REP" >"$T/fifo"
	wait_screen 'q quit' 50
	expect_terminal_untouched
	tui_quit
	end
fi

begin "TUI: bad -p stops before the screen is taken"
tui_start 80 24 "$QC" -p 99 "$STMT" "$REP"
tui_after 2
capture
grep -qi 'proposal' "$T/screen.j" || fail "no message about the proposal"
end

printf 'A statement with no numbered proposals.\n' >"$T/plain.txt"
begin "TUI: a statement with no proposals opens and says so"
tui_start 100 30 "$QC" "$T/plain.txt" "$REP"
wait_screen 'q quit' 50
grep -qiE 'no (numbered )?proposals' "$T/screen" ||
    fail "the screen does not say there are no proposals"
expect_terminal_untouched
tui_quit
end

printf 'Headline\n\nNothing is quoted in this report at all.\n' >"$T/noquote.txt"
begin "TUI: a report with no quotations opens and says so"
tui_start 100 30 "$QC" "$STMT" "$T/noquote.txt"
wait_screen 'q quit' 50
grep -qiE 'no quotations' "$T/screen" ||
    fail "the screen does not say there are no quotations"
tui_quit
end

finish
