#!/usr/bin/env python3
# attrs.py TEXT... — read `tmux capture-pane -p -e` on standard input and
# print, for each TEXT, the attributes its first character is drawn
# with ("bold underline reverse", "dim", or "plain"), one line each, or
# "absent".  SGR sequences in a capture carry on from one to the next
# (tmux sends changes), so they are replayed cell by cell.
import re
import sys

NAMES = {1: "bold", 2: "dim", 4: "underline", 5: "blink", 7: "reverse"}
OFF = {22: (1, 2), 24: (4,), 25: (5,), 27: (7,)}


def cells(screen):
    on = set()
    text, attrs = [], []
    for part in re.split(r"(\x1b\[[0-9;]*m)", screen):
        m = re.fullmatch(r"\x1b\[([0-9;]*)m", part)
        if m is None:
            for ch in part:
                text.append(ch)
                attrs.append(frozenset(on))
            continue
        for p in (m.group(1) or "0").split(";"):
            n = int(p or "0")
            if n == 0:
                on.clear()
            elif n in NAMES:
                on.add(n)
            elif n in OFF:
                on.difference_update(OFF[n])
    return "".join(text), attrs


def main():
    text, attrs = cells(sys.stdin.read())
    for want in sys.argv[1:]:
        at = text.find(want)
        if at < 0:
            print("absent")
            continue
        a = sorted(attrs[at])
        print(" ".join(NAMES[n] for n in a) if a else "plain")


main()
