"""User accounts: administrators creating and changing users, and each person's own account
(profile, password, second factor).

Services never commit: the request does. Every change is audited in the same transaction
(``api.records``); a wrong password or code is audited in a transaction of its own, as the
request that gave it rolls back.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from api import records
from api.clock import clock
from api.config import get_settings
from api.domain_errors import Conflict, Forbidden, Invalid, Invalidity, TooManyAttempts
from api.partnerships.service import ensure_active_agency
from api.request_context import RequestContext
from api.security import totp
from api.security.crypto import get_cipher
from api.security.passwords import hash_password, verify_password
from api.security.principal import Principal
from api.security.roles import Role
from api.security.service import (
    AuthFailure,
    check_account_attempt,
    clear_account_attempts,
    record_account_failure,
    revoke_all_for_user,
)
from api.users import repository
from api.users.models import User
from api.users.schemas import MeUpdate, PasswordChange, UserCreate, UserUpdate

DUPLICATE_EMAIL = "A user with this e-mail address already exists."
# Audit actions of a wrong password or code given for one's own account (and of a refusal
# while locked out).
PASSWORD_FAILED = "me.password_change_failed"  # noqa: S105 (an audit action)
TOTP_FAILED = "me.totp_failed"


def check_agency(
    session: Session, principal: Principal, role: Role, agency_id: uuid.UUID | None
) -> None:
    """Members speak for one agency; the agency must be this partnership's and active."""
    if role == Role.member and agency_id is None:
        raise Invalid(
            "A review team member must belong to an agency.",
            [Invalidity("body.agency_id", "required for members", "missing")],
        )
    if agency_id is not None:
        ensure_active_agency(session, principal, agency_id)


def ensure_an_admin_remains(session: Session, user: User) -> None:
    """A partnership must never be left without an active administrator."""
    if not repository.other_active_admins(session, user):
        raise Conflict("This is the partnership's last active administrator.")


def ensure_no_seat_left_behind(
    session: Session, user: User, role: Role, agency_id: uuid.UUID | None
) -> None:
    """Refuse to move a user out of the agency (or the member role) they sit on review teams
    for while any of those seats is active.

    A seat speaks for one agency on one review, and the partnership's rules and deadlines
    count on each agency having its member: moving the person silently would leave the old
    agency's seat held by someone who no longer belongs to it (and its access with them), or,
    if ended here, leave the agency off the review without anyone deciding so. The
    administrator records each member leaving (with their reason) on the review first, and
    seats someone else where needed; then the move goes through.
    """
    rows = repository.seats_left_behind(session, user, role, agency_id)
    if not rows:
        return
    references = ", ".join(reference for _, reference, _, _ in rows)
    raise Conflict(
        f"This user holds an active seat on the review team of {references}. Record them "
        "leaving each of these reviews first (on the review's team, with the reason), then "
        "change their agency or role.",
        code="active_seats",
        seats=[
            {
                "review_id": str(review_id),
                "review_reference": reference,
                "member_id": str(member_id),
                "deputy": deputy,
            }
            for review_id, reference, member_id, deputy in rows
        ],
    )


def _new_user(partnership_id: uuid.UUID, body: UserCreate) -> User:
    return User(
        partnership_id=partnership_id,
        agency_id=body.agency_id,
        email=str(body.email).lower(),
        name=body.name,
        role=body.role,
        password_hash=hash_password(body.password),
    )


def create_user(
    session: Session, principal: Principal, request: RequestContext | None, body: UserCreate
) -> User:
    check_agency(session, principal, body.role, body.agency_id)
    user = _new_user(principal.partnership_id, body)
    return records.create(
        session,
        principal,
        request,
        user,
        action="user.create",
        record_type="user",
        duplicate=DUPLICATE_EMAIL,
        details={"role": user.role},
    )


def create_first_admin(session: Session, partnership_id: uuid.UUID, body: UserCreate) -> User:
    """A new partnership's first administrator, made by no one who could be named (the
    command line, the demo seed): the account ``create_user`` makes, unaudited."""
    if body.role != Role.partnership_admin or body.agency_id is not None:
        raise Invalid.field("body.role", "The first user is the partnership's administrator.")
    return records.add(session, _new_user(partnership_id, body), duplicate=DUPLICATE_EMAIL)


def update_user(
    session: Session, principal: Principal, request: RequestContext, user: User, body: UserUpdate
) -> User:
    """Change a user's name, role, agency or active flag. Disabling them, or changing their
    role or agency, ends every sign-in they have; a user keeping an active seat cannot move
    agency or leave the member role, and the last active administrator stays one."""
    changes = body.changes()
    role = changes.get("role", user.role)
    agency_id = changes.get("agency_id", user.agency_id)
    if "role" in changes or "agency_id" in changes:
        check_agency(session, principal, role, agency_id)
    role_changed, moved = role != user.role, agency_id != user.agency_id
    disabled = user.active and changes.get("active") is False
    if role_changed or moved:
        ensure_no_seat_left_behind(session, user, role, agency_id)
    losing_admin = user.role == Role.partnership_admin and (
        role != Role.partnership_admin or changes.get("active") is False
    )
    if losing_admin:
        ensure_an_admin_remains(session, user)
    if disabled or role_changed or moved:
        # A refresh token carries no role or agency; it must not outlive the account as it
        # was when signed in (nor come back to life when the account is enabled again).
        revoke_all_for_user(session, user.id)
    return records.change(
        session,
        principal,
        request,
        user,
        changes,
        action="user.update",
        record_type="user",
        details={"fields": sorted(changes), **({"role": role} if "role" in changes else {})},
    )


def reset_totp(session: Session, principal: Principal, request: RequestContext, user: User) -> User:
    """Remove a user's second factor (a lost device): they enrol again at their next
    sign-in, and every sign-in they have ends."""
    if user.id == principal.id:
        raise Conflict("Ask another administrator to reset your own second factor.")
    user.totp_secret_enc = None
    user.totp_enrolled_at = None
    user.totp_last_step = None
    revoke_all_for_user(session, user.id)
    return records.touched(
        session, principal, request, user, action="user.totp_reset", record_type="user"
    )


# The caller's own account.


def person(session: Session, principal: Principal) -> User:
    """The caller's own account; agency systems have none."""
    user = None if principal.is_client else session.get(User, principal.id)
    if user is None:
        raise Forbidden("Only people have an account here; agency systems do not.")
    return user


def _totp_context(user: User) -> str:
    return f"users.totp:{user.id}"


def _attempt(
    request: RequestContext, user: User, action: str, ip: str | None
) -> list[tuple[str, int]]:
    """The sign-in throttle, before a password or code is checked: refused while locked out."""
    try:
        return check_account_attempt(request, get_settings(), user, action=action, ip=ip)
    except AuthFailure as exc:
        raise TooManyAttempts(exc.detail, exc.retry_after or 1) from exc


def update_me(
    session: Session, principal: Principal, request: RequestContext, user: User, body: MeUpdate
) -> User:
    return records.change(
        session,
        principal,
        request,
        user,
        body.changes(),
        action="me.update",
        record_type="user",
        details={},
    )


def change_password(
    session: Session,
    principal: Principal,
    request: RequestContext,
    user: User,
    body: PasswordChange,
    ip: str | None,
) -> None:
    """A wrong current password counts towards the same limits as a failed sign-in to the
    account, and is audited; a right one replaces the password and ends every sign-in."""
    keys = _attempt(request, user, PASSWORD_FAILED, ip)
    if not verify_password(user.password_hash, body.current_password):
        record_account_failure(
            request, keys, get_settings(), user, action=PASSWORD_FAILED, reason="bad_password"
        )
        raise Invalid(
            "The current password is not right.",
            [Invalidity("body.current_password", "not right", "mismatch")],
        )
    clear_account_attempts(keys)
    user.password_hash = hash_password(body.new_password)
    revoke_all_for_user(session, user.id)
    records.touched(session, principal, request, user, action="me.password", record_type="user")


def start_totp(
    session: Session, principal: Principal, request: RequestContext, user: User
) -> tuple[str, str]:
    """A new second-factor secret, kept encrypted until confirmed with a first code; returns
    it with its otpauth:// URI."""
    if user.totp_enrolled_at is not None:
        raise Conflict("A second factor is already enrolled; remove it first.")
    secret = totp.new_secret()
    user.totp_secret_enc = get_cipher().encrypt(secret, _totp_context(user))
    user.totp_last_step = None
    records.touched(session, principal, request, user, action="me.totp_start", record_type="user")
    return secret, totp.provisioning_uri(secret, user.email, get_settings().totp_issuer)


def _check_code(request: RequestContext, user: User, code: str, step: str, ip: str | None) -> None:
    """Check a second-factor code under the sign-in throttle; each wrong one is counted and
    audited (``me.totp_failed``, naming the step: ``confirm`` or ``remove``)."""
    if not user.totp_secret_enc:
        raise Conflict("Start enrolment first.")
    keys = _attempt(request, user, TOTP_FAILED, ip)
    secret = get_cipher().decrypt(user.totp_secret_enc, _totp_context(user))
    accepted = totp.accept(secret, code, clock.now().timestamp(), user.totp_last_step)
    if accepted is None:
        record_account_failure(
            request, keys, get_settings(), user, action=TOTP_FAILED, reason="bad_totp", step=step
        )
        raise Invalid(
            "The code is not right or was already used.",
            [Invalidity("body.code", "not right", "mismatch")],
        )
    user.totp_last_step = accepted


def confirm_totp(
    session: Session,
    principal: Principal,
    request: RequestContext,
    user: User,
    code: str,
    ip: str | None,
) -> User:
    if user.totp_enrolled_at is not None:
        raise Conflict("A second factor is already enrolled.")
    _check_code(request, user, code, "confirm", ip)
    user.totp_enrolled_at = clock.now()
    return records.touched(
        session, principal, request, user, action="me.totp_enrolled", record_type="user"
    )


def remove_totp(
    session: Session,
    principal: Principal,
    request: RequestContext,
    user: User,
    code: str,
    ip: str | None,
) -> User:
    if user.totp_enrolled_at is None:
        raise Conflict("No second factor is enrolled.")
    if user.role == Role.partnership_admin and get_settings().admin_totp_mandatory:
        raise Conflict("Administrators must keep a second factor.")
    _check_code(request, user, code, "remove", ip)
    user.totp_secret_enc = None
    user.totp_enrolled_at = None
    return records.touched(
        session, principal, request, user, action="me.totp_removed", record_type="user"
    )
