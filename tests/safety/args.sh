#!/bin/sh
# args.sh — the bad-input matrix, command line: bad option values, unknown
# options, wrong argument counts get exit status 2 and one line on stderr
# naming what is wrong.  (Issue 6 item 1.)
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"

# usage_error NAME CAUSE ARG...: exit 2, stdout empty, the first line of
# stderr says CAUSE; at most a second line pointing to --help.
usage_error() {
	_n=$1
	_c=$2
	shift 2
	begin "$_n"
	qc "$@"
	expect_rc 2
	[ -s "$T/out" ] && fail "stdout not empty"
	_lines=$(wc -l <"$T/err")
	if [ "$_lines" -eq 2 ]; then
		sed -n 2p "$T/err" | grep -q -- '--help' ||
		    fail "second line of stderr is not a pointer to --help"
	elif [ "$_lines" -ne 1 ]; then
		fail "stderr has $_lines lines, want 1 (or 2 with a --help hint)"
	fi
	head -n 1 "$T/err" | grep -q '^quotecheck: ' ||
	    fail "message does not start with 'quotecheck: '"
	head -n 1 "$T/err" | grep -qiE -- "$_c" ||
	    fail "message does not say /$_c/"
	expect_clean_stderr
	end
}

# --- -p / --proposal --------------------------------------------------------
for p in 0 99 -1 5 1000000000000000000000 2x; do
	usage_error "-p $p" "proposal|invalid|usage" --check -p "$p" "$STMT" "$REP"
done
usage_error "-p ''" "proposal|invalid|usage|empty" --check -p '' "$STMT" "$REP"
usage_error "--proposal=tenth (statement has four)" "proposal" \
    --check --proposal=tenth "$STMT" "$REP"
usage_error "-p without a value" "option|argument|usage" --check -p
for p in 1 4 third Fourth; do
	begin "-p $p is accepted"
	qc --check -p "$p" "$STMT" "$REP"
	expect_rc 0 1
	expect_no_error
	end
done

# --- -q / --quote -------------------------------------------------------------
for q in 8 0 -1 99999999999999999999 x; do
	usage_error "-q $q (the bundled report has 7)" "quot|invalid|usage" \
	    --check -q "$q" "$STMT" "$REP"
done
usage_error "-q ''" "quot|invalid|usage|empty" --check -q '' "$STMT" "$REP"
begin "-q 7 is accepted"
qc --check -q 7 "$STMT" "$REP"
expect_rc 0 1
expect_no_error
end

# --- unknown options and bad values -----------------------------------------
usage_error "unknown long option" "unrecognized|unknown|invalid.*--bogus|--bogus" \
    --check --bogus "$STMT" "$REP"
usage_error "unknown short option" "invalid option|unknown|-- 'z'|-z" \
    --check -z "$STMT" "$REP"
usage_error "--format=xml" "format|xml" --check --format=xml "$STMT" "$REP"
usage_error "--format=" "format" --check --format= "$STMT" "$REP"
usage_error "--color=sometimes" "colou?r|sometimes" --check --color=sometimes \
    "$STMT" "$REP"
usage_error "--layout=diagonal" "layout|diagonal" --check --layout=diagonal \
    "$STMT" "$REP"
usage_error "--check=yes (takes no value)" "check|argument|usage" \
    --check=yes "$STMT" "$REP"

# --- argument counts ----------------------------------------------------------
usage_error "a statement without a report" "report|usage|argument|missing" \
    --check "$STMT"
usage_error "no statement before --reports-from" "statement is needed" \
    --check --reports-from=/dev/null

# --- control characters in arguments never reach the terminal raw -------------
usage_error "-p with an escape sequence" "proposal|invalid|usage" \
    --check -p "$(printf '\033]0;QC-TITLE-HIJACK\007')" "$STMT" "$REP"
begin "a missing file whose name holds escape sequences"
qc --check "$T/$(printf 'x\033[2J\033]0;QC-TITLE-HIJACK\007\302\233y')" "$REP"
expect_rc 2
expect_clean_stderr
end

# --- help and version go to stdout with status 0 ----------------------------
for o in --help -h --version -V; do
	begin "$o"
	qc "$o"
	expect_rc 0
	[ -s "$T/out" ] || fail "nothing on stdout"
	[ -s "$T/err" ] && fail "something on stderr"
	end
done

finish
