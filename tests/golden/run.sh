#!/bin/sh
# tests/golden/run.sh — golden tests of --check, mandoc style.
#
# For every pair NAME.statement + NAME.report here (and the bundled pair
# in data/, as "bundled"), run --check and --check --format=json with
# relative paths and compare the output byte for byte with
# NAME.check.txt and NAME.check.json.  Then NAME.expect, written by hand,
# asserts through the JSON what a careful reader finds in the pair:
# verdicts, changes, positions, coverage, metadata, warnings, exit status
# (tests/golden/expect.py).
#
#   tests/golden/run.sh            run the tests
#   tests/golden/run.sh --update   rewrite the .check.* files (then read
#                                  the diff before committing it)
#
# Environment: QC the program (default ./quotecheck), QC_SRCDIR the
# source tree (default: two levels above this script).

QC=${QC:-$PWD/quotecheck}
QC_SRCDIR=${QC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
GOLDEN=$QC_SRCDIR/tests/golden
LC_ALL=C.UTF-8
export LC_ALL
unset NO_COLOR QUOTECHECK_DATADIR

update=no
[ "${1:-}" = --update ] && update=yes
if [ ! -x "$QC" ]; then
	echo "1..0 # SKIP $QC not built"
	exit 77
fi
have_python=yes
command -v python3 >/dev/null 2>&1 || have_python=no
T=$(mktemp -d "${TMPDIR:-/tmp}/qcgold.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
trap 'exit 1' HUP INT TERM

n=0
nfail=0

result() {
	n=$((n + 1))
	if [ "$1" = ok ]; then
		echo "ok $n - $2"
	else
		nfail=$((nfail + 1))
		echo "not ok $n - $2"
		sed 's/^/#   /' "$T/why"
	fi
}

# golden NAME EXT STATUS: compare $T/NAME.EXT with NAME.check.EXT.
golden() {
	want=$GOLDEN/$1.check.$2
	if [ $update = yes ]; then
		cp "$T/$1.$2" "$want" && echo "# wrote $want"
		return
	fi
	if [ ! -f "$want" ]; then
		echo "no $want (make it with --update)" >"$T/why"
		result fail "$1 --check ($2)"
	elif cmp -s "$want" "$T/$1.$2"; then
		result ok "$1 --check ($2)"
	else
		diff -u "$want" "$T/$1.$2" | head -n 40 | cat -v >"$T/why"
		result fail "$1 --check ($2), exit status $3"
	fi
}

# pair NAME DIR STATEMENT REPORT: run one pair from DIR.
pair() {
	(cd "$2" && "$QC" --check "$3" "$4") >"$T/$1.txt" 2>"$T/$1.err"
	st=$?
	golden "$1" txt $st
	(cd "$2" && "$QC" --check --format=json "$3" "$4") \
	    >"$T/$1.json" 2>"$T/$1.jerr"
	jst=$?
	golden "$1" json $jst
	[ $update = yes ] && return
	if [ $st -ne $jst ]; then
		echo "exit status $st with text, $jst with JSON" >"$T/why"
		result fail "$1: the same exit status in both formats"
	fi
	if [ $have_python = no ]; then
		n=$((n + 1))
		echo "ok $n - $1: expected verdicts # SKIP no python3"
	elif [ ! -f "$GOLDEN/$1.expect" ]; then
		echo "no $GOLDEN/$1.expect" >"$T/why"
		result fail "$1: expected verdicts"
	elif python3 "$GOLDEN/expect.py" "$GOLDEN/$1.expect" "$T/$1.json" \
	    "$T/$1.jerr" $jst >"$T/why" 2>&1; then
		result ok "$1: expected verdicts"
	else
		result fail "$1: expected verdicts"
	fi
}

pair bundled "$QC_SRCDIR" data/statement.txt data/report.txt
for s in "$GOLDEN"/*.statement; do
	name=$(basename "$s" .statement)
	pair "$name" "$GOLDEN" "$name.statement" "$name.report"
done

echo "1..$n"
[ $nfail -eq 0 ] || { echo "# $nfail of $n failed"; exit 1; }
exit 0
