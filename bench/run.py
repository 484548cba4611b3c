"""Drive the API on PostgreSQL with 16 concurrent clients and report latency and throughput.

Starts ``cspr serve`` against the benchmark database (seed it first: ``python -m bench.seed``) on a
free loopback port, signs in as a member of the largest partnership (the strictest record
scoping: every review read checks their seat), and for each endpoint runs 16 concurrent
clients for a bounded time and request count, printing requests/s and p50/p95/p99, plus the
floor (a bare endpoint in the same app that runs one indexed query) and each endpoint's
throughput as a ratio of it.

    python -m bench.run [--workers N] [--seconds S] [--clients C]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg

from bench.common import ADMIN_URL, BENCH_DB, DATA_DIR, PASSWORD, environment

TARGET_P95_MS = 50.0
WARM_UP_SECONDS = 2.0
TARGET_RATIO = 0.5


def database_exists() -> bool:
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (BENCH_DB,))
        return found.fetchone() is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Result:
    name: str
    count: int
    errors: int
    seconds: float
    latencies_ms: list[float]

    @property
    def rps(self) -> float:
        return self.count / self.seconds

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def drive(
    name: str,
    base: str,
    paths: list[str],
    headers: dict[str, str],
    clients: int,
    seconds: float,
    max_requests: int,
) -> Result:
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=30) as http:
        # Warm up every worker and connection.
        await asyncio.gather(*(http.get(paths[i % len(paths)]) for i in range(clients * 2)))

        async def one_client(seed: int) -> None:
            nonlocal errors
            rng = random.Random(seed)
            while time.perf_counter() < deadline and len(latencies) < max_requests:
                path = paths[rng.randrange(len(paths))]
                t0 = time.perf_counter()
                response = await http.get(path)
                latencies.append((time.perf_counter() - t0) * 1000)
                if response.status_code != 200:
                    errors += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(one_client(i) for i in range(clients)))
        elapsed = time.perf_counter() - t0
    return Result(name, len(latencies), errors, elapsed, latencies)


WRK_SCRIPT = """
local paths = {%(paths)s}
local auth = "%(auth)s"
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Authorization"] = auth})
end
done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests": %%d, "duration_us": %%d, "non2xx": %%d, "p50": %%d, "p95": %%d, "p99": %%d}\\n',
    summary.requests, summary.duration, summary.errors.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def drive_wrk(
    name: str,
    base: str,
    paths: list[str],
    headers: dict[str, str],
    clients: int,
    seconds: float,
) -> Result:
    """Load from wrk (C, two threads): a Python load generator would take a core of its own
    from the two this machine has, and measure its own slowness as much as the server's."""
    script = WRK_SCRIPT % {
        "paths": ", ".join(json.dumps(p) for p in paths),
        "auth": headers["Authorization"],
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    try:
        completed = subprocess.run(
            [
                "wrk",
                "--threads",
                "2",
                "--connections",
                str(clients),
                "--duration",
                f"{max(1, round(seconds))}s",
                "--timeout",
                "10s",
                "--script",
                handle.name,
                base,
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=seconds + 60,
        )
    finally:
        os.unlink(handle.name)
    line = next(x for x in completed.stdout.splitlines() if x.startswith("{"))
    data = json.loads(line)
    # wrk reports percentiles, not samples: keep them as a three-point summary.
    return WrkResult(
        name,
        int(data["requests"]),
        int(data["non2xx"]),
        data["duration_us"] / 1e6,
        [],
        {0.50: data["p50"] / 1000, 0.95: data["p95"] / 1000, 0.99: data["p99"] / 1000},
    )


@dataclass
class WrkResult(Result):
    percentiles: dict[float, float]

    def pct(self, q: float) -> float:
        return self.percentiles[q]


def start_server(port: int, workers: int) -> subprocess.Popen[bytes]:
    """``cspr serve``, as deployed: its workers each listen on a socket of their own."""
    env = {**os.environ, **environment()}
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    command = [
        str(Path(sys.executable).parent / "cspr"),
        "serve",
        "--no-migrate",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)


def wait_ready(base: str, server: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if server.poll() is not None:
            raise SystemExit("the server exited; is the benchmark database seeded?")
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not become ready")


def token(base: str, email: str) -> str:
    response = httpx.post(
        f"{base}/api/v1/auth/token",
        data={"grant_type": "password", "username": email, "password": PASSWORD},
        timeout=30,
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


# What each endpoint is driven with: its paths, and the caller's headers.
Endpoints = dict[str, tuple[list[str], dict[str, str]]]


def heavy_practitioner_reviews() -> list[str]:
    """The reviews seeded with 200 practitioners (``bench.seed.PRACTITIONER_HEAVY_REVIEWS``)."""
    head, _, _ = ADMIN_URL.rpartition("/")
    with psycopg.connect(f"{head}/{BENCH_DB}") as conn:
        rows = conn.execute(
            "SELECT review_id FROM practitioners GROUP BY review_id HAVING count(*) >= 200"
        ).fetchall()
    return [str(row[0]) for row in rows]


def heavy_action_review() -> str:
    """The review seeded with ``bench.seed.ACTIONS_ON_THE_HEAVY_REVIEW`` actions."""
    head, _, _ = ADMIN_URL.rpartition("/")
    with psycopg.connect(f"{head}/{BENCH_DB}") as conn:
        row = conn.execute(
            "SELECT review_id FROM actions GROUP BY review_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    assert row is not None, "the benchmark database has no actions: re-seed it"
    return str(row[0])


def prepare(base: str) -> Endpoints:
    """Every endpoint's paths and caller: a member of the large partnership (the strictest
    scoping), and its lead reviewer for the practitioners of a review (a member reaches only
    their own agency's, 20 of the 200)."""
    headers = {"Authorization": f"Bearer {token(base, 'member0@b000.invalid')}"}
    lead = {"Authorization": f"Bearer {token(base, 'lead_reviewer@b000.invalid')}"}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as http:
        first = http.get("/api/v1/reviews", params={"limit": 50}).json()
        reviews = [r["id"] for r in first["items"]]
        cursor = first["next_cursor"]
        pages = 1
        while pages < 18:  # page 19 of 20: the deep end of a 1,000-review partnership
            page = http.get("/api/v1/reviews", params={"limit": 50, "cursor": cursor}).json()
            reviews += [r["id"] for r in page["items"]]
            cursor = page["next_cursor"]
            pages += 1
        me = http.get("/api/v1/me").json()["id"]
        checklists = []
        for review_id in reviews[:: max(1, len(reviews) // 50)][:50]:
            seats = http.get(f"/api/v1/reviews/{review_id}/members", params={"limit": 20}).json()[
                "items"
            ]
            mine = next(s for s in seats if s["user_id"] == me)
            checklists.append(f"/api/v1/reviews/{review_id}/members/{mine['id']}/checklist")
    sample = random.Random(7).sample(reviews, 200)
    heavy = heavy_practitioner_reviews()
    paths = {
        "floor": ["/api/v1/_bench/floor"],
        "floor + caller check": ["/api/v1/_bench/floor-authenticated"],
        "GET /reviews (page 1)": ["/api/v1/reviews?limit=50"],
        "GET /reviews (deep cursor)": [f"/api/v1/reviews?limit=50&cursor={cursor}"],
        "GET /reviews/{id}": [f"/api/v1/reviews/{r}" for r in sample],
        "GET /reviews/{id}/deadlines": [f"/api/v1/reviews/{r}/deadlines" for r in sample],
        "GET .../members/{mid}/checklist": checklists,
    }
    endpoints: Endpoints = {name: (p, headers) for name, p in paths.items()}
    endpoints["GET .../practitioners (50 of 200, lead)"] = (
        [f"/api/v1/reviews/{r}/practitioners" for r in heavy],
        lead,
    )
    actions_review = heavy_action_review()
    endpoints["GET .../actions (50 of 150)"] = (
        [f"/api/v1/reviews/{actions_review}/actions"],
        headers,
    )
    endpoints["GET /actions (partnership plan)"] = (["/api/v1/actions"], headers)
    endpoints["GET .../practitioners (own 20, member)"] = (
        [f"/api/v1/reviews/{r}/practitioners" for r in heavy],
        headers,
    )
    return endpoints


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", type=int, default=max(2, os.cpu_count() or 2))
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=6.0, help="per endpoint, per round")
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of every endpoint")
    parser.add_argument(
        "--driver",
        choices=["wrk", "httpx"],
        default="wrk" if shutil.which("wrk") else "httpx",
        help="load generator (wrk when installed: it costs the server far less CPU)",
    )
    parser.add_argument(
        "--only",
        metavar="REGEX",
        help="only the endpoints whose name matches (the floor is always measured)",
    )
    parser.add_argument(
        "--seed",
        action="store_true",
        help="(re)seed the benchmark database first; done anyway if missing",
    )
    args = parser.parse_args()
    if args.seed or not database_exists():
        from bench import seed

        seed.main()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(port, args.workers)
    try:
        wait_ready(base, server)
        endpoints = prepare(base)
        if args.only:
            endpoints = {
                name: value
                for name, value in endpoints.items()
                if name == "floor" or re.search(args.only, name)
            }
        # Interleave: every endpoint gets a slice in every round, so load that comes and goes
        # on the machine falls on all of them alike and the ratios to the floor stay fair.
        if args.driver == "wrk":
            # A warm-up pass (discarded), then every endpoint in turn, once per round. wrk's
            # percentiles cannot be merged across runs, so each figure reported is the median
            # of the rounds', and the ratio to the floor the median of each round's own (the
            # floor and the endpoint measured a few seconds apart): load that comes and goes on
            # a shared machine moves one round, not the result.
            for name, (endpoint_paths, headers) in endpoints.items():
                drive_wrk(name, base, endpoint_paths, headers, args.clients, WARM_UP_SECONDS)
            rounds = [
                [
                    drive_wrk(name, base, endpoint_paths, headers, args.clients, args.seconds)
                    for name, (endpoint_paths, headers) in endpoints.items()
                ]
                for _ in range(args.rounds)
            ]
            summaries = summarise(rounds)
        else:
            totals: dict[str, Result] = {}
            for _ in range(args.rounds):
                for name, (endpoint_paths, headers) in endpoints.items():
                    part = asyncio.run(
                        drive(
                            name,
                            base,
                            endpoint_paths,
                            headers,
                            args.clients,
                            args.seconds / args.rounds,
                            args.max_requests // args.rounds,
                        )
                    )
                    total = totals.setdefault(name, Result(name, 0, 0, 0.0, []))
                    total.count += part.count
                    total.errors += part.errors
                    total.seconds += part.seconds
                    total.latencies_ms += part.latencies_ms
            summaries = summarise([list(totals.values())])
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(summaries, args)


@dataclass
class Summary:
    """One endpoint's figures over the rounds (medians), and its throughput as a ratio of the
    floor's (the median of each round's ratio)."""

    name: str
    count: int
    errors: int
    rps: float
    p50: float
    p95: float
    p99: float
    ratio: float


def summarise(rounds: list[list[Result]]) -> list[Summary]:
    """``rounds``: each round's results, every endpoint in the same order, the floor first."""
    summaries = []
    for column, first in enumerate(rounds[0]):
        parts = [results[column] for results in rounds]
        summaries.append(
            Summary(
                first.name,
                sum(p.count for p in parts),
                sum(p.errors for p in parts),
                statistics.median(p.rps for p in parts),
                statistics.median(p.pct(0.50) for p in parts),
                statistics.median(p.pct(0.95) for p in parts),
                statistics.median(p.pct(0.99) for p in parts),
                statistics.median(results[column].rps / results[0].rps for results in rounds),
            )
        )
    return summaries


def report(results: list[Summary], args: Any) -> None:
    # Reference lines, not endpoints: the targets apply to the API's own endpoints.
    references = {r.name for r in results if r.name.startswith("floor")}
    passes = (
        f"a warm-up pass, then {args.rounds} rounds of every endpoint in turn; medians of "
        "the rounds, and of each round's ratio to the floor"
        if args.driver == "wrk"
        else f"in {args.rounds} interleaved rounds"
    )
    print(
        f"\nCSPR Hub benchmark ({args.driver}): {args.clients} concurrent clients, "
        f"{args.workers} worker processes, {args.seconds:.0f}s per endpoint"
        f"{' per round' if args.driver == 'wrk' else ''} ({passes}), "
        "PostgreSQL, caller = a member of the largest partnership (1,000 reviews)\n"
    )
    print(
        f"{'endpoint':34} {'requests':>8} {'err':>4} {'req/s':>8} {'p50 ms':>7} "
        f"{'p95 ms':>7} {'p99 ms':>7} {'÷floor':>7}"
    )
    failures = []
    for r in results:
        print(
            f"{r.name:34} {r.count:8d} {r.errors:4d} {r.rps:8.0f} {r.p50:7.1f} "
            f"{r.p95:7.1f} {r.p99:7.1f} {r.ratio:7.2f}"
        )
        if r.errors:
            failures.append(f"{r.name}: {r.errors} errors")
        if r.name not in references and r.p95 >= TARGET_P95_MS:
            failures.append(f"{r.name}: p95 {r.p95:.1f} ms >= {TARGET_P95_MS} ms")
        if r.name not in references and r.ratio < TARGET_RATIO:
            failures.append(f"{r.name}: {r.ratio:.2f} of the floor < {TARGET_RATIO}")
    by_name = {r.name: r for r in results}
    page1, deep = by_name.get("GET /reviews (page 1)"), by_name.get("GET /reviews (deep cursor)")
    if page1 and deep:  # both measured (not left out by --only)
        print(
            f"\ndeep cursor / page 1: p50 {deep.p50 / page1.p50:.2f}x, "
            f"p95 {deep.p95 / page1.p95:.2f}x, throughput {deep.rps / page1.rps:.2f}x"
        )
    print(
        "targets: p95 < 50 ms, >= 0.5 of the floor: "
        + ("met" if not failures else "MISSED\n  " + "\n  ".join(failures))
    )


if __name__ == "__main__":
    main()
