#!/usr/bin/env python3
"""checkout.py — is quotecheck's output safe to send to a terminal?

    checkout.py text FILE          text report (or stderr)
    checkout.py json FILE [EXPR]   JSON report; EXPR, a python expression
                                   over the parsed object j, must be true

Text: valid UTF-8; no C0 control but LF (so no ESC, no TAB, no CR), no
DEL, no C1 code point (and so no raw C1 byte, which is invalid UTF-8),
no format character (Cf: bidi controls and isolates, zero-width
characters, soft hyphen, BOM, Unicode tags), no line or paragraph
separator, no surrogate, private-use or noncharacter code point.

JSON: valid UTF-8 and valid JSON (RFC 8259: no raw control character in
a string), and, because people cat JSON to terminals, none of the code
points above raw either: they must be written as \\uXXXX escapes.

Exit 0 if safe, 1 with the first offences on stdout if not.
"""
import json
import sys
import unicodedata


def bad_reason(cp, allow_lf=True):
    if cp == 0x0A and allow_lf:
        return None
    if cp < 0x20:
        return "C0 control"
    if cp == 0x7F:
        return "DEL"
    if 0x80 <= cp <= 0x9F:
        return "C1 control"
    if 0xE0000 <= cp <= 0xE007F:
        return "tag character"
    if (cp & 0xFFFE) == 0xFFFE or 0xFDD0 <= cp <= 0xFDEF:
        return "noncharacter"
    cat = unicodedata.category(chr(cp))
    if cat == "Cf":
        return "format character (bidi / zero-width / invisible)"
    if cat in ("Zl", "Zp"):
        return "line/paragraph separator"
    if cat in ("Cs", "Co"):
        return "surrogate/private-use"
    return None


def scan(data, what, allow_lf=True):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        ctx = data[max(0, e.start - 20):e.start + 20]
        return ["%s: invalid UTF-8 at byte %d: %r" % (what, e.start, ctx)]
    errs = []
    line, col = 1, 0
    for ch in text:
        col += 1
        cp = ord(ch)
        r = bad_reason(cp, allow_lf)
        if r:
            errs.append("%s:%d:%d: raw U+%04X (%s)" % (what, line, col, cp, r))
            if len(errs) >= 8:
                errs.append("...")
                break
        if cp == 0x0A:
            line, col = line + 1, 0
    return errs


def main():
    mode, path = sys.argv[1], sys.argv[2]
    with open(path, "rb") as f:
        data = f.read()
    errs = scan(data, path)
    if mode == "json":
        if not errs:
            try:
                j = json.loads(data.decode("utf-8"))
            except ValueError as e:
                errs.append("%s: not valid JSON: %s" % (path, e))
            else:
                if len(sys.argv) > 3:
                    expr = sys.argv[3]
                    try:
                        ok = eval(expr, {"j": j, "any": any, "all": all,
                                         "len": len})
                    except Exception as e:  # noqa: BLE001
                        ok = False
                        expr += " raised %r" % e
                    if not ok:
                        errs.append("%s: not true of the JSON: %s"
                                    % (path, expr))
    elif mode != "text":
        errs.append("unknown mode " + mode)
    if errs:
        print("\n".join(errs))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
