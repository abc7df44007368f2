#!/usr/bin/env python3
"""mkcorpus.py — write the fuzz seed corpus (tests/fuzz/corpus/TARGET/).

    python3 tests/fuzz/mkcorpus.py [SRCDIR]

Seeds: the bundled pair, the hostile pair (tests/safety), the golden
pairs, and small cases of the bad-input matrix (empty, blank, binary,
UTF-16/32, every kind of invalid UTF-8, unbalanced and nested quotation
marks, ellipses, front matter, CRLF, separators), Trojan Source and
Zalgo samples, emoji sequences, escape sequences.  Statement and report
are joined by 0x1E (fuzz_util.h).  fuzz_layout seeds start with three
bytes (width low, width high, ASCII bit), fuzz_display seeds with one
(start column, ASCII bit).  Files are named seed-*; crash reproducers
found later are kept beside them as regress-* and never rewritten.
"""
import hashlib
import os
import sys

SEP = b"\x1e"
MAX = 60000


def rd(path):
    with open(path, "rb") as f:
        return f.read()


def pairs(src):
    """(name, statement, report) seeds for the model and layout targets."""
    data = os.path.join(src, "data")
    safety = os.path.join(src, "tests", "safety")
    golden = os.path.join(src, "tests", "golden")
    stmt = rd(os.path.join(data, "statement.txt"))
    rep = rd(os.path.join(data, "report.txt"))
    out = [("bundled", stmt, rep)]
    hs = os.path.join(safety, "hostile.statement")
    if os.path.exists(hs):
        out.append(("hostile", rd(hs),
                    rd(os.path.join(safety, "hostile.report"))))
    if os.path.isdir(golden):
        for f in sorted(os.listdir(golden)):
            if f.endswith(".statement"):
                base = f[:-len(".statement")]
                r = os.path.join(golden, base + ".report")
                if os.path.exists(r):
                    out.append(("golden-" + base,
                                rd(os.path.join(golden, f)), rd(r)))
    q = b'He said: "To restore a regular full-scale bilateral dialogue '
    bad = {
        "empty": b"",
        "blank": b" \t\n\r\n  \n",
        "bom-only": b"\xef\xbb\xbf",
        "nul": b"text\x00more",
        "elf": b"\x7fELF\x02\x01\x01\x00" + bytes(range(64)),
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "utf16le": b"\xff\xfe" + "First. To restore.\n".encode("utf-16-le"),
        "utf16be": b"\xfe\xff" + "First. To restore.\n".encode("utf-16-be"),
        "utf32le": b"\xff\xfe\x00\x00" + "First.\n".encode("utf-32-le"),
        "utf16-nobom": "First. To restore a dialogue.\n".encode("utf-16-le"),
        "stray": q + b"\x80\xbf\x9b[2J\x9c\x9d0;x\x9c" + b'"',
        "overlong": q + b"\xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf\xc1\xbf" + b'"',
        "surrogate": q + b"\xed\xa0\x80 \xed\xbf\xbf \xed\xa0\xbd\xed\xb8\x80" + b'"',
        "above-max": q + b"\xf4\x90\x80\x80 \xf8\x88\x80\x80\x80 \xfe\xff" + b'"',
        "cut-eof": q + b"\xe2\x82",
        "cut-eof4": q + b"\xf0\x9f\x98",
        "unbalanced": '"a b c \u201cd e f \u00ab g h \u2018i j\' k\u2019 l \u00bb '
                      '\u201d\u201d" \u2019\u2019 "'.encode(),
        "nested": ("\u201c\u2018\u00ab\"" * 50 + "we call on the US"
                   + "\"\u00bb\u2019\u201d" * 50).encode(),
        "ellipsis": '"To restore ... dialogue \u2026 on the [...] key issues"'
                    ' "... \u2026 [...]" "[...]"'.encode(),
        "front": b"---\nTitle: T\nDate: 2020-09-25\nOutlet: X\n---\n"
                 b"First. To restore.\n(2) To keep.\n3) Third.\nFirstly, "
                 b"one.\nGeography\nUnited States\n",
        "crlf-bom": b"\xef\xbb\xbf" + stmt.replace(b"\n", b"\r\n")[:4000],
        "separators": "One\u2028Two\u2029Three\x0bFour\x0cFive\u0085Six\r"
                      "Seven".encode(),
        "controls": bytes(range(1, 32)) + b"\x7f" + "".join(
            chr(c) for c in range(0x80, 0xa0)).encode(),
        "trojan": ('"access level \u202e \u2066// check if admin\u2069 '
                   '\u2066 user" said the \u200bzero\u200dwidth '
                   '\U000e0001\U000e0041tag\U000e007f soft\u00adhyphen'
                   ).encode(),
        "zalgo": ("a" + "\u0301" * 300 + " e\u0301\u0302\u0303\u0304\u0305"
                  "\u0306 \u0301start").encode(),
        "emoji": "\U0001F468\u200d\U0001F469\u200d\U0001F467 \U0001F44D"
                 "\U0001F3FB \U0001F1EB\U0001F1F7 \u2764\ufe0f \u0031\ufe0f"
                 "\u20e3 \u4e00\u4e8c \uff21 \u00b7\u2460 \ue000 \U0010fffd"
                 " \ufffe \uffff".encode(),
        "osc-eol": b'"keep reading \x1b]0;title to the end of the line\n'
                   b'AFTER still shows" and \x1bP1$q unterminated dcs\n',
        "osc-eof": b'He said "never closes \x1b]52;c;' + b"QUFB" * 200,
        "tabs": b'\t"one\ttwo\tthree"\t\tfour\t\n\t\t\tFirst.\tTo\n',
        "long-word": b'"' + b"x" * 5000 + b'"',
        "dateline": b"Headline\n\nMOSCOW, September 25. /TASS/. "
                    b'"a b c d" \'e f g h\' \xc2\xabi j k l\xc2\xbb',
    }
    for k, v in bad.items():
        out.append(("stmt-" + k, v, rep[:1200]))
        out.append(("rep-" + k, stmt[:1200], v))
    out.append(("same", stmt, stmt))
    out.append(("nosep", None, stmt + rep))
    return out


def display_seeds(src):
    """Raw text seeds for the display target."""
    out = []
    for name, s, r in pairs(src):
        if s is not None and name.startswith(("stmt-", "hostile", "bundled")):
            out.append((name, s))
    with open(os.path.join(src, "tests", "safety", "hostile.report"),
              "rb") as f:
        for i, line in enumerate(f.read().split(b"\n")):
            if line:
                out.append(("hostile-line%02d" % i, line))
    return out


def write(dirname, name, data):
    data = data[:MAX]
    os.makedirs(dirname, exist_ok=True)
    h = hashlib.sha1(data).hexdigest()[:8]
    with open(os.path.join(dirname, "seed-%s-%s" % (name, h)), "wb") as f:
        f.write(data)


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..")
    corpus = os.path.join(src, "tests", "fuzz", "corpus")
    for t in ("model", "layout", "display"):
        d = os.path.join(corpus, t)
        if os.path.isdir(d):
            for f in os.listdir(d):
                if f.startswith("seed-"):
                    os.remove(os.path.join(d, f))
    widths = [1, 2, 3, 5, 8, 13, 20, 40, 79, 80, 81, 132, 299, 300]
    for i, (name, s, r) in enumerate(pairs(src)):
        data = r if s is None else s + SEP + r
        write(os.path.join(corpus, "model"), name, data)
        w = widths[i % len(widths)] - 1
        prefix = bytes([w & 0xff, w >> 8, i & 1])
        write(os.path.join(corpus, "layout"), name, prefix + data)
    for i, (name, s) in enumerate(display_seeds(src)):
        write(os.path.join(corpus, "display"), name,
              bytes([(i % 9) | (0x10 if i % 2 else 0)]) + s)


if __name__ == "__main__":
    main()
