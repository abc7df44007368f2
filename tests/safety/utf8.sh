#!/bin/sh
# utf8.sh — invalid UTF-8 of every kind is not an error: the file opens,
# each bad sequence becomes U+FFFD, a warning names the file, and no bad
# byte reaches the output (text or JSON).  (Issue 6 item 1; B6, B14.)
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"

# The statement's first proposal, quoted in the report around the bad
# bytes, so that the quotation (and its U+FFFD) is in the report.
Q1='To restore a regular full-scale bilateral interagency high-level dialogue'

# case NAME PY-BYTES: the bad bytes inside a quotation of the report, and
# inside the statement's first proposal.
case_invalid() {
	mk "$T/bad.report" "open('$REP','rb').read() + b'\n\nHe said: \"$Q1 ' + $2 + b' on the key issues of ensuring IIS.\"\n'"
	begin "$1 in a report quotation: opens, U+FFFD, warning (text)"
	qc --check "$STMT" "$T/bad.report"
	expect_rc 0 1
	expect_no_error
	expect_warning "$T/bad.report" "invalid UTF-8"
	expect_safe_text "$T/out"
	grep -q "$(printf '\357\277\275')" "$T/out" ||
	    fail "no U+FFFD in the text report"
	expect_clean_stderr
	end

	begin "$1 in a report quotation (JSON)"
	qc --check --format=json "$STMT" "$T/bad.report"
	expect_rc 0 1
	expect_json "$T/out" 'any("\ufffd" in q["text"] for q in j["quotes"])'
	end

	mk "$T/bad.statement" "open('$STMT','rb').read().replace(b'First. To restore', b'First. To ' + $2 + b' restore')"
	begin "$1 in the statement: opens, warning"
	qc --check --format=json "$T/bad.statement" "$REP"
	expect_rc 0 1
	expect_no_error
	expect_warning "$T/bad.statement" "invalid UTF-8"
	expect_json "$T/out" 'len(j["statement"]["proposals"]) == 4'
	end
}

case_invalid "stray continuation bytes" 'b"\x80 \xbf \x9b[2J \x9c \x9d0;x\x9c"'
case_invalid "lone lead bytes" 'b"\xc3 \xe2 \xf0 \xc3x"'
case_invalid "overlong forms" 'b"\xc0\xaf \xc1\xbf \xe0\x80\xaf \xf0\x80\x80\xaf \xc0\x80"'
case_invalid "encoded surrogates" 'b"\xed\xa0\x80 \xed\xbf\xbf \xed\xa0\xbd\xed\xb8\x80"'
case_invalid "above U+10FFFF" 'b"\xf4\x90\x80\x80 \xf7\xbf\xbf\xbf \xf8\x88\x80\x80\x80 \xfc\x84\x80\x80\x80\x80"'
case_invalid "bytes that are never UTF-8" 'b"\xfe \xff \xf5 \xc0 \xc1"'
case_invalid "a sequence cut short" 'b"\xe2\x82 \xf0\x9f\x98 x"'
case_invalid "C1 bytes that a terminal would obey" 'b"\x9b2J\x9b31m \x9d0;QC-TITLE-HIJACK\x07"'

# Cut at the very end of the file, no newline after it.
for cut in 'b"\xe2\x82"' 'b"\xf0\x9f\x98"' 'b"\xc3"' 'b"\xed\xa0"'; do
	mk "$T/cut.report" "open('$REP','rb').read().rstrip() + b'\n\"$Q1 ' + $cut"
	begin "sequence $cut cut at end of file (report)"
	qc --check --format=json "$STMT" "$T/cut.report"
	expect_rc 0 1
	expect_no_error
	expect_warning "$T/cut.report" "invalid UTF-8"
	expect_json "$T/out"
	end
	mk "$T/cut.statement" "open('$STMT','rb').read().rstrip() + b'\n' + $cut"
	begin "sequence $cut cut at end of file (statement)"
	qc --check "$T/cut.statement" "$REP"
	expect_rc 0 1
	expect_no_error
	expect_warning "$T/cut.statement" "invalid UTF-8"
	expect_safe_text "$T/out"
	end
done

# A file of nothing but invalid bytes (no NUL): still a text file?  It
# must not crash; it is either opened with U+FFFD or called binary.
mk "$T/junk.report" 'bytes(b for b in range(0x80, 0x100)) * 64'
begin "a file of only high bytes (report)"
qc --check "$STMT" "$T/junk.report"
expect_rc 0 1 2
[ "$rc" -eq 2 ] && expect_error "$T/junk.report" "binary|UTF-8"
expect_safe_text "$T/out"
expect_clean_stderr
end

# Kuhn-style stress: every two-byte combination in one file.
mk "$T/pairs.report" 'b"\"We call on the US " + bytes(x for a in range(0x80, 0x100, 3) for b in range(0x80, 0xc0, 7) for x in (a, b, 0x20)) + b"\""'
begin "many malformed pairs in one quotation"
qc --check --format=json "$STMT" "$T/pairs.report"
expect_rc 0 1
expect_no_error
expect_json "$T/out"
end

finish
