#!/bin/sh
# shrink.sh — a file that shrinks (or grows) while quotecheck reads it is
# read as found: no crash, no hang, no read past the end, no error for
# what is left.  Deterministic: shrink.c, preloaded, gives a short first
# read() and resizes the file before the second.  (Issue 6 item 1; T8.)
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"

CC=${CC:-cc}
command -v "$CC" >/dev/null 2>&1 || CC=gcc
if ! "$CC" -shared -fPIC -o "$T/shrink.so" "$SAFETY/shrink.c" -ldl \
    2>"$T/cc.err"; then
	echo "1..0 # SKIP cannot build the preload shim: $(head -n 1 "$T/cc.err")"
	exit 77
fi
# A sanitized quotecheck wants its runtime first; the shim only wraps read.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
export ASAN_OPTIONS

size_of() {
	wc -c <"$1" | tr -d ' '
}

# resized NAME WHICH TO: copy the bundled WHICH (statement or report),
# resize it to TO bytes while it is read, and check the run.
resized() {
	_f=$(cd "$T" && pwd -P)/$2.txt
	cp "$QC_SRCDIR/data/$2.txt" "$_f"
	_before=$(size_of "$_f")
	begin "$1"
	if [ "$2" = statement ]; then
		set -- "$_f" "$REP" "$3"
	else
		set -- "$STMT" "$_f" "$3"
	fi
	qc_env "LD_PRELOAD=$T/shrink.so" "QC_SHRINK_PATH=$_f" \
	    "QC_SHRINK_TO=$3" -- --check --format=json "$1" "$2"
	_after=$(size_of "$_f")
	[ "$_after" -ne "$_before" ] ||
	    fail "the shim did not resize the file ($_before bytes)"
	expect_rc 0 1
	expect_no_error
	expect_json "$T/out"
	end
}

resized "statement shrinks to 0 bytes after the first half is read" \
    statement 0
resized "statement shrinks to 200 bytes mid-read" statement 200
resized "statement shrinks inside the part already read" statement 17
resized "report shrinks to 0 bytes mid-read" report 0
resized "report shrinks to 1000 bytes mid-read" report 1000
resized "statement grows threefold mid-read" statement 12000
resized "report grows mid-read" report 20000

finish
