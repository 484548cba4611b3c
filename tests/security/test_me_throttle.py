"""Guessing a password or a second-factor code through an open session (``/me``) meets the
same limits as guessing at sign-in, shares the account's lock-out with it, and every wrong
answer is in the partnership's audit trail."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pyotp
from fastapi.testclient import TestClient

from api.clock import clock
from api.config import get_settings
from api.security.totp import STEP_SECONDS
from tests.conftest import PASSWORD, World, password_token

Auth = Callable[[str], dict[str, str]]
WRONG = "not-the-password-at-all"
NEW = "a-brand-new-passphrase"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def sign_in(client: TestClient, email: str) -> Any:
    return client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": email, "password": PASSWORD},
    )


def audit_of(client: TestClient, auth: Auth, action: str) -> list[Any]:
    response = client.get("/api/v1/audit", headers=auth("admin"), params={"action": action})
    assert response.status_code == 200, response.text
    items: list[Any] = response.json()["items"]
    return items


def wrong_code(secret: str, at: datetime) -> str:
    """A code no step near ``at`` accepts."""
    near = {pyotp.TOTP(secret).at(at + timedelta(seconds=s * STEP_SECONDS)) for s in (-1, 0, 1)}
    return next(c for c in (f"{n:06d}" for n in range(1_000_000)) if c not in near)


def test_wrong_current_passwords_lock_the_account_out(
    client: TestClient, world: World, auth: Auth
) -> None:
    member = world.users["member"]
    headers = bearer(password_token(client, member.email)["access_token"])
    start = datetime.now(UTC)
    clock.pin(start)
    limit = get_settings().login_max_failures_per_account
    for _ in range(limit):
        response = client.post(
            "/api/v1/me/password",
            headers=headers,
            json={"current_password": WRONG, "new_password": NEW},
        )
        assert response.status_code == 422, response.text
    blocked = client.post(
        "/api/v1/me/password",
        headers=headers,
        json={"current_password": PASSWORD, "new_password": NEW},
    )
    assert blocked.status_code == 429, blocked.text
    assert blocked.headers["content-type"] == "application/problem+json"
    retry_after = int(blocked.headers["retry-after"])
    assert 1 <= retry_after <= get_settings().login_lockout_seconds
    # The lock-out is the account's: signing in from here waits too.
    assert sign_in(client, member.email).status_code == 429

    failures = audit_of(client, auth, "me.password_change_failed")
    assert [e["details"]["reason"] for e in failures].count("bad_password") == limit
    assert [e["details"]["reason"] for e in failures].count("rate_limited") == 1
    assert {(e["actor_id"], e["record_id"], e["outcome"]) for e in failures} == {
        (str(member.id), str(member.id), "failure")
    }
    assert all(WRONG not in str(e["details"]) for e in failures)

    # Once the lock-out has passed, the right password goes through, and the old one is gone.
    clock.pin(start + timedelta(seconds=retry_after + 1))
    changed = client.post(
        "/api/v1/me/password",
        headers=headers,
        json={"current_password": PASSWORD, "new_password": NEW},
    )
    assert changed.status_code == 204, changed.text
    assert audit_of(client, auth, "me.password")


def _enrol(client: TestClient, headers: dict[str, str], at: datetime) -> str:
    clock.pin(at)
    started = client.post("/api/v1/me/totp", headers=headers)
    assert started.status_code == 201, started.text
    secret: str = started.json()["secret"]
    code = pyotp.TOTP(secret).at(at)
    confirmed = client.post("/api/v1/me/totp/confirm", json={"code": code}, headers=headers)
    assert confirmed.status_code == 200, confirmed.text
    return secret


def test_wrong_codes_to_remove_a_second_factor_lock_the_account_out(
    client: TestClient, world: World, auth: Auth
) -> None:
    member = world.users["member"]
    headers = bearer(password_token(client, member.email)["access_token"])
    start = datetime.now(UTC)
    secret = _enrol(client, headers, start)
    later = start + timedelta(seconds=2 * STEP_SECONDS)
    clock.pin(later)
    limit = get_settings().login_max_failures_per_account
    for _ in range(limit):
        response = client.post(
            "/api/v1/me/totp/remove", headers=headers, json={"code": wrong_code(secret, later)}
        )
        assert response.status_code == 422, response.text
    right = pyotp.TOTP(secret).at(later)
    blocked = client.post("/api/v1/me/totp/remove", headers=headers, json={"code": right})
    assert blocked.status_code == 429, blocked.text
    retry_after = int(blocked.headers["retry-after"])

    failures = audit_of(client, auth, "me.totp_failed")
    assert [(e["details"]["reason"], e["details"].get("step")) for e in failures].count(
        ("bad_totp", "remove")
    ) == limit
    assert [e["details"]["reason"] for e in failures].count("rate_limited") == 1
    assert {e["actor_id"] for e in failures} == {str(member.id)}

    clock.pin(later + timedelta(seconds=retry_after + 1))
    code = pyotp.TOTP(secret).at(clock.now())
    removed = client.post("/api/v1/me/totp/remove", headers=headers, json={"code": code})
    assert removed.status_code == 200, removed.text
    assert removed.json()["totp_enrolled"] is False


def test_wrong_codes_confirming_an_enrolment_lock_the_account_out(
    client: TestClient, world: World, auth: Auth
) -> None:
    member = world.users["member"]
    headers = bearer(password_token(client, member.email)["access_token"])
    start = datetime.now(UTC)
    clock.pin(start)
    started = client.post("/api/v1/me/totp", headers=headers)
    assert started.status_code == 201, started.text
    secret = started.json()["secret"]
    limit = get_settings().login_max_failures_per_account
    for _ in range(limit):
        response = client.post(
            "/api/v1/me/totp/confirm", headers=headers, json={"code": wrong_code(secret, start)}
        )
        assert response.status_code == 422, response.text
    blocked = client.post(
        "/api/v1/me/totp/confirm", headers=headers, json={"code": pyotp.TOTP(secret).at(start)}
    )
    assert blocked.status_code == 429, blocked.text
    assert "retry-after" in blocked.headers
    failures = audit_of(client, auth, "me.totp_failed")
    assert [(e["details"]["reason"], e["details"].get("step")) for e in failures].count(
        ("bad_totp", "confirm")
    ) == limit
    me = client.get("/api/v1/me", headers=headers).json()
    assert me["totp_enrolled"] is False


def test_a_sign_in_lock_out_holds_for_me_too(client: TestClient, world: World, auth: Auth) -> None:
    member = world.users["member"]
    headers = bearer(password_token(client, member.email)["access_token"])
    clock.pin(datetime.now(UTC))
    for _ in range(get_settings().login_max_failures_per_account):
        client.post(
            "/api/v1/auth/token",
            data={"grant_type": "password", "username": member.email, "password": WRONG},
        )
    blocked = client.post(
        "/api/v1/me/password",
        headers=headers,
        json={"current_password": PASSWORD, "new_password": NEW},
    )
    assert blocked.status_code == 429, blocked.text
