#!/bin/sh
# odd.sh — valid but odd documents open (no error) and say what is odd:
# a statement with no proposals and no metadata, a report quoting
# nothing, unbalanced and deeply nested quotation marks, quotations
# that never close.  (Issue 6 item 1.)
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"

# --- no proposals, no metadata ---------------------------------------------------
printf 'We would like to say something.\n\nIt has no numbered proposals and no trailer at all.\n' \
    >"$T/plain.statement"
begin "statement with no proposals and no metadata (text)"
qc --check "$T/plain.statement" "$REP"
expect_rc 0 1
expect_no_error
expect_warning "$T/plain.statement" "no (numbered )?proposals"
grep -qiE 'no (numbered )?proposals' "$T/out" ||
    fail "the text report does not say there are no proposals"
expect_safe_text "$T/out"
end
begin "statement with no proposals and no metadata (JSON)"
qc --check --format=json "$T/plain.statement" "$REP"
expect_rc 0 1
expect_json "$T/out" \
    'j["statement"]["proposals"] == [] and j["coverage"] == [] and not any(j["statement"]["metadata"].values())'
end

# A one-word statement: the smallest valid document.
printf 'Statement' >"$T/word.statement"
begin "a one-word statement without newline"
qc --check --format=json "$T/word.statement" "$REP"
expect_rc 0 1
expect_no_error
expect_json "$T/out" 'j["summary"]["not_found"] == j["summary"]["quotes"]'
end

# --- no quotations ------------------------------------------------------------
printf 'Report headline\n\nMOSCOW, September 25. /TASS/. Nothing is quoted here, and the report says it all in its own words.\n' \
    >"$T/noquote.report"
begin "report with no quotations (text)"
qc --check "$STMT" "$T/noquote.report"
expect_rc 0
expect_no_error
expect_warning "$T/noquote.report" "no quotations"
grep -qiE 'no quotations' "$T/out" ||
    fail "the text report does not say there are no quotations"
end
begin "report with no quotations (JSON)"
qc --check --format=json "$STMT" "$T/noquote.report"
expect_rc 0
expect_json "$T/out" \
    'j["quotes"] == [] and j["summary"]["quotes"] == 0 and all(c["status"] in ("not-covered", "paraphrased") for c in j["coverage"])'
end
printf 'He called it "a hostage" and said \"no\".\n' >"$T/terms.report"
begin "report with only short terms"
qc --check --format=json "$STMT" "$T/terms.report"
expect_rc 0
expect_no_error
expect_json "$T/out" 'j["quotes"] == []'
end

# --- unbalanced and nested quotation marks ----------------------------------------
mk "$T/unbalanced.report" '"\n\n".join([
 "Headline", "He said \"We call on the US to greenlight and it never closes.",
 "Next \u201cparagraph opens \u201c twice and closes \u201d once \u201d \u201d \u201d.",
 "\u00ab guillemets open \u00ab \u00ab and never close",
 "closers first \u00bb \u201d \u2019 then \u2018 an opener without end",
 "\"" * 101, "\u201c" * 1000, "\u201d" * 1000, "\u00bb\u00ab" * 500,
 "\x27 lone single \x27quotes\x27 it\x27s \x27", "\"", "\u201c"]).encode()'
begin "unbalanced quotation marks"
qc --check --format=json "$STMT" "$T/unbalanced.report"
expect_rc 0 1
expect_no_error
expect_json "$T/out"
end

# Deeply nested: 20,000 levels of alternating marks, then all the closers.
mk "$T/nested.report" '("Nested \"" + "".join(o + "we call on the US " for o in ["\u201c", "\u2018", "\u00ab", "\"", " \x27"] * 4000) + "".join(c for c in ["\x27 ", "\"", "\u00bb", "\u2019", "\u201d"] * 4000) + "\" end.\n").encode()'
begin "deeply nested quotation marks (20,000 levels)"
qc --check --format=json "$STMT" "$T/nested.report"
expect_rc 0 1
expect_no_error
expect_json "$T/out"
end
mk "$T/nested-noclose.report" '("\u201c" * 100000 + "\n").encode()'
begin "100,000 opening marks and no text"
qc --check "$STMT" "$T/nested-noclose.report"
expect_rc 0 1
expect_no_error
expect_safe_text "$T/out"
end

# --- ellipses and cuts at the edges ------------------------------------------------
mk "$T/cuts.report" '"\n\n".join(["Headline", "\"... \u2026 [...] ...\"", "\"To restore ... ... ... \u2026 dialogue\"", "\"[...]\"" * 50, "\"" + "... " * 5000 + "\""]).encode()'
begin "quotations made of ellipses"
qc --check --format=json "$STMT" "$T/cuts.report"
expect_rc 0 1
expect_no_error
expect_json "$T/out"
end

# --- front matter without an end, CRLF, BOM, mixed line ends -----------------------
mk "$T/front.statement" 'b"---\nTitle: open front matter\nDate:\n: no key\nFirst. To restore a regular dialogue on the key issues of ensuring IIS.\n"'
begin "front matter that never closes"
qc --check --format=json "$T/front.statement" "$REP"
expect_rc 0 1
expect_no_error
expect_json "$T/out"
end
mk "$T/crlf.statement" 'b"\xef\xbb\xbf" + open("'"$STMT"'", "rb").read().replace(b"\n", b"\r\n")'
begin "BOM and CRLF statement parses like the original"
qc --check --format=json "$T/crlf.statement" "$REP"
expect_rc 0 1
expect_no_error
expect_json "$T/out" 'len(j["statement"]["proposals"]) == 4 and j["summary"]["exact"] == 4'
end
mk "$T/cr.statement" 'open("'"$STMT"'", "rb").read().replace(b"\n", b"\r")'
begin "old Mac CR-only line ends"
qc --check "$T/cr.statement" "$REP"
expect_rc 0 1
expect_no_error
expect_safe_text "$T/out"
end
mk "$T/seps.statement" 'open("'"$STMT"'", "rb").read().replace(b"\n", "\u2028".encode(), 5).replace(b"\n", "\u2029".encode(), 3).replace(b"\n", b"\x0b", 2).replace(b"\n", b"\x0c", 2).replace(b"\n", "\u0085".encode(), 2)'
begin "U+2028, U+2029, VT, FF and NEL between lines"
qc --check "$T/seps.statement" "$REP"
expect_rc 0 1
expect_no_error
expect_safe_text "$T/out"
end

finish
