#!/bin/sh
# pipes.sh — one rule for pipes, FIFOs and "-" (standard input): they
# are read to their end as cat(1) reads them, however long the writer
# takes; Ctrl-C (SIGINT) stops the wait; on a terminal stderr a line
# "waiting for input" comes after a second without input, and never
# otherwise.  (Issue 15 item 8.)
. "${QC_SRCDIR:-$(dirname "$0")/../..}/tests/safety/lib.sh"

Q1='To restore a regular full-scale bilateral interagency high-level dialogue'

if ! mkfifo "$T/fifo" 2>/dev/null; then
	skip "FIFO" "mkfifo failed"
	finish
fi

begin "FIFO whose writer comes after 6 s (past any fixed limit): read"
(sleep 6; cat "$REP") >"$T/fifo" &
qc --check "$STMT" "$T/fifo"
wait
expect_rc 1
expect_no_error
grep -q "^report    $T/fifo" "$T/out" || fail "the report is not the FIFO"
end

begin "FIFO whose writer writes, stalls 2 s and writes the rest: all read"
(head -c 1000 "$REP"; sleep 2; tail -c +1001 "$REP"; printf '\nHe said: "%s".\n' "$Q1") >"$T/fifo" &
qc --check --format=json "$STMT" "$T/fifo"
wait
expect_rc 1
expect_json "$T/out" 'any(q["text"].startswith("To restore a regular full-scale") and q["verdict"] == "exact" and q["report"]["line"] > 5 for q in j["quotes"])'
end

begin "- reads the report from a pipe"
timeout -k 5 "$TMO" sh -c 'cat "$1" | "$2" --check "$3" -' sh "$REP" "$QC" "$STMT" \
    >"$T/out" 2>"$T/err"
rc=$?
expect_rc 1
grep -q '^report    -' "$T/out" || fail "the report is not standard input"
end

begin "- for both files: usage error"
timeout -k 5 "$TMO" "$QC" --check - - <"$REP" >"$T/out" 2>"$T/err"
rc=$?
expect_error "" "usage: only one of STATEMENT and REPORT can be '-'"
end

# No writer at all: still waiting after 2 s, silent off a terminal,
# and SIGINT ends it.  On a pseudo-terminal stderr, the waiting line.
"$PY" - "$QC" "$STMT" "$T/fifo" >"$T/py" 2>&1 <<'PY'
import os, pty, signal, subprocess, sys, time
qc, stmt, fifo = sys.argv[1:4]

def run(tty):
    if tty:
        master, slave = pty.openpty()
    p = subprocess.Popen([qc, "--check", stmt, fifo], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL,
                         stderr=slave if tty else subprocess.PIPE)
    time.sleep(2.5)
    alive = p.poll() is None
    p.send_signal(signal.SIGINT)
    try:
        rc = p.wait(10)
    except subprocess.TimeoutExpired:
        p.kill()
        rc = "hang"
    if tty:
        os.close(slave)
        os.set_blocking(master, False)
        try:
            text = os.read(master, 4096).decode("utf-8", "replace")
        except OSError:
            text = ""
        os.close(master)
    else:
        text = p.stderr.read().decode("utf-8", "replace")
    return alive, rc, text

alive, rc, text = run(False)
print("pipe", alive, rc, repr(text))
ok1 = alive and rc == -signal.SIGINT and text == ""
alive, rc, text = run(True)
print("tty", alive, rc, repr(text))
ok2 = alive and rc == -signal.SIGINT and \
    ("%s: warning: waiting for input" % fifo) in text
print("RESULT", int(ok1), int(ok2))
PY
begin "FIFO with no writer, stderr not a terminal: waits silently, SIGINT ends it"
grep -q '^RESULT 1' "$T/py" || fail "$(cat "$T/py")"
end
begin "FIFO with no writer, stderr a terminal: a waiting line, SIGINT ends it"
grep -q '^RESULT [01] 1' "$T/py" || fail "$(cat "$T/py")"
end

finish
