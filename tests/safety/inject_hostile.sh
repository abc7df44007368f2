#!/bin/sh
# inject_hostile.sh — the hostile pair (tests/safety/hostile.*: ESC
# sequences, OSC 0/2 titles, OSC 52 clipboard, DCS, device queries, C0,
# C1, DEL, bidi, zero-width and tag characters, unterminated OSC) opened,
# scrolled, searched and quit in the TUI at 120x40, 80x24 and 40x12:
# nothing takes effect (pane title, clipboard, modes, screen layout as
# they were; no answer to a query arrives on the input), every control
# shows as a visible escape, the text after an unterminated OSC shows,
# and the terminal is exactly as it was after q.  (Issue 6 item 2; B2,
# B3, B5, B7, B8.)  A positive control first proves that tmux would
# have shown a title or clipboard hijack.
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"
. "$SAFETY/tmux.sh"

HS=$SAFETY/hostile.statement
HR=$SAFETY/hostile.report

# --- positive control: the same sequences sent raw do take effect ----------
begin "control: raw OSC 2, OSC 52 and a query are seen by this tmux"
tui_start 80 24 sh -c "printf '\033]2;QC-TITLE-HIJACK\007\033]52;c;UUMtQ0xJUA==\007\033[6n'; sleep 1"
wait_for_file "$T/exit" 50
sleep 1
[ "$(pane_fmt '#{pane_title}')" = QC-TITLE-HIJACK ] ||
    fail "raw OSC 2 did not set the title: the title check is blind"
tm list-buffers 2>/dev/null | grep -q . ||
    fail "raw OSC 52 set no buffer: the clipboard check is blind"
[ -s "$T/stdin.after" ] ||
    fail "no answer to a raw ESC [ 6 n arrived: the input check is blind"
end
tm_stop

for size in 120x40 80x24 40x12; do
	cols=${size%x*}
	rows=${size#*x}

	begin "$size: first screen shows escapes, nothing took effect"
	tui_start "$cols" "$rows" "$QC" "$HS" "$HR"
	wait_screen 'quote -/9'
	grep -qF '^[' "$T/screen" || fail "no visible ^[ on the first screen"
	expect_terminal_untouched
	expect_screen_safe "$cols"
	end

	begin "$size: scrolling both panes to the end and back"
	for k in j j j Space Space d u f b G g G; do
		keys "$k"
	done
	capture
	expect_terminal_untouched
	expect_screen_safe "$cols"
	keys Tab
	for k in j Space Space G g G; do
		keys "$k"
	done
	capture
	expect_terminal_untouched
	expect_screen_safe "$cols"
	keys g
	end

	begin "$size: every quotation selected in turn"
	for k in '}' '}' '}' '}' '}' '}' '}' '}' '}' '{' '{' Enter ']' ']' '['; do
		keys "$k"
	done
	capture
	expect_terminal_untouched
	expect_screen_safe "$cols"
	end

	if [ "$cols" -ge 80 ]; then
		begin "$size: text after an unterminated OSC (to end of file) shows"
		keys Escape
		keys / A F T E R - O S C - E O F - R E P O R T Enter
		wait_screen 'AFTER-OSC-EOF-REPORT' 30
		expect_terminal_untouched
		expect_screen_safe "$cols"
		end

		begin "$size: bidi and C1 controls show as <U+...>"
		# The overrides may wrap below the screen: their other line.
		keys g / O v e r r i d e s Enter
		sleep 0.5
		capture
		grep -qF '<U+202E>' "$T/screen" ||
		    keys g / i n t a c t Enter
		wait_screen '<U+202E>' 30
		keys g / C 1 Space c o n t r o l s Enter
		wait_screen '<U+009B>' 30
		expect_terminal_untouched
		end
	fi

	begin "$size: Ctrl-L, help and quit leave the terminal as it was"
	keys C-l
	keys '?'
	keys Escape
	capture
	expect_terminal_untouched
	tui_quit
	expect_terminal_untouched
	end
done

finish
