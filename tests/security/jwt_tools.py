"""Hand-rolled JWT forging for attack tests: nothing here trusts python-jose to build the
malformed tokens (jose refuses some of them, and adds a ``typ`` of its own)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from api.config import get_settings
from api.security.scopes import ROLE_SCOPES
from api.security.tokens import get_key_store
from api.users.models import User


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def segment(obj: dict[str, Any]) -> str:
    return b64url(json.dumps(obj, separators=(",", ":")).encode())


def es256_sign(signing_input: bytes, key: ec.EllipticCurvePrivateKey) -> str:
    der = key.sign(signing_input, ec.ECDSA(hashes.SHA256()))
    r, s = decode_dss_signature(der)
    return b64url(r.to_bytes(32, "big") + s.to_bytes(32, "big"))


def user_claims(user: User, **overrides: Any) -> dict[str, Any]:
    settings = get_settings()
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": settings.issuer,
        "aud": settings.audience,
        "sub": str(user.id),
        "iat": now,
        "nbf": now,
        "exp": now + 600,
        "jti": uuid.uuid4().hex,
        "scope": " ".join(sorted(ROLE_SCOPES[user.role])),
        "role": str(user.role),
        "ptype": "user",
        "partnership": str(user.partnership_id),
        "agency": str(user.agency_id) if user.agency_id else None,
    }
    claims.update(overrides)
    return claims


def forge(
    claims: dict[str, Any],
    *,
    header: dict[str, Any] | None = None,
    drop_header: tuple[str, ...] = (),
    key: ec.EllipticCurvePrivateKey | None = None,
) -> str:
    """An ES256 token signed with ``key`` (default: our real signing key)."""
    signing = get_key_store().signing_key
    head: dict[str, Any] = {"alg": "ES256", "typ": "at+jwt", "kid": signing.kid}
    head.update(header or {})
    for name in drop_header:
        head.pop(name, None)
    signing_input = f"{segment(head)}.{segment(claims)}".encode()
    signature = es256_sign(signing_input, key or signing.private_key)
    return f"{signing_input.decode()}.{signature}"


def forge_hs256(claims: dict[str, Any], secret: bytes, kid: str | None = None) -> str:
    head = {"alg": "HS256", "typ": "at+jwt", "kid": kid or get_key_store().signing_key.kid}
    signing_input = f"{segment(head)}.{segment(claims)}".encode()
    mac = hmac.new(secret, signing_input, hashlib.sha256).digest()
    return f"{signing_input.decode()}.{b64url(mac)}"


def forge_none(claims: dict[str, Any], alg: str = "none") -> str:
    head = {"alg": alg, "typ": "at+jwt", "kid": get_key_store().signing_key.kid}
    return f"{segment(head)}.{segment(claims)}."
