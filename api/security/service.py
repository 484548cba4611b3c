"""Sign-in, token issue, refresh rotation and revocation. Routers translate; this decides."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api.audit import service as audit
from api.clients.models import ApiClient
from api.clock import clock
from api.config import Settings
from api.db import get_sessionmaker
from api.request_context import RequestContext
from api.security import throttle, totp
from api.security.crypto import get_cipher
from api.security.models import RefreshToken
from api.security.passwords import hash_password, needs_rehash, verify_password
from api.security.roles import Role
from api.security.scopes import AGENCY_SYSTEM, grant
from api.security.tokens import AccessToken, issue_access_token
from api.users.models import User


class AuthFailure(Exception):
    """A refused sign-in or grant. ``reason`` is an OAuth error code or one of ours."""

    def __init__(self, reason: str, detail: str, retry_after: int | None = None) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.retry_after = retry_after


BAD_CREDENTIALS = "The e-mail address or password is not right."


@dataclass(frozen=True)
class IssuedTokens:
    access: AccessToken
    scopes: list[str]
    refresh_token: str | None
    totp_enrolment_required: bool = False


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _throttle_keys(identifier: str, ip: str | None, settings: Settings) -> list[tuple[str, int]]:
    """The counters a failure adds to; the first is cleared by a successful sign-in."""
    return [
        (throttle.account_address_key(identifier, ip), settings.login_max_failures_per_account),
        (throttle.address_key(ip), settings.login_max_failures_per_address),
        (throttle.account_key(identifier), settings.login_max_failures_per_account_global),
    ]


def _refuse(
    request: RequestContext,
    keys: list[tuple[str, int]],
    settings: Settings,
    *,
    action: str,
    reason: str,
    detail: str,
    user: User | None = None,
    client: ApiClient | None = None,
) -> AuthFailure:
    throttle.record_failure(keys, settings)
    actor: tuple[str, str | None] = ("anonymous", None)
    partnership_id = None
    if user is not None:
        actor, partnership_id = ("user", str(user.id)), user.partnership_id
    elif client is not None:
        actor, partnership_id = ("client", str(client.id)), client.partnership_id
    audit.record_detached(
        action,
        request=request,
        outcome="failure",
        actor=actor,
        partnership_id=partnership_id,
        details={"reason": reason},
    )
    return AuthFailure("invalid_grant" if client is None else "invalid_client", detail)


def _check_throttle(
    request: RequestContext,
    keys: list[tuple[str, int]],
    action: str,
    *,
    user: User | None = None,
    client: ApiClient | None = None,
) -> None:
    """Refuse while a counter blocks. The refusal is audited in the partnership of the account
    it names, where there is one, so that partnership's administrators see the lockout."""
    wait = throttle.retry_after([k for k, _ in keys])
    if wait is not None:
        actor: tuple[str, str | None] = ("anonymous", None)
        partnership_id = None
        if user is not None:
            actor, partnership_id = ("user", str(user.id)), user.partnership_id
        elif client is not None:
            actor, partnership_id = ("client", str(client.id)), client.partnership_id
        audit.record_detached(
            action,
            request=request,
            outcome="failure",
            actor=actor,
            partnership_id=partnership_id,
            details={"reason": "rate_limited"},
        )
        raise AuthFailure(
            "rate_limited",
            "Too many failed attempts. Wait a moment and try again.",
            retry_after=wait,
        )


def check_account_attempt(
    request: RequestContext, settings: Settings, user: User, *, action: str, ip: str | None
) -> list[tuple[str, int]]:
    """Before a signed-in person's password or second-factor code is checked again (``/me``):
    the same counters as signing in to ``user``'s account from ``ip``, so guessing through an
    open session gets no more tries than guessing at the sign-in page, and a lock-out there
    holds here too. Raises ``AuthFailure("rate_limited")`` while any is blocked, audited as
    ``action`` to the account's partnership; returns the counters for
    ``record_account_failure`` and ``clear_account_attempts``."""
    keys = _throttle_keys(user.email, ip, settings)
    wait = throttle.retry_after([k for k, _ in keys])
    if wait is not None:
        audit.record_detached(
            action,
            request=request,
            outcome="failure",
            actor=("user", str(user.id)),
            partnership_id=user.partnership_id,
            record_type="user",
            record_id=user.id,
            details={"reason": "rate_limited"},
        )
        raise AuthFailure(
            "rate_limited",
            "Too many failed attempts. Wait a moment and try again.",
            retry_after=wait,
        )
    return keys


def record_account_failure(
    request: RequestContext,
    keys: list[tuple[str, int]],
    settings: Settings,
    user: User,
    *,
    action: str,
    reason: str,
    step: str | None = None,
) -> None:
    """Count a wrong password or code given for ``user`` (``check_account_attempt``'s
    counters) and audit it as ``action`` to the account's partnership, in a transaction of
    its own: the request that failed rolls back."""
    throttle.record_failure(keys, settings)
    audit.record_detached(
        action,
        request=request,
        outcome="failure",
        actor=("user", str(user.id)),
        partnership_id=user.partnership_id,
        record_type="user",
        record_id=user.id,
        details={"reason": reason, **({"step": step} if step else {})},
    )


def clear_account_attempts(keys: list[tuple[str, int]]) -> None:
    """The right password clears the account-from-this-address counter, as signing in does.
    (A right second-factor code does not: whoever holds the session can start an enrolment
    and so knows the secret, and could otherwise wipe the count between guesses.)"""
    throttle.clear([keys[0][0]])


def authenticate_user(
    session: Session,
    request: RequestContext,
    settings: Settings,
    *,
    email: str,
    password: str,
    code: str | None,
    ip: str | None,
) -> User:
    """Check e-mail, password and (where enrolled) the TOTP code.

    An unknown e-mail and a wrong password take the same path, cost one Argon2 verification
    each and produce the same answer, so the response tells an attacker nothing.
    """
    keys = _throttle_keys(email, ip, settings)
    user = session.scalars(select(User).where(User.email == email.strip().lower())).first()
    _check_throttle(request, keys, "auth.login", user=user)
    password_ok = verify_password(user.password_hash if user else None, password)
    if user is None or not password_ok or not user.active:
        raise _refuse(
            request,
            keys,
            settings,
            action="auth.login",
            reason="bad_credentials",
            detail=BAD_CREDENTIALS,
            user=user,
        )
    if user.totp_enrolled_at is not None and user.totp_secret_enc:
        if not code:
            raise AuthFailure(
                "totp_required", "Enter the 6-digit code from your authenticator app."
            )
        secret = get_cipher().decrypt(user.totp_secret_enc, f"users.totp:{user.id}")
        step = totp.accept(secret, code, clock.now().timestamp(), user.totp_last_step)
        if step is None:
            failure = _refuse(
                request,
                keys,
                settings,
                action="auth.login",
                reason="bad_totp",
                detail="The code is not right or was already used. Wait for a new code.",
                user=user,
            )
            failure.reason = "totp_required"
            raise failure
        user.totp_last_step = step
    throttle.clear([keys[0][0]])
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    audit.record(
        session,
        "auth.login",
        request=request,
        actor=("user", str(user.id)),
        partnership_id=user.partnership_id,
        record_type="user",
        record_id=user.id,
    )
    return user


def totp_enrolment_required(
    role: str, totp_enrolled_at: datetime | None, settings: Settings
) -> bool:
    """An administrator who must enrol a second factor first: until then, any token they hold
    reaches /me only (the sign-in, every request and the /me answer all ask this)."""
    return (
        role == Role.partnership_admin
        and settings.admin_totp_mandatory
        and totp_enrolled_at is None
    )


def issue_for_user(
    session: Session,
    user: User,
    settings: Settings,
    requested: set[str] | None,
    *,
    family_id: uuid.UUID | None = None,
) -> IssuedTokens:
    try:
        scopes = grant(user.role, requested)
    except ValueError as exc:
        raise AuthFailure("invalid_scope", f"Scope not allowed: {exc}") from exc
    enrolment_required = totp_enrolment_required(user.role, user.totp_enrolled_at, settings)
    if enrolment_required:
        # Until an administrator enrols a second factor, the token reaches /me only.
        scopes = set()
    access = issue_access_token(
        subject=user.id,
        principal_type="user",
        role=user.role,
        partnership_id=user.partnership_id,
        agency_id=user.agency_id,
        scopes=sorted(scopes),
        settings=settings,
    )
    refresh = secrets.token_urlsafe(32)
    session.add(
        RefreshToken(
            partnership_id=user.partnership_id,
            user_id=user.id,
            family_id=family_id or uuid.uuid4(),
            token_hash=_hash_token(refresh),
            scope=" ".join(sorted(requested)) if requested else "",
            issued_at=clock.now(),
            expires_at=clock.now() + timedelta(days=settings.refresh_token_days),
        )
    )
    return IssuedTokens(access, sorted(scopes), refresh, enrolment_required)


def _revoke_family(family_id: uuid.UUID) -> None:
    with get_sessionmaker()() as session:
        session.execute(
            update(RefreshToken)
            .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=clock.now())
        )
        session.commit()


def _refuse_refresh(
    session: Session, request: RequestContext, row: RefreshToken, reason: str
) -> None:
    """Audit a refused refresh token, attributed to its account and partnership (in a
    transaction of its own: the request rolls back)."""
    family_id, user_id, partnership_id = row.family_id, row.user_id, row.partnership_id
    session.rollback()  # release the row lock taken to read it
    audit.record_detached(
        "auth.refresh",
        request=request,
        outcome="failure",
        actor=("user", str(user_id)),
        partnership_id=partnership_id,
        record_type="user",
        record_id=user_id,
        details={"reason": reason, "family": str(family_id)},
    )


def rotate_refresh_token(
    session: Session, request: RequestContext, settings: Settings, token: str
) -> IssuedTokens:
    """Spend a refresh token for a new pair. Presenting a spent one means it was stolen or
    replayed: the whole family is revoked, so neither party can go on using it."""
    row = session.scalars(
        select(RefreshToken).where(RefreshToken.token_hash == _hash_token(token)).with_for_update()
    ).first()
    if row is None:
        raise AuthFailure("invalid_grant", "The refresh token is not valid.")
    if row.used_at is not None or row.revoked_at is not None:
        if row.used_at is not None:
            family_id, user_id, partnership_id = row.family_id, row.user_id, row.partnership_id
            # Release this request's row lock (SELECT … FOR UPDATE above) first: the family is
            # revoked in a transaction of its own, which would otherwise wait on it for ever.
            session.rollback()
            _revoke_family(family_id)
            audit.record_detached(
                "auth.refresh_reuse",
                request=request,
                outcome="failure",
                actor=("user", str(user_id)),
                partnership_id=partnership_id,
                details={"family": str(family_id)},
            )
            raise AuthFailure("invalid_grant", "The refresh token is no longer valid.")
        # Revoked: signed out, or ended with the account's password, second factor, role,
        # agency or active flag. Someone still holding it is worth a line in the audit.
        _refuse_refresh(session, request, row, "revoked")
        raise AuthFailure("invalid_grant", "The refresh token is no longer valid.")
    if row.expires_at <= clock.now():
        raise AuthFailure("invalid_grant", "The refresh token has expired.")
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        _refuse_refresh(session, request, row, "account_inactive")
        raise AuthFailure("invalid_grant", "The refresh token is not valid.")
    row.used_at = clock.now()
    requested = set(row.scope.split()) if row.scope else None
    issued = issue_for_user(session, user, settings, requested, family_id=row.family_id)
    audit.record(
        session,
        "auth.refresh",
        request=request,
        actor=("user", str(user.id)),
        partnership_id=user.partnership_id,
        record_type="user",
        record_id=user.id,
    )
    return issued


def revoke_all_for_user(session: Session, user_id: uuid.UUID) -> None:
    """End every sign-in of a user (after a password change, a second-factor reset, or the
    account being disabled or given another role or agency), so a stolen refresh token dies
    with the credential it was obtained with, and none outlives the account as it was."""
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=clock.now())
    )


def revoke_refresh_token(session: Session, request: RequestContext, token: str) -> None:
    row = session.scalars(
        select(RefreshToken).where(RefreshToken.token_hash == _hash_token(token))
    ).first()
    if row is None:
        return  # RFC 7009: an unknown token is not an error
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == row.family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=clock.now())
    )
    audit.record(
        session,
        "auth.revoke",
        request=request,
        actor=("user", str(row.user_id)),
        partnership_id=row.partnership_id,
        record_type="user",
        record_id=row.user_id,
    )


def authenticate_client(
    session: Session,
    request: RequestContext,
    settings: Settings,
    *,
    client_id: str,
    secret: str,
    ip: str | None,
    requested: set[str] | None,
) -> IssuedTokens:
    keys = _throttle_keys("client:" + client_id, ip, settings)
    client = session.scalars(select(ApiClient).where(ApiClient.client_id == client_id)).first()
    _check_throttle(request, keys, "auth.client", client=client)
    ok = verify_password(client.secret_hash if client else None, secret)
    if client is None or not ok or not client.active:
        failure = _refuse(
            request,
            keys,
            settings,
            action="auth.client",
            reason="bad_client_credentials",
            detail="The client id or secret is not right.",
            client=client,
        )
        failure.reason = "invalid_client"
        raise failure
    try:
        scopes = grant(AGENCY_SYSTEM, requested, frozenset(client.scopes))
    except ValueError as exc:
        raise AuthFailure("invalid_scope", f"Scope not allowed: {exc}") from exc
    client.last_used_at = clock.now()
    audit.record(
        session,
        "auth.client",
        request=request,
        actor=("client", str(client.id)),
        partnership_id=client.partnership_id,
        record_type="api_client",
        record_id=client.id,
    )
    access = issue_access_token(
        subject=client.id,
        principal_type="client",
        role=AGENCY_SYSTEM,
        partnership_id=client.partnership_id,
        agency_id=client.agency_id,
        scopes=sorted(scopes),
        settings=settings,
    )
    return IssuedTokens(access, sorted(scopes), None)
