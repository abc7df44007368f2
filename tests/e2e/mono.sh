#!/bin/sh
# Monochrome: with NO_COLOR=1, and on a vt100 (no colour, no dim), the
# exact, altered and not-found quotations, a changed word, a paraphrase
# and the selection (with a changed word inside it) are each drawn with
# their own combination of bold, underline and reverse; the focused
# title bar looks like none of them; the help's legend draws each style
# as the text has it.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }
ATTRS="${QC_SRCDIR:-.}/tests/e2e/attrs.py"

# The statement both this and tests/e2e/lists.sh use.
cp "${QC_SRCDIR:-.}/tests/data/e2e/harbour.statement" "$WORK/s.txt"
cat > "$WORK/r.txt" <<'END'
Board sets out winter harbour works

PORTHAVEN, March 4. /Coast Wire/. The Board said it would act "to dredge the eastern channel to a depth of ten metres before the autumn storms arrive," according to its statement.

The fish market on the south quay will be opened to traders from every district of the county, the Board said.

A spokesman added that the Board would "publish the accounts of the works every quarter, in full and without delay."

The Board also promised "free parking for every visitor on the pier at weekends," the chairman said.
END

# attrs TEXT...: the attributes of each TEXT on the screen.
attrs() {
	screen -e | python3 "$ATTRS" "$@"
}

# all_differ NAME=VALUE...: fail unless the values are pairwise distinct.
all_differ() {
	for a in "$@"; do
		for b in "$@"; do
			[ "${a%%=*}" = "${b%%=*}" ] && continue
			[ "${a#*=}" = "${b#*=}" ] &&
			    fail "$how: ${a%%=*} and ${b%%=*} both ${a#*=}"
		done
	done
	:
}

for how in NO_COLOR vt100; do
	if [ "$how" = vt100 ]; then
		QC_ENV="TERM=vt100"
	else
		QC_ENV="NO_COLOR=1"
	fi
	qc_start 120 30 "$WORK/s.txt" "$WORK/r.txt"
	QC_ENV=
	wait_for '"free parking'
	attrs '"publish the' '"to dredge' 'ten metres' '"free parking' \
	    'The fish market' 'A spokesman' ' Statement of the' \
	    ' Report (Coast' > "$WORK/a"
	exec 3< "$WORK/a"
	read -r exact <&3; read -r altered <&3; read -r changed <&3
	read -r notfound <&3; read -r para <&3; read -r plain <&3
	read -r focus <&3; read -r unfocus <&3
	exec 3<&-
	[ "$plain" = plain ] || fail "$how: plain text is $plain"
	keys "}"
	wait_for "quote 1/3 altered"
	attrs '"to dredge' 'ten metres' > "$WORK/a"
	exec 3< "$WORK/a"
	read -r selected <&3; read -r selchanged <&3
	exec 3<&-
	all_differ plain="$plain" exact="$exact" altered="$altered" \
	    changed="$changed" notfound="$notfound" paraphrase="$para" \
	    selected="$selected" selchanged="$selchanged"
	all_differ focus="$focus" selected="$selected"
	all_differ focus="$focus" unfocused="$unfocus"
	# Nothing rests on dim, which a vt100 lacks.
	grep dim "$WORK/a" >/dev/null && fail "$how: dim used"
	for a in "$exact" "$altered" "$changed" "$notfound" "$para"; do
		case $a in *dim*) fail "$how: dim used: $a" ;; esac
	done
	# The legend: each style as the text has it.
	keys "?"
	wait_for "quotecheck keys"
	keys G
	wait_for "current match"
	attrs "exact quotation" "altered quotation" "changed word" \
	    "not found" "paraphrase" "selected quotation" \
	    "selected, changed" > "$WORK/legend"
	printf '%s\n' "$exact" "$altered" "$changed" "$notfound" "$para" \
	    "$selected" "$selchanged" > "$WORK/want"
	cmp -s "$WORK/legend" "$WORK/want" ||
	    fail "$how: legend differs: $(diff "$WORK/want" "$WORK/legend")"
	keys x q
	qc_exit 0
done
