# lib.sh — shared by the end-to-end tests: quotecheck runs in a pane
# of a private tmux server at a fixed size, keys go in with send-keys,
# the screen comes back with capture-pane.  Every wait is bounded: the
# screen is polled until it shows what is expected, or the test fails.
#
# The pane runs a small shell script that records `stty -a` before and
# after quotecheck, its exit status and its process id, so that tests
# can check the terminal is left as it was found.

if ! command -v tmux >/dev/null 2>&1; then
	echo "tmux not found: skipped"
	exit 77
fi
: "${QC:?QC must name the quotecheck binary}"

SOCK=qc$$.0
NSTART=0
WORK=$(mktemp -d "${TMPDIR:-/tmp}/qc-e2e.XXXXXX")
ESC=$(printf '\033')

t() {
	tmux -u -L "$SOCK" -f /dev/null "$@"
}

# Sanitizer reports of a quotecheck running in a pane go to files, not
# to the pane, so that a finding in a sanitized build fails the test.
cleanup() {
	st=$?
	t kill-server >/dev/null 2>&1
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
	t capture-pane -p >&2 2>/dev/null
	exit 1
}

# qc_start WIDTH HEIGHT [ARG]... — quotecheck ARGs in a fresh session.
# QC_ENV (words such as NO_COLOR=1) and QC_PRE (shell commands run
# before quotecheck) adjust its surroundings.
qc_start() {
	w=$1 h=$2
	shift 2
	rm -f "$WORK/exit" "$WORK/pid" "$WORK/stty.before" "$WORK/stty.after"
	{
		echo "LC_ALL=C.UTF-8; export LC_ALL"
		echo "ASAN_OPTIONS='${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=$WORK/san'"
		echo "UBSAN_OPTIONS='${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}log_path=$WORK/san'"
		echo "export ASAN_OPTIONS UBSAN_OPTIONS"
		echo "ulimit -c 0"
		echo "trap : INT QUIT"	# Ctrl-C is for quotecheck alone
		echo "${QC_PRE:-:}"
		echo "echo BEFORE-QC"
		echo "stty -a > '$WORK/stty.before'"
		echo "env ${QC_ENV:-} sh -c 'echo \$\$ > \"$WORK/pid\"; exec \"\$0\" \"\$@\"' \"\$@\""
		echo "echo \$? > '$WORK/exit'"
		echo "stty -a > '$WORK/stty.after'"
		echo "echo QC-DONE"
		echo "exec sleep 600"
	} > "$WORK/run.sh"
	t kill-server >/dev/null 2>&1
	NSTART=$((NSTART + 1))
	SOCK=qc$$.$NSTART
	t new-session -d -x "$w" -y "$h" sh "$WORK/run.sh" "$QC" "$@" ||
	    fail "cannot start tmux"
	wait_file "$WORK/pid"
}

# The screen as text, or with attributes (-e).
screen() {
	t capture-pane -p "$@"
}

keys() {
	t send-keys "$@"
}

# wait_stable [SECONDS] — until the screen, status line drawn, reads the
# same in three captures a fifth of a second apart; 1 if it never does.
# What a loaded machine delays is then drawn, not half drawn.
wait_stable() {
	n=$(( ${1:-20} * 5 ))
	same=0
	prev=
	while [ "$n" -gt 0 ]; do
		cur=$(screen)
		if [ -n "$(printf '%s\n' "$cur" | tail -n 1 | tr -d ' ')" ] &&
		    [ "$cur" = "$prev" ]; then
			same=$((same + 1))
			[ "$same" -ge 2 ] && return 0
		else
			same=0
		fi
		prev=$cur
		sleep 0.2
		n=$((n - 1))
	done
	return 1
}

# wait_for TEXT [SECONDS] — until the screen shows TEXT.
wait_for() {
	n=$(( ${2:-10} * 10 ))
	while [ "$n" -gt 0 ]; do
		screen | grep -F -- "$1" >/dev/null && return 0
		sleep 0.1
		n=$((n - 1))
	done
	fail "screen never showed: $1"
}

# wait_attr REGEX [SECONDS] — until the screen with attributes (-e)
# matches the basic regular expression REGEX.
wait_attr() {
	n=$(( ${2:-10} * 10 ))
	while [ "$n" -gt 0 ]; do
		screen -e | grep -- "$1" >/dev/null && return 0
		sleep 0.1
		n=$((n - 1))
	done
	return 1
}

# wait_gone TEXT [SECONDS] — until the screen no longer shows TEXT.
wait_gone() {
	n=$(( ${2:-10} * 10 ))
	while [ "$n" -gt 0 ]; do
		screen | grep -F -- "$1" >/dev/null || return 0
		sleep 0.1
		n=$((n - 1))
	done
	fail "screen still shows: $1"
}

# wait_row N TEXT [SECONDS] — until row N shows TEXT.
wait_row() {
	n=$(( ${3:-10} * 10 ))
	while [ "$n" -gt 0 ]; do
		row "$1" | grep -F -- "$2" >/dev/null && return 0
		sleep 0.1
		n=$((n - 1))
	done
	fail "row $1 never showed: $2"
}

wait_file() {
	n=100
	while [ ! -s "$1" ] && [ "$n" -gt 0 ]; do
		sleep 0.1
		n=$((n - 1))
	done
	[ -s "$1" ] || fail "no $1"
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
	[ "$(t display -p '#{alternate_on}')" = 0 ] ||
	    fail "alternate screen still on"
	[ "$(t display -p '#{cursor_flag}')" = 1 ] || fail "cursor hidden"
}

# The bundled pair's verdicts in report order, from --check.
verdicts() {
	"$QC" --check 2>/dev/null |
	    sed -n 's/^ *[0-9][0-9]*\. report [0-9:]*: \([a-z ]*\),.*/\1/p'
}
