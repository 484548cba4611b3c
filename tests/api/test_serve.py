"""`cspr serve --workers N`: each worker its own socket, connections spread, workers replaced.

The server is the real command in a child process; which worker holds which socket is read
from /proc (Linux only, as SO_REUSEPORT's spreading is).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from api import serve
from api.serve import Supervisor, uvicorn_options
from bench.common import children_of
from tests.support import CSPR, START_UP, WAIT, free_port, serving, wait_until

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc; SO_REUSEPORT")

LISTEN, ESTABLISHED = "0A", "01"


def _socket_owners(pids: set[int]) -> dict[str, int]:
    owners = {}
    for pid in pids:
        try:
            fds = list(Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                owners[target[8:-1]] = pid
    return owners


def _tcp_sockets(port: int, state: str) -> list[str]:
    """The inodes of the server-side sockets on port in state (IPv4, as the tests bind)."""
    inodes = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].rpartition(":")[2], 16) == port and fields[3] == state:
            inodes.append(fields[9])
    return inodes


def _held_by(port: int, state: str, workers: set[int]) -> dict[int, int]:
    """How many sockets on port in state each worker holds."""
    owners = _socket_owners(workers)
    counts = dict.fromkeys(workers, 0)
    for inode in _tcp_sockets(port, state):
        if inode in owners:
            counts[owners[inode]] += 1
    return counts


def _serve(port: int, workers: int, log: Path) -> subprocess.Popen[bytes]:
    """The real command; its output goes to a file (a pipe nobody reads while the test polls
    would fill with the access log and stall the server)."""
    with log.open("wb") as output:
        return subprocess.Popen(
            [str(CSPR), "serve", "--no-migrate", "--port", str(port), "--workers", str(workers)],
            stdout=output,
            stderr=subprocess.STDOUT,
        )


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int, Path]]:
    port, log = free_port(), tmp_path / "serve.log"
    server = _serve(port, 2, log)
    try:
        health = f"http://127.0.0.1:{port}/healthz"
        wait_until(serving(server, health, log), "the server answers", START_UP, log=log)
        yield server, port, log
    finally:
        if server.poll() is None:
            children = children_of(server.pid)  # before they are orphaned
            for pid in (server.pid, *children):
                os.kill(pid, signal.SIGKILL)
        server.wait(timeout=WAIT)


def _two_workers_listening(server: subprocess.Popen[bytes], port: int, log: Path) -> set[int]:
    """The worker processes: the children listening on port (multiprocessing's resource
    tracker is a child too)."""
    listening: dict[int, int] = {}

    def ready() -> bool:
        nonlocal listening
        held = _held_by(port, LISTEN, children_of(server.pid))
        listening = {pid: count for pid, count in held.items() if count}
        return sorted(listening.values()) == [1, 1]

    wait_until(ready, "two workers, each listening on a socket of its own", START_UP, log=log)
    return set(listening)


def test_workers_listen_on_sockets_of_their_own_and_share_connections(
    served: tuple[subprocess.Popen[bytes], int, Path],
) -> None:
    server, port, log = served
    workers = _two_workers_listening(server, port, log)
    # 32 connections opened together, as a proxy filling its pool does. With one shared
    # socket the first worker to wake could take them all; spread by the kernel over two
    # sockets, one worker gets none with probability 2**-31. A worker may still be loading
    # the app: each connection waits as long as a start-up may take.
    connections = [
        socket.create_connection(("127.0.0.1", port), timeout=START_UP) for _ in range(32)
    ]
    try:
        for connection in connections:
            connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n")
        for connection in connections:
            assert connection.recv(64).startswith(b"HTTP/1.1 200")
        held = _held_by(port, ESTABLISHED, workers)
        assert sum(held.values()) == 32
        assert min(held.values()) >= 1, held
    finally:
        for connection in connections:
            connection.close()


def test_a_worker_that_dies_is_replaced_and_stop_ends_every_worker(
    served: tuple[subprocess.Popen[bytes], int, Path],
) -> None:
    server, port, log = served
    workers = _two_workers_listening(server, port, log)
    killed = min(workers)
    os.kill(killed, signal.SIGKILL)
    wait_until(lambda: killed not in children_of(server.pid), "the killed worker is reaped")
    replaced = _two_workers_listening(server, port, log)
    assert killed not in replaced
    assert len(replaced & workers) == 1
    # Listening is not yet serving: the replacement may still be loading the app.
    health = f"http://127.0.0.1:{port}/healthz"
    wait_until(serving(server, health, log), "the server answers", START_UP, log=log)

    server.send_signal(signal.SIGTERM)
    server.wait(timeout=START_UP)
    output = log.read_text()
    assert server.returncode == 0, output
    assert "exited (code -9)" in output
    assert not any(Path(f"/proc/{pid}").exists() for pid in replaced)
    assert not _tcp_sockets(port, LISTEN)


def test_workers_stop_when_the_supervisor_is_killed(
    served: tuple[subprocess.Popen[bytes], int, Path],
) -> None:
    server, port, log = served
    workers = _two_workers_listening(server, port, log)
    server.kill()  # SIGKILL: the supervisor stops nothing itself
    server.wait(timeout=WAIT)
    wait_until(
        lambda: not any(Path(f"/proc/{pid}").exists() for pid in workers),
        "the orphaned workers stop",
    )
    assert not _tcp_sockets(port, LISTEN)


@pytest.mark.parametrize("reuse_port", [False, True], ids=["plain", "reuse-port"])
def test_an_address_in_use_is_refused_not_shared(reuse_port: bool, tmp_path: Path) -> None:
    # Another server on the port, even one that set SO_REUSEPORT as these workers do: joining
    # its group would split its clients with a stranger.
    with socket.socket() as other:
        if reuse_port:
            other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        log = tmp_path / "serve.log"
        server = _serve(port, 2, log)
        server.wait(timeout=START_UP)
        output = log.read_text()
        assert server.returncode == 1
        assert f"Cannot listen on 127.0.0.1:{port}: Address already in use" in output
        assert "Started worker process" not in output


def test_workers_that_die_as_they_start_stop_the_supervisor(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a busy machine a worker can take more than the usual few seconds to start and fail:
    # it still died as it started.
    monkeypatch.setattr(serve, "EARLY_EXIT", START_UP)
    supervisor = Supervisor(
        "tests.api.no_such_module:app", "127.0.0.1", free_port(), 2, uvicorn_options("info", False)
    )
    assert supervisor.run() == 1
    logged = capfd.readouterr().err
    assert logged.count("Started worker process") == 4  # two, then two replacements
    assert "keep exiting as they start (3 in a row)" in logged
    assert not supervisor.started
