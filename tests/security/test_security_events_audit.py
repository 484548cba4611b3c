"""Security events reach someone who can read them: a lockout of a real account shows in its
partnership's audit trail; failures for addresses no account has, which belong to no
partnership, are listed for the deployment's operators by `cspr audit list`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi.testclient import TestClient

from tests.cli_tools import cspr
from tests.conftest import PASSWORD, World, password_token

TOKEN = "/api/v1/auth/token"
UNKNOWN = "nobody-here@unknown.invalid"


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> Any:
    return client.post(
        TOKEN, data={"grant_type": "password", "username": email, "password": password}
    )


def lock_out(client: TestClient, email: str) -> Any:
    """Five wrong passwords, then the right one: refused while the lock lasts."""
    for _ in range(5):
        assert sign_in(client, email, "wrong-password-x").status_code == 400
    blocked = sign_in(client, email)
    assert blocked.status_code == 429
    return blocked


def audit_items(client: TestClient, email: str, **params: str) -> list[dict[str, Any]]:
    token = password_token(client, email)["access_token"]
    response = client.get(
        "/api/v1/audit", params=params, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_a_users_lockout_shows_in_their_partnerships_audit_trail(
    client: TestClient, world: World, other_world: World
) -> None:
    member = world.users["member"]
    lock_out(client, member.email)

    items = audit_items(client, world.users["admin"].email, action="auth.login")
    refused = [i for i in items if i["details"].get("reason") == "rate_limited"]
    assert len(refused) == 1
    assert (refused[0]["actor_type"], refused[0]["actor_id"]) == ("user", str(member.id))
    assert refused[0]["outcome"] == "failure"
    failures = [i for i in items if i["details"].get("reason") == "bad_credentials"]
    assert len(failures) == 5

    # Another partnership's administrator sees nothing of it.
    theirs = audit_items(client, other_world.users["admin"].email)
    assert all(i["actor_id"] != str(member.id) for i in theirs)
    assert all(i["details"].get("reason") != "rate_limited" for i in theirs)


def test_a_lockout_answers_alike_for_an_unknown_address(
    client: TestClient, world: World, app: Any
) -> None:
    known = lock_out(client, world.users["member"].email)
    with TestClient(app, base_url="https://testserver", client=("198.51.100.21", 1)) as other:
        unknown = lock_out(other, UNKNOWN)
    assert known.headers["retry-after"] == unknown.headers["retry-after"]
    strip = {"correlation_id", "instance"}
    assert {k: v for k, v in known.json().items() if k not in strip} == {
        k: v for k, v in unknown.json().items() if k not in strip
    }


def test_failures_for_unknown_addresses_are_listed_for_operators(
    client: TestClient, world: World
) -> None:
    since = datetime.now(UTC).isoformat()
    lock_out(client, UNKNOWN)
    lock_out(client, world.users["member"].email)  # a partnership's: not in the list below

    done = cspr("audit", "list", "--no-partnership", "--since", since, "--action", "auth.login")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 6
    assert all(" - " in line and " auth.login failure anonymous " in line for line in lines)
    assert all("ip=testclient" in line for line in lines)
    assert sum('"reason": "rate_limited"' in line for line in lines) == 1
    assert sum('"reason": "bad_credentials"' in line for line in lines) == 5
    assert not any(world.users["member"].email in line for line in lines)

    # The partnership's own events, by its code; the newest first, as many as asked.
    mine = cspr("audit", "list", "--partnership", "TSCP", "--limit", "2")
    assert mine.returncode == 0, mine.stderr
    newest = mine.stdout.splitlines()
    assert len(newest) == 2
    assert all(line.split(" ")[1] == "TSCP" for line in newest)
    assert f"user:{world.users['member'].id}" in newest[0]
    assert '"reason": "rate_limited"' in newest[0]


def test_cspr_audit_list_refuses_unclear_filters(world: World) -> None:
    both = cspr("audit", "list", "--partnership", "TSCP", "--no-partnership")
    assert both.returncode == 2 and "not both" in both.stderr
    assert cspr("audit", "list", "--since", "last tuesday").returncode == 2
    unknown = cspr("audit", "list", "--partnership", "NOPE")
    assert unknown.returncode == 1 and "no partnership NOPE" in unknown.stderr
