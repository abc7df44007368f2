"""shapes.py -- adversarial input shapes for quotecheck, shared by
tests/scaling/run (growth of the time) and tests/bench/run (time and
peak memory at two sizes).

Each shape is a function of a size n returning (statement, report) as
bytes, both growing linearly with n.  The texts are made up here.
"""

STMT_HEAD = (b"Statement by the Ministry on cooperation in the field of "
             b"information security\nSeptember 25, 2020\n\n")
REP_HEAD = (b"Ministry proposes a programme of measures\n\n"
            b"MOSCOW, September 25. /TASS/. ")

WORDS = [b"restore", b"regular", b"dialogue", b"between", b"agencies",
         b"on", b"the", b"key", b"issues", b"of", b"ensuring", b"security",
         b"exchange", b"notes", b"prevent", b"incidents", b"in", b"space",
         b"agree", b"and", b"conclude", b"a", b"global", b"pact"]


def phrase(i, k=4):
    """k words picked by i: many different short phrases."""
    return b" ".join(WORDS[(i * 7 + j * 5 + i // 24) % len(WORDS)]
                     for j in range(k))


def statement_lines(n):
    """About 40n bytes of statement prose, one proposal per line."""
    out = [STMT_HEAD]
    for i in range(max(1, n // 8)):
        out.append(b"%d. To %s, to %s and to %s.\n"
                   % (i + 1, phrase(i), phrase(i + 1), phrase(i + 2)))
    return b"".join(out)


def quotes_one_line(n):
    """n short quotations on one line of the report."""
    rep = [REP_HEAD]
    for i in range(n):
        rep.append(b'He said "to %s" and ' % phrase(i))
    rep.append(b"left.\n")
    return statement_lines(n), b"".join(rep)


def stmt_end(n):
    """One long statement line (about 40n bytes), its end quoted n / 16
    times: every source position lies far into that one line."""
    body = b" ".join(phrase(i) for i in range(n))
    stmt = STMT_HEAD + b"First. To " + body + b" and to conclude a pact.\n"
    end = b" ".join(body.split(b" ")[-6:])
    rep = [REP_HEAD]
    for i in range(max(1, n // 16)):
        rep.append(b'The ministry wants "%s and to conclude a pact".\n\n'
                   % end)
    return stmt, b"".join(rep)


def repeated_word(n):
    """One word repeated n times in the statement; in the report, many
    quotations of it that match everywhere, one long one, and the word
    repeated outside quotations."""
    stmt = STMT_HEAD + b"First. " + b"a " * n + b"\n"
    rep = REP_HEAD + b'"a a a" ' * (n // 8) + b'\n\nHe said "' + \
        b"a " * (n // 16) + b'a" and left.\n\n' + b"a " * (n // 2) + b"\n"
    return stmt, rep


def unbalanced(n):
    """n opening marks and no closing one, on one line."""
    rep = REP_HEAD + b"".join(b"\xe2\x80\x9c%s " % phrase(i)
                              for i in range(n)) + b"\n"
    return statement_lines(n), rep


def labels(n):
    """A proposal label on every line of the statement, quoted."""
    stmt = [STMT_HEAD]
    for i in range(n):
        stmt.append(b"%d. %s.\n" % (i + 1, phrase(i, 3)))
    rep = [REP_HEAD]
    for i in range(0, n, 8):
        rep.append(b'It proposes "%s".\n\n' % phrase(i, 3))
    return b"".join(stmt), b"".join(rep)


def escapes(n):
    """n escape sequences (CSI colour, OSC title) among the words."""
    seq = [b"\x1b[31m", b"\x1b]0;title\x07", b"\x1b[0m", b"\xc2\x9b2J"]
    mid = b"".join(b"%s%s " % (seq[i % 4], WORDS[i % len(WORDS)])
                   for i in range(n))
    stmt = STMT_HEAD + b"First. To " + mid + b"end.\n"
    rep = REP_HEAD + b'He said "To ' + mid + b'end."\n'
    return stmt, rep


def nested(n):
    """Marks nested n deep, then closed: \u201c \u2018 " ' in turn."""
    opens = [b"\xe2\x80\x9c", b"\xe2\x80\x98", b'"', b"'"]
    closes = [b"\xe2\x80\x9d", b"\xe2\x80\x99", b'"', b"'"]
    rep = [REP_HEAD, b"He said "]
    for i in range(n):
        rep.append(opens[i % 4] + phrase(i, 3) + b" ")
    for i in reversed(range(n)):
        rep.append(b"done" + closes[i % 4] + b" ")
    rep.append(b"\n")
    return statement_lines(n), b"".join(rep)


def prose(n):
    """Ordinary prose: a statement and a report a tenth of its size
    quoting it now and then (the reference shape for memory)."""
    stmt = statement_lines(n)
    rep = [REP_HEAD]
    for i in range(max(1, n // 80)):
        rep.append(b'The ministry called "to %s, to %s" for its part. '
                   b'Officials met on Tuesday and agreed to talk again '
                   b'before the end of the month, the agency said.\n\n'
                   % (phrase(8 * i), phrase(8 * i + 1)))
    return stmt, b"".join(rep)


def not_found(n):
    """n / 8 quotations the statement does not hold, each of its words
    in many statement sentences (the words of a phrase, backwards): each
    looks for its closest passage among every occurrence kept."""
    rep = [REP_HEAD]
    for i in range(max(1, n // 8)):
        words = (phrase(i, 3) + b" " + phrase(i + 5, 3)).split(b" ")
        rep.append(b'Officials said "%s" on Tuesday.\n\n'
                   % b" ".join(reversed(words)))
    return statement_lines(n), b"".join(rep)


def piece_word(i):
    """A distinct word of letters for each i."""
    s, i = "", i + 26 * 26
    while i:
        s, i = chr(97 + i % 26) + s, i // 26
    return s


def ellipsis_pieces(n, found):
    """A statement of n distinct words; a quotation of them cut by
    ellipses into one-word pieces (found), or of n other words."""
    ws = [piece_word(i) for i in range(n)]
    stmt = b"Statement\n\nFirst. " + " ".join(ws).encode() + b".\n"
    if found:
        quoted = " ".join(ws[:3]) + " ... " + " ... ".join(ws[3:])
    else:
        quoted = " ... ".join("x" + w for w in ws)
    return stmt, (b"Report\n\nHe said: \"" + quoted.encode() +
                  b",\" and left.\n")


def ellipsis_found(n):
    """One quotation cut by n ellipses, every piece found."""
    return ellipsis_pieces(n, True)


def ellipsis_absent(n):
    """One quotation cut by n ellipses, no piece found."""
    return ellipsis_pieces(n, False)


SHAPES = {
    "quotes-line": quotes_one_line,
    "stmt-end": stmt_end,
    "one-word": repeated_word,
    "unbalanced": unbalanced,
    "labels": labels,
    "escapes": escapes,
    "nested": nested,
    "ellipsis-found": ellipsis_found,
    "ellipsis-absent": ellipsis_absent,
    "prose": prose,
    "not-found": not_found,
}
