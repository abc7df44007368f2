#!/usr/bin/env python3
"""ptyrun.py -- run a full-screen program on a pseudo-terminal and measure
what it costs to start and to answer keys.

The program runs on a pty of a given size with TERM=xterm-256color and
LANG=C.UTF-8.  The harness waits until the screen has *settled*: no
output for a quiet period (default 0.1 s) while the process's CPU time
stands still and it sleeps in read, poll or select (/proc/PID/syscall),
i.e. it is blocked waiting for a key.  Then it
sends keys one at a time, lets the screen settle after each, and
finally sends q.

CPU time is read from the process's CPU-time clock (clock_gettime on
the clock of another process, nanoseconds, all threads); where that is
refused, from /proc/PID/schedstat, and last from /proc/PID/stat in
clock ticks.  It is sampled after every read of output, so:

  first frame   CPU time from exec until the last byte written before
                the screen settled (the quiet period is not in it; work
                done after the last byte without drawing is not either,
                it is reported separately as cpu_idle_ms);
  per key       CPU time the process consumed from just before the key
                was sent until it was idle again (cpu_ms), and the wall
                time from sending the key to the last byte of the
                answer (wall_ms, the quiet period not included);
  bytes         everything the program wrote from the key to settling.

Usable as a module (Session) and from the command line:

  ptyrun.py [-s COLSxROWS] [-q QUIET] [-k KEYS] [--json] -- CMD [ARG]...

KEYS is a blank-separated list of key names: a single character stands
for itself; space, enter, tab, esc, up, down, left, right, pgup, pgdn,
home, end and ctrl-X name the others.
"""

import argparse
import errno
import fcntl
import json
import os
import select
import shutil
import signal
import struct
import sys
import termios
import time

KEYNAMES = {
    "space": b" ", "enter": b"\r", "tab": b"\t", "esc": b"\x1b",
    "up": b"\x1b[A", "down": b"\x1b[B", "right": b"\x1b[C",
    "left": b"\x1b[D", "home": b"\x1b[H", "end": b"\x1b[F",
    "pgup": b"\x1b[5~", "pgdn": b"\x1b[6~", "btab": b"\x1b[Z",
}

CLK_TCK = os.sysconf("SC_CLK_TCK")

# x86-64 and generic (aarch64) numbers of read, readv, poll, select,
# pselect6, ppoll, epoll_wait, epoll_pwait, epoll_pwait2.
if os.uname().machine == "x86_64":
    WAIT_SYSCALLS = {0, 19, 7, 23, 270, 271, 232, 281, 441}
else:
    WAIT_SYSCALLS = {63, 65, 72, 73, 22, 441}


def key_bytes(name):
    if name in KEYNAMES:
        return KEYNAMES[name]
    if name.startswith("ctrl-") and len(name) == 6:
        return bytes([ord(name[5].upper()) & 0x1f])
    return name.encode()


def term_env(extra=None):
    """A small, fixed environment: the same for every program measured."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LESSHISTFILE": "-",
    }
    if extra:
        env.update(extra)
    return env


class Session:
    """One program on one pty."""

    def __init__(self, argv, cols=80, rows=24, env=None, log=None):
        exe = shutil.which(argv[0]) if "/" not in argv[0] else argv[0]
        if exe is None:
            raise FileNotFoundError(argv[0])
        self.fd, slave = os.openpty()
        ws = struct.pack("HHHH", rows, cols, 0, 0)
        fcntl.ioctl(slave, termios.TIOCSWINSZ, ws)
        name = os.ttyname(slave)
        self.log = open(log, "wb") if log else None
        self.t0 = time.perf_counter()
        # setsid, then opening the slave makes it the controlling tty
        self.pid = os.posix_spawn(exe, argv, env or term_env(), setsid=True,
                                  file_actions=[
                                      (os.POSIX_SPAWN_OPEN, 0, name,
                                       os.O_RDWR, 0),
                                      (os.POSIX_SPAWN_DUP2, 0, 1),
                                      (os.POSIX_SPAWN_DUP2, 0, 2)])
        os.close(slave)
        self.clock = ((~self.pid) << 3) | 2     # CPUCLOCK_SCHED, process
        self.exited = False
        self.status = None
        self.rusage = None
        self.total = 0

    # -------------------------------------------------------------- cpu

    def cpu(self):
        """CPU seconds the process has used so far (None once gone)."""
        if self.exited:
            return None
        try:
            return time.clock_gettime(self.clock)
        except OSError:
            pass
        try:
            with open("/proc/%d/schedstat" % self.pid) as f:
                ns = int(f.read().split()[0])
            if ns:
                return ns / 1e9
        except (OSError, ValueError, IndexError):
            pass
        try:
            with open("/proc/%d/stat" % self.pid) as f:
                st = f.read().rsplit(")", 1)[1].split()
            return (int(st[11]) + int(st[12])) / CLK_TCK
        except (OSError, ValueError, IndexError):
            return None

    def waiting_for_input(self):
        """True if the process sleeps in a call that waits on a file
        (read, poll, select, epoll), False if it runs or sleeps for
        another reason (a timer, a child), None if it cannot be told."""
        try:
            with open("/proc/%d/syscall" % self.pid) as f:
                nr = f.read().split()[0]
        except (OSError, IndexError):
            return None
        if nr == "running":
            return False
        try:
            return int(nr) in WAIT_SYSCALLS
        except ValueError:
            return None

    # ----------------------------------------------------------- output

    def _reap(self, block=False):
        if self.exited:
            return True
        pid, status, ru = os.wait4(self.pid, 0 if block else os.WNOHANG)
        if pid == 0:
            return False
        self.exited = True
        self.status = os.waitstatus_to_exitcode(status)
        self.rusage = ru
        return True

    def _read(self):
        """Bytes now available, b"" when the pty is closed."""
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError as e:
            if e.errno != errno.EIO:
                raise
            data = b""
        if data and self.log:
            self.log.write(data)
        # Answer cursor-position queries as a terminal does (at the
        # top left), so that a program that asks at start does not
        # wait for an answer that never comes.  A query split over two
        # reads goes unanswered: none is in practice.
        for _ in range(data.count(b"\033[6n")):
            os.write(self.fd, b"\033[1;1R")
        return data

    def settle(self, quiet=0.1, timeout=60.0, need_output=True):
        """Read until the program is quiet and idle; what it wrote."""
        start = time.perf_counter()
        nbytes, t_last, cpu_last = 0, None, None
        qstart, cpu_q = start, self.cpu()
        timed_out = False
        while True:
            now = time.perf_counter()
            if now - start > timeout:
                timed_out = True
                break
            left = quiet - (now - qstart)
            if left <= 0:
                c = self.cpu()
                if c is None:
                    break
                idle = cpu_q is not None and c - cpu_q < 0.002 and \
                    self.waiting_for_input() is not False
                if idle and (nbytes or not need_output):
                    break
                qstart, cpu_q = time.perf_counter(), c
                continue
            r, _, _ = select.select([self.fd], [], [], left)
            if not r:
                if self._reap():
                    break
                continue
            data = self._read()
            if not data:
                self._reap(block=True)
                break
            nbytes += len(data)
            t_last = time.perf_counter()
            cpu_last = self.cpu()
            qstart, cpu_q = t_last, cpu_last
        self.total += nbytes
        return {"bytes": nbytes, "t_last": t_last, "cpu_last": cpu_last,
                "cpu_idle": self.cpu(), "timed_out": timed_out,
                "exited": self.exited}

    def first_frame(self, quiet=0.15, timeout=120.0):
        """Wait for the first settled screen; its costs."""
        s = self.settle(quiet, timeout)
        return {"bytes": s["bytes"],
                "cpu_ms": _ms(s["cpu_last"]),
                "cpu_idle_ms": _ms(s["cpu_idle"]),
                "wall_ms": _ms(s["t_last"] - self.t0
                               if s["t_last"] else None),
                "timed_out": s["timed_out"], "exited": s["exited"]}

    def key(self, name, quiet=0.1, timeout=60.0):
        """Send one key; the bytes, CPU and wall time of the answer."""
        c0 = self.cpu()
        t0 = time.perf_counter()
        os.write(self.fd, key_bytes(name))
        s = self.settle(quiet, timeout, need_output=False)
        end = s["cpu_idle"] if s["cpu_idle"] is not None else s["cpu_last"]
        return {"key": name, "bytes": s["bytes"],
                "cpu_ms": _ms(end - c0 if end is not None and c0 is not None
                              else None),
                "wall_ms": _ms(s["t_last"] - t0 if s["t_last"] else None),
                "timed_out": s["timed_out"], "exited": s["exited"]}

    def close(self, quit_key="q", wait=5.0):
        """Send the quit key; end the program if it does not go."""
        if not self.exited:
            try:
                os.write(self.fd, key_bytes(quit_key))
            except OSError:
                pass
            end = time.perf_counter() + wait
            while time.perf_counter() < end and not self._reap():
                r, _, _ = select.select([self.fd], [], [], 0.05)
                if r and not self._read():
                    self._reap(block=True)
            for sig in (signal.SIGTERM, signal.SIGKILL):
                if self._reap():
                    break
                os.kill(self.pid, sig)
                time.sleep(0.2)
            self._reap(block=True)
        os.close(self.fd)
        if self.log:
            self.log.close()
        return self.status


def _ms(sec):
    return None if sec is None else sec * 1000.0


def run(argv, cols=80, rows=24, keys=(), quiet=0.1, env=None, log=None,
        first_quiet=0.15, timeout=120.0):
    """Start argv, wait for the first frame, send keys, quit."""
    s = Session(argv, cols, rows, env, log)
    try:
        res = {"argv": argv, "size": "%dx%d" % (cols, rows),
               "first_frame": s.first_frame(first_quiet, timeout),
               "keys": []}
        for k in keys:
            if s.exited:
                break
            res["keys"].append(s.key(k, quiet, timeout))
    finally:
        res_status = s.close()
    res["status"] = res_status
    res["total_bytes"] = s.total
    return res


def main():
    ap = argparse.ArgumentParser(
        description="measure a full-screen program on a pty")
    ap.add_argument("-s", "--size", default="80x24", help="COLSxROWS")
    ap.add_argument("-q", "--quiet", type=float, default=0.1,
                    help="quiet period in seconds (default 0.1)")
    ap.add_argument("-k", "--keys", default="",
                    help="blank-separated key names to send")
    ap.add_argument("-e", "--env", action="append", default=[],
                    help="NAME=VALUE added to the environment")
    ap.add_argument("--log", help="write everything the program wrote here")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("argv", nargs="+")
    a = ap.parse_args()
    cols, rows = (int(x) for x in a.size.lower().split("x"))
    env = term_env(dict(kv.split("=", 1) for kv in a.env))
    res = run(a.argv, cols, rows, a.keys.split(), a.quiet, env, a.log)
    if a.json:
        json.dump(res, sys.stdout, indent=1)
        print()
        return 0
    ff = res["first_frame"]
    print("first frame: %s ms cpu (idle at %s ms), %s ms wall, %d bytes%s"
          % (_f(ff["cpu_ms"]), _f(ff["cpu_idle_ms"]), _f(ff["wall_ms"]),
             ff["bytes"], "  TIMEOUT" if ff["timed_out"] else ""))
    for k in res["keys"]:
        print("key %-6s %6d bytes  %s ms cpu  %s ms wall%s"
              % (k["key"], k["bytes"], _f(k["cpu_ms"]), _f(k["wall_ms"]),
                 "  TIMEOUT" if k["timed_out"] else ""))
    print("exit status %s, %d bytes in all" % (res["status"],
                                                res["total_bytes"]))
    return 0


def _f(x):
    return "-" if x is None else "%.2f" % x


if __name__ == "__main__":
    sys.exit(main())
