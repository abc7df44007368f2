#!/bin/sh
# files.sh — the bad-input matrix, files: every file quotecheck cannot
# read as a document gets exit status 2 and one line on stderr naming the
# file and the cause, quickly, in either argument position; nothing hangs
# on a FIFO or a device.  (Issue 6 item 1; checklist B16, T8.)
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"

# both_positions NAME FILE CAUSE: FILE as statement, then as report.
both_positions() {
	begin "$1 as statement (--check)"
	qc --check "$2" "$REP"
	expect_error "$2" "$3"
	end
	begin "$1 as report (--check)"
	qc --check "$STMT" "$2"
	expect_error "$2" "$3"
	end
}

# --- no arguments and no bundled data ------------------------------------
begin "no arguments, no bundled data (--check)"
qc_env QUOTECHECK_DATADIR=/nonexistent -- --check
expect_error "/nonexistent/" "cannot open|no such file|bundled|not found"
end

begin "no arguments, no bundled data (stdout not a terminal)"
qc_env QUOTECHECK_DATADIR=/nonexistent --
expect_error "/nonexistent/" "cannot open|no such file|bundled|not found"
end

begin "no arguments, bundled data (baseline)"
qc_env "QUOTECHECK_DATADIR=$QC_SRCDIR/data" -- --check
expect_rc 0 1
expect_no_error
[ -s "$T/out" ] || fail "no report on stdout"
end

# --- missing, directory, unreadable --------------------------------------
both_positions "missing file" "$T/no-such-file.txt" \
    "cannot open.*no such file"
mkdir "$T/dir.txt"
both_positions "directory" "$T/dir.txt" "is a directory"

printf 'Some statement text.\n' >"$T/unreadable.txt"
chmod 000 "$T/unreadable.txt"
if [ ! -r "$T/unreadable.txt" ]; then
	both_positions "unreadable file" "$T/unreadable.txt" \
	    "cannot open.*permission denied"
elif [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1 &&
    setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$QC" \
    2>/dev/null; then
	# root reads anything: drop to nobody for this case.
	mkdir "$T/pub" && chmod 711 "$T" "$T/pub"
	cp "$STMT" "$REP" "$T/pub/" && chmod 644 "$T/pub/"*.txt
	printf 'Some statement text.\n' >"$T/pub/unreadable.txt"
	chmod 000 "$T/pub/unreadable.txt"
	for pos in statement report; do
		begin "unreadable file as $pos (--check, as nobody)"
		if [ $pos = statement ]; then
			set -- "$T/pub/unreadable.txt" "$T/pub/report.txt"
		else
			set -- "$T/pub/statement.txt" "$T/pub/unreadable.txt"
		fi
		timeout -k 5 "$TMO" setpriv --reuid=65534 --regid=65534 \
		    --clear-groups "$QC" --check "$@" >"$T/out" 2>"$T/err" \
		    </dev/null
		rc=$?
		expect_error "$T/pub/unreadable.txt" \
		    "cannot open.*permission denied"
		end
	done
	chmod 700 "$T"
else
	skip "unreadable file" "running as root without setpriv"
fi

# --- empty, blank, binary -----------------------------------------------
: >"$T/empty.txt"
both_positions "empty file" "$T/empty.txt" "empty"
both_positions "/dev/null" /dev/null "empty|not a regular"
mk "$T/blank.txt" 'b" \t\n\n   \r\n\t\n" * 50'
both_positions "white space only" "$T/blank.txt" "white space|blank"
mk "$T/bom-only.txt" 'b"\xef\xbb\xbf"'
both_positions "BOM only" "$T/bom-only.txt" "empty|white space"
mk "$T/bom-blank.txt" 'b"\xef\xbb\xbf  \r\n\n"'
both_positions "BOM and white space" "$T/bom-blank.txt" "empty|white space"
mk "$T/nul.txt" 'b"A statement\x00with a NUL byte.\n"'
both_positions "NUL bytes" "$T/nul.txt" "binary"
mk "$T/elf.txt" 'b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + b"\x02\x00\x3e\x00" + bytes(range(256)) * 4'
both_positions "ELF header" "$T/elf.txt" "binary"
mk "$T/png.txt" 'b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(range(256))'
both_positions "PNG header" "$T/png.txt" "binary"
if [ -r /bin/true ]; then
	both_positions "an executable (/bin/true)" /bin/true "binary"
fi

# --- other encodings ------------------------------------------------------
TXT='"First. To restore a regular dialogue.\nSecond. To keep it.\n"'
mk "$T/utf16le.txt" "b'\xff\xfe' + $TXT.encode('utf-16-le')"
both_positions "UTF-16LE with BOM" "$T/utf16le.txt" "UTF-16.*(LE|little)"
mk "$T/utf16be.txt" "b'\xfe\xff' + $TXT.encode('utf-16-be')"
both_positions "UTF-16BE with BOM" "$T/utf16be.txt" "UTF-16.*(BE|big)"
mk "$T/utf32le.txt" "b'\xff\xfe\x00\x00' + $TXT.encode('utf-32-le')"
both_positions "UTF-32LE with BOM" "$T/utf32le.txt" "UTF-32"
mk "$T/utf16nobom.txt" "$TXT.encode('utf-16-le')"
both_positions "UTF-16LE without BOM" "$T/utf16nobom.txt" "UTF-16|binary"

# --- FIFOs and devices ----------------------------------------------------
if mkfifo "$T/fifo" 2>/dev/null; then
	# A FIFO without a writer is awaited as cat(1) awaits it: pipes.sh.
	# A writer that never stops: the read must be capped.
	begin "FIFO with an endless writer (--check)"
	(yes 'First. To restore a regular dialogue on the key issues.' \
	    >"$T/fifo" 2>/dev/null &)
	qc --check "$T/fifo" "$REP"
	expect_rc 0 1 2
	[ "$rc" -eq 2 ] &&
	    { grep -qF "$T/fifo" "$T/err" || fail "error does not name it"; }
	expect_clean_stderr
	# Unblock and end the writer if quotecheck never opened the FIFO.
	timeout 2 cat "$T/fifo" >/dev/null 2>&1
	end
else
	skip "FIFO" "mkfifo failed"
fi

begin "/dev/zero as statement: capped, quick"
qc --check /dev/zero "$REP"
expect_error /dev/zero "binary|too large|not a regular|cap"
end
begin "/dev/zero as report: capped, quick"
qc --check "$STMT" /dev/zero
expect_error /dev/zero "binary|too large|not a regular|cap"
end
if [ -r /dev/urandom ]; then
	begin "/dev/urandom as report: capped, quick"
	qc --check "$STMT" /dev/urandom
	expect_error /dev/urandom "binary|too large|not a regular|cap"
	end
fi

# --- same file twice -------------------------------------------------------
begin "the statement given twice"
qc --check "$STMT" "$STMT"
expect_rc 0 1
grep -q 'error' "$T/err" && fail "an error for a valid file"
expect_clean_stderr
expect_safe_text "$T/out"
end

begin "the report given twice: every quotation exact"
qc --check --format=json "$REP" "$REP"
expect_rc 0
expect_json "$T/out" \
    'j["summary"]["quotes"] > 0 and j["summary"]["exact"] == j["summary"]["quotes"]'
end

# --- a file that shrinks while it is read ---------------------------------
# See shrink.sh: a preloaded shim makes the shrink deterministic.

finish
