#!/bin/sh
# The list of quotations (o) and the coverage list (v) on the bundled
# pair at 80x24, as a fact-checker uses them: each opens over the
# panes, j k G move its cursor, ! keeps only the altered and not-found
# quotations and the title bar says so, Enter lands the reader on the
# row's quotation, proposal or paraphrase in both panes, q leaves the
# reader exactly where it was; escapes and bidi controls in a quotation
# show as visible escapes in the list; a list survives 1x1, 2x2, 20x5
# and 40x12 and comes back whole; and without colour (NO_COLOR=1, a vt100) the
# exact, altered and not-found rows and the cursor's row each look
# different.
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"
ATTRS="${QC_SRCDIR:-.}/tests/e2e/attrs.py"
GOLDEN="${QC_SRCDIR:-.}/tests/golden"
QC_PRE="TERM=xterm-256color; export TERM"

# The list of quotations: move, filter, Enter.
qc_start 80 24
wait_for "Report (TASS)"
keys o
wait_for "Quotations (7)"
row 3 | grep "^> 1  altered " >/dev/null || fail "cursor not on 1: $(row 3)"
keys j
wait_row 4 "> 2  altered "
keys !
wait_for "Quotations: altered and not found, 3 of 7"
screen | grep -F "  exact  " >/dev/null && fail "the filter shows exact ones"
keys G
wait_row 5 "> 3  altered "
wait_for "row 3 of 3"
keys Enter
wait_for "quote 3/7 altered"
screen | grep -F "Quotations" >/dev/null && fail "Enter left the list open"
screen | grep -F "making this sphere 'a hostage to" >/dev/null ||
    fail "the report pane is not at quotation 3"
screen | grep "^hostage to our political" >/dev/null ||
    fail "the statement pane is not at its source"
# Reopened: the filter is still on, the cursor on quotation 3; ! again
# shows all seven.
keys o
wait_for "3 of 7"
row 5 | grep "^> 3 " >/dev/null || fail "reopened off 3: $(row 5)"
keys !
wait_for "Quotations (7)"
row 5 | grep "^> 3 " >/dev/null || fail "unfiltered off 3: $(row 5)"
# q closes it and leaves every pane as it was; a second q quits.
keys q
wait_gone "Quotations (7)"
screen >"$WORK/before"
keys o
wait_for "Quotations (7)"
keys j j q
wait_gone "Quotations (7)"
sleep 0.3
screen | cmp -s - "$WORK/before" || fail "o j j q moved the reader"
keys q
qc_exit 0

# The coverage list: Enter on a proposal, then on a quotation under it.
qc_start 80 24
wait_for "Report (TASS)"
keys v
wait_for "Coverage of 4 proposals"
row 3 | grep "^> 1  not-covered " >/dev/null || fail "$(row 3)"
keys j j
wait_row 5 "> 3  quoted-altered  Third."
row 6 | grep "^      2  altered      97%  3     9:2 " >/dev/null ||
    fail "no quotation 2 under proposal 3: $(row 6)"
keys Enter
wait_for "Proposal 3/4"
row 2 | grep "^Third\. " >/dev/null || fail "not at Third: $(row 2)"
keys v
wait_row 5 "> 3  quoted-altered"
keys G
wait_row 8 ">     7  exact       100%  4"
keys Enter
wait_for "Proposal 4/4 · quote 7/7 exact"
screen | grep -F "To exchange, in a mutually" >/dev/null || fail "not at 7"
keys q
qc_exit 0

# A paraphrase: its report passage, and the statement at its source.
qc_start 80 24 "$GOLDEN/crlf.statement" "$GOLDEN/crlf.report"
wait_for "Report"
keys v
wait_for "Coverage of 3 proposals"
keys G k
wait_for ">     -  paraphrase        3     5:1 "
keys Enter
wait_for "Proposal 3/3"
status | grep -F "quote -/5" >/dev/null || fail "a quotation selected"
screen | grep -F "The authority also said" >/dev/null ||
    fail "the report pane is not at the paraphrase"
screen | grep -F "The old fish market will become" >/dev/null ||
    fail "the statement pane is not at its source"
keys q
qc_exit 0

# Hostile text in a quotation reaches a list only as visible escapes,
# with its warning; the pane's title stays the guard's.
{
	printf 'Statement on the harbour\n'
	printf 'First. To reopen the north quay to cargo ships before the '
	printf 'end of the month.\n'
} > "$WORK/hs.txt"
{
	printf 'Harbour news\n\n'
	printf 'It said "the \342\200\256north quay \033]0;PWNED\007 to '
	printf 'cargo ships \033[2J before the end" soon.\n'
} > "$WORK/hr.txt"
t set-option -g set-titles off >/dev/null 2>&1
qc_start 120 24 "$WORK/hs.txt" "$WORK/hr.txt"
wait_for "Report"
title=$(t display -p '#{pane_title}')
keys o
wait_for "Quotations (1)"
for text in "[hidden characters] the <U+202E>north quay ^[]0;PWNED^G to" \
    "cargo ships ^[[2J"; do
	wait_for "$text"
done
[ "$(t display -p '#{pane_title}')" = "$title" ] || fail "title changed"
keys q
sleep 0.3
keys q
qc_exit 0

# Small terminals, a list open: alive, and whole again at 80x24.
qc_start 80 24
wait_for "Report (TASS)"
keys o
wait_for "Quotations (7)"
keys G
t set-option -g window-size manual >/dev/null 2>&1
for size in "1 1" "2 2" "20 5" "40 12" "1 1" "3 200" "200 2"; do
	set -- $size
	t resize-window -x "$1" -y "$2" || fail "resize to $size"
	sleep 0.3
	alive || fail "died at $size"
	case $size in
	"20 5")
		row 1 | grep -F " Quotations (7)" >/dev/null ||
		    fail "20x5 title: $(row 1)"
		row 4 | grep "^> 7  exact " >/dev/null ||
		    fail "20x5 cursor off screen: $(screen)"
		;;
	"40 12")
		wait_row 2 "  #  verdict      sim  prop"
		wait_row 9 "> 7  exact       100%  4     18:129  To…"
		;;
	esac
done
t resize-window -x 80 -y 24
wait_for "Quotations (7)"
wait_row 9 "> 7  exact       100%  4     18:129  To"
row 9 | grep -F "acceptable form…" >/dev/null || fail "80x24: $(row 9)"
keys k Enter
wait_for "quote 6/7 exact"
keys q
qc_exit 0

# Without colour: each verdict and the cursor in attributes of its own.
command -v python3 >/dev/null 2>&1 || exit 0
# The statement both this and tests/e2e/mono.sh use.
cp "${QC_SRCDIR:-.}/tests/data/e2e/harbour.statement" "$WORK/s.txt"
cat > "$WORK/r.txt" <<'END'
Board sets out winter harbour works

PORTHAVEN, March 4. /Coast Wire/. The Board said it would act "to dredge the eastern channel to a depth of ten metres before the autumn storms arrive," according to its statement.

A spokesman added that the Board would "publish the accounts of the works every quarter, in full and without delay."

The Board also promised "free parking for every visitor on the pier at weekends," the chairman said.
END
for how in NO_COLOR vt100; do
	QC_PRE="TERM=xterm-256color; export TERM"
	QC_ENV="NO_COLOR=1"
	[ "$how" = vt100 ] && QC_PRE="TERM=vt100; export TERM" QC_ENV=
	qc_start 80 24 "$WORK/s.txt" "$WORK/r.txt"
	wait_for "Report"
	keys o
	wait_for "Quotations (3)"
	# The cursor on the altered one; the others in their own style.
	sleep 0.3
	screen -e >"$WORK/e"
	cur=$(python3 "$ATTRS" "> 1  altered" <"$WORK/e")
	exact=$(python3 "$ATTRS" "2  exact" <"$WORK/e")
	nf=$(python3 "$ATTRS" "3  not found" <"$WORK/e")
	keys j
	wait_row 4 "> 2  exact"
	sleep 0.3
	screen -e >"$WORK/e"
	alt=$(python3 "$ATTRS" "1  altered" <"$WORK/e")
	echo "$how: cursor $cur, exact $exact, altered $alt, not found $nf"
	for a in "cursor=$cur" "exact=$exact" "altered=$alt" "notfound=$nf"; do
		case ${a#*=} in
		absent|plain) fail "$how: ${a%%=*} is ${a#*=}" ;;
		esac
		for b in "cursor=$cur" "exact=$exact" "altered=$alt" \
		    "notfound=$nf"; do
			[ "${a%%=*}" = "${b%%=*}" ] && continue
			[ "${a#*=}" = "${b#*=}" ] &&
			    fail "$how: ${a%%=*} and ${b%%=*} both ${a#*=}"
		done
	done
	keys q
	sleep 0.3
	keys q
	qc_exit 0
done
