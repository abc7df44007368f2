#!/bin/sh
# The closest passage of a quotation not found: selected, the sidebar
# names it (line, similarity, opening words) as --check does; Enter
# brings the statement pane to it, far down the statement, draws it
# selected and says how similar it is.  A quotation with no close
# passage says so, and Enter from the report pane says it is not in the
# statement.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }
ATTRS="${QC_SRCDIR:-.}/tests/e2e/attrs.py"

{
	printf 'Statement of the Regional Water Board on the summer drought\n'
	printf '3 July 2026\n\n'
	i=1
	while [ $i -le 40 ]; do
		printf 'Reservoir number %d was inspected in June.\n\n' $i
		i=$((i + 1))
	done
	printf '1. Households will be asked to limit garden watering to two '
	printf 'evenings a week until the end of August.\n\n'
	printf '2. The Board will meet again on 17 July.\n'
} > "$WORK/s.txt"
cat > "$WORK/r.txt" <<'END'
Water Board bans garden hoses as drought bites

VALEBURY, July 3 (Valley Courier) - Households face "a total ban on garden watering until the end of the summer", the board said.

A board member told reporters that "nobody here is in any kind of panic".
END
"$QC" --check "$WORK/s.txt" "$WORK/r.txt" > "$WORK/check" 2>/dev/null
grep -F 'closest: statement 84:38, proposal 1, 50% similar: "garden watering' \
    "$WORK/check" >/dev/null || fail "--check: $(cat "$WORK/check")"

# Without colour the selection is reverse video, which attrs.py reads.
QC_ENV="NO_COLOR=1"
qc_start 160 40 "$WORK/s.txt" "$WORK/r.txt"
QC_ENV=
wait_for "Reservoir number 1 was"
keys "}"
wait_for "quote 1/2 not-found"
wait_for "closest: statement 84:38,"
wait_for '"garden watering to two evenings a'
shows_not "limit garden watering" || fail "statement moved before Enter"
# From the report pane (l), Enter goes to the statement.
keys l Enter
wait_for "closest passage, 50% similar"
wait_for "limit garden watering"
shows_not "Reservoir number 1 was" || fail "statement did not move"
screen -e | python3 "$ATTRS" "evenings a week until" "Households will" \
    > "$WORK/a"
exec 3< "$WORK/a"
read -r passage <&3; read -r before <&3
exec 3<&-
[ "$passage" = reverse ] && [ "$before" = plain ] ||
    fail "closest passage $passage, the words before it $before"

keys "}"
wait_for "quote 2/2 not-found"
wait_for "closest: no passage shares"
keys l Enter
wait_for "quotation 2 is not in the statement"
keys q
qc_exit 0
