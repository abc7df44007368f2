#!/usr/bin/env python3
"""Check quotecheck's JSON report against a hand-written NAME.expect.

usage: expect.py NAME.expect REPORT.json STDERR EXIT-STATUS

NAME.expect holds what a careful reader finds in the pair (verdicts,
changes, positions, coverage, metadata, warnings); see the "about" key of
each.  Besides, every report must keep the invariants of the manual's
JSON OUTPUT section (man/quotecheck.1): the keys, ids in order, counts
that add up, exact quotations without changes, coverage that follows
from the verdicts.  Prints one line per problem; exit 1 if there is any.
"""
import json
import re
import sys

VERDICTS = {"exact", "altered", "not-found"}
OPS = {"insert", "delete", "replace", "move"}
STATUSES = {"quoted", "quoted-altered", "paraphrased", "not-covered"}
PUNCT = " \t\n\u00a0.,;:!?\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    """Words as a reader compares them: spaces collapsed, ends trimmed."""
    s = re.sub(r"[\s\u00a0]+", " ", s or "")
    return s.strip(PUNCT)


def has_keys(what, obj, keys):
    if not isinstance(obj, dict):
        bad(f"{what}: not an object")
        return False
    missing = [k for k in keys if k not in obj]
    if missing:
        bad(f"{what}: missing keys {missing}")
    return not missing


def position(p):
    return None if p is None else [p.get("line"), p.get("column")]


def check_shape(j):
    has_keys("top level", j, ["statement", "report", "quotes",
                              "paraphrases", "coverage", "summary"])
    has_keys("statement", j["statement"], ["path", "title", "date", "time",
                                           "metadata", "proposals"])
    for p in j["statement"]["proposals"]:
        has_keys("proposal", p, ["number", "label", "line", "text"])
    has_keys("report", j["report"], ["path", "headline", "outlet",
                                     "dateline"])
    for i, q in enumerate(j["quotes"]):
        if not has_keys(f"quote {i + 1}", q, [
                "id", "text", "verdict", "report", "source", "proposal",
                "similarity", "closest", "warnings", "typography",
                "changes"]):
            continue
        check_quote(i, q)
    has_keys("summary", j["summary"], ["quotes", "exact", "altered",
                                       "not_found"])


def check_quote(i, q):
    name = f"quote {i + 1}"
    if q["id"] != i + 1:
        bad(f"{name}: id {q['id']}")
    if q["verdict"] not in VERDICTS:
        bad(f"{name}: verdict {q['verdict']!r}")
    if not 0 <= q["similarity"] <= 1:
        bad(f"{name}: similarity {q['similarity']}")
    if q["verdict"] == "exact" and q["changes"]:
        bad(f"{name}: exact, yet changes {q['changes']}")
    if q["verdict"] == "altered" and not q["changes"]:
        bad(f"{name}: altered, yet no changes")
    if q["verdict"] == "not-found" and (q["source"] is not None or
                                        q["proposal"] is not None):
        bad(f"{name}: not found, yet a source or proposal")
    c = q["closest"]
    if c is not None and (q["verdict"] != "not-found" or not has_keys(
            f"{name} closest", c, ["source", "proposal", "similarity",
                                   "text"]) or
            not 0 <= c["similarity"] <= 1):
        bad(f"{name}: closest {c!r} on a {q['verdict']} quotation")
    for c in q["changes"]:
        if c.get("op") not in OPS:
            bad(f"{name}: change op {c.get('op')!r}")
        if "kind" in c and (c["kind"] != "format" or
                            c["op"] not in ("move", "replace")):
            bad(f"{name}: change kind {c['kind']!r} of a {c['op']}")


def check_sums(j):
    s = j["summary"]
    quotes = j["quotes"]
    count = {v: sum(q["verdict"] == v for q in quotes) for v in VERDICTS}
    want = {"quotes": len(quotes), "exact": count["exact"],
            "altered": count["altered"], "not_found": count["not-found"]}
    for k, v in want.items():
        if s.get(k) != v:
            bad(f"summary {k} = {s.get(k)}, but the quotes give {v}")


def coverage_from_verdicts(j, number):
    verdicts = {q["verdict"] for q in j["quotes"] if q["proposal"] == number}
    if "exact" in verdicts:
        return "quoted"
    if "altered" in verdicts:
        return "quoted-altered"
    if any(p["proposal"] == number for p in j["paraphrases"]):
        return "paraphrased"
    return "not-covered"


def check_coverage(j):
    numbers = [p["number"] for p in j["statement"]["proposals"]]
    got = [c.get("proposal") for c in j["coverage"]]
    if got != numbers:
        bad(f"coverage lists proposals {got}, the statement has {numbers}")
    for c in j["coverage"]:
        if c.get("status") not in STATUSES:
            bad(f"coverage of {c.get('proposal')}: {c.get('status')!r}")
        elif c["status"] != coverage_from_verdicts(j, c["proposal"]):
            bad(f"coverage of {c['proposal']} is {c['status']}, the "
                f"quotations say {coverage_from_verdicts(j, c['proposal'])}")


def expect_quote(i, q, e):
    name = f"quote {i + 1}"
    if not norm(q["text"]).startswith(norm(e["text"])):
        bad(f"{name}: text {q['text']!r}, want it to start {e['text']!r}")
        return
    name = f"quote {i + 1} ({e['text']!r})"
    if q["verdict"] != e["verdict"]:
        bad(f"{name}: {q['verdict']}, want {e['verdict']}")
    for k in ("proposal", "warnings", "parent"):
        if k in e and q[k] != e[k]:
            bad(f"{name}: {k} {q[k]!r}, want {e[k]!r}")
    for k in ("report", "source"):
        if k in e and position(q[k]) != e[k]:
            bad(f"{name}: {k} at {position(q[k])}, want {e[k]}")
    if "closest" in e:
        # null, or [line, column, proposal, the passage's opening].
        c = q["closest"]
        got = None if c is None else position(c["source"]) + [
            c["proposal"], norm(c["text"])[:len(norm(e["closest"][3]))]]
        want = None if e["closest"] is None else e["closest"][:3] + [
            norm(e["closest"][3])]
        if got != want:
            bad(f"{name}: closest {got}, want {want}")
    if "changes" in e:
        # [op, report, statement], and "format" for a reformatting.
        got = [[c["op"], norm(c["report"]), norm(c["statement"])] +
               ([c["kind"]] if "kind" in c else []) for c in q["changes"]]
        want = [[c[0], norm(c[1]), norm(c[2])] + list(c[3:])
                for c in e["changes"]]
        if got != want:
            bad(f"{name}: changes {got}, want {want}")
    if "typography" in e:
        got = [[norm(t["report"]), norm(t["statement"])]
               for t in q["typography"]]
        want = [[norm(r), norm(s)] for r, s in e["typography"]]
        if got != want:
            bad(f"{name}: typography {got}, want {want}")


def expect_docs(j, e):
    props = [[p["number"], p["label"]] for p in j["statement"]["proposals"]]
    if "proposals" in e:
        ok = len(props) == len(e["proposals"]) and all(
            g[0] == w[0] and g[1].startswith(w[1])
            for g, w in zip(props, e["proposals"]))
        if not ok:
            bad(f"proposals {props}, want {e['proposals']}")
    for k, v in e.get("statement", {}).items():
        if j["statement"].get(k) != v:
            bad(f"statement {k} {j['statement'].get(k)!r}, want {v!r}")
    for k, v in e.get("report", {}).items():
        if j["report"].get(k) != v:
            bad(f"report {k} {j['report'].get(k)!r}, want {v!r}")
    meta = {k.lower(): v for k, v in j["statement"]["metadata"].items()}
    for k, v in e.get("metadata", {}).items():
        if meta.get(k.lower()) != v:
            bad(f"metadata {k} {meta.get(k.lower())!r}, want {v!r}")


def expect_all(j, e):
    for k, v in e.get("summary", {}).items():
        if j["summary"].get(k) != v:
            bad(f"summary {k} = {j['summary'].get(k)}, want {v}")
    if len(j["quotes"]) != len(e["quotes"]):
        bad(f"{len(j['quotes'])} quotations, want {len(e['quotes'])}: "
            f"{[q['text'][:30] for q in j['quotes']]}")
    for i, (q, eq) in enumerate(zip(j["quotes"], e["quotes"])):
        expect_quote(i, q, eq)
    cov = {str(c["proposal"]): c["status"] for c in j["coverage"]}
    for k, v in e.get("coverage", {}).items():
        if cov.get(k) != v:
            bad(f"proposal {k}: {cov.get(k)}, want {v}")
    for n in e.get("paraphrase_proposals", []):
        if not any(p["proposal"] == n for p in j["paraphrases"]):
            bad(f"no paraphrase linked to proposal {n}")
    expect_docs(j, e)


def expect_stderr(lines, want):
    for w in want:
        if not any(w in line for line in lines):
            bad(f"stderr lacks {w!r}")
    for line in lines:
        if not any(w in line for w in want):
            bad(f"stderr has an unexpected line: {line!r}")


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        e = json.load(f)
    with open(sys.argv[2], "rb") as f:
        raw = f.read()
    with open(sys.argv[3], encoding="utf-8", errors="replace") as f:
        err = f.read().splitlines()
    status = int(sys.argv[4])
    try:
        j = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as x:
        print(f"not valid JSON: {x}")
        sys.exit(1)
    if status != e["exit"]:
        bad(f"exit status {status}, want {e['exit']}")
    try:
        check_shape(j)
        check_sums(j)
        check_coverage(j)
        expect_all(j, e)
    except (KeyError, TypeError, AttributeError) as x:
        bad(f"report lacks what the check needs: {x!r}")
    expect_stderr(err, e.get("stderr", []))
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
