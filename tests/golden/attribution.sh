#!/bin/sh
# tests/golden/attribution.sh — no quotation starts or ends inside an
# attribution (issue 13).
#
# For every golden pair here and the bundled pair in data/, run
# quotecheck --check --format=json and place each quotation in the
# report by its "report" line and column and the length of its "text".
#
# An attribution, operationally: in one paragraph of the report (lines
# between blank lines), the text that follows a closing double quotation
# mark (" ” “ » « 」 』 '' >>, with no space before it and a space,
# punctuation or the line end after it) up to the first of: the next
# quotation mark, a sentence end (. ! ? before a space or the line end),
# the paragraph end; counted only when it holds a speech verb ("said",
# "added", "told" ...) or "he", "she" or "they" followed by a word.
# A quotation whose text starts at or ends after a character of an
# attribution fails the test: " he said. " between two quotations, or
# a quotation running on into ", the minister added".
#
# The checker first checks itself on a made-up report with one such
# quotation, so that it cannot pass by finding nothing.
#
#   tests/golden/attribution.sh
#
# Environment: QC the program (default ./quotecheck), QC_SRCDIR the
# source tree (default: two levels above this script).

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
	echo "1..0 # SKIP no python3"
	exit 77
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/qcattr.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
trap 'exit 1' HUP INT TERM

cat >"$T/check.py" <<'EOF'
import json
import re
import sys

CLOSERS = '"\u201d\u201c\u00bb\u00ab\u300d\u300f'
OPENERS = '"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300e'
ALL = CLOSERS + OPENERS + "\u2018\u2019\u201a\u2039\u203a"
VERBS = re.compile(r"\b(said|says|added|adds|told|tells|stated|noted|"
                   r"stressed|declared|explained|insisted|warned|wrote|"
                   r"replied|asked|argued|announced|according|recalled)\b"
                   r"|\b(he|she|they)\s+\w+", re.I)


def is_space(c):
    return c.isspace() or c in "\u00a0\u202f"


def attributions(text):
    """[start, end) of every attribution in text, by the rule above."""
    out = []
    for para in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        p0, p1 = para.start(), para.end()
        i = p0
        while i < p1:
            n = 1
            if text.startswith("''", i) or text.startswith(">>", i):
                n = 2
            elif text[i] not in CLOSERS:
                i += 1
                continue
            before = text[i - 1] if i > p0 else " "
            after = text[i + n] if i + n < p1 else " "
            if is_space(before) or after.isalnum():
                i += n
                continue
            s = e = i + n
            while e < p1 and text[e] not in ALL and \
                    not text.startswith("''", e) and \
                    not text.startswith("<<", e) and \
                    not (text[e] in ".!?" and
                         (e + 1 == p1 or is_space(text[e + 1]))):
                e += 1
            if VERBS.search(text[s:e]):
                out.append((s, e))
            i = max(e, i + n)
    return out


def offset(text, line, col):
    """Character offset of 1-based line and column."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return starts[line - 1] + col - 1


def problems(text, quotes):
    attrs = attributions(text)
    bad = []
    for q in quotes:
        start = offset(text, q["report"]["line"], q["report"]["column"])
        end = start + len(q["text"])
        if text[start:end] != q["text"]:
            bad.append(f"quote {q['id']}: not at its position")
            continue
        for s, e in attrs:
            if s <= start < e or s < end <= e:
                bad.append(f"quote {q['id']} {q['text'][:40]!r} "
                           f"meets the attribution {text[s:e]!r}")
    return bad


def self_test():
    text = 'Head\n\n"We agree," he said. "We go on," he added.\n'
    good = [{"id": 1, "report": {"line": 3, "column": 2},
             "text": "We agree,"},
            {"id": 2, "report": {"line": 3, "column": 23},
             "text": "We go on,"}]
    wrong = [{"id": 1, "report": {"line": 3, "column": 12},
              "text": " he said. "},
             {"id": 2, "report": {"line": 3, "column": 23},
              "text": 'We go on," he added'}]
    return problems(text, good) == [] and len(problems(text, wrong)) == 2


def main():
    if sys.argv[1] == "--self-test":
        sys.exit(0 if self_test() else 1)
    with open(sys.argv[1], "rb") as f:
        text = f.read().decode("utf-8", errors="replace")
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    with open(sys.argv[2], encoding="utf-8") as f:
        quotes = json.load(f)["quotes"]
    bad = problems(text, quotes)
    for b in bad:
        print(b)
    sys.exit(1 if bad else 0)


main()
EOF

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

if python3 "$T/check.py" --self-test >"$T/why" 2>&1; then
	result ok "the checker finds a quotation made of an attribution"
else
	result fail "the checker finds a quotation made of an attribution"
fi

# pair NAME DIR STATEMENT REPORT
pair() {
	(cd "$2" && "$QC" --check --format=json "$3" "$4") >"$T/$1.json" \
	    2>/dev/null
	if python3 "$T/check.py" "$2/$4" "$T/$1.json" >"$T/why" 2>&1; then
		result ok "$1: no quotation starts or ends in an attribution"
	else
		result fail "$1: no quotation starts or ends in an attribution"
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
