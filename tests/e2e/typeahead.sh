#!/bin/sh
# Keys typed before the first screen are not lost: at start the reader
# asks the terminal where its cursor is (to learn whether emoji
# sequences are drawn whole) and waits a moment for the answers.  On a
# terminal that never answers (here a bare pseudo-terminal, unlike
# tmux, which does), keys typed during that wait must still act: G
# typed at once shows the end of the statement, and q typed at once
# quits.
#
# Environment: QC the program, QC_SRCDIR the source tree.
QC=${QC:-$PWD/quotecheck}
QC_SRCDIR=${QC_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
if [ ! -x "$QC" ]; then
	echo "1..0 # SKIP $QC not built"
	exit 77
fi
exec python3 - "$QC" "$QC_SRCDIR/data" <<'EOF'
import fcntl, os, pty, select, struct, sys, termios, time

qc, data = sys.argv[1], sys.argv[2]


def session(typed, wait):
    """Output of the reader on an 80x24 pty that answers nothing, the
    keys typed as soon as it runs; whether it ended by itself."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(TERM="xterm-256color", LANG="C.UTF-8")
        os.execv(qc, [qc, "--layout=stacked",
                      os.path.join(data, "statement.txt"),
                      os.path.join(data, "report.txt")])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.write(fd, typed)
    out, end, ended = b"", time.time() + wait, False
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.05)
        if not r:
            continue
        try:
            b = os.read(fd, 65536)
        except OSError:
            b = b""
        if not b:
            ended = True
            break
        out += b
    if not ended:
        os.write(fd, b"q")
        time.sleep(0.5)
    done, status = os.waitpid(pid, os.WNOHANG)
    if not done:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
    return out, ended


n = 0
fails = 0


def case(ok, name):
    global n, fails
    n += 1
    fails += not ok
    print("%s %d - %s" % ("ok" if ok else "not ok", n, name))


out, _ = session(b"G", 2.0)
case(b"Publication date: September 25, 2020" in out,
     "G typed before the first screen shows the end of the statement")
out, ended = session(b"q", 2.0)
case(ended, "q typed before the first screen quits")
print("1..%d" % n)
sys.exit(1 if fails else 0)
EOF
