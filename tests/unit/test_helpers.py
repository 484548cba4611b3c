"""Pure helpers: cursors, If-Match, TOTP steps, scope grants, problem declarations."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pyotp
import pytest
from starlette.requests import Request

from api.concurrency import check_if_match, etag_of
from api.domain_errors import PreconditionFailed, PreconditionRequired
from api.errors import ProblemError, domain_status, problem_responses
from api.pagination import _decode, _encode
from api.partnerships.models import Agency
from api.security import totp
from api.security.roles import Role
from api.security.scopes import AGENCY_SYSTEM, ROLE_SCOPES, grant, parse_scope
from api.security.throttle import account_key, address_key
from api.users.models import User

# Fixed, so test ids are the same on every xdist worker.
FIXED_ID = "5b0c4a52-3f0e-4d7a-9a43-0c8f2a6f1e11"


def request_with(headers: dict[str, str]) -> Request:
    scope: dict[str, Any] = {
        "type": "http",
        "method": "PATCH",
        "path": "/x",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }
    return Request(scope)


# --- cursors --------------------------------------------------------------------------------


def test_cursor_round_trip() -> None:
    when = datetime(2026, 5, 1, 12, 30, 15, 123456, tzinfo=UTC)
    ident = uuid.uuid4()
    cursor = _encode([when, ident])
    assert "=" not in cursor
    assert _decode(cursor, [Agency.updated_at, Agency.id]) == [when, ident]
    cursor = _encode(["someone@example.org", ident])
    assert _decode(cursor, [User.email, User.id]) == ["someone@example.org", ident]


def test_cursor_keeps_the_offset() -> None:
    when = datetime(2026, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=1)))
    (decoded, _) = _decode(_encode([when, uuid.uuid4()]), [Agency.updated_at, Agency.id])
    assert decoded == when


@pytest.mark.parametrize(
    "values",
    [
        ["2026-05-01T12:00:00", FIXED_ID],  # naive
        [1, FIXED_ID],
        [None, FIXED_ID],
        ["2026-05-01T12:00:00+00:00", 5],
        ["2026-05-01T12:00:00+00:00", "nope"],
        ["0001-01-01T00:00:00+01:00", FIXED_ID],
    ],
)
def test_bad_cursor_values(values: list[Any]) -> None:
    import base64
    import json

    cursor = base64.urlsafe_b64encode(json.dumps(values).encode()).decode()
    with pytest.raises(ProblemError) as caught:
        _decode(cursor, [Agency.updated_at, Agency.id])
    assert caught.value.status == 400


# --- If-Match -------------------------------------------------------------------------------


def test_if_match() -> None:
    check_if_match(request_with({"If-Match": etag_of(3)}), 3)
    check_if_match(request_with({"If-Match": "*"}), 3)
    check_if_match(request_with({"If-Match": f'"v1", {etag_of(3)}'}), 3)
    for absent in ({}, {"If-Match": ""}, {"If-Match": "  "}):  # an empty list names none
        with pytest.raises(PreconditionRequired) as missing:
            check_if_match(request_with(absent), 3)
        assert domain_status(missing.value) == 428
    for stale in (etag_of(2), f"W/{etag_of(3)}", "v3", "3"):
        with pytest.raises(PreconditionFailed) as refused:
            check_if_match(request_with({"If-Match": stale}), 3)
        assert domain_status(refused.value) == 412
        assert refused.value.headers["ETag"] == etag_of(3)


# --- TOTP -------------------------------------------------------------------------------------


def test_totp_steps() -> None:
    secret = pyotp.random_base32()
    now = 1_800_000_000.0
    step = int(now // totp.STEP_SECONDS)
    code = pyotp.TOTP(secret).at(int(now))
    assert totp.accept(secret, code, now, None) == step
    assert totp.accept(secret, code, now, step) is None  # used once
    assert totp.accept(secret, code, now + 30, None) == step  # one step of drift
    assert totp.accept(secret, code, now + 90, None) is None  # too old
    assert totp.accept(secret, f" {code[:3]} {code[3:]} ", now, None) == step
    previous = pyotp.TOTP(secret).at(int(now) - 30)
    assert totp.accept(secret, previous, now, step) is None  # older than the last used


@pytest.mark.parametrize(
    "code", ["", "12345", "1234567", "abcdef", "\u0661" * 6, "\uff11" * 6, "12 34 56 78"]
)
def test_totp_malformed_codes(code: str) -> None:
    assert totp.accept(pyotp.random_base32(), code, 1_800_000_000.0, None) is None


def test_provisioning_uri() -> None:
    secret = totp.new_secret()
    uri = totp.provisioning_uri(secret, "a@example.org", "CSPR Hub")
    assert uri.startswith(f"otpauth://totp/CSPR%20Hub:a%40example.org?secret={secret}")
    assert "issuer=CSPR%20Hub" in uri


# --- scopes -----------------------------------------------------------------------------------


def test_grant() -> None:
    assert grant(Role.member, None) == set(ROLE_SCOPES[Role.member])
    assert grant(Role.member, {"reviews:read"}) == {"reviews:read"}
    with pytest.raises(ValueError, match="admin"):
        grant(Role.member, {"reviews:read", "admin"})
    allowed = frozenset({"reviews:read", "alerts:write"})
    assert grant(AGENCY_SYSTEM, None, allowed) == set(allowed)
    with pytest.raises(ValueError):
        grant(AGENCY_SYSTEM, {"evidence:write"}, allowed)
    assert "admin" not in ROLE_SCOPES[AGENCY_SYSTEM]
    assert parse_scope("  ") is None and parse_scope("a  b") == {"a", "b"}


def test_role_scope_table_matches_the_product() -> None:
    assert "admin" in ROLE_SCOPES[Role.partnership_admin]
    for role in (Role.lead_reviewer, Role.member, Role.viewer, AGENCY_SYSTEM):
        assert {"admin", "audit:read"}.isdisjoint(ROLE_SCOPES[role]), role
    assert ROLE_SCOPES[Role.viewer] == {"reviews:read", "actions:read"}
    assert "practitioners:read" not in ROLE_SCOPES[Role.viewer]


# --- misc -------------------------------------------------------------------------------------


def test_problem_responses() -> None:
    declared = problem_responses(401, 404)
    assert set(declared) == {401, 404}
    assert declared[404]["content"] == {
        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
    }


def test_throttle_keys_hold_no_personal_data() -> None:
    key = account_key(" Someone@Example.org ")
    assert key == account_key("someone@example.org")
    assert "someone" not in key and len(key) <= 80
    assert "10.0.0.1" not in address_key("10.0.0.1") and len(address_key(None)) <= 80
