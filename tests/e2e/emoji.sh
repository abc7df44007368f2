#!/bin/sh
# Emoji sequences and width disagreements, as the terminal shows them
# (issue 15 items 9 and 10).  A skin tone stays on its thumb; a family
# of three is one cell group; a family of four (more code points than
# an ncurses cell holds) is three, the cut joiner as <U+200D>, and the
# fourth, never a lone joiner; U+4DC0 and U+3248, one cell for
# libunistring and two for wcwidth, are drawn, not blank; and no row's
# pane separator is out of its column.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

command -v python3 >/dev/null 2>&1 || { echo "python3 needed: skipped"; exit 77; }

python3 - "$WORK" <<'PYEOF'
import sys
d = sys.argv[1]
stmt = """Harbour Authority: opening of the new pier

WELLPORT, 3 November

1. The pier opens on Monday under the flags \u4dc0\u4dc1 and \u3248 END.
2. Families \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 and trios \U0001f468\u200d\U0001f469\u200d\U0001f467 ride free END.
3. Votes \U0001f44d\U0001f3fd and \U0001f44d were counted END.
4. Press 1\ufe0f\u20e3 for departures END.
"""
rep = """Pier opens on Monday

WELLPORT, Nov. 3 (Wire) - The port said "the pier opens on Monday under the flags \u4dc0\u4dc1 and \u3248."
"""
open(d + "/s.txt", "w", encoding="utf-8").write(stmt)
open(d + "/r.txt", "w", encoding="utf-8").write(rep)
PYEOF

qc_start 100 20 --no-sidebar --layout=side "$WORK/s.txt" "$WORK/r.txt"
wait_for "END."
screen > "$WORK/screen"

python3 - "$WORK/screen" <<'PYEOF' || fail "see above"
import ctypes, ctypes.util, sys
libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.setlocale(6, b"C.UTF-8")
rows = open(sys.argv[1], encoding="utf-8").read().split("\n")
bad = 0
def say(m):
    global bad
    print("FAIL: " + m, file=sys.stderr)
    bad = 1
# quotecheck asks the terminal (tmux here) what it draws in one cell:
# sequences whole if it can, else every joiner and tone as an escape.
man, woman, girl, boy = "\U0001f468", "\U0001f469", "\U0001f467", "\U0001f466"
fam3 = man + "\u200d" + woman + "\u200d" + girl
fam3esc = man + "<U+200D>" + woman + "<U+200D>" + girl
if not any(fam3 + "<U+200D>" + boy + " and trios " + fam3 + " ride" in r or
        fam3esc + "<U+200D>" + boy + " and trios " + fam3esc + " ride" in r
        for r in rows):
    say("families not drawn whole (or as escapes), every member shown")
if not any("Votes \U0001f44d\U0001f3fd and \U0001f44d were" in r or
        "Votes \U0001f44d<U+1F3FD> and \U0001f44d were" in r for r in rows):
    say("the skin tone was dropped, or the thumb without it")
if not any("\u4dc0\u4dc1 and \u3248" in r for r in rows):
    say("U+4DC0, U+4DC1, U+3248 not drawn")
for r in rows:
    # A joiner only between two pictographs.
    for i, c in enumerate(r):
        if c == "\u200d" and not (0 < i < len(r) - 1 and
                ord(r[i - 1]) >= 0x1f000 and ord(r[i + 1]) >= 0x1f000):
            say("a lone joiner: " + r)
def width(s):
    # Cells as tmux stores them: a joiner and the pictograph after it,
    # and a skin tone, join the cell before.
    w = 0
    for i, c in enumerate(s):
        p = s[i - 1] if i > 0 else ""
        if p == "\u200d" or 0x1f3fb <= ord(c) <= 0x1f3ff:
            continue
        w += max(libc.wcwidth(ord(c)), 0)
    return w
cols = set()
for r in rows:
    if "\u2502" not in r:
        continue
    left = r[:r.index("\u2502")]
    cols.add(width(left))
if len(cols) != 1:
    say("pane separator in columns %s" % sorted(cols))
sys.exit(bad)
PYEOF
keys q
qc_exit 0
