"""Serving from several worker processes, each with its own listening socket.

uvicorn's own workers share one listening socket, and a worker that wakes accepts every
connection then waiting. Clients that open their connections together (a reverse proxy
filling its keep-alive pool, a partner system's connection pool, the benchmark's 16 clients)
can all land on one worker while the others idle. Measured with two workers and 16
connections opened at once, 20 trials: one put all 16 on one worker and served 847
requests/s, against 1,795-2,068 in the others. Here each worker binds a socket of its own
with ``SO_REUSEPORT``, and the kernel spreads connections over the sockets by their
addresses: in 20 trials, never more than 11 of the 16 on one worker.

The supervisor replaces a worker that dies, stops every worker on SIGINT or SIGTERM (each
finishes the requests it holds, for up to ``STOP_TIMEOUT`` seconds), and gives up when workers
keep dying as they start: that is a broken configuration, not a crash to ride out. A worker
stops by itself when the supervisor is gone, however it went. Where
``SO_REUSEPORT`` does not spread connections (outside Linux), uvicorn's own workers serve.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

import uvicorn

logger = logging.getLogger("uvicorn.error")

BACKLOG = 2048  # uvicorn's default
STOP_TIMEOUT = 30.0  # seconds a stopping worker has to finish its requests before it is killed
EARLY_EXIT = 5.0  # a worker that dies sooner than this after it started died "at start"
EARLY_EXITS_ALLOWED = 3  # in a row, before the supervisor gives up
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def uvicorn_options(log_level: str, access_log: bool) -> dict[str, Any]:
    # No Server header (it names the software to a prober); no proxy headers (only a proxy
    # the deployment trusts may set them, and none is configured by default).
    return {
        "log_level": log_level,
        "access_log": access_log,
        "proxy_headers": False,
        "server_header": False,
    }


def reuse_port_spreads_connections() -> bool:
    return sys.platform == "linux" and hasattr(socket, "SO_REUSEPORT")


def listening_socket(host: str, port: int, *, reuse_port: bool) -> socket.socket:
    """A socket bound to host:port (not yet listening); OSError when the address is taken."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def serve(
    app: str,
    *,
    host: str,
    port: int,
    workers: int,
    log_level: str = "info",
    access_log: bool = True,
) -> int:
    """Serve app until stopped; the process's exit status."""
    options = uvicorn_options(log_level, access_log)
    if workers <= 1 or not reuse_port_spreads_connections():
        uvicorn.run(app, host=host, port=port, workers=workers, **options)
        return 0
    return Supervisor(app, host, port, workers, options).run()


def run_worker(app: str, host: str, port: int, options: dict[str, Any]) -> None:
    """A worker process: its own socket in the port's group, one uvicorn server on it."""
    _stop_with_supervisor()
    sock = listening_socket(host, port, reuse_port=True)
    sock.listen(BACKLOG)
    config = uvicorn.Config(app, backlog=BACKLOG, **options)
    uvicorn.Server(config).run(sockets=[sock])


def _stop_with_supervisor() -> None:
    """Stop (as on SIGTERM) when the supervisor dies, even by SIGKILL: an orphaned worker would
    go on holding the port and serving code nobody watches."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        wait([sentinel])
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="cspr-supervisor-watch", daemon=True).start()


class Supervisor:
    def __init__(
        self, app: str, host: str, port: int, workers: int, options: dict[str, Any]
    ) -> None:
        self.app, self.host, self.port, self.workers = app, host, port, workers
        self.options = options
        self.context = multiprocessing.get_context("spawn")  # a fresh interpreter, as uvicorn
        self.started: dict[BaseProcess, float] = {}
        self.stopping = False
        # The parent's logging, configured as a worker's is (uvicorn.Config does it).
        uvicorn.Config(app, **options)

    def run(self) -> int:
        try:
            # Without SO_REUSEPORT: an address in use, even by another server that set it,
            # is refused here rather than silently shared.
            listening_socket(self.host, self.port, reuse_port=False).close()
        except OSError as error:
            logger.error("Cannot listen on %s:%d: %s", self.host, self.port, error.strerror)
            return 1
        wakeup, wakeup_writer = socket.socketpair()
        wakeup_writer.setblocking(False)
        previous_fd = signal.set_wakeup_fd(wakeup_writer.fileno())
        handlers = {sig: signal.signal(sig, self._stop_signal) for sig in STOP_SIGNALS}
        try:
            logger.info(
                "Serving on %s:%d from %d worker processes, each with its own socket",
                self.host,
                self.port,
                self.workers,
            )
            for _ in range(self.workers):
                self._start()
            return self._watch(wakeup)
        finally:
            self._stop_all()
            for sig, handler in handlers.items():
                signal.signal(sig, handler)
            signal.set_wakeup_fd(previous_fd)
            wakeup.close()
            wakeup_writer.close()

    def _stop_signal(self, signum: int, frame: FrameType | None) -> None:
        self.stopping = True

    def _start(self) -> None:
        process = self.context.Process(
            target=run_worker,
            args=(self.app, self.host, self.port, self.options),
            name="cspr-worker",
        )
        process.start()
        self.started[process] = time.monotonic()
        logger.info("Started worker process [%d]", process.pid)

    def _watch(self, wakeup: socket.socket) -> int:
        early_exits = 0
        while not self.stopping:
            sentinels = {process.sentinel: process for process in self.started}
            for ready in wait([wakeup, *sentinels]):
                if not isinstance(ready, int):  # a signal arrived: its handler has run
                    wakeup.recv(64)
                    continue
                if self.stopping:
                    break
                process = sentinels[ready]
                process.join()
                lived = time.monotonic() - self.started.pop(process)
                early_exits = early_exits + 1 if lived < EARLY_EXIT else 0
                if early_exits >= EARLY_EXITS_ALLOWED:
                    logger.error(
                        "Worker processes keep exiting as they start (%d in a row); stopping",
                        early_exits,
                    )
                    return 1
                logger.warning(
                    "Worker process [%d] exited (code %s) after %.0f s; starting another",
                    process.pid,
                    process.exitcode,
                    lived,
                )
                self._start()
        return 0

    def _stop_all(self) -> None:
        for process in self.started:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes the requests it holds
        deadline = time.monotonic() + STOP_TIMEOUT
        for process in self.started:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                logger.warning("Worker process [%d] did not stop; killing it", process.pid)
                process.kill()
                process.join()
        self.started.clear()
