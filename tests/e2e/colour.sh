#!/bin/sh
# Colour: by default verdicts are coloured; with NO_COLOR=1 or
# --color=never no colour reaches the terminal (capture-pane -e shows no
# SGR colour code) and the monochrome scheme still tells an exact
# quotation from an altered one, and the selected one from both.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

# An SGR sequence that sets a colour (39 and 49, the defaults, do not).
COLOUR="${ESC}\[\([0-9;]*;\)\{0,1\}\(3[0-7]\|38\|4[0-7]\|48\|9[0-7]\|10[0-7]\)[;m]"

# The attributes a word is drawn with: the SGR sequence just before it.
sgr_before() {
	screen -e | grep -o "${ESC}\[[0-9;]*m$1" | head -n 1 | sed "s/$1\$//"
}

qc_start 160 45
wait_for '"We call on'
screen -e | grep "$COLOUR" >/dev/null || fail "no colour by default"
keys q
qc_exit 0

for how in env option; do
	if [ "$how" = env ]; then
		QC_ENV=NO_COLOR=1
		qc_start 160 45
		QC_ENV=
	else
		qc_start 160 45 --color=never
	fi
	wait_for '"We call on'
	screen -e | grep "$COLOUR" >/dev/null && fail "$how: colour shown"
	exact=$(sgr_before '"We call on')
	altered=$(sgr_before '"To jointly')
	[ -n "$exact" ] && [ -n "$altered" ] ||
	    fail "$how: quotations not marked ($exact/$altered)"
	[ "$exact" != "$altered" ] || fail "$how: exact looks like altered"
	keys "}" "}"
	wait_for "quote 2/7 altered"
	selected=$(sgr_before '"To jointly')
	[ -n "$selected" ] && [ "$selected" != "$altered" ] &&
	    [ "$selected" != "$exact" ] || fail "$how: selection not shown"
	keys q
	qc_exit 0
done
