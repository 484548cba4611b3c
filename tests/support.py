"""For tests that run the real `cspr` command in a child process and wait for it.

Every wait is for a condition, with a deadline long enough for a busy machine (a process
starting up on two loaded cores can take tens of seconds); it ends as soon as the condition
holds, so the deadline costs nothing when all goes well.
"""

from __future__ import annotations

import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

CSPR = Path(sys.executable).parent / "cspr"
# Deadlines (seconds): for a process to start up and answer, and for anything else to happen.
START_UP = 120.0
WAIT = 60.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on just now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_until(
    condition: Callable[[], bool], what: str, seconds: float = WAIT, every: float = 0.1
) -> None:
    """Return once ``condition()`` holds; fail the test naming ``what`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"not within {seconds:.0f} s: {what}")
        time.sleep(every)


def answers(url: str) -> bool:
    """Whether ``url`` answers 200 now (a fresh connection each time)."""
    try:
        return httpx.get(url, timeout=10).status_code == 200
    except httpx.HTTPError:
        return False
