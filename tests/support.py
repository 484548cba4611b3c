"""For tests that run the real `cspr` command in a child process and wait for it.

Every wait is for a condition, with a deadline long enough for a busy machine; it ends as soon
as the condition holds, so the deadline costs nothing when all goes well.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

CSPR = Path(sys.executable).parent / "cspr"
# Deadlines (seconds): for a process to start up and answer, and for anything else to happen.
# Measured on two cores at a load of 30: a two-worker server took over 120 s to answer.
START_UP = 300.0
WAIT = 120.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on just now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_until(
    condition: Callable[[], bool],
    what: str,
    seconds: float = WAIT,
    every: float = 0.1,
    log: Path | None = None,
) -> None:
    """Return once ``condition()`` holds; fail the test naming ``what`` after ``seconds``
    (quoting the end of ``log``, a server's output, when given)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"not within {seconds:.0f} s: {what}{_tail(log)}")
        time.sleep(every)


def answers(url: str) -> bool:
    """Whether ``url`` answers 200 now (a fresh connection each time)."""
    try:
        return httpx.get(url, timeout=10).status_code == 200
    except httpx.HTTPError:
        return False


def serving(process: subprocess.Popen[bytes], url: str, log: Path) -> Callable[[], bool]:
    """A condition: the server ``process`` answers ``url``. It fails the test at once, with
    the server's output, if the process has ended."""

    def check() -> bool:
        if process.poll() is not None:
            pytest.fail(f"the server ended (status {process.returncode}){_tail(log)}")
        return answers(url)

    return check


def _tail(log: Path | None) -> str:
    if log is None or not log.exists():
        return ""
    return "; its output ends:\n" + log.read_text(errors="replace")[-4000:]
