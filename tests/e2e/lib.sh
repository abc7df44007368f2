# lib.sh — shared by the end-to-end tests, over the tmux driver
# tests/lib/tmux.sh: quotecheck runs in a pane of a private tmux server
# at a fixed size, keys go in with send-keys, the screen comes back
# with capture-pane.  Every wait is bounded: the screen is polled until
# it shows what is expected, or the test fails (at once: one scenario
# per script).  The pane's script records `stty -a` before and after
# quotecheck, its exit status and its process id, so that tests can
# check the terminal is left as it was found.

: "${QC:?QC must name the quotecheck binary}"
. "${QC_SRCDIR:-.}/tests/lib/tmux.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/qc-e2e.XXXXXX")
ESC=$(printf '\033')

t() {
	tm "$@"
}

# Sanitizer reports of a quotecheck running in a pane go to files, not
# to the pane, so that a finding in a sanitized build fails the test.
cleanup() {
	st=$?
	tm_stop
	if ls "$WORK"/san.* >/dev/null 2>&1; then
		echo "FAIL: sanitizer report:" >&2
		cat "$WORK"/san.* >&2
		st=1
	fi
	rm -rf "$WORK"
	exit $st
}
trap cleanup EXIT
trap 'exit 1' INT TERM

fail() {
	echo "FAIL: $*" >&2
	echo "--- screen:" >&2
	tm_screen >&2 2>/dev/null
	exit 1
}

# qc_start WIDTH HEIGHT [ARG]... — quotecheck ARGs in a fresh session.
# QC_ENV (words such as NO_COLOR=1) and QC_PRE (shell commands run
# before quotecheck) adjust its surroundings.
qc_start() {
	w=$1 h=$2
	shift 2
	tm_start "$WORK" "$w" "$h" "$QC" "$@" || fail "cannot start tmux"
}

# The screen as text, or with attributes (-e).
screen() {
	tm_screen "$@"
}

keys() {
	tm_keys "$@"
}

# wait_stable [SECONDS] — until the screen is stable (tm_wait_stable).
wait_stable() {
	tm_wait_stable "$@"
}

# wait_for TEXT [SECONDS] — until the screen shows TEXT.
wait_for() {
	tm_poll $(( ${2:-10} * 10 )) tm_shows "$1" ||
	    fail "screen never showed: $1"
}

# wait_attr REGEX [SECONDS] — until the screen with attributes (-e)
# matches the basic regular expression REGEX.
wait_attr() {
	tm_poll $(( ${2:-10} * 10 )) tm_shows "$1" -e
}

shows_not() {
	! tm_shows "$1"
}

# wait_gone TEXT [SECONDS] — until the screen no longer shows TEXT.
wait_gone() {
	tm_poll $(( ${2:-10} * 10 )) shows_not "$1" ||
	    fail "screen still shows: $1"
}

row_shows() {
	row "$1" | grep -F -- "$2" >/dev/null
}

# wait_row N TEXT [SECONDS] — until row N shows TEXT.
wait_row() {
	tm_poll $(( ${3:-10} * 10 )) row_shows "$1" "$2" ||
	    fail "row $1 never showed: $2"
}

wait_file() {
	tm_wait_file "$1" || fail "no $1"
}

# Row N (1-based) of the screen.
row() {
	screen | sed -n "$1p"
}

# The status line: the last row.
status() {
	screen | tail -n 1
}

qc_pid() {
	cat "$WORK/pid"
}

alive() {
	kill -0 "$(qc_pid)" 2>/dev/null
}

# qc_exit STATUS — quotecheck ended with STATUS and left the terminal
# as it was: same modes, main screen, cursor shown.
qc_exit() {
	wait_file "$WORK/exit"
	got=$(cat "$WORK/exit")
	[ "$got" = "$1" ] || fail "exit status $got, wanted $1"
	wait_file "$WORK/stty.after"
	cmp -s "$WORK/stty.before" "$WORK/stty.after" ||
	    fail "terminal modes changed: $(diff "$WORK/stty.before" \
	    "$WORK/stty.after")"
	[ "$(tm_fmt '#{alternate_on}')" = 0 ] ||
	    fail "alternate screen still on"
	[ "$(tm_fmt '#{cursor_flag}')" = 1 ] || fail "cursor hidden"
}

# The bundled pair's verdicts in report order, from --check.
verdicts() {
	"$QC" --check 2>/dev/null |
	    sed -n 's/^ *[0-9][0-9]*\. report [0-9:]*: \([a-z ]*\),.*/\1/p'
}
