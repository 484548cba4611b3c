"""Files through the running server: a 100 MiB upload and download, the server's memory while
they move, their throughput on loopback, and the other endpoints' latency while a slow upload
is under way.

Starts ``cspr serve`` (as ``bench.run`` does, upload limit raised to fit the file) on the
benchmark database, asks the large partnership's member for a document as its lead reviewer,
then as the member:

* uploads 100 MiB (a PDF header, then filler) as fast as loopback takes it, and downloads it
  back, checking its SHA-256; each worker's resident memory is sampled every 20 ms, and the
  growth reported is the largest sample less the worker's memory before;
* measures ``GET /reviews/{id}`` with wrk (16 clients) alone, then again while an upload is
  sent at a throttled rate over the same seconds (a slow client), and reports both p95s.

    python -m bench.files [--mib 100] [--seconds 8] [--workers 2]

Targets (issue 14): memory growth < 30 MiB, throughput >= 50 MiB/s each way, p95 during the
slow upload within 1.5x of without.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx

from bench.common import children_of
from bench.run import database_exists, drive_wrk, free_port, start_server, token, wait_ready

MiB = 1024 * 1024
CHUNK = 256 * 1024
BLOCK = (b"% bench filler line for a fictional document\n" * 30_000)[:CHUNK]
HEAD = b"%PDF-1.4\n% FICTIONAL bench document\n"
TARGET_GROWTH_MIB = 30
TARGET_MIB_S = 50
TARGET_P95_RATIO = 1.5


def body(size: int, rate: float | None = None) -> Iterator[bytes]:
    """``size`` bytes of a PDF, in chunks; at ``rate`` bytes a second when given."""
    sent, started = 0, time.monotonic()
    first = HEAD + BLOCK[len(HEAD) :]
    while sent < size:
        chunk = (first if sent == 0 else BLOCK)[: size - sent]
        sent += len(chunk)
        yield chunk
        if rate is not None:
            ahead = sent / rate - (time.monotonic() - started)
            if ahead > 0:
                time.sleep(ahead)


def digest(size: int) -> str:
    h = hashlib.sha256()
    for chunk in body(size):
        h.update(chunk)
    return h.hexdigest()


def workers_of(pid: int) -> list[int]:
    return sorted(children_of(pid)) or [pid]


def rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


class Sampler:
    """Each worker's largest resident memory while running, against its memory at the start."""

    def __init__(self, pids: list[int]) -> None:
        self.pids = pids
        self.before = {p: rss(p) for p in pids}
        self.peak = dict(self.before)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            for p in self.pids:
                self.peak[p] = max(self.peak[p], rss(p))

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def growth(self) -> int:
        return max(self.peak[p] - self.before[p] for p in self.pids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mib", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--workers", type=int, default=max(2, os.cpu_count() or 2))
    args = parser.parse_args()
    if not database_exists():
        raise SystemExit("seed the benchmark database first: python -m bench.seed")
    size = args.mib * MiB
    os.environ["CSPR_MAX_UPLOAD_BYTES"] = str(size + MiB)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(port, args.workers)
    try:
        wait_ready(base, server)
        member = {"Authorization": f"Bearer {token(base, 'member0@b000.invalid')}"}
        lead = {"Authorization": f"Bearer {token(base, 'lead_reviewer@b000.invalid')}"}
        with httpx.Client(base_url=base, timeout=600) as http:
            me = http.get("/api/v1/me", headers=member).json()
            reviews = http.get("/api/v1/reviews", params={"limit": 50}, headers=member).json()
            review = reviews["items"][0]["id"]
            asked = http.post(
                f"/api/v1/reviews/{review}/documents",
                headers=lead,
                json={
                    "agency_id": me["agency"]["id"],
                    "kind": "other",
                    "title": "Bench document (fictional)",
                    "due_on": (date.today() + timedelta(days=30)).isoformat(),
                },
            )
            asked.raise_for_status()
            versions = asked.headers["Location"] + "/versions"
            upload_headers = {
                **member,
                "Content-Type": "application/octet-stream",
                "Content-Disposition": 'attachment; filename="bench.pdf"',
            }
            pids = workers_of(server.pid)
            with Sampler(pids) as up:
                started = time.perf_counter()
                sent = http.post(versions, headers=upload_headers, content=body(size))
                up_seconds = time.perf_counter() - started
            sent.raise_for_status()
            version = sent.json()
            assert version["file"]["sha256"] == digest(size), "stored bytes differ"
            with Sampler(pids) as down:
                started = time.perf_counter()
                h = hashlib.sha256()
                with http.stream("GET", version["download"], headers=member) as got:
                    got.raise_for_status()
                    for chunk in got.iter_bytes(CHUNK):
                        h.update(chunk)
                down_seconds = time.perf_counter() - started
            assert h.hexdigest() == version["file"]["sha256"], "downloaded bytes differ"

            paths = [f"/api/v1/reviews/{r['id']}" for r in reviews["items"]]
            drive_wrk("warm-up", base, paths, member, 16, 2)
            alone = drive_wrk("alone", base, paths, member, 16, args.seconds)
            # The same endpoint while a slow client uploads over the same seconds.
            slow = threading.Thread(
                target=lambda: http.post(
                    versions,
                    headers=upload_headers,
                    content=body(size, rate=size / (args.seconds + 2)),
                ),
                daemon=True,
            )
            slow.start()
            time.sleep(1)
            during = drive_wrk("during", base, paths, member, 16, args.seconds)
            slow.join(timeout=600)
    finally:
        server.terminate()
        server.wait(timeout=30)

    up_rate, down_rate = size / MiB / up_seconds, size / MiB / down_seconds
    ratio = during.pct(0.95) / alone.pct(0.95)
    print(f"files: {args.mib} MiB, {args.workers} workers, PostgreSQL")
    print(f"  upload    {up_rate:7.1f} MiB/s   worker memory +{up.growth() / MiB:5.1f} MiB")
    print(f"  download  {down_rate:7.1f} MiB/s   worker memory +{down.growth() / MiB:5.1f} MiB")
    print(
        f"  GET /reviews/{{id}} p95: {alone.pct(0.95):.1f} ms alone, "
        f"{during.pct(0.95):.1f} ms during a slow upload ({ratio:.2f}x); "
        f"{alone.rps:.0f} and {during.rps:.0f} req/s"
    )
    missed = []
    if max(up.growth(), down.growth()) >= TARGET_GROWTH_MIB * MiB:
        missed.append(f"memory growth >= {TARGET_GROWTH_MIB} MiB")
    if min(up_rate, down_rate) < TARGET_MIB_S:
        missed.append(f"throughput < {TARGET_MIB_S} MiB/s")
    if ratio > TARGET_P95_RATIO:
        missed.append(f"p95 during upload > {TARGET_P95_RATIO}x")
    print("targets: " + ("met" if not missed else "MISSED: " + "; ".join(missed)))


if __name__ == "__main__":
    main()
