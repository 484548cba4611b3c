"""Every JWT concern lives here: signing keys, the JWKS, issuing and verifying access tokens.

Access tokens are ES256 JWTs with ``typ: at+jwt`` (RFC 9068). Verification trusts nothing in
the token that could choose its own key or algorithm: the algorithm is pinned, the key is looked
up by ``kid`` in our own key set, and ``jku``/``x5u``/``jwk``/``crit`` headers are refused.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from jose import jwk, jwt
from jose.backends.base import Key
from jose.exceptions import JOSEError

from api.clock import clock
from api.config import Settings, get_settings

ALGORITHM = "ES256"
TOKEN_TYPE = "at+jwt"  # noqa: S105 - RFC 9068 media type, not a secret
MAX_TOKEN_BYTES = 8192
LEEWAY_SECONDS = 5
REQUIRED_CLAIMS = (
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
    "ptype",
)
FORBIDDEN_HEADERS = ("jku", "x5u", "jwk", "x5c", "crit")


class TokenError(Exception):
    """The token is not one of ours, or no longer valid. Always answered 401."""


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_key: ec.EllipticCurvePrivateKey
    created: float
    # python-jose key objects, built once: the signer and the verifier.
    signer: Key = field(init=False, repr=False, compare=False)
    verifier: Key = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        private_pem = self.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        public_pem = self.public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        object.__setattr__(self, "signer", jwk.construct(private_pem, algorithm=ALGORITHM))
        object.__setattr__(self, "verifier", jwk.construct(public_pem, algorithm=ALGORITHM))

    @property
    def public_key(self) -> ec.EllipticCurvePublicKey:
        return self.private_key.public_key()

    def public_jwk(self) -> dict[str, Any]:
        # From the public key only: a JWK built from the private key would include "d".
        data: dict[str, Any] = self.verifier.to_dict()
        data.update({"kid": self.kid, "use": "sig", "alg": ALGORITHM})
        return data


def generate_key_file(keys_dir: Path) -> Path:
    """Write a new P-256 key; being newest, it becomes the signing key."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    kid = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + secrets.token_hex(4)
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path = keys_dir / f"{kid}.pem"
    tmp = keys_dir / f".{kid}.tmp"
    tmp.write_bytes(pem)
    tmp.chmod(0o600)
    tmp.rename(path)
    return path


class KeyStore:
    """Signing keys read from a directory every process shares (``<kid>.pem`` files).

    The newest key signs; every other key still verifies until it is retired (moved to
    ``retired/`` or listed in CSPR_RETIRED_KIDS). A token with an unknown kid makes the store
    re-read the directory once a second at most, so a key rotated by another process is seen.
    """

    def __init__(self, keys_dir: Path, retired: list[str]) -> None:
        self._dir = keys_dir
        self._retired = set(retired)
        self._keys: dict[str, SigningKey] = {}
        self._loaded_at = 0.0
        self._lock = threading.Lock()
        self.reload()
        if not self._keys:
            generate_key_file(keys_dir)
            self.reload()

    def reload(self) -> None:
        keys: dict[str, SigningKey] = {}
        if self._dir.is_dir():
            for path in sorted(self._dir.glob("*.pem")):
                kid = path.stem
                if kid in self._retired:
                    continue
                private = serialization.load_pem_private_key(path.read_bytes(), password=None)
                if not isinstance(private, ec.EllipticCurvePrivateKey):
                    raise ValueError(f"signing key {kid} is not an EC key")
                keys[kid] = SigningKey(kid, private, path.stat().st_mtime)
        with self._lock:
            self._keys = keys
            self._loaded_at = time.monotonic()

    @property
    def signing_key(self) -> SigningKey:
        return max(self._keys.values(), key=lambda k: (k.created, k.kid))

    def find(self, kid: str) -> SigningKey | None:
        key = self._keys.get(kid)
        if key is None and time.monotonic() - self._loaded_at > 1.0:
            self.reload()
            key = self._keys.get(kid)
        return key

    def jwks(self) -> dict[str, Any]:
        return {"keys": [k.public_jwk() for k in sorted(self._keys.values(), key=lambda k: k.kid)]}

    def retire(self, kid: str) -> None:
        path = self._dir / f"{kid}.pem"
        if not path.exists():
            raise KeyError(kid)
        if len(self._keys) <= 1:
            raise ValueError("cannot retire the only signing key; rotate first")
        (self._dir / "retired").mkdir(exist_ok=True)
        os.replace(path, self._dir / "retired" / path.name)
        self.reload()


_store: KeyStore | None = None
_store_lock = threading.Lock()


def get_key_store(settings: Settings | None = None) -> KeyStore:
    global _store
    if _store is None:
        with _store_lock:
            if _store is None:
                s = settings or get_settings()
                _store = KeyStore(s.keys_dir, s.retired_kids)
    return _store


def reset_key_store() -> None:
    global _store
    _store = None
    _verified_claims.cache_clear()


@dataclass(frozen=True)
class AccessToken:
    token: str
    expires_in: int
    jti: str


def issue_access_token(
    *,
    subject: uuid.UUID,
    principal_type: str,
    role: str,
    partnership_id: uuid.UUID,
    agency_id: uuid.UUID | None,
    scopes: list[str],
    settings: Settings | None = None,
) -> AccessToken:
    s = settings or get_settings()
    key = get_key_store(s).signing_key
    now = int(clock.now().timestamp())
    lifetime = s.access_token_minutes * 60
    jti = uuid.uuid4().hex
    claims = {
        "iss": s.issuer,
        "aud": s.audience,
        "sub": str(subject),
        "iat": now,
        "nbf": now,
        "exp": now + lifetime,
        "jti": jti,
        "scope": " ".join(sorted(scopes)),
        "role": role,
        "ptype": principal_type,
        "partnership": str(partnership_id),
        "agency": str(agency_id) if agency_id else None,
    }
    token = jwt.encode(
        claims, key.signer, algorithm=ALGORITHM, headers={"kid": key.kid, "typ": TOKEN_TYPE}
    )
    return AccessToken(token=token, expires_in=lifetime, jti=jti)


def verify_access_token(token: str, settings: Settings | None = None) -> dict[str, Any]:
    """Return the claims of a valid access token, or raise TokenError.

    What a token's bytes prove never changes (its signature by a key, issuer, audience, the
    shape of its claims), so that part is remembered per token string (a bounded cache; a
    forged or altered token is a different string and is checked in full). Asked again on
    every call: whether the signing key is still in the store (not retired) and whether the
    token is current."""
    s = settings or get_settings()
    if len(token) > MAX_TOKEN_BYTES or token.count(".") != 2:
        raise TokenError("malformed token")
    kid, verified = _verified_claims(token, s.issuer, s.audience)
    if get_key_store().find(kid) is None:
        raise TokenError("unknown key")
    claims = dict(verified)
    _check_times(claims, max_lifetime=s.access_token_minutes * 60)
    return claims


@lru_cache(maxsize=4096)
def _verified_claims(token: str, issuer: str, audience: str) -> tuple[str, dict[str, Any]]:
    try:
        header = jwt.get_unverified_header(token)
    except JOSEError as exc:
        raise TokenError("malformed token") from exc
    if header.get("alg") != ALGORITHM:
        raise TokenError("unexpected algorithm")
    if header.get("typ") != TOKEN_TYPE:
        raise TokenError("not an access token")
    if any(name in header for name in FORBIDDEN_HEADERS):
        raise TokenError("token names its own key")
    kid = header.get("kid")
    key = get_key_store().find(kid) if isinstance(kid, str) else None
    if key is None:
        raise TokenError("unknown key")
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            key.verifier,
            algorithms=[ALGORITHM],
            audience=audience,
            issuer=issuer,
            options={
                "verify_signature": True,
                "verify_aud": True,
                "verify_iss": True,
                # exp/nbf/iat are checked on every call (verify_access_token) against the
                # service's clock: jose would use the wall clock, so a pinned or skewed
                # service clock would disagree.
                "verify_exp": False,
                "verify_nbf": False,
                "verify_iat": False,
                "verify_sub": True,
                "verify_jti": True,
                "require_iss": True,
                "require_aud": True,
                "require_sub": True,
                "require_jti": True,
                "leeway": LEEWAY_SECONDS,
            },
        )
    except JOSEError as exc:
        raise TokenError("invalid token") from exc
    if any(name not in claims for name in REQUIRED_CLAIMS):
        raise TokenError("missing claims")
    if not all(isinstance(claims[n], str) for n in ("sub", "scope", "role", "partnership")) or (
        claims["agency"] is not None and not isinstance(claims["agency"], str)
    ):
        raise TokenError("malformed claims")
    if claims["ptype"] not in {"user", "client"}:
        raise TokenError("unknown principal type")
    return key.kid, claims


def _check_times(claims: dict[str, Any], *, max_lifetime: int) -> None:
    """exp, nbf and iat must be numbers; the token must be current by the service's clock,
    and live no longer than the service issues tokens for: one minted to last a year, by
    mistake or with a stolen key, is refused."""
    times = [claims[name] for name in ("exp", "nbf", "iat")]
    if any(isinstance(t, bool) or not isinstance(t, int | float) for t in times):
        raise TokenError("malformed time claims")
    exp, nbf, iat = times
    now = clock.now().timestamp()
    if exp <= now - LEEWAY_SECONDS:
        raise TokenError("expired")
    if nbf > now + LEEWAY_SECONDS or iat > now + LEEWAY_SECONDS:
        raise TokenError("not yet valid")
    if exp - iat > max_lifetime + LEEWAY_SECONDS:
        raise TokenError("lifetime too long")


def decode_time(claims: dict[str, Any], name: str) -> datetime:
    return datetime.fromtimestamp(int(claims[name]), tz=clock.now().tzinfo)
