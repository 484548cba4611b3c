"""Every forged, stale or misdirected access token is answered 401 invalid_token."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from fastapi.testclient import TestClient
from jose import jwk

from api.clock import clock
from api.config import get_settings
from api.security import tokens
from api.security.tokens import REQUIRED_CLAIMS, KeyStore, generate_key_file, get_key_store
from tests.conftest import World, password_token
from tests.security.jwt_tools import (
    b64url,
    forge,
    forge_hs256,
    forge_none,
    segment,
    user_claims,
)

ME = "/api/v1/me"


def assert_invalid_token(response: object) -> None:
    from httpx import Response

    assert isinstance(response, Response)
    assert response.status_code == 401, response.text
    challenge = response.headers["www-authenticate"]
    assert challenge.startswith("Bearer")
    assert 'error="invalid_token"' in challenge
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["status"] == 401


def call(client: TestClient, token: str) -> object:
    return client.get(ME, headers={"Authorization": f"Bearer {token}"})


def test_forged_control_token_is_accepted(client: TestClient, world: World) -> None:
    """The forging helpers are right: a well-formed token signed with our key works."""
    response = call(client, forge(user_claims(world.users["member"])))
    assert response.status_code == 200, response.text  # type: ignore[attr-defined]


def test_alg_none(client: TestClient, world: World) -> None:
    claims = user_claims(world.users["admin"])
    for alg in ("none", "None", "NONE"):
        assert_invalid_token(call(client, forge_none(claims, alg)))


def test_hs256_signed_with_public_key_pem(client: TestClient, world: World) -> None:
    public = get_key_store().signing_key.public_key
    claims = user_claims(world.users["admin"])
    for fmt in (serialization.PublicFormat.SubjectPublicKeyInfo,):
        pem = public.public_bytes(serialization.Encoding.PEM, fmt)
        assert_invalid_token(call(client, forge_hs256(claims, pem)))
        assert_invalid_token(call(client, forge_hs256(claims, pem.strip())))
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert_invalid_token(call(client, forge_hs256(claims, der)))


def test_hs256_signed_with_public_jwk(client: TestClient, world: World) -> None:
    claims = user_claims(world.users["admin"])
    published = client.get("/.well-known/jwks.json").json()["keys"][0]
    for secret in (
        json.dumps(published).encode(),
        json.dumps(published, separators=(",", ":")).encode(),
        json.dumps(get_key_store().signing_key.public_jwk()).encode(),
    ):
        assert_invalid_token(call(client, forge_hs256(claims, secret)))


def test_expired_by_claims(client: TestClient, world: World) -> None:
    now = int(time.time())
    claims = user_claims(world.users["member"], iat=now - 1200, nbf=now - 1200, exp=now - 60)
    assert_invalid_token(call(client, forge(claims)))


def test_expired_by_clock(client: TestClient, world: World) -> None:
    clock.pin(datetime.now(UTC) - timedelta(hours=1))
    token = password_token(client, world.users["member"].email)["access_token"]
    clock.pin(None)
    assert_invalid_token(call(client, token))


def test_expired_when_the_clock_moves_on(client: TestClient, world: World) -> None:
    """Verification follows the service's clock, not the wall clock behind it."""
    token = password_token(client, world.users["member"].email)["access_token"]
    assert call(client, token).status_code == 200  # type: ignore[attr-defined]
    clock.pin(datetime.now(UTC) + timedelta(minutes=20))
    assert_invalid_token(call(client, token))


def test_nbf_in_the_future(client: TestClient, world: World) -> None:
    now = int(time.time())
    claims = user_claims(world.users["member"], nbf=now + 600, exp=now + 1200)
    assert_invalid_token(call(client, forge(claims)))


def test_iat_in_the_future(client: TestClient, world: World) -> None:
    now = int(time.time())
    claims = user_claims(world.users["member"], iat=now + 600, exp=now + 1200)
    assert_invalid_token(call(client, forge(claims)))


def test_lifetime_longer_than_the_service_issues(client: TestClient, world: World) -> None:
    """A token signed with our key but minted to live longer than access tokens do (here a
    year, or the configured lifetime and a minute) is refused; exactly that lifetime is not."""
    now = int(time.time())
    lifetime = get_settings().access_token_minutes * 60
    member = world.users["member"]
    for exp in (now + 365 * 24 * 3600, now + lifetime + 60):
        assert_invalid_token(call(client, forge(user_claims(member, iat=now, nbf=now, exp=exp))))
    exact = forge(user_claims(member, iat=now, nbf=now, exp=now + lifetime))
    assert call(client, exact).status_code == 200  # type: ignore[attr-defined]
    # An issue time in the past does not stretch it either.
    old = forge(user_claims(member, iat=now - 3600, nbf=now - 3600, exp=now + 60))
    assert_invalid_token(call(client, old))


@pytest.mark.parametrize("aud", ["someone-else", ["someone-else"], ""])
def test_wrong_audience(client: TestClient, world: World, aud: object) -> None:
    assert_invalid_token(call(client, forge(user_claims(world.users["member"], aud=aud))))


@pytest.mark.parametrize("iss", ["https://evil.invalid", "", "https://cspr-hub.invalid/"])
def test_wrong_issuer(client: TestClient, world: World, iss: str) -> None:
    assert_invalid_token(call(client, forge(user_claims(world.users["member"], iss=iss))))


def test_unknown_kid(client: TestClient, world: World) -> None:
    claims = user_claims(world.users["member"])
    assert_invalid_token(call(client, forge(claims, header={"kid": "no-such-key"})))
    assert_invalid_token(call(client, forge(claims, drop_header=("kid",))))
    assert_invalid_token(call(client, forge(claims, header={"kid": ["list"]})))
    # Path tricks in kid must not read files.
    assert_invalid_token(call(client, forge(claims, header={"kid": "../keys/field"})))


@pytest.mark.parametrize("typ", ["JWT", "jwt", "at+JWT", "application/at+jwt+x", "", None])
def test_typ_other_than_at_jwt(client: TestClient, world: World, typ: str | None) -> None:
    assert_invalid_token(
        call(client, forge(user_claims(world.users["member"]), header={"typ": typ}))
    )


def test_missing_typ(client: TestClient, world: World) -> None:
    assert_invalid_token(
        call(client, forge(user_claims(world.users["member"]), drop_header=("typ",)))
    )


@pytest.mark.parametrize("header_name", ["jku", "jwk", "x5u", "x5c"])
def test_token_naming_its_own_key(client: TestClient, world: World, header_name: str) -> None:
    attacker = ec.generate_private_key(ec.SECP256R1())
    attacker_jwk = jwk.construct(attacker.public_key(), algorithm="ES256").to_dict()
    value: object = {
        "jku": "https://evil.invalid/jwks.json",
        "jwk": attacker_jwk,
        "x5u": "https://evil.invalid/cert.pem",
        "x5c": ["MIIB"],
    }[header_name]
    claims = user_claims(world.users["admin"])
    # Signed by the attacker, under their own kid or ours.
    for kid in ("attacker", get_key_store().signing_key.kid):
        token = forge(claims, header={header_name: value, "kid": kid}, key=attacker)
        assert_invalid_token(call(client, token))
    # Even correctly signed by us, a token naming a key is refused.
    assert_invalid_token(call(client, forge(claims, header={header_name: value})))


def test_signed_by_an_attacker_key_under_our_kid(client: TestClient, world: World) -> None:
    attacker = ec.generate_private_key(ec.SECP256R1())
    assert_invalid_token(call(client, forge(user_claims(world.users["admin"]), key=attacker)))


def test_tampered_payload(client: TestClient, world: World) -> None:
    token = password_token(client, world.users["member"].email)["access_token"]
    head, _, rest = token.partition(".")
    _, _, signature = rest.partition(".")
    claims = user_claims(world.users["member"], scope="admin", role="partnership_admin")
    assert_invalid_token(call(client, f"{head}.{segment(claims)}.{signature}"))


@pytest.mark.parametrize("claim", REQUIRED_CLAIMS)
def test_each_required_claim_missing(client: TestClient, world: World, claim: str) -> None:
    claims = user_claims(world.users["member"])
    del claims[claim]
    assert_invalid_token(call(client, forge(claims)))


@pytest.mark.parametrize(
    ("claim", "value"),
    [
        ("sub", "not-a-uuid"),
        ("sub", 12),
        ("partnership", "not-a-uuid"),
        ("partnership", 12),
        ("ptype", "robot"),
        ("exp", "tomorrow"),
        ("scope", None),
    ],
)
def test_malformed_claims(client: TestClient, world: World, claim: str, value: object) -> None:
    claims = user_claims(world.users["member"], **{claim: value})
    assert_invalid_token(call(client, forge(claims)))


def test_token_for_another_partnership_claim(
    client: TestClient, world: World, other_world: World
) -> None:
    claims = user_claims(world.users["admin"], partnership=str(other_world.partnership.id))
    assert_invalid_token(call(client, forge(claims)))


def test_client_token_for_a_user_id(client: TestClient, world: World) -> None:
    """ptype decides the table: a user's id presented as a client finds nothing."""
    claims = user_claims(world.users["admin"], ptype="client", role="agency_system")
    assert_invalid_token(call(client, forge(claims)))


@pytest.mark.parametrize(
    "garbage",
    [
        "x",
        "a.b",
        "a.b.c",
        "a.b.c.d",
        "....",
        "eyJhbGciOiJFUzI1NiJ9..",
        "\u00e9t\u00e9.a.b",
        b64url(b"[]") + "." + segment({}) + ".sig",
        b64url(b"not json") + "." + segment({}) + ".sig",
    ],
)
def test_garbage_tokens(client: TestClient, world: World, garbage: str) -> None:
    value = f"Bearer {garbage}".encode()
    response = client.get(ME, headers={"Authorization": value})  # type: ignore[dict-item]
    assert_invalid_token(response)


def test_refresh_token_as_access_token(client: TestClient, world: World) -> None:
    refresh = password_token(client, world.users["member"].email)["refresh_token"]
    assert_invalid_token(call(client, refresh))


def test_oversized_authorization_header(client: TestClient, world: World) -> None:
    token = password_token(client, world.users["member"].email)["access_token"]
    padded = token + "A" * (9 * 1024 - len(token))
    assert_invalid_token(call(client, padded))
    # A 9 KB header whose token part is valid-looking but huge is refused before decoding.
    assert_invalid_token(client.get(ME, headers={"Authorization": "Bearer " + "a" * 9216}))


def test_other_schemes_are_refused(client: TestClient, world: World) -> None:
    for header in ("Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "Token abc"):
        assert_invalid_token(client.get(ME, headers={"Authorization": header}))


# --- key rotation --------------------------------------------------------------------------


@pytest.fixture
def key_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[KeyStore]:
    store = KeyStore(tmp_path / "keys", [])
    monkeypatch.setattr(tokens, "_store", store)
    yield store


def _rotate(store: KeyStore, keys_dir: Path) -> str:
    old = store.signing_key
    # Make the current key unambiguously older than the one about to be written.
    old_path = keys_dir / f"{old.kid}.pem"
    stamp = old_path.stat().st_mtime - 60
    os.utime(old_path, (stamp, stamp))
    new_path = generate_key_file(keys_dir)
    store.reload()
    assert store.signing_key.kid == new_path.stem
    return new_path.stem


def test_rotated_key_still_verifies_until_retired(
    client: TestClient,
    world: World,
    key_store: KeyStore,
    tmp_path: Path,
    auth: Callable[[str], dict[str, str]],
) -> None:
    keys_dir = tmp_path / "keys"
    old_kid = key_store.signing_key.kid
    old_token = password_token(client, world.users["member"].email)["access_token"]
    assert call(client, old_token).status_code == 200  # type: ignore[attr-defined]

    new_kid = _rotate(key_store, keys_dir)
    new_token = password_token(client, world.users["member"].email)["access_token"]
    from jose import jwt

    assert jwt.get_unverified_header(new_token)["kid"] == new_kid
    assert jwt.get_unverified_header(old_token)["kid"] == old_kid
    # Rotated but not retired: both verify, and the JWKS publishes both, public parts only.
    assert call(client, old_token).status_code == 200  # type: ignore[attr-defined]
    assert call(client, new_token).status_code == 200  # type: ignore[attr-defined]
    published = client.get("/.well-known/jwks.json")
    assert published.status_code == 200
    keys = published.json()["keys"]
    assert {k["kid"] for k in keys} == {old_kid, new_kid}
    for key in keys:
        assert "d" not in key
        assert key["kty"] == "EC" and key["crv"] == "P-256" and key["alg"] == "ES256"
        assert set(key) <= {"kty", "crv", "x", "y", "kid", "use", "alg"}

    key_store.retire(old_kid)
    assert_invalid_token(call(client, old_token))
    assert call(client, new_token).status_code == 200  # type: ignore[attr-defined]
    assert {k["kid"] for k in client.get("/.well-known/jwks.json").json()["keys"]} == {new_kid}
    # Still refused after the store re-reads its directory.
    key_store.reload()
    assert_invalid_token(call(client, old_token))


def test_retired_by_setting(
    client: TestClient, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys_dir = tmp_path / "keys"
    first = KeyStore(keys_dir, [])
    monkeypatch.setattr(tokens, "_store", first)
    old_kid = first.signing_key.kid
    old_token = password_token(client, world.users["member"].email)["access_token"]
    _rotate(first, keys_dir)
    monkeypatch.setattr(tokens, "_store", KeyStore(keys_dir, [old_kid]))
    assert_invalid_token(call(client, old_token))


def test_a_retired_key_put_back_stays_retired(
    client: TestClient, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Retirement is recorded in the key directory, not only by moving the file aside: a key
    file restored from a backup does not verify again."""
    keys_dir = tmp_path / "keys"
    first = KeyStore(keys_dir, [])
    monkeypatch.setattr(tokens, "_store", first)
    old_kid = first.signing_key.kid
    old_token = password_token(client, world.users["member"].email)["access_token"]
    _rotate(first, keys_dir)
    first.retire(old_kid)
    shutil.copy2(keys_dir / "retired" / f"{old_kid}.pem", keys_dir / f"{old_kid}.pem")
    monkeypatch.setattr(tokens, "_store", KeyStore(keys_dir, []))
    assert_invalid_token(call(client, old_token))
    assert old_kid not in {k["kid"] for k in client.get("/.well-known/jwks.json").json()["keys"]}


def test_a_new_key_signs_once_every_process_can_have_seen_it(tmp_path: Path) -> None:
    """A rotated key is published at once and signs after the reload interval, when every
    process verifies it; sooner only when every key published before it is retired."""
    keys_dir = tmp_path / "keys"
    store = KeyStore(keys_dir, [], reload_seconds=30)
    old = store.signing_key  # the only key signs, however new
    stamp = time.time() - 3600
    os.utime(keys_dir / f"{old.kid}.pem", (stamp, stamp))
    new_path = generate_key_file(keys_dir)
    store.reload()
    assert {k["kid"] for k in store.jwks()["keys"]} == {old.kid, new_path.stem}
    assert store.signing_key.kid == old.kid
    published = time.time() - 31
    os.utime(new_path, (published, published))
    store.reload()
    assert store.signing_key.kid == new_path.stem

    newer = generate_key_file(keys_dir)
    store.reload()
    assert store.signing_key.kid == new_path.stem
    store.retire(old.kid)
    assert store.signing_key.kid == new_path.stem
    store.retire(new_path.stem)  # no published key left: the newest signs
    assert store.signing_key.kid == newer.stem


def test_the_only_key_cannot_be_retired(key_store: KeyStore) -> None:
    with pytest.raises(ValueError, match="only"):
        key_store.retire(key_store.signing_key.kid)


def test_jwks_never_publishes_private_parts(client: TestClient) -> None:
    response = client.get("/.well-known/jwks.json")
    assert response.status_code == 200
    text = response.text
    assert '"d"' not in text
    assert "PRIVATE" not in text
    for key in response.json()["keys"]:
        assert "d" not in key
