"""Failed sign-in limits, kept in the database so that every API process shares them.

Three counters, each blocking for a short, fixed time (CSPR_LOGIN_LOCKOUT_SECONDS) that never
grows:
- account *from one address* (CSPR_LOGIN_MAX_FAILURES_PER_ACCOUNT, default 5 a minute): stops
  guessing from one place without touching the real user, who signs in from elsewhere;
- address (CSPR_LOGIN_MAX_FAILURES_PER_ADDRESS, default 20): stops one source spraying accounts;
- account from anywhere (CSPR_LOGIN_MAX_FAILURES_PER_ACCOUNT_GLOBAL, default 50): caps
  distributed guessing; reaching it takes many sources, and even then holds the account for
  one lockout period only.
"""

from __future__ import annotations

import hashlib
import math
from datetime import timedelta

from sqlalchemy.exc import IntegrityError

from api.clock import clock
from api.config import Settings
from api.db import get_sessionmaker
from api.security.models import LoginThrottle


def account_key(identifier: str) -> str:
    return "account:" + hashlib.sha256(identifier.strip().lower().encode()).hexdigest()[:64]


def account_address_key(identifier: str, ip: str | None) -> str:
    raw = identifier.strip().lower() + "\n" + (ip or "unknown")
    return "account-address:" + hashlib.sha256(raw.encode()).hexdigest()[:64]


def address_key(ip: str | None) -> str:
    return "address:" + hashlib.sha256((ip or "unknown").encode()).hexdigest()[:64]


def retry_after(keys: list[str]) -> int | None:
    """Seconds until the caller may try again, or None when no key is blocked."""
    now = clock.now()
    with get_sessionmaker()() as session:
        rows = session.query(LoginThrottle).filter(LoginThrottle.key.in_(keys)).all()
        waits = [
            (row.blocked_until - now).total_seconds()
            for row in rows
            if row.blocked_until is not None and row.blocked_until > now
        ]
    return max(1, math.ceil(max(waits))) if waits else None


def record_failure(keys_and_limits: list[tuple[str, int]], settings: Settings) -> None:
    now = clock.now()
    window = timedelta(seconds=settings.login_window_seconds)
    lockout = timedelta(seconds=settings.login_lockout_seconds)
    for _attempt in range(3):
        try:
            with get_sessionmaker()() as session:
                for key, limit in keys_and_limits:
                    row = session.get(LoginThrottle, key, with_for_update=True)
                    if row is None:
                        row = LoginThrottle(key=key, window_started_at=now, failures=0)
                        session.add(row)
                    if now - row.window_started_at > window:
                        row.window_started_at = now
                        row.failures = 0
                    row.failures += 1
                    if row.failures >= limit:
                        row.blocked_until = now + lockout
                        row.window_started_at = now
                        row.failures = 0
                session.commit()
            return
        except IntegrityError:
            continue  # another process created the row first; count again on top of it


def clear(keys: list[str]) -> None:
    with get_sessionmaker()() as session:
        session.query(LoginThrottle).filter(LoginThrottle.key.in_(keys)).delete()
        session.commit()
