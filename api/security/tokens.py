"""Every JWT concern lives here: signing keys, the JWKS, issuing and verifying access tokens.

Access tokens are ES256 JWTs with ``typ: at+jwt`` (RFC 9068). Verification trusts nothing in
the token that could choose its own key or algorithm: the algorithm is pinned, the key is looked
up by ``kid`` in our own key set, and ``jku``/``x5u``/``jwk``/``crit`` headers are refused.
"""

from __future__ import annotations

import contextlib
import os
import re
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
from api.owner_only import private_dir, write_private_file

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


KID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
RETIRED_FILE = "retired-kids.txt"
UNKNOWN_KID_RECHECK_SECONDS = 1.0


def generate_key_file(keys_dir: Path) -> Path:
    """Write a new P-256 key (0600, in a 0700 folder when this creates it); being newest, it
    becomes the signing key once published (``KeyStore``)."""
    private_dir(keys_dir)
    kid = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + secrets.token_hex(4)
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path = keys_dir / f"{kid}.pem"
    tmp = keys_dir / f".{kid}.tmp"
    write_private_file(tmp, pem)
    tmp.rename(path)
    return path


def _read_retired(path: Path) -> set[str]:
    try:
        lines = path.read_text().splitlines()
    except FileNotFoundError:
        return set()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


class KeyStore:
    """Signing keys read from a directory every process shares (``<kid>.pem`` files).

    Every key verifies until it is retired: ``cspr retire-key`` lists it in
    ``retired-kids.txt`` in the directory and moves its file to ``retired/``; a kid in
    CSPR_RETIRED_KIDS is retired too. The newest key signs once it has been published (in
    the JWKS, and so to every worker) for ``reload_seconds``, or at once when no other key
    may sign.

    Every ``reload_seconds`` at most, a use of the store first compares the directory's
    listing (names, sizes and times of its key files and of the retired list) with the one it
    loaded, and reads the keys again when it changed: every process sees a rotation or a
    retirement within that time, and a request costs a clock read. A token with a kid the
    store does not know makes it look again, once a second at most. ``reload_seconds=0``
    looks on every use.
    """

    def __init__(self, keys_dir: Path, retired: list[str], *, reload_seconds: float = 0.0) -> None:
        self._dir = keys_dir
        self._configured_retired = frozenset(retired)
        self._reload_seconds = reload_seconds
        self._keys: dict[str, SigningKey] = {}
        self._listing: tuple[tuple[str, int, int], ...] | None = None
        self._checked_at = time.monotonic()
        self._lock = threading.RLock()
        self.reload()
        if not self._keys:
            generate_key_file(keys_dir)
            self.reload()

    def _current_listing(self) -> tuple[tuple[str, int, int], ...]:
        """What the keys depend on: each key file's and the retired list's name, size and
        modification time (a rotation or retirement adds, removes or rewrites one)."""
        found = []
        try:
            with os.scandir(self._dir) as entries:
                for entry in entries:
                    if entry.name.endswith(".pem") or entry.name == RETIRED_FILE:
                        with contextlib.suppress(FileNotFoundError):
                            st = entry.stat()
                            found.append((entry.name, st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            pass
        return tuple(sorted(found))

    def reload(self) -> None:
        """Read the directory now."""
        with self._lock:
            listing = self._current_listing()
            retired = self._configured_retired | _read_retired(self._dir / RETIRED_FILE)
            keys: dict[str, SigningKey] = {}
            for path in sorted(self._dir.glob("*.pem")):
                kid = path.stem
                if kid in retired:
                    continue
                try:
                    pem, created = path.read_bytes(), path.stat().st_mtime
                except FileNotFoundError:  # retired while being listed
                    continue
                private = serialization.load_pem_private_key(pem, password=None)
                if not isinstance(private, ec.EllipticCurvePrivateKey):
                    raise ValueError(f"signing key {kid} is not an EC key")
                keys[kid] = SigningKey(kid, private, created)
            self._keys = keys
            self._listing = listing
            self._checked_at = time.monotonic()

    def _refresh(self, after: float) -> None:
        """Read the directory again if ``after`` seconds have passed since the last look and
        its listing changed since the keys were read."""
        if time.monotonic() - self._checked_at < after:
            return
        with self._lock:
            if time.monotonic() - self._checked_at < after:
                return  # another thread has just looked
            if self._current_listing() != self._listing:
                self.reload()
            else:
                self._checked_at = time.monotonic()

    @property
    def signing_key(self) -> SigningKey:
        self._refresh(self._reload_seconds)
        keys = self._keys.values()
        published_before = time.time() - self._reload_seconds
        ready = [k for k in keys if k.created <= published_before]
        return max(ready or keys, key=lambda k: (k.created, k.kid))

    def find(self, kid: str) -> SigningKey | None:
        self._refresh(self._reload_seconds)
        key = self._keys.get(kid)
        if key is None:
            self._refresh(min(UNKNOWN_KID_RECHECK_SECONDS, self._reload_seconds))
            key = self._keys.get(kid)
        return key

    def jwks(self) -> dict[str, Any]:
        self._refresh(self._reload_seconds)
        return {"keys": [k.public_jwk() for k in sorted(self._keys.values(), key=lambda k: k.kid)]}

    def retire(self, kid: str) -> None:
        """Refuse tokens signed with ``kid`` from now on, in every process: list it in the
        directory's retired list, then move its file out of the key directory."""
        if not KID_PATTERN.fullmatch(kid):
            raise KeyError(kid)
        self.reload()
        path = self._dir / f"{kid}.pem"
        moved = self._dir / "retired" / path.name
        if not path.exists() and not moved.exists():
            raise KeyError(kid)
        if kid in self._keys and len(self._keys) <= 1:
            raise ValueError("cannot retire the only signing key; rotate first")
        listed = self._dir / RETIRED_FILE
        retired = _read_retired(listed)
        if kid not in retired:
            tmp = self._dir / f".{RETIRED_FILE}.{secrets.token_hex(4)}.tmp"
            text = "".join(f"{k}\n" for k in sorted(retired | {kid}))
            write_private_file(tmp, text.encode())
            os.replace(tmp, listed)
        if path.exists():
            private_dir(self._dir / "retired")
            os.replace(path, moved)
        self.reload()


_store: KeyStore | None = None
_store_lock = threading.Lock()


def get_key_store(settings: Settings | None = None) -> KeyStore:
    global _store
    if _store is None:
        with _store_lock:
            if _store is None:
                s = settings or get_settings()
                _store = KeyStore(s.keys_dir, s.retired_kids, reload_seconds=s.key_reload_seconds)
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
