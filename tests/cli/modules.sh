#!/bin/sh
# tests/cli/modules.sh — the shape of src/ that STYLE.md promises and a
# new include can silently break:
#   - the modules' dependencies (module X includes "Y.h") form no
#     circle: no module depends on itself through others;
#   - only the screen (ui.c, render.c) includes curses;
#   - every header has an include guard named after it (QC_X_H).
#
# Environment: QC_SRCDIR the source tree (default: two levels above this
# script).

QC_SRCDIR=${QC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
LC_ALL=C
export LC_ALL
T=$(mktemp -d "${TMPDIR:-/tmp}/qcmod.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
trap 'exit 1' HUP INT TERM
. "$QC_SRCDIR/tests/lib/tap.sh"
S=$QC_SRCDIR/src

# "X Y" for every module X (x.c or x.h) that includes "Y.h", Y != X.
for f in "$S"/*.c "$S"/*.h; do
	m=$(basename "$f" | sed 's/\.[ch]$//')
	sed -n 's/^#include "\([a-z_0-9]*\)\.h".*/\1/p' "$f" |
	    while read -r h; do
		[ "$h" = "$m" ] || echo "$m $h"
	done
done | sort -u >"$T/edges"

begin "module dependencies form no circle"
[ -s "$T/edges" ] || fail "no includes found under $S"
# tsort fails and names the modules it could not order: a circle.
tsort "$T/edges" >/dev/null 2>"$T/err" ||
    fail "a circle: $(sed 's/^tsort: //' "$T/err" | tr '\n' ' ')"
end

begin "only ui.c and render.c include curses"
for f in "$S"/*.c "$S"/*.h; do
	case $(basename "$f") in ui.c|render.c) continue ;; esac
	grep -l '^#include <n*curses' "$f" >>"$T/curses"
done
[ -s "$T/curses" ] && fail "curses in: $(xargs -n1 basename <"$T/curses")"
end

begin "every header has its include guard"
for f in "$S"/*.h; do
	g=QC_$(basename "$f" .h | tr 'a-z' 'A-Z')_H
	grep -q "^#ifndef $g\$" "$f" && grep -q "^#define $g\$" "$f" ||
	    fail "$(basename "$f"): no guard $g"
done
end

finish
