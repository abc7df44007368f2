#!/bin/sh
# tests/cli/run.sh — the command line: exit status and the one-line
# message on stderr for bad files and bad usage, -p and -q checked
# against what was loaded, --help and --version, the report printed when
# standard output is not a terminal, valid JSON, ASCII output in a
# non-UTF-8 locale, the bundled pair found through QUOTECHECK_DATADIR,
# and the reader refusing to start on a terminal it cannot drive.
#
# Environment: QC the program (default ./quotecheck), QC_SRCDIR the
# source tree (default: two levels above this script).

QC=${QC:-$PWD/quotecheck}
QC_SRCDIR=${QC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
DATA=$QC_SRCDIR/data
STMT=$DATA/statement.txt
REP=$DATA/report.txt
LC_ALL=C.UTF-8
export LC_ALL
unset NO_COLOR
QUOTECHECK_DATADIR=$DATA
export QUOTECHECK_DATADIR

if [ ! -x "$QC" ]; then
	echo "1..0 # SKIP $QC not built"
	exit 77
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/qccli.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
trap 'exit 1' HUP INT TERM

. "$QC_SRCDIR/tests/lib/tap.sh"

# qc ARG...: run with stdin from /dev/null; $rc, $T/out, $T/err.
qc() {
	"$QC" "$@" >"$T/out" 2>"$T/err" </dev/null
	rc=$?
}

expect_rc() {
	[ "$rc" -eq "$1" ] || fail "exit status $rc, want $1"
}

# expect_message REGEX: exit 2, no stdout, one line on stderr that
# starts "quotecheck: ", says error and matches REGEX.
expect_message() {
	expect_rc 2
	[ -s "$T/out" ] && fail "stdout not empty"
	[ "$(wc -l <"$T/err")" -eq 1 ] ||
	    fail "stderr has $(wc -l <"$T/err") lines, want 1"
	grep -q '^quotecheck: .*error: ' "$T/err" ||
	    fail "not a 'quotecheck: ... error: ...' line"
	grep -qE -- "$1" "$T/err" || fail "message does not match /$1/"
}

# --- files -------------------------------------------------------------
qc --check "$T/missing.txt" "$REP"
expect_message "^quotecheck: $T/missing.txt: error: cannot open"
end "missing statement"

qc --check "$STMT" "$T/missing.txt"
expect_message "^quotecheck: $T/missing.txt: error: cannot open"
end "missing report"

mkdir "$T/dir"
qc --check "$T/dir" "$REP"
expect_message "^quotecheck: $T/dir: error: .*directory"
end "a directory"

: >"$T/empty.txt"
qc --check "$STMT" "$T/empty.txt"
expect_message "^quotecheck: $T/empty.txt: error: .*empty"
end "an empty file"

qc --check "$STMT"
expect_message "usage: .*report"
end "a statement without a report"

# Three files are a statement and two reports: they are compared.
qc --check "$STMT" "$REP" "$REP"
[ $rc -eq 1 ] || fail "exit status $rc, want 1"
grep -q '^comparison of 2 reports$' "$T/out" || fail "no comparison"
[ -s "$T/err" ] && fail "stderr: $(cat "$T/err")"
end "three files: two reports compared"

qc --check --reports-from="$T/none" "$STMT"
expect_message "none: error: cannot open"
end "--reports-from names a missing file"

qc --check -j 0 "$STMT" "$REP"
expect_message "usage: invalid number of jobs: '0'"
end "-j 0"

# --- -p and -q -----------------------------------------------------------
for p in 0 -1 '' x2; do
	qc --check -p "$p" "$STMT" "$REP"
	expect_message "usage: invalid proposal number: '$p'"
	end "-p '$p' is refused before loading"
done

qc --check -p 99 "$STMT" "$REP"
expect_message "^quotecheck: $STMT: error: no such proposal: 99 \(the statement has 4: 1.+4\)"
end "-p 99 names the proposals there are"

qc --check --proposal=fifth "$STMT" "$REP"
expect_message "no such proposal: 5 "
end "--proposal=fifth: the bundled statement has four"

for p in 3 third Fourth; do
	qc --check -p "$p" "$STMT" "$REP"
	expect_rc 1
	[ -s "$T/err" ] && fail "stderr not empty"
	end "-p $p is accepted"
done

qc --check -q 8 "$STMT" "$REP"
expect_message "^quotecheck: $REP: error: no such quotation: 8 \(the report has 7: 1.+7\)"
end "-q beyond the last quotation"

qc --check -q 7 "$STMT" "$REP"
expect_rc 1
end "-q 7, the last quotation, is accepted"

qc --check -q 0 "$STMT" "$REP"
expect_message "usage: invalid quotation number"
end "-q 0"

# --- options -------------------------------------------------------------
qc --check --bogus "$STMT" "$REP"
expect_message "usage: unknown option: --bogus"
end "unknown long option"

qc --check -z "$STMT" "$REP"
expect_message "usage: unknown option: -z"
end "unknown short option"

qc --check -p
expect_message "usage: option requires an argument: -p"
end "-p without its argument"

qc --check --line-numbers=yes "$STMT" "$REP"
expect_message "usage: option takes no argument: --line-numbers=yes"
end "a long option with a short letter, given an argument"

qc --check "$STMT" "$REP"
cp "$T/out" "$T/plain"
qc --check -N --mouse "$STMT" "$REP"
expect_rc 1
cmp -s "$T/plain" "$T/out" || fail "the report changed"
end "-N and --mouse are accepted (and change no report)"

for o in --format=xml --color=sometimes --layout=diagonal; do
	qc --check "$o" "$STMT" "$REP"
	expect_message "usage: invalid argument for ${o%%=*}"
	end "$o"
done

qc --check --format=json --color=never --layout=stacked --no-sidebar \
    "$STMT" "$REP"
expect_rc 1
end "every reader option is accepted with --check"

qc --help
expect_rc 0
[ -s "$T/err" ] && fail "stderr not empty"
for o in '-p,' --proposal= '-q,' --quote= --check --format= --color= \
    --layout= --no-sidebar '-h,' --help '-V,' --version; do
	grep -q -- "$o" "$T/out" || fail "--help does not list $o"
done
grep -q '^  q  Q  *quit$' "$T/out" || fail "--help does not list the keys"
end "--help lists every option and the keys"

qc -V
expect_rc 0
grep -qE '^quotecheck [0-9]+\.[0-9]+' "$T/out" || fail "no version line"
end "-V"

# --- what is printed ------------------------------------------------------
qc
expect_rc 1
grep -q '^statement .*statement.txt' "$T/out" || fail "no report header"
grep -q '7 quotations: 4 exact, 3 altered, 0 not found' "$T/out" ||
    fail "no summary line"
end "no arguments, stdout not a terminal: the bundled pair's report"

qc --check "$STMT" "$REP"
expect_rc 1
[ -s "$T/err" ] && fail "stderr not empty"
grep -qF 'move (reformatting): "25 May 1972" → "May 25, 1972"' "$T/out" ||
    fail "the moved date is not shown"
end "--check on the bundled pair: exit 1"

qc --check --format=json
expect_rc 1
if command -v python3 >/dev/null 2>&1; then
	python3 -m json.tool "$T/out" >/dev/null 2>"$T/why" ||
	    fail "invalid JSON: $(cat "$T/why")"
fi
end "--format=json is valid JSON"

LC_ALL=C qc --check "$QC_SRCDIR/tests/golden/hidden.statement" \
    "$QC_SRCDIR/tests/golden/hidden.report"
expect_rc 1	# hidden.report has a repaired byte
LC_ALL=C grep -q '[^ -~]' "$T/out" && fail "a byte outside printable ASCII"
grep -q '<U+200B>' "$T/out" || fail "the zero-width space is not shown"
end "LC_ALL=C: the report is printable ASCII"

qc --check "$QC_SRCDIR/tests/golden/hidden.statement" \
    "$QC_SRCDIR/tests/golden/hidden.report"
expect_rc 1	# hidden.report has a repaired byte
grep -q "$(printf '\033')" "$T/out" && fail "a raw escape on stdout"
grep -q '\^\[\[31m' "$T/out" || fail "the escape is not shown as ^["
end "an escape sequence in a headline is shown, not sent"

QUOTECHECK_DATADIR=$T/nowhere qc --check
expect_message "^quotecheck: $T/nowhere/: error: .*bundled statement"
end "QUOTECHECK_DATADIR without the pair"

mkdir "$T/pair"
cp "$QC_SRCDIR/tests/golden/hidden.statement" "$T/pair/statement.txt"
cp "$QC_SRCDIR/tests/golden/hidden.report" "$T/pair/report.txt"
QUOTECHECK_DATADIR=$T/pair qc --check
expect_rc 1	# hidden.report has a repaired byte
grep -q "^statement $T/pair/statement.txt" "$T/out" ||
    fail "the pair in QUOTECHECK_DATADIR was not used"
end "QUOTECHECK_DATADIR names the bundled pair's folder"

# expect_write_error: exit 2 and one line saying the output failed.
expect_write_error() {
	expect_rc 2
	[ "$(wc -l <"$T/err")" -eq 1 ] ||
	    fail "stderr has $(wc -l <"$T/err") lines, want 1"
	grep -q '^quotecheck: .*cannot write standard output' "$T/err" ||
	    fail "no 'cannot write standard output' message"
}

if [ -w /dev/full ]; then
	"$QC" --check "$STMT" "$REP" >/dev/full 2>"$T/err" </dev/null
	rc=$?
	expect_write_error
	end "a report that cannot be written: exit 2"
	"$QC" --help >/dev/full 2>"$T/err" </dev/null
	rc=$?
	expect_write_error
	end "--help that cannot be written: exit 2"
fi

# --- the reader refuses to start ------------------------------------------
# On a terminal (script(1) gives it a pty) with TERM dumb or unset: exit
# 2, one catalogue line on stderr, nothing written to the terminal.
if command -v script >/dev/null 2>&1; then
	for env in TERM=dumb "-u TERM"; do
		script -qec "env $env '$QC' '$STMT' '$REP' 2>'$T/err'" \
		    /dev/null </dev/null >"$T/out" 2>/dev/null
		rc=$?
		expect_message "^quotecheck: error: cannot start the reader: .*; use --check for the text report\$"
		end "the reader refuses to start ($env)"
	done
fi

# A bad word names the valid ones.
qc --check --layout=foo "$STMT" "$REP"
expect_message "invalid argument for --layout: 'foo' \\(valid: auto, side, stacked\\)"
end "--layout=foo lists the valid layouts"

qc --check - -
expect_message "only one of STATEMENT and REPORT can be '-'"
end "- for both files"

finish
