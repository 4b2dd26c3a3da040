"""Run a command with its standard output and error on a real pseudo-terminal."""

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
import time


def run_in_pty(args, env, timeout=120, columns=120):
    """Return (exit code, everything the command wrote to the terminal).

    ``columns=0`` leaves the terminal without a size, as some CI terminals are.
    """
    master, slave = pty.openpty()
    rows = 40 if columns else 0
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    proc = subprocess.Popen(
        args, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=env, close_fds=True
    )
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # the terminal closes when the command exits
                    break
                if not data:
                    break
                chunks.append(data)
            elif proc.poll() is not None:
                break
        else:
            proc.kill()
    finally:
        os.close(master)
    code = proc.wait(timeout=30)
    return code, b"".join(chunks).decode("utf-8", errors="replace")
