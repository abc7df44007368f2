#!/usr/bin/env python3
"""gen.py -- deterministic inputs for the quotecheck benchmarks.

Writes, into OUTDIR, for every requested statement size S (in MB of
2^20 bytes):

  statement-S.txt   prose as copied from a web page: a title line, a
                    date line, a time line, paragraphs one per line,
                    numbered proposals "First." ... "Tenth." spread
                    through it, and a metadata trailer;
  report-S.txt      a news report of about --report-size bytes that
                    quotes it in straight double quotes: --exact
                    verbatim quotations (8-30 words, each passage
                    unique in the statement), --altered quotations with
                    one word in the middle replaced by a word the
                    statement never uses, and --invented quotations
                    made only of such words;
  expected-S.json   the verdict counts those quotations must get, and
                    each quotation with its verdict.

and with --repetitive S, statement-rep.txt (one sentence repeated to
S MB), report-rep.txt (quoting that sentence or a part of it
--repeat-quotes times, all exact) and expected-rep.json.

The same seed gives the same bytes.  Usable as a module: generate().
"""

import argparse
import json
import os
import re
import sys
from array import array
from itertools import islice
from random import Random

MB = 1 << 20

# ---------------------------------------------------------------- words

NOUNS = """
cooperation security dialogue agreement measure program relation
commitment confrontation challenge risk field player responsibility
prevention suggestion technology communication information channel
agency centre team official body space incident format guarantee affair
process method trust prosperity peace country state partner ministry
council committee delegation government parliament region border trade
economy investment energy infrastructure network system standard
principle framework initiative proposal project plan strategy policy
reform law treaty convention obligation right freedom citizen community
society culture education science research health environment climate
resource water food transport industry market price growth development
stability crisis conflict threat attack defence weapon control
verification inspection report assessment review analysis evidence
record document declaration resolution decision consultation
negotiation meeting summit conference session forum platform mechanism
instrument tool procedure rule regulation norm value interest priority
objective goal task effort result outcome progress step stage phase
level scale scope area sector domain sphere dimension aspect issue
question problem solution answer approach position view opinion concern
understanding consensus compromise balance support assistance
contribution participation involvement role capacity capability
potential opportunity prospect future history tradition experience
lesson example practice exchange transfer access use application
service product company enterprise business employer worker income
budget tax revenue expenditure debt finance bank currency payment
transaction contract supply demand production export import route
corridor port airport railway road bridge pipeline grid station
facility laboratory university school hospital archive library museum
press journalist expert specialist scholar analyst engineer diplomat
minister president leader representative envoy ambassador spokesman
authority institution organisation association union alliance
coalition bloc group majority minority population generation family
neighbour nation republic federation province city capital territory
coast sea ocean river mountain forest land soil harvest season year
month week decade century period moment deadline schedule timetable
calendar anniversary satellite cable server database software
encryption protocol vulnerability incident response drill exercise
""".split()

ADJS = """
comprehensive practical regular bilateral multilateral international
national regional global strategic technical economic political social
cultural scientific legal financial military civil public private open
transparent effective efficient reliable sustainable balanced mutual
joint common shared equal fair stable secure safe modern new current
future previous recent long-term short-term large-scale high-level
full-scale direct continuous constructive pragmatic responsible
independent sovereign competent relevant specific general key major
main important significant considerable substantial serious urgent
critical complex difficult simple clear concrete detailed broad wide
deep close further additional special particular appropriate acceptable
necessary possible available existing emerging digital industrial
agricultural maritime northern southern eastern western central coastal
rural urban annual permanent temporary
""".split()

VERBS = """
restore maintain develop conclude prevent exchange strengthen support
ensure promote reduce establish review address consider protect
coordinate expand improve increase implement adopt approve discuss
examine assess monitor verify facilitate encourage enhance deepen extend
renew resume launch create build design prepare present submit propose
recommend confirm reaffirm welcome respect observe uphold preserve
secure guarantee provide offer share publish inform notify consult
invite include limit regulate manage finance fund integrate harmonise
simplify modernise upgrade reform settle resolve overcome avoid counter
combat
""".split()

MODALS = """will|must|should|can|could|may|would|shall|intend to|are ready to|
need to|continue to|seek to|plan to|are prepared to|have agreed to""".replace(
    "\n", "").split("|")

SUBJECTS = """we|our States|the parties|both sides|the Government|the Ministry|
the Council|these measures|such steps|the two countries|our partners|
the competent agencies|all countries|the international community|
the experts|the working group|the delegations|the national authorities|
the member states|the participants""".replace("\n", "").split("|")

PREPS = """in on of for with between within through across under among
towards against without beyond after before during by from into
along""".split()

DETS = "the the the a this that each every any our their its such all".split()
DETS_PL = "the the the these those our their such all some several many".split()

ADVS = """significantly jointly regularly fully effectively gradually
consistently promptly closely further also""".split()
ADV_PHRASES = """once again|in practice|as soon as possible|in good faith|
in due course|step by step|without delay|on a regular basis|
at the earliest opportunity""".replace("\n", "").split("|")

STARTERS = """In this regard,|At the same time,|Moreover,|In addition,|
As a result,|To this end,|Above all,|Nevertheless,|We believe that|
It is important that|We are convinced that|We note that|
There is no doubt that|In our view,|For this reason,|
We would like to stress that|It should be recalled that""".replace(
    "\n", "").split("|")

PROPER = """Russia|the United States|Europe|Asia|Africa|the United Nations|
the OSCE|Geneva|Vienna|New York|the Arctic|the Pacific|
the Group of Twenty|the Security Council""".replace("\n", "").split("|")

ACRONYMS = ["(ICTs)", "(IIS)", "(UN)", "(OSCE)", "(CERTs)", "(NRRC)"]

MONTHS = """January February March April May June July August September
October November December""".split()

REPORT_STARTERS = """The president noted that|According to the document,|
Officials said that|Analysts believe that|The statement says that|
Observers point out that|Diplomats stressed that|The minister added that|
Experts expect that|Earlier this year,|Last week,|On Friday,|
In his address,|Commenting on the initiative,""".replace("\n", "").split("|")

REPORT_FRAMES = [
    '"{q}," the statement reads.',
    '"{q}," he noted.',
    '"{q}," the president said.',
    'The document says: "{q}."',
    'According to the text, "{q}."',
    'He stressed that "{q}".',
    'The statement reads: "{q}."',
    '"{q}," the text of the statement says.',
]

ORDINALS = """First Second Third Fourth Fifth Sixth Seventh Eighth Ninth
Tenth""".split()

TRAILER = [
    "Geography", "United States", "Topics", "Foreign policy",
    "National security", "Publication status",
    "Published in sections: News, Transcripts",
    "Publication date: September 25, 2020, 13:30",
]

REPEATED_SENTENCE = (
    "The parties will continue to develop cooperation in the field of "
    "international information security on the basis of mutual respect, "
    "trust and equal partnership between our States.")

SYLLABLES = """ka lo ven dri mar tos qui zel bra nor fen gal rix tum sol
vor phe lan dus kel mir ost pra vel xan zor thu ble cro gim""".split()

_norm_split = re.compile(r"[^\w\u2019]+")


def plural(w):
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh")):
        return w + "es"
    return w + "s"


def norm_words(s):
    """The words of s as the matcher sees them: case-folded, split at
    anything that is not a letter, digit or apostrophe."""
    return [w for w in _norm_split.split(s.lower()) if w]


# ---------------------------------------------------------- sentences

class Prose:
    """English-like sentences from the word lists above."""

    def __init__(self, rng):
        self.r = rng

    def np(self, short=False):
        r = self.r
        x = r.random()
        if x < 0.04:
            return [r.choice(PROPER)]
        pl = r.random() < 0.35
        out = (r.choice(DETS_PL) if pl else r.choice(DETS)).split()
        for _ in range(r.choice((0, 0, 1, 1, 1, 2))):
            out.append(r.choice(ADJS))
        n = r.choice(NOUNS)
        if r.random() < 0.03 and not pl:
            out[0:1] = ["the"]
            n += "\u2019s " + r.choice(NOUNS)
        out.extend((plural(n) if pl else n).split())
        if r.random() < 0.04:
            out.append(r.choice(ACRONYMS))
        if not short and r.random() < 0.35:
            out.append("of")
            out.extend(self.np(True))
        return out

    def pp(self):
        r = self.r
        x = r.random()
        if x < 0.06:
            d = "%d %s %d" % (r.randint(1, 28), r.choice(MONTHS),
                              r.randint(1950, 2030))
            return [r.choice(("since", "on", "by", "before", "after"))] + \
                d.split()
        if x < 0.10:
            return ["in", str(r.randint(1960, 2030))]
        if x < 0.13:
            return ["by", "%d" % r.randint(5, 95), "per", "cent"]
        return [r.choice(PREPS)] + self.np(True)

    def clause(self):
        r = self.r
        out = r.choice(SUBJECTS).split()
        out.extend(r.choice(MODALS).split())
        if r.random() < 0.2:
            out.append(r.choice(ADVS))
        out.append(r.choice(VERBS))
        out.extend(self.np())
        for _ in range(r.choice((0, 1, 1, 2, 2, 3))):
            out.extend(self.pp())
        if r.random() < 0.15:
            out.extend(r.choice(ADV_PHRASES).split())
        return out

    def sentence(self, starters=STARTERS):
        r = self.r
        out = []
        if r.random() < 0.3:
            out.extend(r.choice(starters).split())
        out.extend(self.clause())
        if r.random() < 0.35:
            out[-1] += ","
            out.append(r.choice(("and", "but", "while", "so that",
                                 "because", "as")))
            out.extend(self.clause())
        out[0] = out[0][0].upper() + out[0][1:]
        out[-1] += "."
        return " ".join(out)

    def infinitive(self):
        """A proposal's first sentence: "To restore ..."."""
        r = self.r
        out = ["To", r.choice(VERBS)]
        out.extend(self.np())
        for _ in range(r.choice((1, 2, 2, 3))):
            out.extend(self.pp())
        out[-1] += "."
        return " ".join(out)

    def paragraph(self, lo=1, hi=7, starters=STARTERS):
        return [self.sentence(starters)
                for _ in range(self.r.randint(lo, hi))]


def invented_words(rng, forbidden, n=400):
    """n pseudo-words of two to four syllables, none in forbidden."""
    out, seen = [], set(forbidden)
    while len(out) < n:
        w = "".join(rng.choice(SYLLABLES)
                    for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


# ------------------------------------------------------------ corpus

class Corpus:
    """Body paragraphs enough for the largest statement; every smaller
    statement uses a prefix of them.  Word ids serve the uniqueness
    checks."""

    def __init__(self, seed, max_bytes):
        rng = Random("body/%d" % seed)
        prose = Prose(rng)
        self.ids = {}
        self.title = ("Statement by the Council on a comprehensive program "
                      "of measures for restoring cooperation in the field "
                      "of international information security")
        self.head = [self.title, "September 25, 2020", "13:30"]
        pr = Prose(Random("proposals/%d" % seed))
        self.proposals = []
        for i, o in enumerate(ORDINALS):
            sents = [pr.infinitive()] + pr.paragraph(0, 2)
            self.proposals.append([o + "."] + sents)
        self.paras = []         # list of lists of sentences
        self.offsets = [0]      # byte size of paras[:i] as lines
        total = 0
        while total < max_bytes:
            p = prose.paragraph()
            self.paras.append(p)
            total += sum(len(s) for s in p) + len(p)   # spaces + LF
            self.offsets.append(total)
        self.vocab = set()
        for p in self.paras:
            for s in p:
                self.vocab.update(norm_words(s))
        for p in self.proposals:
            for s in p:
                self.vocab.update(norm_words(s))
        for line in self.head + TRAILER:
            self.vocab.update(norm_words(line))
        self.foreign = invented_words(Random("foreign/%d" % seed),
                                      self.vocab)

    def npara_for(self, size):
        """How many body paragraphs make a statement of about size."""
        lo, hi = 0, len(self.paras)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.offsets[mid] < size:
                lo = mid + 1
            else:
                hi = mid
        return max(lo, len(ORDINALS))

    def statement(self, npara):
        """The statement's lines, and for each body paragraph used the
        list of (kind, index) of its line: ("body", i) or ("prop", i)."""
        where = {}
        for i in range(len(ORDINALS)):
            where[((2 * i + 1) * npara) // (2 * len(ORDINALS))] = i
        lines, origin = ["Events"] + self.head, [None] * 4
        for i in range(npara):
            if i in where:
                lines.append(" ".join(self.proposals[where[i]]))
                origin.append(("prop", where[i]))
            lines.append(" ".join(self.paras[i]))
            origin.append(("body", i))
        lines.extend(TRAILER)
        origin.extend([None] * len(TRAILER))
        return lines, origin

    def word_ids(self, lines):
        """All words of lines as one array of ids."""
        ids, out = self.ids, array("I")
        for line in lines:
            for w in norm_words(line):
                k = ids.get(w)
                if k is None:
                    k = ids[w] = len(ids)
                out.append(k)
        return out

    def key(self, words):
        return tuple(self.ids.get(w, 0xFFFFFFFF) for w in words)


def count_occurrences(seq, needles):
    """For each needle (tuple of ids, at least 5 long), how often it
    occurs in seq.  One pass over seq, indexed by 5-word prefix."""
    by5 = {}
    for i, n in enumerate(needles):
        by5.setdefault(n[:5], []).append(i)
    counts = [0] * len(needles)
    its = [islice(seq, k, None) for k in range(5)]
    for pos, k in enumerate(zip(*its)):
        hit = by5.get(k)
        if hit is None:
            continue
        for i in hit:
            n = needles[i]
            if tuple(seq[pos:pos + len(n)]) == n:
                counts[i] += 1
    return counts


# ------------------------------------------------------------ report

def strip_end(s):
    return s.rstrip(",.;:")


def pick_span(rng, sentence, lo=8, hi=30):
    """A run of lo..hi words of sentence, or None if it is too short."""
    toks = sentence.split(" ")
    if len(norm_words(sentence)) < lo:
        return None
    for _ in range(20):
        n = rng.randint(lo, hi)
        if n > len(toks) or rng.random() < 0.3:
            n = len(toks)               # the whole sentence if it fits
        a = rng.randint(0, len(toks) - n)
        if rng.random() < 0.3:
            a = 0                       # from the sentence's start
        span = toks[a:a + n]
        text = strip_end(" ".join(span))
        nw = len(norm_words(text))
        if lo <= nw <= hi and re.match(r"\w", text):
            return span
    return None


def alter(rng, span, foreign):
    """span with one plain word in the middle replaced by a foreign
    word; None if it has no such word."""
    idx = [i for i in range(2, len(span) - 2)
           if re.fullmatch(r"[A-Za-z]+", span[i])]
    if not idx:
        return None
    i = rng.choice(idx)
    w = rng.choice(foreign)
    if span[i][0].isupper():
        w = w.capitalize()
    return span[:i] + [w] + span[i + 1:]


def choose_quotes(corpus, rng, npara, lines, nexact, naltered, seq):
    """At least nexact + naltered passages of the statement, each
    occurring once in it; the first few from the proposals."""
    want = nexact + naltered
    cands = []
    props = list(range(0, len(ORDINALS), 2))    # quote odd-numbered ones
    while len(cands) < want * 1.2 + 20:
        if props:
            p = props.pop(0)
            sents = corpus.proposals[p][1:2]
        else:
            sents = corpus.paras[rng.randrange(npara)]
        span = pick_span(rng, rng.choice(sents))
        if span is not None:
            cands.append(span)
    keys = [corpus.key(norm_words(" ".join(s))) for s in cands]
    counts = count_occurrences(seq, keys)
    good = [s for s, c in zip(cands, counts) if c == 1]
    if len(good) < want:
        raise RuntimeError("not enough unique passages")
    return good


def invented_quote(rng, foreign):
    n = rng.randint(8, 30)
    ws = [rng.choice(foreign) for _ in range(n)]
    if n > 12:
        ws[rng.randint(4, n - 5)] += ","
    ws[0] = ws[0].capitalize()
    return ws


def write_report(path, rng, quotes, size, starters=REPORT_STARTERS):
    """A news report quoting quotes (strings) in order, padded with its
    own prose to about size bytes."""
    prose = Prose(rng)
    head = ["All news", "",
            "Council calls for a comprehensive program of measures on "
            "information security", "",
            "The statement proposes to restore dialogue and to prevent "
            "incidents in the information space", ""]
    qbytes = sum(len(q) + 30 for q in quotes)
    budget = max(0, size - qbytes - sum(len(h) + 1 for h in head))
    out = head
    para = ["MOSCOW, September 25. /TASS/."]
    done = 0
    for i, q in enumerate(quotes):
        goal = budget * (i + 1) // (len(quotes) + 1)
        while done < goal:
            s = prose.sentence(starters)
            para.append(s)
            done += len(s) + 1
        para.append(rng.choice(REPORT_FRAMES).format(q=q))
        if rng.random() < 0.4:
            out.extend([" ".join(para), ""])
            para = []
    while done < budget:
        s = prose.sentence(starters)
        para.append(s)
        done += len(s) + 1
    out.append(" ".join(para))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def make_pair(corpus, outdir, label, size, seed, report_size, nexact,
              naltered, ninvented):
    npara = corpus.npara_for(size)
    lines, _ = corpus.statement(npara)
    spath = os.path.join(outdir, "statement-%s.txt" % label)
    with open(spath, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    seq = corpus.word_ids(lines)
    rng = Random("quotes/%d/%s" % (seed, label))
    good = choose_quotes(corpus, rng, npara, lines, nexact, naltered, seq)
    exact, altered = good[:nexact], []
    for s in good[nexact:]:
        if len(altered) == naltered:
            break
        a = alter(rng, s, corpus.foreign)
        if a is not None:       # else no plain word in the middle
            altered.append(a)
    if len(altered) < naltered:
        raise RuntimeError("not enough passages to alter")
    invented = [invented_quote(rng, corpus.foreign)
                for _ in range(ninvented)]
    kinds = [(strip_end(" ".join(q)), k)
             for qs, k in ((exact, "exact"), (altered, "altered"),
                           (invented, "not-found")) for q in qs]
    Random("order/%d/%s" % (seed, label)).shuffle(kinds)
    quotes = [q for q, _ in kinds]
    rpath = os.path.join(outdir, "report-%s.txt" % label)
    write_report(rpath, Random("report/%d" % seed), quotes, report_size)
    exp = {"statement": spath, "report": rpath,
           "statement_bytes": os.path.getsize(spath),
           "report_bytes": os.path.getsize(rpath), "seed": seed,
           "expected": {"quotes": len(quotes), "exact": nexact,
                        "altered": naltered, "not_found": ninvented},
           "quotes": [{"text": q, "verdict": k} for q, k in kinds]}
    with open(os.path.join(outdir, "expected-%s.json" % label), "w") as f:
        json.dump(exp, f, indent=1)
    return exp


def make_repetitive(outdir, size, seed, nquotes, report_size):
    spath = os.path.join(outdir, "statement-rep.txt")
    line = " ".join([REPEATED_SENTENCE] * 8) + "\n"
    with open(spath, "w", encoding="utf-8") as f:
        f.write(line * -(-size // len(line)))
    rng = Random("repetitive/%d" % seed)
    quotes = []
    for _ in range(nquotes):
        if rng.random() < 0.5:
            quotes.append(strip_end(REPEATED_SENTENCE))
        else:
            quotes.append(strip_end(" ".join(pick_span(rng,
                                                       REPEATED_SENTENCE))))
    rpath = os.path.join(outdir, "report-rep.txt")
    write_report(rpath, Random("report-rep/%d" % seed), quotes, report_size)
    exp = {"statement": spath, "report": rpath,
           "statement_bytes": os.path.getsize(spath),
           "report_bytes": os.path.getsize(rpath), "seed": seed,
           "expected": {"quotes": nquotes, "exact": nquotes, "altered": 0,
                        "not_found": 0},
           "quotes": [{"text": q, "verdict": "exact"} for q in quotes]}
    with open(os.path.join(outdir, "expected-rep.json"), "w") as f:
        json.dump(exp, f, indent=1)
    return exp


def make_shape(outdir, name, size):
    """The adversarial shape name (tests/scaling/shapes.py) at about
    size bytes of input in all: (statement path, report path, bytes)."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(
        __file__)), "..", "scaling"))
    import shapes
    f = shapes.SHAPES[name]
    s, r = f(1000)
    n = max(1, int(size * 1000 / (len(s) + len(r))))
    s, r = f(n)
    sp = os.path.join(outdir, "shape-%s-%d.statement" % (name, size))
    rp = os.path.join(outdir, "shape-%s-%d.report" % (name, size))
    with open(sp, "wb") as fs, open(rp, "wb") as fr:
        fs.write(s)
        fr.write(r)
    return sp, rp, len(s) + len(r)


def shape_names():
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(
        __file__)), "..", "scaling"))
    import shapes
    return list(shapes.SHAPES)


def label_of(size_mb):
    return ("%g" % size_mb) + "M"


def generate(outdir, sizes_mb, seed=1, report_size=MB, nexact=1500,
             naltered=400, ninvented=300, repetitive_mb=None,
             repeat_quotes=5000):
    """Write every input to outdir; a dict from label to its expected
    record ("rep" for the repetitive pair)."""
    os.makedirs(outdir, exist_ok=True)
    out = {}
    if sizes_mb:
        corpus = Corpus(seed, int(max(sizes_mb) * MB))
        for s in sizes_mb:
            lab = label_of(s)
            out[lab] = make_pair(corpus, outdir, lab, int(s * MB), seed,
                                 report_size, nexact, naltered, ninvented)
    if repetitive_mb:
        out["rep"] = make_repetitive(outdir, int(repetitive_mb * MB), seed,
                                     repeat_quotes, report_size)
    return out


# --------------------------------------------------------- self-test

def selftest(outdir):
    """Generate a small pair and check it independently of the
    generator's own bookkeeping: every quotation is classified from the
    files alone with plain string searches."""
    exp = generate(outdir, [1], seed=7, report_size=MB // 4, nexact=120,
                   naltered=40, ninvented=30, repetitive_mb=0.25,
                   repeat_quotes=200)
    for lab, e in exp.items():
        with open(e["statement"], encoding="utf-8") as f:
            st = " " + " ".join(norm_words(f.read())) + " "
        vocab = set(st.split())
        with open(e["report"], encoding="utf-8") as f:
            rep = f.read()
        got = {"exact": 0, "altered": 0, "not_found": 0}
        for q in re.findall(r'"([^"]*)"', rep):
            ws = norm_words(q)
            assert 8 <= len(ws) <= 30, q
            if st.count(" " + " ".join(ws) + " ") >= 1:
                if lab != "rep":
                    assert st.count(" " + " ".join(ws) + " ") == 1, q
                got["exact"] += 1
                continue
            alien = [w for w in ws if w not in vocab]
            if len(alien) == len(ws):
                got["not_found"] += 1
                continue
            assert len(alien) == 1, q
            i = ws.index(alien[0])
            left = " " + " ".join(ws[:i]) + " "
            right = " " + " ".join(ws[i + 1:]) + " "
            assert st.count(left) >= 1 and st.count(right) >= 1, q
            got["altered"] += 1
        want = dict(e["expected"])
        del want["quotes"]
        assert got == want, (lab, got, want)
        print("selftest %s: %s OK" % (lab, got))
    # determinism: the same seed gives the same bytes
    exp2 = generate(outdir + "/again", [1], seed=7, report_size=MB // 4,
                    nexact=120, naltered=40, ninvented=30)
    for k in ("statement", "report"):
        with open(exp["1M"][k], "rb") as a, open(exp2["1M"][k], "rb") as b:
            assert a.read() == b.read(), k
    print("selftest determinism OK")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--outdir", default=".")
    ap.add_argument("-s", "--seed", type=int, default=1)
    ap.add_argument("--report-size", type=float, default=1.0,
                    help="report size in MB (default 1)")
    ap.add_argument("--exact", type=int, default=1500)
    ap.add_argument("--altered", type=int, default=400)
    ap.add_argument("--invented", type=int, default=300)
    ap.add_argument("--repetitive", type=float, metavar="MB",
                    help="also write the repetitive pair of this size")
    ap.add_argument("--repeat-quotes", type=int, default=5000)
    ap.add_argument("--selftest", action="store_true",
                    help="check the generator on small inputs in OUTDIR")
    ap.add_argument("sizes", nargs="*", type=float,
                    help="statement sizes in MB (2^20 bytes)")
    a = ap.parse_args()
    if a.selftest:
        selftest(a.outdir)
        return 0
    exp = generate(a.outdir, a.sizes, a.seed, int(a.report_size * MB),
                   a.exact, a.altered, a.invented, a.repetitive,
                   a.repeat_quotes)
    for e in exp.values():
        del e["quotes"]
    json.dump(exp, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
