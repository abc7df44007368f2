#!/bin/sh
# inject_osc.sh — OSC and DCS sequences that are never terminated and
# run for 1 MB (to the end of a line, and to the end of the file) in the
# TUI at 100x30: the reader opens them in bounded time, the text after
# them still shows, a search finds it, scrolling to the end works, the
# pane title is untouched, the borders stay in their columns, and the
# terminal is as it was after q.  (Issue 6 item 2; checklist B3.)
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"
. "$SAFETY/tmux.sh"

mkpy "$T/osc.statement" "
s = open('$STMT', 'rb').read().rstrip()
sys.stdout.buffer.write(s + b'\nFifth. Keep reading \x1b]0;' + b'A' * (1 << 20))
"
mkpy "$T/osc.report" "
sys.stdout.buffer.write(b'Headline\n\nMOSCOW, September 25. /TASS/. He said: \"Keep reading after \x1b]0;' + b'B ' * (1 << 19) + b' and AFTER-BIG-OSC-MARK still shows,\" he said.\n\nThe end AFTER-BIG-TAIL \x1bP1\$q' + b'C' * (1 << 20))
"

begin "1 MB unterminated OSC and DCS: first screen in bounded time"
tui_start 100 30 "$QC" "$T/osc.statement" "$T/osc.report"
wait_screen 'quote' 300
grep -qF '^[' "$T/screen" || fail "no visible ^[ on the first screen"
expect_terminal_untouched
expect_screen_safe 100
end

begin "the text after a 1 MB OSC is found by a search"
keys Tab
keys / A F T E R - B I G - O S C Enter
wait_screen 'AFTER-BIG-OSC-MARK' 100
expect_terminal_untouched
expect_screen_safe 100
end

begin "scrolling to the end of both files"
keys / A F T E R - B I G - T A I L Enter
wait_screen 'AFTER-BIG-TAIL' 100
keys G
wait_screen 'CCCCCCCCCCCCCCCCCCCC' 100
keys Tab G
wait_screen 'AAAAAAAAAAAAAAAAAAAA' 100
expect_terminal_untouched
expect_screen_safe 100
end

begin "quit leaves the terminal as it was"
tui_quit
expect_terminal_untouched
end

finish
