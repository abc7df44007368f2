# tests/lib/tmux.sh — the one tmux driver of the end-to-end tests
# (tests/e2e/lib.sh) and the TUI safety tests (tests/safety/tmux.sh),
# sourced by both: a command in the one pane of a private tmux server
# at a fixed size, keys in with send-keys, the screen and the
# terminal's state back from capture-pane and tmux's formats.  Every
# wait is bounded and returns 1 when it runs out; what a failure means
# is left to the caller.
#
# The pane runs a small shell script in the directory DIR given to
# tm_start: it records `stty -a` (stty.before), waits for DIR/go (so
# that a guard title is set before the command writes a byte), runs the
# command with its process id in DIR/pid, records its exit status
# (exit) and `stty -a` again (stty.after), keeps whatever bytes arrive
# on the terminal's input afterwards (stdin.after: answers to queries a
# hostile file made the terminal send), prints QC-DONE and waits.
# Sanitizer reports go to DIR/san.*, not to the pane.
#
# Environment: QC_ENV words such as NO_COLOR=1 for the command, QC_PRE
# shell commands run first, QC_WRAP a command put before it (valgrind).

if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux not found"
	exit 77
fi

TM_N=0
TM_SOCK=qc$$.0
TM_TITLE=QC-GUARD-TITLE

tm() {
	tmux -u -L "$TM_SOCK" -f /dev/null "$@"
}

tm_stop() {
	tm kill-server >/dev/null 2>&1
}

# tm_poll TENTHS COMMAND [ARG]...: until COMMAND succeeds, tried every
# tenth of a second TENTHS times at the most.
tm_poll() {
	_n=$1
	shift
	while [ "$_n" -gt 0 ]; do
		"$@" && return 0
		sleep 0.1
		_n=$((_n - 1))
	done
	return 1
}

# tm_wait_file FILE [TENTHS]: until FILE is not empty.
tm_wait_file() {
	tm_poll "${2:-100}" test -s "$1"
}

# tm_shows TEXT [-e]: the screen (with attributes) holds TEXT, a fixed
# string (a basic regular expression with -e).
tm_shows() {
	if [ "${2:-}" = -e ]; then
		tm_screen -e | grep -- "$1" >/dev/null
	else
		tm_screen | grep -F -- "$1" >/dev/null
	fi
}

# tm_script DIR: the pane's script, DIR/pane.sh; its arguments: the
# command.
tm_script() {
	_d=$1
	{
		echo "LC_ALL=C.UTF-8; export LC_ALL"
		echo "ASAN_OPTIONS='${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=$_d/san'"
		echo "UBSAN_OPTIONS='${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}log_path=$_d/san'"
		echo "export ASAN_OPTIONS UBSAN_OPTIONS"
		echo "ulimit -c 0"
		echo "trap : INT QUIT"	# Ctrl-C is for the command alone
		echo "${QC_PRE:-:}"
		echo "echo BEFORE-QC"
		echo "stty -a > '$_d/stty.before'"
		echo "while [ ! -f '$_d/go' ]; do sleep 0.05; done"
		echo "env ${QC_ENV:-} sh -c 'echo \$\$ > \"$_d/pid\"; exec \"\$0\" \"\$@\"' ${QC_WRAP:-} \"\$@\""
		echo "echo \$? > '$_d/exit'"
		echo "stty -a > '$_d/stty.after'"
		echo "stty -icanon -echo min 0 time 5"
		echo "dd bs=1 count=4096 of='$_d/stdin.after' 2>/dev/null"
		echo "stty icanon echo"
		echo "echo QC-DONE"
		echo "exec sleep 600"
	} >"$_d/pane.sh"
}

# tm_start DIR COLS ROWS COMMAND [ARG]...: COMMAND in a fresh server's
# pane, started once the guard title is set; 1 if it does not start.
tm_start() {
	_d=$1 _w=$2 _h=$3
	shift 3
	rm -f "$_d/go" "$_d/pid" "$_d/exit" "$_d/stty.before" \
	    "$_d/stty.after" "$_d/stdin.after"
	tm_script "$_d"
	tm_stop
	TM_N=$((TM_N + 1))
	TM_SOCK=qc$$.$TM_N
	tm new-session -d -x "$_w" -y "$_h" sh "$_d/pane.sh" "$@" || return 1
	tm set-option -g set-clipboard on >/dev/null
	tm set-option -g allow-rename on >/dev/null 2>&1
	tm set-option -g remain-on-exit on >/dev/null
	tm_wait_file "$_d/stty.before" || return 1
	tm select-pane -t 0 -T "$TM_TITLE"
	tm delete-buffer >/dev/null 2>&1
	: >"$_d/go"
	tm_wait_file "$_d/pid"
}

# tm_screen [-e|-J]: the pane as text (with attributes, lines joined).
tm_screen() {
	tm capture-pane -p -t 0 "$@"
}

tm_keys() {
	tm send-keys -t 0 "$@"
}

# tm_fmt FORMAT: a tmux format of the pane: #{pane_title} ...
tm_fmt() {
	tm display-message -p -t 0 "$1"
}

# tm_wait_stable [SECONDS]: until the screen, its last row drawn, reads
# the same in three captures a fifth of a second apart, so that what a
# loaded machine delays is captured drawn, not half drawn.
tm_wait_stable() {
	_n=$(( ${1:-20} * 5 ))
	_same=0
	_prev=
	while [ "$_n" -gt 0 ]; do
		_cur=$(tm_screen)
		if [ -n "$(printf '%s\n' "$_cur" | tail -n 1 | tr -d ' ')" ] &&
		    [ "$_cur" = "$_prev" ]; then
			_same=$((_same + 1))
			[ "$_same" -ge 2 ] && return 0
		else
			_same=0
		fi
		_prev=$_cur
		sleep 0.2
		_n=$((_n - 1))
	done
	return 1
}
