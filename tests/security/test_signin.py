"""Sign-in: passwords, refresh-token rotation and reuse, TOTP, and failed-attempt limits."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.clock import clock
from api.config import get_settings
from api.security.models import RefreshToken
from api.security.totp import STEP_SECONDS
from api.users.models import User
from tests.conftest import PASSWORD, World, password_token

Auth = Callable[[str], dict[str, str]]
TOKEN = "/api/v1/auth/token"


def sign_in(client: TestClient, email: str, password: str = PASSWORD, **extra: str) -> Any:
    return client.post(
        TOKEN, data={"grant_type": "password", "username": email, "password": password, **extra}
    )


def refresh(client: TestClient, token: str) -> Any:
    return client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": token})


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def comparable(response: Any) -> dict[str, Any]:
    body: dict[str, Any] = response.json()
    return {k: v for k, v in body.items() if k not in {"correlation_id", "instance"}}


# --- passwords --------------------------------------------------------------------------------


def test_token_response_shape(client: TestClient, world: World) -> None:
    response = sign_in(client, world.users["member"].email)
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert 600 <= body["expires_in"] <= 900
    assert body["refresh_token"] and body["access_token"]
    assert response.headers["cache-control"] == "no-store"
    from jose import jwt

    header = jwt.get_unverified_header(body["access_token"])
    assert header["alg"] == "ES256" and header["typ"] == "at+jwt" and header["kid"]
    claims = jwt.get_unverified_claims(body["access_token"])
    for name in (
        "iss",
        "aud",
        "sub",
        "exp",
        "iat",
        "nbf",
        "jti",
        "scope",
        "role",
        "partnership",
        "agency",
    ):
        assert name in claims
    assert claims["exp"] - claims["iat"] <= 15 * 60


def test_email_is_case_insensitive(client: TestClient, world: World) -> None:
    assert sign_in(client, world.users["member"].email.upper()).status_code == 200


def test_password_hashes_are_argon2id(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    created = client.post(
        "/api/v1/users",
        json={
            "email": "new.viewer@tscp.example.org",
            "name": "New Viewer",
            "role": "viewer",
            "password": "a-long-enough-password",
        },
        headers=auth("admin"),
    )
    assert created.status_code == 201, created.text
    assert "password" not in created.text
    client.post(
        "/api/v1/me/password",
        json={"current_password": PASSWORD, "new_password": "another-long-password"},
        headers=auth("member"),
    )
    db.expire_all()
    hashes = list(db.scalars(select(User.password_hash)))
    assert len(hashes) == len(world.users) + 1
    for value in hashes:
        assert value.startswith("$argon2id$"), value
    assert sign_in(client, world.users["member"].email, "another-long-password").status_code == 200


def test_unknown_user_and_wrong_password_answer_identically(
    client: TestClient, world: World, db: Session
) -> None:
    wrong_password = sign_in(client, world.users["member"].email, "not-the-password-1")
    unknown_user = sign_in(client, "nobody@tscp.invalid", "not-the-password-1")
    disabled = world.users["viewer"]
    disabled.active = False
    db.merge(disabled)
    db.commit()
    inactive = sign_in(client, world.users["viewer"].email)
    for response in (wrong_password, unknown_user, inactive):
        assert response.status_code == 400
        assert response.headers["content-type"] == "application/problem+json"
        assert comparable(response) == comparable(wrong_password)
        assert response.headers.get("www-authenticate") == wrong_password.headers.get(
            "www-authenticate"
        )
    assert comparable(wrong_password)["error"] == "invalid_grant"

    db.expire_all()
    failures = list(
        db.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "auth.login", AuditEvent.outcome == "failure"
            )
        )
    )
    assert len(failures) == 3
    assert {e.actor_type for e in failures} == {"anonymous", "user"}
    for event in failures:
        text = json.dumps(event.details) + str(event.actor_id) + str(event.record_id)
        assert "not-the-password-1" not in text
        assert PASSWORD not in text
        assert "nobody@" not in text  # nor the e-mail that was tried


def test_successful_sign_in_is_audited(client: TestClient, world: World, db: Session) -> None:
    assert sign_in(client, world.users["member"].email).status_code == 200
    events = list(db.scalars(select(AuditEvent).where(AuditEvent.action == "auth.login")))
    assert len(events) == 1
    assert events[0].outcome == "success"
    assert events[0].actor_id == str(world.users["member"].id)
    assert events[0].partnership_id == world.partnership.id
    assert PASSWORD not in json.dumps(events[0].details)


def test_missing_grant_fields(client: TestClient, world: World) -> None:
    assert client.post(TOKEN, data={"grant_type": "password"}).status_code == 400
    assert client.post(TOKEN, data={"grant_type": "refresh_token"}).status_code == 400
    assert client.post(TOKEN, data={"grant_type": "implicit"}).status_code == 422
    assert client.post(TOKEN, data={"grant_type": "client_credentials"}).status_code == 401


# --- refresh tokens ---------------------------------------------------------------------------


def test_refresh_rotates(client: TestClient, world: World, db: Session) -> None:
    first = password_token(client, world.users["member"].email)
    second = refresh(client, first["refresh_token"])
    assert second.status_code == 200, second.text
    body = second.json()
    assert body["refresh_token"] != first["refresh_token"]
    assert body["access_token"] != first["access_token"]
    assert client.get("/api/v1/me", headers=bearer(body["access_token"])).status_code == 200
    third = refresh(client, body["refresh_token"])
    assert third.status_code == 200
    # Stored hashed, never in clear.
    stored = list(db.scalars(select(RefreshToken.token_hash)))
    assert len(stored) == 3
    assert first["refresh_token"] not in stored and all(len(h) == 64 for h in stored)


def test_reuse_of_a_spent_refresh_token_revokes_the_family(
    client: TestClient, world: World, db: Session
) -> None:
    first = password_token(client, world.users["member"].email)
    other_sign_in = password_token(client, world.users["member"].email)
    second = refresh(client, first["refresh_token"]).json()
    third = refresh(client, second["refresh_token"]).json()

    replay = refresh(client, first["refresh_token"])
    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"
    # The newest token of the family is dead too, and so is the one in between.
    assert refresh(client, third["refresh_token"]).status_code == 400
    assert refresh(client, second["refresh_token"]).status_code == 400
    # Another sign-in (another family) is untouched.
    assert refresh(client, other_sign_in["refresh_token"]).status_code == 200

    db.expire_all()
    reuse = list(db.scalars(select(AuditEvent).where(AuditEvent.action == "auth.refresh_reuse")))
    assert len(reuse) >= 1
    assert reuse[0].actor_id == str(world.users["member"].id)
    assert first["refresh_token"] not in json.dumps(reuse[0].details)


def test_changing_password_ends_every_sign_in(client: TestClient, world: World) -> None:
    email = world.users["member"].email
    phone = password_token(client, email)
    laptop = password_token(client, email)
    changed = client.post(
        "/api/v1/me/password",
        headers=bearer(laptop["access_token"]),
        json={"current_password": PASSWORD, "new_password": "a-brand-new-passphrase"},
    )
    assert changed.status_code == 204
    for tokens in (phone, laptop):
        assert refresh(client, tokens["refresh_token"]).status_code == 400
    assert sign_in(client, email).status_code == 400
    assert sign_in(client, email, "a-brand-new-passphrase").status_code == 200


def test_resetting_a_second_factor_ends_every_sign_in(
    client: TestClient, world: World, auth: Auth
) -> None:
    member = world.users["member"]
    tokens = password_token(client, member.email)
    current = client.get(f"/api/v1/users/{member.id}", headers=auth("admin"))
    reset = client.post(
        f"/api/v1/users/{member.id}/totp/reset",
        headers={**auth("admin"), "If-Match": current.headers["etag"]},
    )
    assert reset.status_code == 200
    assert refresh(client, tokens["refresh_token"]).status_code == 400


def test_revoke_endpoint(client: TestClient, world: World) -> None:
    first = password_token(client, world.users["member"].email)
    second = refresh(client, first["refresh_token"]).json()
    response = client.post("/api/v1/auth/revoke", data={"token": second["refresh_token"]})
    assert response.status_code == 200
    assert refresh(client, second["refresh_token"]).status_code == 400
    # Unknown tokens are not an error (RFC 7009) and say nothing.
    assert client.post("/api/v1/auth/revoke", data={"token": "nonsense"}).status_code == 200


def test_expired_refresh_token(client: TestClient, world: World) -> None:
    first = password_token(client, world.users["member"].email)
    clock.pin(datetime.now(UTC) + timedelta(days=get_settings().refresh_token_days, hours=1))
    response = refresh(client, first["refresh_token"])
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_disabled_users_refresh_fails(client: TestClient, world: World, db: Session) -> None:
    first = password_token(client, world.users["member"].email)
    user = db.get(User, world.users["member"].id)
    assert user is not None
    user.active = False
    db.commit()
    assert refresh(client, first["refresh_token"]).status_code == 400


def test_refresh_follows_a_role_change(client: TestClient, world: World, db: Session) -> None:
    first = password_token(client, world.users["member"].email)
    user = db.get(User, world.users["member"].id)
    assert user is not None
    user.role = "viewer"  # type: ignore[assignment]
    db.commit()
    body = refresh(client, first["refresh_token"]).json()
    assert set(body["scope"].split()) == {"reviews:read", "actions:read"}


# --- TOTP ---------------------------------------------------------------------------------------


def _step_start() -> datetime:
    """Now (tokens already issued must not look issued in the future)."""
    return datetime.now(UTC)


def _enrol(client: TestClient, headers: dict[str, str], at: datetime) -> str:
    clock.pin(at)
    started = client.post("/api/v1/me/totp", headers=headers)
    assert started.status_code == 201, started.text
    body = started.json()
    assert body["otpauth_uri"].startswith("otpauth://totp/")
    assert body["secret"] in body["otpauth_uri"]
    secret: str = body["secret"]
    code = pyotp.TOTP(secret).at(at)
    confirmed = client.post("/api/v1/me/totp/confirm", json={"code": code}, headers=headers)
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["totp_enrolled"] is True
    return secret


def test_totp_enrolment_and_sign_in(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    email = world.users["member"].email
    start = _step_start()
    secret = _enrol(client, auth("member"), start)
    totp = pyotp.TOTP(secret)

    # The confirming code cannot be used again to sign in.
    assert sign_in(client, email, totp=totp.at(start)).status_code == 401

    later = start + timedelta(seconds=2 * STEP_SECONDS)
    clock.pin(later)
    without = sign_in(client, email)
    assert without.status_code == 401
    assert without.json()["type"] == "/problems/totp-required"
    wrong = sign_in(client, email, totp="000000" if totp.at(later) != "000000" else "111111")
    assert wrong.status_code == 401

    good = sign_in(client, email, totp=totp.at(later))
    assert good.status_code == 200, good.text
    assert (
        client.get("/api/v1/me", headers=bearer(good.json()["access_token"])).json()[
            "totp_enrolled"
        ]
        is True
    )

    # The same code again, still inside its window: refused.
    clock.pin(later + timedelta(seconds=5))
    replay = sign_in(client, email, totp=totp.at(later))
    assert replay.status_code == 401
    # A wrong password with a good code is still a wrong password.
    nxt = later + timedelta(seconds=STEP_SECONDS)
    clock.pin(nxt)
    assert sign_in(client, email, "wrong-password-x", totp=totp.at(nxt)).status_code == 400
    # The secret is stored encrypted, never in clear.
    db.expire_all()
    stored = db.get(User, world.users["member"].id)
    assert stored is not None and stored.totp_secret_enc
    assert secret not in stored.totp_secret_enc


def test_totp_with_non_ascii_digits_is_refused_not_a_crash(
    client: TestClient, world: World, auth: Auth
) -> None:
    start = _step_start()
    _enrol(client, auth("member"), start)
    clock.pin(start + timedelta(seconds=2 * STEP_SECONDS))
    arabic_indic = "\u0661\u0662\u0663\u0664\u0665\u0666"
    response = sign_in(client, world.users["member"].email, totp=arabic_indic)
    assert response.status_code == 401
    response = client.post(
        "/api/v1/me/totp/remove", json={"code": arabic_indic}, headers=auth("member")
    )
    assert response.status_code == 422


def test_totp_code_cannot_be_replayed_in_the_session_endpoint(
    client: TestClient, world: World, auth: Auth
) -> None:
    start = _step_start()
    secret = _enrol(client, auth("member"), start)
    later = start + timedelta(seconds=3 * STEP_SECONDS)
    clock.pin(later)
    code = pyotp.TOTP(secret).at(later)
    assert sign_in(client, world.users["member"].email, totp=code).status_code == 200
    again = client.post(
        "/api/v1/auth/session",
        json={"email": world.users["member"].email, "password": PASSWORD, "totp": code},
        headers={"X-CSPR-Session": "1"},
    )
    assert again.status_code == 401


@pytest.fixture
def admin_totp_mandatory() -> Any:
    settings = get_settings()
    before = settings.totp_required_for_admins
    settings.totp_required_for_admins = True
    yield
    settings.totp_required_for_admins = before


def test_mandatory_enrolment_for_admins(
    client: TestClient, world: World, admin_totp_mandatory: None
) -> None:
    response = sign_in(client, world.users["admin"].email)
    assert response.status_code == 200
    body = response.json()
    assert body["scope"] == ""
    assert body["totp_enrolment_required"] is True
    headers = bearer(body["access_token"])
    me = client.get("/api/v1/me", headers=headers)
    assert me.status_code == 200
    assert me.json()["totp_enrolment_required"] is True
    assert me.json()["scopes"] == []
    assert client.get("/api/v1/users", headers=headers).status_code == 403
    assert client.get("/api/v1/agencies", headers=headers).status_code == 403
    # Refreshing does not get round it.
    again = refresh(client, body["refresh_token"]).json()
    assert again["scope"] == ""

    start = _step_start()
    secret = _enrol(client, headers, start)
    later = start + timedelta(seconds=2 * STEP_SECONDS)
    clock.pin(later)
    enrolled = sign_in(client, world.users["admin"].email, totp=pyotp.TOTP(secret).at(later))
    assert enrolled.status_code == 200
    assert "admin" in enrolled.json()["scope"].split()
    assert (
        client.get("/api/v1/users", headers=bearer(enrolled.json()["access_token"])).status_code
        == 200
    )
    # Administrators must keep their second factor.
    nxt = later + timedelta(seconds=STEP_SECONDS)
    clock.pin(nxt)
    removed = client.post(
        "/api/v1/me/totp/remove",
        json={"code": pyotp.TOTP(secret).at(nxt)},
        headers=bearer(enrolled.json()["access_token"]),
    )
    assert removed.status_code == 409


def test_promotion_to_admin_does_not_skip_mandatory_totp(
    client: TestClient, world: World, auth: Auth, db: Session, admin_totp_mandatory: None
) -> None:
    member = auth("member")
    user = db.get(User, world.users["member"].id)
    assert user is not None
    user.role = "partnership_admin"  # type: ignore[assignment]
    db.commit()
    me = client.get("/api/v1/me", headers=member).json()
    assert me["role"] == "partnership_admin"
    assert me["scopes"] == []
    assert client.get("/api/v1/users", headers=member).status_code == 403


# --- failed sign-in limits ----------------------------------------------------------------------


def test_sixth_failure_in_a_minute_is_429_even_with_the_right_password(
    client: TestClient, world: World, app: Any
) -> None:
    start = datetime.now(UTC)
    clock.pin(start)
    email = world.users["member"].email
    for _ in range(5):
        assert sign_in(client, email, "wrong-password-x").status_code == 400
    blocked = sign_in(client, email)
    assert blocked.status_code == 429
    assert blocked.headers["content-type"] == "application/problem+json"
    retry_after = int(blocked.headers["retry-after"])
    assert 1 <= retry_after <= 60
    assert sign_in(client, email, "wrong-password-x").status_code == 429

    # Another account, from another address, is unaffected.
    with TestClient(app, base_url="https://testserver", client=("198.51.100.7", 1234)) as other:
        assert sign_in(other, world.users["viewer"].email).status_code == 200

    # Once the lock-out has passed, the real person gets in.
    clock.pin(start + timedelta(seconds=retry_after + 1))
    assert sign_in(client, email).status_code == 200


def test_guessing_from_one_address_does_not_lock_the_real_user_out(
    client: TestClient, world: World, app: Any
) -> None:
    clock.pin(datetime.now(UTC))
    email = world.users["member"].email
    for _ in range(6):
        sign_in(client, email, "wrong-password-x")
    assert sign_in(client, email).status_code == 429
    # The person, at their own desk, is not held up by someone guessing elsewhere.
    with TestClient(app, base_url="https://testserver", client=("198.51.100.9", 1234)) as desk:
        assert sign_in(desk, email).status_code == 200


def test_distributed_guessing_is_capped_per_account(
    client: TestClient, world: World, app: Any
) -> None:
    clock.pin(datetime.now(UTC))
    email = world.users["member"].email
    cap = get_settings().login_max_failures_per_account_global
    for i in range(cap):
        address = f"203.0.113.{i % 250 + 1}"
        with TestClient(app, base_url="https://testserver", client=(address, 1234)) as source:
            # Each source stays under its own per-account limit.
            assert sign_in(source, email, "wrong-password-x").status_code == 400
    with TestClient(app, base_url="https://testserver", client=("198.51.100.10", 1)) as late:
        assert sign_in(late, email, "wrong-password-x").status_code == 429


def test_lockout_does_not_grow(client: TestClient, world: World) -> None:
    start = datetime.now(UTC)
    clock.pin(start)
    email = world.users["member"].email
    for _ in range(5):
        sign_in(client, email, "wrong-password-x")
    for seconds in (10, 30, 50):
        clock.pin(start + timedelta(seconds=seconds))
        assert sign_in(client, email, "wrong-password-x").status_code == 429
    clock.pin(start + timedelta(seconds=61))
    assert sign_in(client, email).status_code == 200


def test_per_address_limit(client: TestClient, world: World, app: Any) -> None:
    clock.pin(datetime.now(UTC))
    limit = get_settings().login_max_failures_per_address
    for i in range(limit):
        # Different accounts each time: the per-account limit never triggers.
        assert sign_in(client, f"guess{i}@tscp.invalid", "wrong-password-x").status_code == 400
    blocked = sign_in(client, world.users["member"].email)
    assert blocked.status_code == 429
    assert "retry-after" in blocked.headers
    with TestClient(app, base_url="https://testserver", client=("198.51.100.8", 1234)) as other:
        assert sign_in(other, world.users["member"].email).status_code == 200


def test_client_credentials_are_rate_limited_too(client: TestClient, world: World) -> None:
    clock.pin(datetime.now(UTC))
    for _ in range(5):
        response = client.post(
            TOKEN,
            data={
                "grant_type": "client_credentials",
                "client_id": "cspr_c_nope",
                "client_secret": "x",
            },
        )
        assert response.status_code == 401
    response = client.post(
        TOKEN,
        data={"grant_type": "client_credentials", "client_id": "cspr_c_nope", "client_secret": "x"},
    )
    assert response.status_code == 429


def test_passwords_are_taken_exactly_as_typed(client: TestClient, world: World, auth: Auth) -> None:
    spaced = "  leading and trailing spaces  "
    created = client.post(
        "/api/v1/users",
        json={
            "email": "spaced@tscp.example.org",
            "name": "Spaced Person",
            "role": "viewer",
            "password": spaced,
        },
        headers=auth("admin"),
    )
    assert created.status_code == 201, created.text
    assert sign_in(client, "spaced@tscp.example.org", spaced).status_code == 200
    assert sign_in(client, "spaced@tscp.example.org", spaced.strip()).status_code == 400
    session = client.post(
        "/api/v1/auth/session", json={"email": "spaced@tscp.example.org", "password": spaced}
    )
    assert session.status_code == 200
    changed = client.post(
        "/api/v1/me/password",
        json={"current_password": PASSWORD, "new_password": " another spaced one "},
        headers=auth("member"),
    )
    assert changed.status_code == 204
    assert sign_in(client, world.users["member"].email, " another spaced one ").status_code == 200
