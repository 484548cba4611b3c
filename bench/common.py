"""Settings shared by the benchmark's seeder and runner."""

from __future__ import annotations

import base64
import os
from pathlib import Path

BENCH_DB = os.environ.get("CSPR_BENCH_DB", "cspr_bench")
ADMIN_URL = os.environ.get(
    "CSPR_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
DATA_DIR = Path(os.environ.get("CSPR_BENCH_DATA_DIR", "var/bench"))
PASSWORD = "bench-password-1"  # noqa: S105 - fictional benchmark accounts only
# A fixed key, so the seeder's ciphertexts decrypt in the server (benchmark data only).
FIELD_KEY = base64.b64encode(b"cspr-bench-field-key-32-bytes!!!").decode()


def database_url() -> str:
    head, _, _ = ADMIN_URL.rpartition("/")
    return f"{head.replace('postgresql://', 'postgresql+psycopg://')}/{BENCH_DB}"


def environment() -> dict[str, str]:
    """What both the seeder and the server need to agree on."""
    return {
        "DATABASE_URL": database_url(),
        "CSPR_DATA_DIR": str(DATA_DIR),
        "CSPR_FIELD_ENCRYPTION_KEY": FIELD_KEY,
        "CSPR_ENVIRONMENT": "production",
        "CSPR_TOTP_REQUIRED_FOR_ADMINS": "false",
        "CSPR_BENCH_FLOOR": "1",
    }


def children_of(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (a server's workers), from ``/proc``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # "pid (comm) state ppid ...": comm may hold spaces, so split after its ")".
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.add(int(entry.name))
    return found
