#!/usr/bin/env python3
"""many.py -- one statement against many reports, measured.

usage: tests/bench/many.py [--reports N] [--keep DIR] QUOTECHECK

A statement of about 50 KB and N (default 2,000) reports of about 5 KB
each, generated with gen.py (fixed seed), each quoting the statement
exactly, altered, and inventing a quotation.  In the same run:
  (a) one quotecheck process checking all of them (--format=jsonl);
  (b) one single-pair quotecheck process per report, under xargs -P 1;
  (c) wc -w on the same files;
and peak memory of (a) at N/4 and N reports, which must not grow with N.
Wall times are the best of two runs.  Targets (the design's): (a) at
least 5x faster than (b); (a) within 10x of wc -w; peak memory with
jsonl independent of the number of reports (within 25%).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from random import Random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen          # noqa: E402

GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
STMT_SIZE = 50 * 1024
REPORT_SIZE = 5 * 1024


def make(outdir, n, seed=11):
    corpus = gen.Corpus(seed, STMT_SIZE * 2)
    npara = corpus.npara_for(STMT_SIZE)
    lines, _ = corpus.statement(npara)
    spath = os.path.join(outdir, "statement.txt")
    with open(spath, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    seq = corpus.word_ids(lines)
    rng = Random("many/%d" % seed)
    pool = gen.choose_quotes(corpus, rng, npara, lines, 60, 20, seq)
    paths = []
    for i in range(n):
        r = Random("many/%d/%d" % (seed, i))
        quotes = [" ".join(s) for s in r.sample(pool[:60], 3)]
        a = gen.alter(r, r.choice(pool[60:]), corpus.foreign)
        if a is not None:
            quotes.append(" ".join(a))
        quotes.append(" ".join(gen.invented_quote(r, corpus.foreign)))
        quotes = [gen.strip_end(q) for q in quotes]
        p = os.path.join(outdir, "report-%05d.txt" % i)
        gen.write_report(p, Random("many-report/%d/%d" % (seed, i)), quotes,
                         REPORT_SIZE)
        paths.append(p)
    return spath, paths


def timed(argv, stdin=None, env=None):
    """(wall seconds, peak RSS bytes, status) of argv, stdout discarded."""
    rss_path = None
    if GNU_TIME:
        fd, rss_path = tempfile.mkstemp()
        os.close(fd)
        argv = [GNU_TIME, "-q", "-f", "%M", "-o", rss_path] + argv
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as null:
        p = subprocess.run(argv, stdin=stdin, stdout=null,
                           stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - t0
    rss = 0
    if rss_path:
        try:
            with open(rss_path) as f:
                rss = int(f.read().split()[-1]) * 1024
        except (OSError, ValueError, IndexError):
            pass
        os.unlink(rss_path)
    return wall, rss, p.returncode


def best(argv, listfile=None, runs=2):
    res = None
    for _ in range(runs):
        stdin = open(listfile, "rb") if listfile else None
        try:
            r = timed(argv, stdin=stdin)
        finally:
            if stdin:
                stdin.close()
        if res is None or r[0] < res[0]:
            res = (r[0], max(r[1], res[1] if res else 0), r[2])
    return res


def measure(qc, n, tmp):
    """The figures for n reports generated into tmp, as lines of text
    each with its verdict: True (target met), False (missed) or None
    (no target).  Raises RuntimeError when a run failed."""
    spath, paths = make(tmp, n)
    listfile = os.path.join(tmp, "list")
    with open(listfile, "w") as f:
        f.write("\n".join(paths) + "\n")
    quarter = os.path.join(tmp, "list-quarter")
    with open(quarter, "w") as f:
        f.write("\n".join(paths[:len(paths) // 4]) + "\n")
    mb = sum(os.path.getsize(p) for p in paths) / 1e6
    one = best([qc, "--check", "--format=jsonl", "--reports-from=-",
                spath], listfile)
    sep = best(["xargs", "-P", "1", "-n", "1", qc, "--check",
                "--format=json", spath], listfile, runs=1)
    wc = best(["xargs", "wc", "-w", spath], listfile)
    small = best([qc, "--check", "--format=jsonl", "--reports-from=-",
                  spath], quarter)
    jobs = best([qc, "--check", "--format=jsonl", "-j", "2",
                 "--reports-from=-", spath], listfile)
    # xargs says 123 when a command exited 1 to 125: quotecheck's 1.
    for r in (one, sep, small, jobs):
        if r[2] not in (0, 1, 123):
            raise RuntimeError("a run exited %d" % r[2])
    r1 = sep[0] / one[0]
    r2 = one[0] / wc[0]
    grow = one[1] / small[1] if small[1] else 0
    return [
        ("statement %d KB, %d reports, %.1f MB of reports"
         % (os.path.getsize(spath) // 1024, n, mb), None),
        ("one process (jsonl)      %7.2f s  %6.1f MB/s"
         % (one[0], mb / one[0]), None),
        ("one process, -j 2        %7.2f s  %6.1f MB/s"
         % (jobs[0], mb / jobs[0]), None),
        ("%d processes (xargs)   %7.2f s  %6.1f MB/s"
         % (n, sep[0], mb / sep[0]), None),
        ("wc -w                    %7.2f s" % wc[0], None),
        ("separate / one process   %7.1fx  (target >= 5x)" % r1, r1 >= 5),
        ("one process / wc -w      %7.1fx  (target <= 10x)" % r2, r2 <= 10),
        ("peak memory, jsonl: %d reports %.1f MB, %d reports %.1f MB: "
         "%.2fx  (target <= 1.25x)" % (n // 4, small[1] / 1e6, n,
                                       one[1] / 1e6, grow),
         bool(grow) and grow <= 1.25),
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--keep")
    ap.add_argument("qc")
    a = ap.parse_args()
    tmp = a.keep or tempfile.mkdtemp(prefix="qcmany.")
    os.makedirs(tmp, exist_ok=True)
    try:
        lines = measure(os.path.abspath(a.qc), a.reports, tmp)
    except RuntimeError as e:
        print("many reports: %s" % e)
        return 1
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    for text, ok in lines:
        print("  " + text + ("" if ok is None else
                             "  OK" if ok else "  MISSED"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
