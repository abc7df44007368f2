#!/usr/bin/env python3
"""many.py DIR -- what a careful reader finds comparing the reports of
tests/golden/many/ with their statement, asserted through the output of
many.sh (DIR holds json.out, text.out, *.err and *.status)."""

import json
import os
import sys

d = sys.argv[1]


def read(name):
    with open(os.path.join(d, name), encoding="utf-8") as f:
        return f.read()


j = json.loads(read("json.out"))
text = read("text.out")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


# The unreadable report: one message naming it, the others checked, 2.
for f in ("json", "text"):
    check(read(f + ".status").strip() == "2", f + ": exit status 2")
    err = [l for l in read(f + ".err").splitlines() if "error" in l]
    check(len(err) == 1 and "many/missing.report" in err[0],
          f + ": one error naming many/missing.report: %r" % err)

reps = j["reports"]
names = [r["name"] for r in reps]
check(names[:5] == ["NORDPRESS (1)", "Coastal Daily", "NORDPRESS (2)",
                    "Lake talks to resume in summer", "Selva Wire Service"]
      and len(names) == 6,
      "names: outlet, told apart when shared, else headline: %r" % names)
check([r["report"]["path"] for r in reps] ==
      ["many/nordpress-1.report", "many/coastal.report",
       "many/nordpress-2.report", "many/evening.report", "many/wire.report",
       "many/notes-0312.report"], "report order")
check(reps[3]["quotes"] == [] and reps[3]["summary"]["quotes"] == 0,
      "the evening report quotes nothing")
check("statement" in j and "report" not in j and "quotes" not in j,
      "the statement once, no single-pair keys at the top")

# The passage everyone but the evening paper used.
P = {(p["source"]["line"], p["source"]["column"]): p for p in j["passages"]}
lake = [p for p in j["passages"]
        if p["text"].startswith("The people who live around the lake")]
check(len(lake) == 1, "one passage for the lake sentence")
if lake:
    uses = [c["use"] for c in lake[0]["reports"]]
    check(uses == ["exact", "altered", "altered", "not-used", "not-used",
                   "exact"],
          "lake sentence: exact by NORDPRESS (1) and the notes, altered "
          "by Coastal Daily and NORDPRESS (2), not used by the others: %r"
          % uses)
    check(lake[0]["proposal"] is None, "the lake sentence is no proposal")
    ids = [c["quotes"] for c in lake[0]["reports"]]
    check(ids[0] == [1] and ids[1] == [1] and ids[2] == [2],
          "quotation ids per report: %r" % (ids,))
    # Different alterations: a deletion and replace, and one replace.
    q_coastal = reps[1]["quotes"][0]
    q_nord2 = reps[2]["quotes"][1]
    ops_c = sorted((c["op"], c["statement"], c["report"])
                   for c in q_coastal["changes"])
    ops_n = [(c["op"], c["statement"], c["report"])
             for c in q_nord2["changes"]]
    check(("delete", "who live", "") in ops_c, "Coastal drops 'who live'")
    check(ops_n == [("replace", "quarrels", "disputes")],
          "NORDPRESS (2) puts 'disputes' for 'quarrels': %r" % ops_n)

# Nobody reported the opening paragraph or the closing call.
texts = " ".join(p["text"] for p in j["passages"])
check("constructive spirit" not in texts and "old river authority"
      not in texts, "passages nobody used are not rows")

# The invented quotation: only Coastal Daily's, and not in any passage.
nf = [(i, q["text"]) for i, r in enumerate(reps) for q in r["quotes"]
      if q["verdict"] == "not-found"]
check(len(nf) == 1 and nf[0][0] == 1 and "never accept" in nf[0][1],
      "one invented quotation, Coastal Daily's: %r" % nf)
for p in j["passages"]:
    for i, c in enumerate(p["reports"]):
        for qid in c["quotes"]:
            q = reps[i]["quotes"][qid - 1]
            check(q["verdict"] != "not-found", "no invented quote placed")

# Proposals per report: 2 only paraphrased, by Coastal Daily.
cov = [[c["status"] for c in r["coverage"]] for r in reps]
check(cov[0] == ["quoted", "not-covered", "quoted-altered", "not-covered",
                "not-covered"],
      "NORDPRESS (1) coverage %r" % cov[0])
check(cov[1][1] == "paraphrased", "Coastal paraphrases proposal 2")
check(cov[2][3] == "quoted", "NORDPRESS (2) quotes proposal 4")
check(set(cov[3]) == {"not-covered"}, "the evening paper covers none")
check(all(c[4] == "not-covered" for c in cov), "nobody covers proposal 5")

# The text comparison: one row per passage, marks in report columns.
lines = text.splitlines()
try:
    head = lines.index(next(l for l in lines
                            if l.startswith("  passages ")))
except StopIteration:
    head = -1
check(head > 0, "a passages table")
if head > 0:
    cols = lines[head].split()[1:]
    check(cols == ["NORD1", "Coast", "NORD2", "Lake", "Selva", "notes"],
          "a column per report, abbreviated and told apart: %r" % cols)
    rows = []
    for l in lines[head + 1:]:
        if l.strip() == "":
            break
        rows.append(l)
    check(len(rows) == len(j["passages"]),
          "a row per passage (%d rows, %d passages)"
          % (len(rows), len(j["passages"])))
    lake_rows = [r for r in rows if "The people who live" in r]
    check(len(lake_rows) == 1 and lake_rows[0].split()[-6:] ==
          ["=", "~", "~", ".", ".", "="], "lake row marks: %r" % lake_rows)
    inv = [l for l in lines if "We will never accept" in l and
           l.rstrip().endswith("x")]
    check(len(inv) == 1 and inv[0].index("x", 50) ==
          lines[head].index("Coast"), "the invented row marks Coast: %r"
          % inv)
start = lines.index(next(l for l in lines if l.startswith("comparison")))
check(all(len(l) <= 80 and l == l.rstrip() for l in lines[start:]),
      "the comparison fits 80 columns, no trailing blanks")
check("6 reports, 12 quotations: 7 exact, 4 altered, 1 not found" in lines,
      "totals: 6 reports and their 12 quotations")
check(lines[-1] == "proposals no report covered: 5",
      "the totals name the proposal nobody reported: %r" % lines[-1])

if failures:
    print("\n".join(failures))
    sys.exit(1)
