#!/bin/sh
# inject.sh — terminal injection through --check: the hostile pair (see
# mkhostile.py) holds ESC sequences, C0, C1, DEL, bidi controls,
# zero-width and tag characters, and OSC sequences never terminated.
# The text report sends none of them raw and shows each as a visible
# escape (^[, <U+202E>); the text after an unterminated OSC still shows;
# JSON escapes them; a quotation with a hidden character says so.
# (Issue 6 item 2; checklist B1-B10.)
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"

HS=$SAFETY/hostile.statement
HR=$SAFETY/hostile.report

# has TEXT...: each fixed string occurs in the output.
has() {
	for _s; do
		grep -qF -- "$_s" "$T/out" || fail "output lacks '$_s'"
	done
}

# --- text report -----------------------------------------------------------------
begin "hostile pair, text report: nothing raw"
qc --check "$HS" "$HR"
expect_rc 0 1
expect_no_error
expect_safe_text "$T/out"
expect_clean_stderr
end

# Long quotations are cut in the middle in the text report: the escapes
# of every single character are checked one by one further down.
begin "hostile pair, text report: visible escapes"
has '^[' '<U+202E>' '<U+200B>' '^?' '^A'
end

begin "hostile pair, text report: text after unterminated OSC shows"
has AFTER-OSC-EOL-REPORT AFTER-OSC-EOF-REPORT
end

begin "hostile pair, text report: hidden characters flagged on quotations"
grep -qi 'hidden characters' "$T/out" ||
    fail "no 'hidden characters' warning in the text report"
end

begin "hostile pair: warnings on stderr name the files"
expect_warning "$HS" "hidden characters"
expect_warning "$HR" "hidden characters"
end

# --- JSON report -------------------------------------------------------------------
begin "hostile pair, JSON: valid, nothing raw, escapes as \\u"
qc --check --format=json "$HS" "$HR"
expect_rc 0 1
expect_json "$T/out"
grep -qF '\u001b' "$T/out" || fail "no \\u001b escape in the JSON"
grep -qiF '\u202e' "$T/out" || fail "no \\u202e escape in the JSON"
grep -qiF '\u009b' "$T/out" || fail "no \\u009b escape in the JSON"
end

begin "hostile pair, JSON: the documents' characters survive (round trip)"
expect_json "$T/out" 'any("\x1b]0;QC-TITLE-HIJACK\x07" in q["text"] for q in j["quotes"]) and any("\u202e" in q["text"] for q in j["quotes"]) and any("\U000e0001" in q["text"] for q in j["quotes"]) and any("\x9b" in q["text"] for q in j["quotes"]) and any("\x7f" in q["text"] for q in j["quotes"])'
end

begin "hostile pair, JSON: hidden-character warning on those quotations"
expect_json "$T/out" 'all(any("hidden" in w for w in q["warnings"]) for q in j["quotes"] if any(c in q["text"] for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\ufeff"))'
expect_json "$T/out" 'sum(1 for q in j["quotes"] if any("hidden" in w for w in q["warnings"])) >= 3'
end

begin "hostile pair, JSON: text after unterminated OSC kept"
expect_json "$T/out" 'any("AFTER-OSC-EOL-REPORT" in q["text"] for q in j["quotes"]) and any("AFTER-OSC-EOF-REPORT" in q["text"] for q in j["quotes"])'
grep -qF AFTER-OSC-EOF-STATEMENT "$T/out" ||
    fail "the statement's last line (after an OSC to EOF) is lost"
end

begin "hostile pair, JSON: proposals and verdicts unharmed"
expect_json "$T/out" 'len(j["statement"]["proposals"]) == 8 and j["summary"]["quotes"] >= 6'
end

# --- ASCII (non-UTF-8 locale) ------------------------------------------------------
begin "hostile pair, text report in the C locale: ASCII only"
qc_env LC_ALL=C LANG=C -- --check "$HS" "$HR"
expect_rc 0 1
expect_safe_text "$T/out"
LC_ALL=C grep -q "$(printf '[\200-\377]')" "$T/out" &&
    fail "bytes >= 0x80 in a C-locale report"
has '^[' '<U+202E>' AFTER-OSC-EOF-REPORT
expect_clean_stderr
LC_ALL=C grep -q "$(printf '[\200-\377]')" "$T/err" &&
    fail "bytes >= 0x80 on stderr in the C locale"
end

# --- unterminated sequences, 1 MB long -------------------------------------------
for intro in ']0;' 'P1$q' '_' '^' '['; do
	mkpy "$T/osc.report" "
esc = b'\x1b' + b'$intro'
sys.stdout.buffer.write(b'Headline\n\nHe said: \"Keep reading after ' + esc + b'A' * (1 << 20) + b' and AFTER-BIG-SEQ still shows,\" he said.\n\n\"And a second ' + esc + b'B' * (1 << 20) + b'\n\nAFTER-BIG-EOF to the end of the file: \"a quote ' + esc + b'C' * (1 << 20))
"
	begin "1 MB unterminated ESC $intro (text)"
	qc --check "$STMT" "$T/osc.report"
	expect_rc 0 1
	expect_no_error
	expect_safe_text "$T/out"
	has AFTER-BIG-SEQ
	end
	begin "1 MB unterminated ESC $intro (JSON)"
	qc --check --format=json "$STMT" "$T/osc.report"
	expect_rc 0 1
	expect_json "$T/out" 'any("AFTER-BIG-SEQ" in q["text"] for q in j["quotes"])'
	end
done

# --- C1 controls as code points, one by one --------------------------------------
mkpy "$T/c1.report" '
out = ["Headline", ""]
for c in range(0x80, 0xa0):
    out.append("He said \"one two %c three four\" today." % c)
    out.append("")
sys.stdout.buffer.write("\n".join(out).encode())
'
begin "each C1 control inside a quotation"
qc --check "$STMT" "$T/c1.report"
expect_rc 0 1
expect_no_error
expect_safe_text "$T/out"
has '<U+0080>' '<U+009B>' '<U+009C>' '<U+009D>' '<U+009F>'
end

# --- each C0 control and DEL ----------------------------------------------------------
mkpy "$T/c0.report" '
out = ["Headline", ""]
for c in list(range(1, 9)) + [11, 12] + list(range(14, 32)) + [127]:
    out.append("He said \"one two %c three four\" today." % c)
    out.append("")
sys.stdout.buffer.write("\n".join(out).encode())
'
begin "each C0 control and DEL inside a quotation"
qc --check "$STMT" "$T/c0.report"
expect_rc 0 1
expect_no_error
expect_safe_text "$T/out"
has '^A' '^H' '^[' '^_' '^?'
end

finish
