#!/bin/sh
# A Russian statement and a TASS report (tests/golden/ru.*) at 80x24
# and 160x45: the proposals "Во-первых," ... "В-пятых," are stepped with
# ] and [ and reached with 1 to 9, the sidebar shows the kremlin.ru
# metadata as written, and whole screens, Cyrillic one cell a letter,
# match the reference files in tests/e2e/screens byte for byte.  The
# Chinese pair's first screen, two cells an ideograph, is compared too.
#
#   QC_UPDATE_SCREENS=1 tests/e2e/russian.sh   rewrite the references
#                                              (read the diff after)
. "${QC_SRCDIR:-.}/tests/e2e/lib.sh"

G=${QC_SRCDIR:-.}/tests/golden
REF=${QC_SRCDIR:-.}/tests/e2e/screens

# stable — until two captures 0.3 s apart are the same (at most 10 s),
# leaving the screen in $WORK/screen.
stable() {
	n=34
	screen >"$WORK/screen.a"
	while [ "$n" -gt 0 ]; do
		sleep 0.3
		screen >"$WORK/screen"
		cmp -s "$WORK/screen" "$WORK/screen.a" && return 0
		mv "$WORK/screen" "$WORK/screen.a"
		n=$((n - 1))
	done
	fail "the screen never settled"
}

# same NAME — the settled screen is tests/e2e/screens/NAME.txt.
same() {
	stable
	if [ -n "${QC_UPDATE_SCREENS:-}" ]; then
		cp "$WORK/screen" "$REF/$1.txt"
		echo "wrote $REF/$1.txt"
		return
	fi
	[ -f "$REF/$1.txt" ] || fail "no $REF/$1.txt (QC_UPDATE_SCREENS=1)"
	cmp -s "$REF/$1.txt" "$WORK/screen" ||
	    fail "$1: $(diff "$REF/$1.txt" "$WORK/screen")"
}

for size in "80 24" "160 45"; do
	name=russian-$(echo "$size" | tr ' ' x)
	qc_start $size "$G/ru.statement" "$G/ru.report"
	wait_for "Report (ТАСС)"
	wait_for "Proposal -/5"
	same "$name"
	# The sidebar (shown at 160 columns, toggled with i at 80) holds
	# the trailer's labels and values as written.
	[ "$size" = "80 24" ] && keys i
	wait_for "Темы: Экология; Лесное хозяйство"
	wait_for "География: Архангельская область;"
	wait_for "Статус публикации: Опубликован в"
	if [ "$size" = "80 24" ]; then
		same "$name-sidebar"
		keys i
		wait_gone "Info"
	else
		wait_for "Outlet: ТАСС"
		wait_for "Dateline: МОСКВА, 25 сентября."
	fi
	keys ]
	wait_for "Proposal 1/5"
	wait_for "Во-первых, "
	status | grep -F "quote 2/5 exact" >/dev/null ||
	    fail "$size: ]: $(status)"
	keys ] ]
	wait_for "Proposal 3/5"
	wait_for "В-третьих, "
	# The report follows, with context above its quotation.
	wait_for "«направить не"
	same "$name-3"
	keys [
	wait_for "proposal 2 not covered by the report"
	wait_for "Во-вторых, "
	sleep 1.2	# or 4 would take 2 as its count
	keys 4
	wait_for "Proposal 4/5"
	wait_for "В-четвёртых, "
	status | grep -F "quote 4/5 altered" >/dev/null ||
	    fail "$size: 4: $(status)"
	sleep 1.2	# a pause ends the number: 5 is not 45
	keys 5
	wait_for "proposal 5 not covered by the report"
	# The last proposal: the pane stops at its last screenful.
	wait_for "В-пятых, "
	sleep 1.2
	keys 9
	wait_for "no proposal 9"
	keys q
	qc_exit 0
done

qc_start 80 24 "$G/zh.statement" "$G/zh.report"
wait_for "Report (新华社)"
wait_for "Proposal -/4"
same chinese-80x24
keys 3
wait_for "Proposal 3/4"
wait_for "三、"
keys q
qc_exit 0
