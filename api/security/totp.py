"""TOTP (RFC 6238) second factor; each time step is accepted at most once per account."""

from __future__ import annotations

import hmac

import pyotp

STEP_SECONDS = 30


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(secret: str, account: str, issuer: str) -> str:
    return pyotp.TOTP(secret, interval=STEP_SECONDS).provisioning_uri(
        name=account, issuer_name=issuer
    )


def accept(secret: str, code: str, now_ts: float, last_step: int | None) -> int | None:
    """Return the matched time step when ``code`` is valid and newer than ``last_step``.

    One step of drift either way is allowed for clock skew; a step already used (or older than
    the last used one) is refused, so a code cannot be replayed within its window.
    """
    code = code.strip().replace(" ", "")
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret, interval=STEP_SECONDS)
    current = int(now_ts // STEP_SECONDS)
    for step in (current - 1, current, current + 1):
        if last_step is not None and step <= last_step:
            continue
        if hmac.compare_digest(totp.at(step * STEP_SECONDS), code):
            return step
    return None
