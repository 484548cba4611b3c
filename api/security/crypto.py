"""AES-GCM encryption of identifying fields at rest (TOTP secrets, subjects' details)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import os
import secrets
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from api.config import get_settings
from api.owner_only import private_dir, write_private_file

_PREFIX = "v1:"


class FieldCipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("field encryption key must be 32 bytes")
        self._aead = AESGCM(key)
        # A key of its own for digests, derived from the same secret: one key file to keep.
        self._digest_key = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"cspr field digest v1"
        ).derive(key)

    def encrypt(self, plaintext: str, context: str) -> str:
        """Encrypt; ``context`` (e.g. 'users.totp_secret:<id>') binds the value to its place."""
        nonce = os.urandom(12)
        ct = self._aead.encrypt(nonce, plaintext.encode(), context.encode())
        return _PREFIX + base64.b64encode(nonce + ct).decode()

    def decrypt(self, token: str, context: str) -> str:
        if not token.startswith(_PREFIX):
            raise ValueError("unknown ciphertext format")
        # binascii directly: base64.b64decode is a Python wrapper around the same call, and
        # a page of practitioners opens hundreds of values.
        raw = binascii.a2b_base64(token[len(_PREFIX) :])
        return self._aead.decrypt(raw[:12], raw[12:], context.encode()).decode()

    def digest(self, data: bytes, context: str) -> str:
        """A keyed digest (HMAC-SHA256) of ``data``: equal inputs give equal digests, but
        without the key nobody holding the database can test a guess of the input."""
        return hmac.new(
            self._digest_key, context.encode() + b"\0" + data, hashlib.sha256
        ).hexdigest()


def _key_file(data_dir: Path) -> bytes:
    path = data_dir / "keys" / "field.key"
    if not path.exists():
        private_dir(path.parent)
        tmp = path.with_suffix(f".{secrets.token_hex(4)}.tmp")
        write_private_file(tmp, base64.b64encode(secrets.token_bytes(32)))
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)  # atomic: first process wins, the others read its key
        tmp.unlink(missing_ok=True)
    return base64.b64decode(path.read_text().strip())


@lru_cache
def get_cipher() -> FieldCipher:
    settings = get_settings()
    if settings.field_encryption_key:
        return FieldCipher(base64.b64decode(settings.field_encryption_key))
    return FieldCipher(_key_file(settings.data_dir))
