# tests/safety/lib.sh — helpers for the safety tests (sourced, not run).
#
# Each script is one group of cases; each case prints a TAP line
# through tests/lib/tap.sh (begin, fail, end, skip, finish), so a
# failure names the case.  The script exits 1 if any case failed, 77
# if it could not run at all.  Every run of quotecheck is bounded by
# timeout(1): a hang is a failure, not a stuck make check.
#
# Environment (set by make check; defaults for running by hand from a
# build directory):  QC the program, QC_SRCDIR the source tree,
# QC_TIMEOUT seconds per run (default 20).

QC=${QC:-$PWD/quotecheck}
QC_SRCDIR=${QC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
SAFETY=$QC_SRCDIR/tests/safety
STMT=$QC_SRCDIR/data/statement.txt
REP=$QC_SRCDIR/data/report.txt
TMO=${QC_TIMEOUT:-20}
PY=${PYTHON:-python3}
# Messages are asserted in English.
LC_ALL=C.UTF-8
export LC_ALL
unset NO_COLOR

if [ ! -x "$QC" ]; then
	echo "1..0 # SKIP $QC not built"
	exit 77
fi
if ! command -v "$PY" >/dev/null 2>&1; then
	echo "1..0 # SKIP python3 needed to make and check inputs"
	exit 77
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/qcsafe.XXXXXX") || exit 99
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
trap 'exit 1' HUP INT TERM

# QC_VALGRIND=yes: every run under valgrind's memcheck; an error or a
# leak makes it exit 99 (so the case fails), details in $T/vg.PID.
QC_WRAP=
if [ "${QC_VALGRIND:-no}" = yes ]; then
	command -v valgrind >/dev/null 2>&1 ||
	    { echo "1..0 # SKIP QC_VALGRIND=yes but no valgrind"; exit 77; }
	QC_WRAP="valgrind -q --error-exitcode=99 --leak-check=full"
	QC_WRAP="$QC_WRAP --show-leak-kinds=definite,indirect"
	QC_WRAP="$QC_WRAP --errors-for-leak-kinds=definite,indirect"
	QC_WRAP="$QC_WRAP --log-file=$T/vg.%p"
	TMO=$((TMO * 20))
fi

. "$QC_SRCDIR/tests/lib/tap.sh"

# qc ARG...: run quotecheck, stdin from /dev/null, bounded by the timeout;
# stdout in $T/out, stderr in $T/err, status in $rc.
qc() {
	# shellcheck disable=SC2086
	timeout -k 5 "$TMO" $QC_WRAP "$QC" "$@" >"$T/out" 2>"$T/err" \
	    </dev/null
	rc=$?
	check_valgrind
}

# check_valgrind: with QC_VALGRIND=yes, fail on what memcheck found.
check_valgrind() {
	[ -n "$QC_WRAP" ] || return 0
	for _f in "$T"/vg.*; do
		[ -s "$_f" ] || { rm -f "$_f"; continue; }
		fail "valgrind: $(grep -m 3 -E 'Invalid|uninitialised|definitely|indirectly|Mismatched' "$_f" | tr '\n' ' ')"
		cat "$_f" >>"${QC_VALGRIND_LOG:-/dev/null}"
		rm -f "$_f"
	done
	[ "$rc" -eq 99 ] && fail "valgrind reported errors (exit 99)"
	return 0
}

# qc_env VAR=VALUE... -- ARG...: the same with extra environment.
qc_env() {
	_env=
	while [ "$1" != "--" ]; do
		_env="$_env $1"
		shift
	done
	shift
	# shellcheck disable=SC2086
	timeout -k 5 "$TMO" env $_env $QC_WRAP "$QC" "$@" >"$T/out" \
	    2>"$T/err" </dev/null
	rc=$?
	check_valgrind
}

# expect_rc STATUS...: the exit status is one of these; not a timeout.
expect_rc() {
	if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
		fail "timed out after ${TMO}s (hang)"
		return
	fi
	if [ "$rc" -gt 128 ]; then
		fail "killed by signal $((rc - 128))"
		return
	fi
	for _s; do
		[ "$rc" -eq "$_s" ] && return
	done
	fail "exit status $rc, want one of: $*"
}

# expect_error FILE CAUSE: exit 2, stdout empty, stderr exactly one line
# "quotecheck: FILE...: error: ..." matching the extended regex CAUSE
# (case-insensitive).  FILE "" when no file is named (usage).
expect_error() {
	expect_rc 2
	_lines=$(wc -l <"$T/err")
	[ "$_lines" -eq 1 ] || fail "stderr has $_lines lines, want 1"
	[ -s "$T/out" ] && fail "stdout not empty on error"
	_first=$(head -n 1 "$T/err")
	case $_first in
	"quotecheck: "*) ;;
	*) fail "message does not start with 'quotecheck: '" ;;
	esac
	if [ -n "$1" ]; then
		case $_first in
		"quotecheck: $1: "*|"quotecheck: $1:"[0-9]*) ;;
		*) fail "message does not name the file $1 first" ;;
		esac
	fi
	printf '%s\n' "$_first" | grep -q 'error' ||
	    fail "message does not say 'error'"
	printf '%s\n' "$_first" | grep -qiE -- "$2" ||
	    fail "message does not give the cause /$2/"
	expect_clean_stderr
}

# expect_warning FILE CAUSE: a line "quotecheck: FILE...: warning: CAUSE".
expect_warning() {
	grep -E "^quotecheck: " "$T/err" | grep -F -- "$1" |
	    grep 'warning' | grep -qiE -- "$2" ||
	    fail "no warning naming $1 and /$2/ on stderr"
}

# expect_no_error: nothing on stderr says error or fatal.
expect_no_error() {
	grep -qE 'error|fatal' "$T/err" && fail "stderr reports an error"
	grep -qE 'Sanitizer|runtime error' "$T/err" &&
	    fail "sanitizer report on stderr"
	return 0
}

# expect_clean_stderr: no sanitizer report, no raw control bytes.
expect_clean_stderr() {
	grep -qE 'Sanitizer|runtime error' "$T/err" &&
	    fail "sanitizer report on stderr"
	"$PY" "$SAFETY/checkout.py" text "$T/err" >"$T/why" 2>&1 ||
	    fail "stderr unsafe for a terminal: $(head -c 300 "$T/why")"
}

# expect_safe_text FILE: checkout.py text (no raw control, C1, bidi ...).
expect_safe_text() {
	"$PY" "$SAFETY/checkout.py" text "$1" >"$T/why" 2>&1 ||
	    fail "$(head -c 600 "$T/why")"
}

# expect_json FILE [PY-EXPR]: valid, terminal-safe JSON; the optional
# python expression over the parsed object j must be true.
expect_json() {
	"$PY" "$SAFETY/checkout.py" json "$1" ${2:+"$2"} >"$T/why" 2>&1 ||
	    fail "$(head -c 600 "$T/why")"
}

# mk FILE PY-EXPR: write the bytes of a python expression (b"..." etc.).
mk() {
	"$PY" -c "import sys; sys.stdout.buffer.write($2)" >"$1" ||
	    { echo "Bail out! cannot make $1"; exit 99; }
}

# mkpy FILE CODE: write what python code prints to sys.stdout.buffer.
mkpy() {
	"$PY" -c "import sys
$2" >"$1" || { echo "Bail out! cannot make $1"; exit 99; }
}
