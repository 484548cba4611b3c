"""A running `cspr serve` follows its key directory: a key added by `cspr rotate-key` or
retired by `cspr retire-key`, each run as a separate process, counts in every worker within
CSPR_KEY_RELOAD_SECONDS, without a restart. And what the service writes for itself (keys, the
SQLite database) only its own account can read.

One server (two workers, its own SQLite database and data directory) serves this module.
Worker by worker: each check is made on fresh connections, which the kernel spreads over the
workers' sockets, and must hold for several in a row.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from jose import jwt

from tests.support import CSPR, START_UP, WAIT, free_port, serving, wait_until

RELOAD_SECONDS = 1  # the bound under test, short so the test need not wait the default's 30
EMAIL = "ada.keyholder@keyshire.example.org"
PASSWORD = "keyholder-passphrase-1"
IN_A_ROW = 8  # fresh connections that must agree; all on one of two workers: 2**-7


@dataclass
class Served:
    base: str
    env: dict[str, str]
    data: Path
    database: Path

    def cspr(self, *args: str) -> str:
        """Run the real command as an operator would, beside the running server."""
        done = subprocess.run(
            [str(CSPR), *args], env=self.env, capture_output=True, text=True, timeout=START_UP
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    @property
    def keys(self) -> Path:
        return self.data / "keys"

    refresh_token: str = ""

    def new_token(self) -> str:
        """A newly signed access token: the first by signing in, the next by refreshing (the
        same signing, without a password hash to compute each time)."""
        if self.refresh_token:
            form = {"grant_type": "refresh_token", "refresh_token": self.refresh_token}
        else:
            form = {"grant_type": "password", "username": EMAIL, "password": PASSWORD}
        response = httpx.post(f"{self.base}/api/v1/auth/token", data=form, timeout=WAIT)
        assert response.status_code == 200, response.text
        self.refresh_token = response.json()["refresh_token"]
        token: str = response.json()["access_token"]
        return token

    def me(self, token: str) -> httpx.Response:
        return httpx.get(
            f"{self.base}/api/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=WAIT
        )

    def published(self) -> set[str]:
        response = httpx.get(f"{self.base}/.well-known/jwks.json", timeout=WAIT)
        assert response.status_code == 200
        return {key["kid"] for key in response.json()["keys"]}


def kid_of(token: str) -> str:
    kid: str = jwt.get_unverified_header(token)["kid"]
    return kid


def every_time(check: Callable[[], bool]) -> Callable[[], bool]:
    """A condition that holds when ``check`` holds IN_A_ROW times running."""
    return lambda: all(check() for _ in range(IN_A_ROW))


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("keys-served")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp / 'hub.db'}",
        "CSPR_DATA_DIR": str(tmp / "data"),
        "CSPR_ENVIRONMENT": "test",
        "CSPR_KEY_RELOAD_SECONDS": str(RELOAD_SECONDS),
    }
    for name in ("CSPR_TEST_DB", "CSPR_SIGNING_KEYS_DIR", "CSPR_RETIRED_KIDS"):
        env.pop(name, None)
    port = free_port()
    server = Served(f"http://127.0.0.1:{port}", env, tmp / "data", tmp / "hub.db")
    server.cspr("migrate")
    server.cspr(
        "create-admin",
        "--email",
        EMAIL,
        "--name",
        "Ada Keyholder",
        "--partnership-code",
        "KSCP",
        "--partnership-name",
        "Keyshire Safeguarding Children Partnership",
        "--password",
        PASSWORD,
    )
    log = tmp / "serve.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(CSPR), "serve", "--no-migrate", "--port", str(port), "--workers", "2"],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        health = f"{server.base}/healthz"
        wait_until(serving(process, health, log), "the server answers", START_UP, log=log)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=START_UP)
        except subprocess.TimeoutExpired:
            process.kill()  # its workers stop by themselves when it is gone
            process.wait(timeout=WAIT)


def test_rotation_and_retirement_reach_every_running_worker(served: Served) -> None:
    old_token = served.new_token()
    old = kid_of(old_token)
    assert served.me(old_token).status_code == 200
    assert served.published() == {old}

    new = served.cspr("rotate-key").split()[-1]
    assert new != old and (served.keys / f"{new}.pem").exists()
    # Every worker publishes the new key, then signs with it; the old one still verifies.
    wait_until(every_time(lambda: served.published() == {old, new}), "the JWKS lists both keys")
    wait_until(every_time(lambda: kid_of(served.new_token()) == new), "new tokens use the new key")
    new_token = served.new_token()
    assert every_time(lambda: served.me(old_token).status_code == 200)()
    assert every_time(lambda: served.me(new_token).status_code == 200)()

    assert served.cspr("retire-key", old).strip() == f"retired {old}"
    # Every worker refuses the retired key, stops publishing it, and never signs with it.
    wait_until(
        every_time(lambda: served.me(old_token).status_code == 401), "the old key is refused"
    )
    refused = served.me(old_token)
    assert refused.json()["status"] == 401
    assert 'error="invalid_token"' in refused.headers["www-authenticate"]
    wait_until(every_time(lambda: served.published() == {new}), "the JWKS drops the old key")
    assert every_time(lambda: kid_of(served.new_token()) == new)()
    assert every_time(lambda: served.me(new_token).status_code == 200)()

    # The retirement is recorded where every process reads it, and the key file moved aside.
    assert (served.keys / "retired-kids.txt").read_text().split() == [old]
    assert not (served.keys / f"{old}.pem").exists()
    assert (served.keys / "retired" / f"{old}.pem").exists()
    assert _mode(served.keys / "retired") == 0o700
    assert _mode(served.keys / "retired-kids.txt") == 0o600
    assert _mode(served.keys / "retired" / f"{old}.pem") == 0o600


def test_keys_and_the_database_are_for_the_service_alone(served: Served) -> None:
    served.new_token()  # a write (the refresh token and its audit event): the WAL exists now
    assert _mode(served.keys) == 0o700
    pems = list(served.keys.glob("*.pem"))
    assert pems
    for pem in pems:
        assert _mode(pem) == 0o600, pem
    database = served.database
    wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
    assert wal.exists() and shm.exists()  # WAL mode: there is no -journal
    for path in (database, wal, shm):
        assert _mode(path) == 0o600, path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
