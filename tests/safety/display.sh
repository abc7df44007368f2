#!/bin/sh
# display.sh — --check shows odd characters the way the reader does.
# JSON escapes private-use, noncharacter and unassigned code points (and
# C1 and bidi controls) as \u, a surrogate pair above U+FFFF, as the
# text report shows <U+E000>: a cat of the JSON is as safe as the text
# report (issue 15 item 12).  A keycap (digit or # + U+FE0F + U+20E3)
# and emoji sequences (ZWJ, skin tone) are drawn whole, so they carry no
# "hidden characters" warning; a U+FE0F after a letter is drawn as
# <U+FE0F> and does (item 11).
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"

S=$T/odd.statement
R=$T/odd.report
"$PY" - "$S" "$R" <<'PYEOF'
import sys
stmt = """Harbour Authority: winter timetable for the island ferries

WELLPORT, 3 November

The Harbour Authority sets out the winter service as follows.

1. The morning ferry leaves at seven \ue000 and returns by noon.
2. The code \ufdd0 stands for a sailing held back by weather.
3. Cargo tickets carry the mark \U000f0000 and the seal \U0003fffd on the stub.
4. Callers press 1\ufe0f\u20e3 for departures and #\ufe0f\u20e3 for the fares desk.
5. Passengers voted \U0001f44d\U0001f3fd for the new pier and families \U0001f468\u200d\U0001f469\u200d\U0001f467 came to see it.
6. The old signal A\ufe0f will be taken down in spring.
7. A control \u009b and a mark \u202e are out of place here.
"""
rep = """Ferries keep two sailings a day

WELLPORT, Nov. 3 (Wire) - The island ferries will run on a winter timetable, the port said.

The authority said "the morning ferry leaves at seven \ue000 and returns by noon" and added that "the code \ufdd0 stands for a sailing held back by weather."

It said "cargo tickets carry the mark \U000f0000 and the seal \U0003fffd on the stub."

Callers were told to "press 1\ufe0f\u20e3 for departures and #\ufe0f\u20e3 for the fares desk."

"Passengers voted \U0001f44d\U0001f3fd for the new pier and families \U0001f468\u200d\U0001f469\u200d\U0001f467 came to see it," the statement said.

It added that "the old signal A\ufe0f will be taken down in spring."

It also wrote that "a control \u009b and a mark \u202e are out of place here."
"""
open(sys.argv[1], "w", encoding="utf-8").write(stmt)
open(sys.argv[2], "w", encoding="utf-8").write(rep)
PYEOF

begin "JSON: private use, noncharacters, unassigned escaped as \\u"
qc --check --format=json "$S" "$R"
expect_json "$T/out"
for e in '\ue000' '\ufdd0' '\udb80\udc00' '\ud8bf\udffd' '\u009b' '\u202e'; do
	grep -qiF -- "$e" "$T/out" || fail "no $e escape in the JSON"
done
"$PY" - "$T/out" <<'PYEOF' || fail "a raw Co, Cn, C1 or bidi code point in the JSON"
import sys, unicodedata
raw = open(sys.argv[1], encoding="utf-8").read()
bad = [c for c in raw if unicodedata.category(c) in ("Co", "Cn", "Cs")
    or 0x80 <= ord(c) <= 0x9f or c in "\u202a\u202b\u202c\u202d\u202e"]
sys.exit(1 if bad else 0)
PYEOF
end

begin "JSON: the escaped characters survive a round trip"
expect_json "$T/out" 'any("\ue000" in q["text"] for q in j["quotes"]) and any("\ufdd0" in q["text"] for q in j["quotes"]) and any("\U000f0000" in q["text"] and "\U0003fffd" in q["text"] for q in j["quotes"])'
end

begin "text report: the same characters as <U+XXXX>"
qc --check "$S" "$R"
for e in '<U+E000>' '<U+FDD0>' '<U+F0000>' '<U+3FFFD>'; do
	grep -qF -- "$e" "$T/out" || fail "no $e in the text report"
done
end

begin "keycaps and emoji sequences: no hidden-character warning"
qc --check --format=json "$S" "$R"
expect_json "$T/out" 'all(not any("hidden" in w for w in q["warnings"]) for q in j["quotes"] if "\u20e3" in q["text"] or "\U0001f3fd" in q["text"])'
expect_json "$T/out" 'sum(1 for q in j["quotes"] if "\u20e3" in q["text"] or "\U0001f3fd" in q["text"]) == 2'
end

begin "U+FE0F after a letter, and a bidi control, do warn"
expect_json "$T/out" 'all(any("hidden" in w for w in q["warnings"]) for q in j["quotes"] if "A\ufe0f" in q["text"] or "\u202e" in q["text"])'
expect_json "$T/out" 'sum(1 for q in j["quotes"] if "A\ufe0f" in q["text"] or "\u202e" in q["text"]) == 2'
end

finish
