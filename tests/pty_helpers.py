"""Run a command with its standard error (and output, unless piped) on a pseudo-terminal."""

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios
import time


def run_in_pty(args, env=None, timeout=120, columns=120, pipe_stdout=False):
    """Return (exit code, everything written to the terminal, standard output if piped).

    ``columns=0`` leaves the terminal without a size, as some CI terminals are;
    ``pipe_stdout`` keeps standard output off the terminal, as a redirect does.
    """
    master, slave = pty.openpty()
    rows = 40 if columns else 0
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    stdout = subprocess.PIPE if pipe_stdout else slave
    proc = subprocess.Popen(
        args, stdin=subprocess.DEVNULL, stdout=stdout, stderr=slave, env=env, close_fds=True
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
    out, _ = proc.communicate(timeout=30)  # closes the pipe, if there is one
    terminal = b"".join(chunks).decode("utf-8", errors="replace")
    return proc.returncode, terminal, (out or b"").decode("utf-8", errors="replace")
