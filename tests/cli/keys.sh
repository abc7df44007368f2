#!/bin/sh
# tests/cli/keys.sh — the reader's keys and the program's options are
# listed alike everywhere: the keys column of --help (written from the
# key table, src/keys.c, which the ? screen also reads), the KEYS
# section of the manual and the key table of the README give the same
# keys in the same order; the README's usage block is --help's options
# word for word, and the manual has an item for each of them.  A key or
# an option added in one place but not the others fails here.
#
# Environment: QC the program (default ./quotecheck), QC_SRCDIR the
# source tree (default: two levels above this script).

QC=${QC:-$PWD/quotecheck}
QC_SRCDIR=${QC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
LC_ALL=C.UTF-8
export LC_ALL
if [ ! -x "$QC" ]; then
	echo "1..0 # SKIP $QC not built"
	exit 77
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/qckeys.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
trap 'exit 1' HUP INT TERM
. "$QC_SRCDIR/tests/lib/tap.sh"

# One key a line, in order, from each source.
"$QC" --help </dev/null >"$T/help.txt"
rc=$?
sed -n '/^Keys in the reader/,/^$/p' "$T/help.txt" | sed '1d; /^$/d' |
    cut -c 3-22 | tr -s ' ' '\n' | sed '/^$/d' >"$T/help"
sed -n '/^\.Sh KEYS/,/^\.Sh [^K]/p' "$QC_SRCDIR/man/quotecheck.1" |
    sed -n 's/^\.It //p' | tr -s ' ' '\n' |
    sed '/^Ic$/d; /^No$/d; /^,$/d; s/^\\&//; s/^\\e$/\\/' |
    sed '/^$/d' >"$T/man"
# The README's first column; there " / " parts two keys, but a cell
# that starts with "/" starts with the search key; a comma ends a key,
# but for the comma key itself.
awk -F'|' '/^\| key/ { on = 1; next }
    on && !/^\|/ { exit }
    on && $2 !~ /^ *-+ *$/ {
	k = split($2, w, " ")
	for (i = 1; i <= k; i++) {
		s = w[i]; if (s != ",") sub(/,$/, "", s)
		if (s == "/" && i > 1) continue
		if (s != "") print s
	}
    }' "$QC_SRCDIR/README" >"$T/readme"

# The options: --help's lines from the first option to the last, and
# the README's block of them under its usage line, byte for byte.
sed -n '/^  -/,/^$/p' "$T/help.txt" | sed '/^$/d' >"$T/opts-help"
awk '/^    quotecheck \[OPTION\]/ { on = 1; next }
    on && /^$/ && n > 0 { exit }
    on && /^  / { print; n++ }' "$QC_SRCDIR/README" >"$T/opts-readme"
# The options of the manual: every long option --help names has an
# item, written there as "Fl \-name".
grep -o -- '--[a-z][a-z-]*' "$T/opts-help" | sort -u |
    while read -r o; do
	m="Fl $(printf '%s' "${o#-}" | sed 's/-/\\-/g')"
	grep '^\.It ' "$QC_SRCDIR/man/quotecheck.1" | grep -qF -- "$m" ||
	    echo "$o"
    done >"$T/opts-man"

begin "the README's usage lists the options --help lists, word for word"
[ -s "$T/opts-help" ] || fail "no options in --help"
diff "$T/opts-help" "$T/opts-readme" >"$T/err" ||
    fail "--help (<) and the README (>) differ"
end

begin "the manual describes every option --help lists"
[ -s "$T/opts-man" ] && fail "not in the manual's options: $(tr '\n' ' ' <"$T/opts-man")"
end

begin "--help lists the key table"
[ "$rc" -eq 0 ] || fail "--help: exit status $rc"
[ "$(wc -l <"$T/help")" -ge 40 ] ||
    fail "--help lists $(wc -l <"$T/help") keys, want the whole table"
grep -qx 'Ctrl-L' "$T/help" || fail "--help lacks Ctrl-L"
end

begin "the manual lists the keys --help lists, in order"
diff "$T/help" "$T/man" >"$T/err" || fail "--help (<) and the manual (>) differ"
end

begin "the README lists the keys --help lists, in order"
diff "$T/help" "$T/readme" >"$T/err" ||
    fail "--help (<) and the README (>) differ"
end

finish
