#!/bin/sh
# tests/golden/many.sh — one statement against many reports
# (tests/golden/many/).  --check text and JSON are compared byte for
# byte with many.check.txt and many.check.json; then many.py asserts
# through the JSON what the comparison must find: the same passage
# quoted exactly by one outlet and altered, differently, by two others;
# passages and a proposal nobody reported; the quotation only one outlet
# invented; a report that quotes nothing; two reports of the same
# outlet told apart; six reports read at 80 columns; an unreadable
# report in the list (its message, the others checked, exit 2).  Then --reports-from (a file and -),
# --format=jsonl line by line, and -j 2 against -j 1.
#
#   tests/golden/many.sh --update   rewrite many.check.*
#
# Environment: QC the program, QC_SRCDIR the source tree.

QC=${QC:-$PWD/quotecheck}
QC_SRCDIR=${QC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
GOLDEN=$QC_SRCDIR/tests/golden
LC_ALL=C.UTF-8
export LC_ALL
unset NO_COLOR QUOTECHECK_DATADIR

if [ ! -x "$QC" ]; then
	echo "1..0 # SKIP $QC not built"
	exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "1..0 # SKIP python3 not found"
	exit 77
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/qcmany.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
trap 'exit 1' HUP INT TERM

. "$QC_SRCDIR/tests/lib/tap.sh"

# Relative paths, so that the output does not depend on the tree.
cd "$GOLDEN" || exit 99
REPORTS="many/nordpress-1.report many/coastal.report many/missing.report
many/nordpress-2.report many/evening.report many/wire.report
many/notes-0312.report"

# run NAME FORMAT ARGS...: output, stderr and status in $T/NAME.*
run() {
	name=$1
	shift
	"$QC" --check "$@" >"$T/$name.out" 2>"$T/$name.err"
	echo $? >"$T/$name.status"
}

# shellcheck disable=SC2086
run text --format=text many/statement $REPORTS
# shellcheck disable=SC2086
run json --format=json many/statement $REPORTS

for f in text json; do
	want=$GOLDEN/many.check.$(echo $f | sed 's/text/txt/')
	if [ "${1:-}" = --update ]; then
		cp "$T/$f.out" "$want" && echo "# wrote $want"
		continue
	fi
	if cmp -s "$T/$f.out" "$want"; then
		end "--format=$f matches ${want##*/}"
	else
		diff -u "$want" "$T/$f.out" >"$T/why" 2>&1
		fail "$(cat "$T/why")"
		end "--format=$f matches ${want##*/}"
	fi
done

if python3 "$GOLDEN/many.py" "$T" >"$T/why" 2>&1; then
	end "comparison: passages, outlets, coverage, invented, exit 2"
else
	fail "$(cat "$T/why")"
	end "comparison: passages, outlets, coverage, invented, exit 2"
fi

# --reports-from: a file and standard input give the same as operands.
printf '%s\n' $REPORTS >"$T/list"
run from-file --format=json --reports-from="$T/list" many/statement
run from-stdin --format=json --reports-from=- many/statement <"$T/list"
for f in from-file from-stdin; do
	if cmp -s "$T/json.out" "$T/$f.out" &&
	    cmp -s "$T/json.status" "$T/$f.status"; then
		end "--reports-from ($f) equals the operands"
	else
		{ echo "status $(cat "$T/$f.status")"; cat "$T/$f.err"
		    diff "$T/json.out" "$T/$f.out"; } >"$T/why" 2>&1
		fail "$(cat "$T/why")"
		end "--reports-from ($f) equals the operands"
	fi
done

# jsonl: one valid single-pair object per readable report, in order.
# shellcheck disable=SC2086
run jsonl --format=jsonl many/statement $REPORTS
if python3 - "$T/jsonl.out" "$T/jsonl.status" >"$T/why" 2>&1 <<'EOF'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == "", "output must end with a line end"
objs = [json.loads(l) for l in lines[:-1]]
paths = [o["report"]["path"] for o in objs]
assert paths == ["many/nordpress-1.report", "many/coastal.report",
    "many/nordpress-2.report", "many/evening.report", "many/wire.report",
    "many/notes-0312.report"], paths
for o in objs:
    assert set(o) >= {"statement", "report", "quotes", "paraphrases",
        "coverage", "summary"}, sorted(o)
    assert "reports" not in o and "passages" not in o
assert open(sys.argv[2]).read().strip() == "2"
EOF
then
	end "--format=jsonl: one valid object per report, in order"
else
	fail "$(cat "$T/why")"
	end "--format=jsonl: one valid object per report, in order"
fi

# Threads change nothing in what is printed.
for f in text json jsonl; do
	fmt=$f
	# shellcheck disable=SC2086
	run j2-$f --format=$fmt -j 2 many/statement $REPORTS
	# shellcheck disable=SC2086
	run j3-$f --format=$fmt --jobs=3 many/statement $REPORTS $REPORTS
	# shellcheck disable=SC2086
	run j1-$f --format=$fmt -j 1 many/statement $REPORTS $REPORTS
	if cmp -s "$T/$f.out" "$T/j2-$f.out" &&
	    cmp -s "$T/j1-$f.out" "$T/j3-$f.out" &&
	    cmp -s "$T/$f.status" "$T/j2-$f.status"; then
		end "-j 2 and -j 3 print the same as -j 1 ($f)"
	else
		{ diff "$T/$f.out" "$T/j2-$f.out"
		    diff "$T/j1-$f.out" "$T/j3-$f.out"; } >"$T/why" 2>&1
		fail "$(cat "$T/why")"
		end "-j 2 and -j 3 print the same as -j 1 ($f)"
	fi
done

# A statement that cannot be read stops everything.
run nostmt many/none.statement many/coastal.report many/evening.report
if [ "$(cat "$T/nostmt.status")" = 2 ] && [ ! -s "$T/nostmt.out" ] &&
    [ "$(wc -l <"$T/nostmt.err")" -eq 1 ] &&
    grep -q 'many/none.statement' "$T/nostmt.err"; then
	end "an unreadable statement: one line, exit 2, nothing printed"
else
	{ cat "$T/nostmt.status" "$T/nostmt.err"; } >"$T/why"
	fail "$(cat "$T/why")"
	end "an unreadable statement: one line, exit 2, nothing printed"
fi

finish
