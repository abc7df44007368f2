#!/bin/sh
# replay.sh — the fuzz corpus (seeds, and every crash reproducer kept as
# regress-*) through each harness's properties, without libFuzzer: the
# replay_* programs are the harnesses linked with replay.c, built by
# make check in every build (plain, sanitized), so a fixed crash stays
# fixed.  (Issue 6 item 4: each crash found has a regression test.)
QC=${QC:-$PWD/quotecheck}
QC_SRCDIR=${QC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=$(dirname "$QC")/tests/fuzz
status=0
n=0
for t in model layout display; do
	n=$((n + 1))
	if [ ! -x "$bin/replay_$t" ]; then
		echo "ok $n - $t # SKIP $bin/replay_$t not built"
		continue
	fi
	if out=$(timeout 600 "$bin/replay_$t" "$QC_SRCDIR/tests/fuzz/corpus/$t" 2>&1); then
		echo "ok $n - $t: $(printf '%s\n' "$out" | tail -n 1)"
	else
		status=1
		echo "not ok $n - $t"
		printf '%s\n' "$out" | tail -n 20 | sed 's/^/#   /'
	fi
done
echo "1..$n"
exit $status
