#!/usr/bin/env python3
"""mkhostile.py — write the hostile statement and report pair.

The pair is committed (tests/safety/hostile.statement, hostile.report);
this script documents, byte for byte, what is in it and rewrites it:

    python3 tests/safety/mkhostile.py tests/safety

Everything a web page can smuggle into copied text and a terminal would
act on is here: ESC sequences (clear screen, cursor moves, SGR, OSC 0/2
titles, OSC 52 clipboard, DCS, device queries), C0 controls, DEL, C1
controls as code points, bidi overrides and isolates, zero-width
characters, Unicode tag characters, an overstrike, and OSC
sequences that are never terminated (to the end of a line, to the end of
the file).  No NUL: a NUL makes the file binary (tested elsewhere).
The words AFTER-OSC-* follow unterminated sequences: they must show.
The markers QC-TITLE-HIJACK and QC-CLIPBOARD-HIJACK must never reach a
terminal as a title or a clipboard write.  A lone CR and NEL (U+0085)
are line ends, made LF on loading (tests/safety/encodings.sh): their
places hold another control shown as wide (^A, <U+0080>), so the
screens of the e2e tests stay as they were.
"""
import os
import sys

ESC = "\x1b"
BEL = "\x07"
ST = ESC + "\\"
CSI = ESC + "["
OSC = ESC + "]"
DCS = ESC + "P"

C0 = "".join(chr(c) for c in list(range(0x01, 0x09)) + [0x0B, 0x0C]
             + list(range(0x0E, 0x1B)) + list(range(0x1C, 0x20)))
C1 = "".join(chr(c if c != 0x85 else 0x80) for c in range(0x80, 0xA0))
BIDI_OVERRIDES = "\u202a\u202b\u202c\u202d\u202e"
BIDI_ISOLATES = "\u2066\u2067\u2068\u2069"
BIDI_MARKS = "\u200e\u200f\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
TAGS = "\U000e0001" + "".join(chr(c) for c in range(0xE0020, 0xE0080))

CLEAR = CSI + "2J" + CSI + "H"
TITLE = OSC + "0;QC-TITLE-HIJACK" + BEL
TITLE2 = OSC + "2;QC-TITLE-HIJACK" + ST
CLIP = OSC + "52;c;UUMtQ0xJUEJPQVJELUhJSkFDSw==" + BEL  # QC-CLIPBOARD-HIJACK
QUERIES = CSI + "6n" + CSI + "21t" + CSI + "c" + CSI + ">0q"
DCSSEQ = DCS + "+q544e" + ST
MOVES = CSI + "10;10H" + CSI + "5A" + CSI + "3C" + CSI + "2K"
SGR = CSI + "31;1;5m" + "red" + CSI + "0m"

STATEMENT = [
    "Events",
    "Statement on keeping the reader's terminal safe" + CLEAR,
    "September 25, 2020",
    "13:30",
    "The opening paragraph clears the screen " + CLEAR + ", moves the "
    "cursor " + MOVES + " and paints " + SGR + " text in the statement.",
    "First. To set the window title " + TITLE + " and again " + TITLE2
    + " and keep the terminal exactly as it was.",
    "Second. To write the clipboard " + CLIP + " and send a request "
    + DCSSEQ + " and queries " + QUERIES + " without any answer.",
    "Third. To show the C0 controls " + C0 + " and a lone CR \x01 here, an "
    "overstrike _\bX and a DEL \x7f as visible escapes.",
    "Fourth. To show the C1 controls " + C1 + " as code points and never "
    "as raw bytes.",
    "Fifth. To mark the bidi overrides " + BIDI_OVERRIDES + " and isolates "
    + BIDI_ISOLATES + " and marks " + BIDI_MARKS + " for every reader.",
    "Sixth. To mark the zero-width characters " + ZERO_WIDTH + " and tags "
    + TAGS + " instead of hiding them.",
    "Seventh. To keep reading after an OSC that never ends " + OSC
    + "0;unterminated title to the end of the line",
    "so that the words AFTER-OSC-EOL on the next line still show.",
    "Eighth. To keep the terminal\u202e intact when the text lies about "
    "its direction.",
    "Geography",
    "United States",
    "Topics",
    "Terminal safety",
    "Publication date: September 25, 2020, 13:30 " + OSC
    + "2;unterminated to the end of the file AFTER-OSC-EOF-STATEMENT",
]

REPORT = [
    "Hostile report sets a title " + OSC + "0;QC-TITLE-HIJACK" + BEL
    + " and clears " + CLEAR + " the screen",
    "",
    "MOSCOW, September 25. /TASS/. The statement was read out.",
    "",
    "\"To set the window title " + TITLE + " and again " + TITLE2
    + " and keep the terminal exactly as it was,\" the statement reads.",
    "",
    "\"To write the clipboard " + CLIP + " and send a request " + DCSSEQ
    + " and queries " + QUERIES + " without any answer,\" it adds.",
    "",
    "It asks \"to show the C0 controls " + C0 + " and a lone CR \x01 here, "
    "an overstrike _\bX and a DEL \x7f as visible escapes.\"",
    "",
    "It asks \"to show the C1 controls " + C1 + " as code points and "
    "never as raw bytes.\"",
    "",
    "\u201cTo mark the bidi overrides " + BIDI_OVERRIDES + " and isolates "
    + BIDI_ISOLATES + " and marks " + BIDI_MARKS
    + " for every reader,\u201d the text says.",
    "",
    "\u201cTo mark the zero-width characters " + ZERO_WIDTH + " and tags "
    + TAGS + " instead of hiding them.\u201d",
    "",
    "The last proposal reads: \u00abTo keep the terminal\u202e intact when "
    "the text lies about its direction.\u00bb",
    "",
    "\"Keep reading after an OSC that never ends " + OSC
    + "0;unterminated title and AFTER-OSC-EOL-REPORT still shows,\" he said.",
    "",
    "He ended: \"Never close this " + OSC
    + "0;osc running to the end of the file and the words "
    "AFTER-OSC-EOF-REPORT remain visible",
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__)
    for name, lines in (("hostile.statement", STATEMENT),
                        ("hostile.report", REPORT)):
        data = "\n".join(lines).encode("utf-8")  # no newline at EOF
        assert b"\x00" not in data
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
