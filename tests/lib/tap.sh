# tests/lib/tap.sh — the one TAP helper of the script tests (sourced):
# each case prints "ok N - name" or "not ok N - name" with the reasons
# as "# " lines, so that a failure names the case; finish prints the
# plan and exits 1 if any case failed.
#
#   begin NAME      start a case (or name it at its end: end NAME)
#   fail REASON     record why the current case failed; it goes on
#   end [NAME]      the case's line; on failure the reasons, the exit
#                   status $rc, and the first lines of $T/err and $T/out
#   skip NAME WHY   a case that cannot run here
#   finish          the plan line and the exit status

n=0
nfail=0
name=
why=

begin() {
	name=$1
	why=
}

fail() {
	why="$why
$*"
}

# tap_head FILE TITLE: the first lines of FILE, if any, as "# " lines.
tap_head() {
	[ -s "$1" ] || return 0
	echo "#   $2 (first 5 lines, cat -v):"
	head -n 5 "$1" | cut -c 1-300 | cat -v | sed 's/^/#     /'
}

end() {
	[ $# -gt 0 ] && name=$1
	n=$((n + 1))
	if [ -z "$why" ]; then
		echo "ok $n - $name"
		return 0
	fi
	nfail=$((nfail + 1))
	echo "not ok $n - $name"
	printf '%s\n' "$why" | sed '/^$/d; s/^/#   /'
	why=
	echo "#   exit status: ${rc:-none}"
	tap_head "$T/err" stderr
	tap_head "$T/out" stdout
	return 0
}

skip() {
	n=$((n + 1))
	echo "ok $n - $1 # SKIP $2"
}

finish() {
	echo "1..$n"
	[ "$nfail" -eq 0 ] || { echo "# $nfail of $n failed"; exit 1; }
	exit 0
}
