#!/bin/sh
# big.sh — big and many: a 20 MB line without a newline, a million empty
# lines, 10,000 quotations, a 1 MB line of one word.  Made at test time;
# each run must finish within the timeout (no quadratic blow-up) and
# give a valid report.  (Issue 6 item 1; B15, B16.)
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"

# Big inputs get more time (sanitized builds are several times slower).
[ "$TMO" -lt 90 ] && TMO=90

mk "$T/line20.statement" '(b"First. To restore a regular dialogue on the key issues of ensuring IIS. " * 300000)[:20 << 20]'
begin "statement: one 20 MB line, no newline"
qc --check --format=json "$T/line20.statement" "$REP"
expect_rc 0 1
expect_no_error
expect_json "$T/out" 'j["summary"]["quotes"] == 7'
end

mk "$T/word20.statement" 'b"x" * (20 << 20)'
begin "statement: one 20 MB word"
qc --check "$T/word20.statement" "$REP"
expect_rc 0 1
expect_no_error
expect_safe_text "$T/out"
end

mk "$T/line20.report" 'b"MOSCOW, September 25. /TASS/. " + (b"Russia and the US need to reach an agreement on incident prevention. " * 400000)[:20 << 20]'
begin "report: one 20 MB line, no newline"
qc --check "$STMT" "$T/line20.report"
expect_rc 0 1
expect_no_error
expect_safe_text "$T/out"
end

mk "$T/empty-lines.statement" 'b"\n" * 1000000'
begin "statement: a million empty lines (white space only)"
qc --check "$T/empty-lines.statement" "$REP"
expect_error "$T/empty-lines.statement" "white space"
end

mk "$T/sparse.statement" 'b"\n" * 500000 + open("'"$STMT"'", "rb").read().replace(b"\n", b"\n" * 100) + b"\n" * 500000'
begin "statement: a million empty lines around the text"
qc --check --format=json "$T/sparse.statement" "$REP"
expect_rc 0 1
expect_no_error
expect_json "$T/out" 'len(j["statement"]["proposals"]) == 4'
end

mk "$T/lines.report" 'b"Headline\n\n" + b"a\n" * 1000000 + open("'"$REP"'", "rb").read()'
begin "report: a million one-word lines before the text"
qc --check --format=json "$STMT" "$T/lines.report"
expect_rc 0 1
expect_no_error
expect_json "$T/out" 'j["summary"]["quotes"] == 7'
end

# 10,000 quotations: each of the statement's sentences, in turn, with a
# word changed in every third, and one not in the statement at all.
mkpy "$T/many.report" '
import re
s = open("'"$STMT"'", encoding="utf-8").read()
sents = [x for l in s.splitlines() for x in re.split(r"(?<=[.])\s+", l) if len(x.split()) >= 4][:12]
out = ["Headline", "", "MOSCOW, September 25. /TASS/. Many quotations follow."]
for i in range(10000):
    q = sents[i % len(sents)].rstrip(".")
    if i % 3 == 1:
        w = q.split(); w[len(w) // 2] = "changed"; q = " ".join(w)
    if i % 7 == 6:
        q = "Words the statement never said at all number %d" % i
    out.append("Paragraph %d. \"%s,\" he said." % (i, q))
    out.append("")
sys.stdout.buffer.write("\n".join(out).encode())
'
begin "report with 10,000 quotations"
qc --check --format=json "$STMT" "$T/many.report"
expect_rc 1
expect_no_error
expect_json "$T/out" 'j["summary"]["quotes"] == 10000 and len(j["quotes"]) == 10000 and j["summary"]["exact"] + j["summary"]["altered"] + j["summary"]["not_found"] == 10000 and j["summary"]["not_found"] >= 1428'
end
begin "report with 10,000 quotations (text)"
qc --check "$STMT" "$T/many.report"
expect_rc 1
expect_no_error
expect_safe_text "$T/out"
end

# 10,000 quotations on one line.
mk "$T/oneline.report" 'b"Headline\n\n" + b"\"We call on the US to greenlight\" and " * 10000'
begin "10,000 quotations on one line"
qc --check --format=json "$STMT" "$T/oneline.report"
expect_rc 0 1
expect_no_error
expect_json "$T/out" 'j["summary"]["quotes"] == 10000'
end

finish
