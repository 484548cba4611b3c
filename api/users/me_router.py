"""The caller's own account: profile, password and second factor."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from api.audit import service as audit
from api.clock import clock
from api.concurrency import check_if_match, set_etag
from api.config import get_settings
from api.deps import CurrentPrincipal, DbSession, client_ip
from api.domain_errors import Conflict
from api.errors import FieldError, ProblemError, problem_responses
from api.partnerships.models import Agency, Partnership
from api.partnerships.schemas import AgencyOut, PartnershipRef
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
    totp_enrolment_required,
)
from api.users.models import User
from api.users.schemas import MeOut, MeUpdate, PasswordChange, TotpCode, TotpEnrolment

# Audit actions of a wrong password or code given here (and of a refusal while locked out).
PASSWORD_FAILED = "me.password_change_failed"  # noqa: S105 (an audit action)
TOTP_FAILED = "me.totp_failed"

router = APIRouter(
    prefix="/api/v1/me", tags=["me"], responses=problem_responses(400, 401, 403, 422)
)


def _person(session: Session, principal: Principal) -> User:
    user = None if principal.is_client else session.get(User, principal.id)
    if user is None:
        raise ProblemError(
            403, "Only people have an account here; agency systems do not.", slug="forbidden"
        )
    return user


def _attempt(request: Request, user: User, action: str) -> list[tuple[str, int]]:
    """The sign-in throttle, before a password or code is checked: 429 while locked out."""
    try:
        return check_account_attempt(
            request, get_settings(), user, action=action, ip=client_ip(request)
        )
    except AuthFailure as exc:
        raise ProblemError(
            429,
            exc.detail,
            slug="too-many-requests",
            headers={"Retry-After": str(exc.retry_after)},
        ) from exc


def _me(session: DbSession, principal: Principal, user: User) -> MeOut:
    partnership = session.get(Partnership, user.partnership_id)
    agency = session.get(Agency, user.agency_id) if user.agency_id else None
    assert partnership is not None
    required = totp_enrolment_required(user.role, user.totp_enrolled_at, get_settings())
    return MeOut(
        id=user.id,
        email=user.email,
        name=user.name,
        role=user.role,
        partnership=PartnershipRef.model_validate(partnership),
        agency=AgencyOut.model_validate(agency) if agency else None,
        totp_enrolled=user.totp_enrolled_at is not None,
        totp_enrolment_required=required,
        scopes=sorted(principal.scopes),
    )


@router.get("", response_model=MeOut, summary="Who am I")
def get_me(session: DbSession, principal: CurrentPrincipal, response: Response) -> MeOut:
    user = _person(session, principal)
    set_etag(response, user.version)
    return _me(session, principal, user)


@router.patch(
    "",
    response_model=MeOut,
    summary="Change my name",
    responses=problem_responses(412, 413, 415, 428),
)
def update_me(
    request: Request,
    response: Response,
    session: DbSession,
    principal: CurrentPrincipal,
    body: MeUpdate,
) -> MeOut:
    user = _person(session, principal)
    check_if_match(request, user.version)
    for field, value in body.changes().items():
        setattr(user, field, value)
    session.flush()
    set_etag(response, user.version)
    audit.record(
        session,
        "me.update",
        principal=principal,
        request=request,
        record_type="user",
        record_id=user.id,
    )
    return _me(session, principal, user)


@router.post(
    "/password",
    status_code=204,
    summary="Change my password",
    description="A wrong current password counts towards the same limits as a failed "
    "sign-in to the account (429 with Retry-After once reached) and is audited.",
    responses=problem_responses(413, 415, 429),
)
def change_password(
    request: Request, session: DbSession, principal: CurrentPrincipal, body: PasswordChange
) -> None:
    user = _person(session, principal)
    keys = _attempt(request, user, PASSWORD_FAILED)
    if not verify_password(user.password_hash, body.current_password):
        record_account_failure(
            request, keys, get_settings(), user, action=PASSWORD_FAILED, reason="bad_password"
        )
        raise ProblemError(
            422,
            "The current password is not right.",
            slug="validation",
            errors=[
                FieldError(field="body.current_password", message="not right", code="mismatch")
            ],
        )
    clear_account_attempts(keys)
    user.password_hash = hash_password(body.new_password)
    revoke_all_for_user(session, user.id)
    audit.record(
        session,
        "me.password",
        principal=principal,
        request=request,
        record_type="user",
        record_id=user.id,
    )


@router.post(
    "/totp",
    response_model=TotpEnrolment,
    status_code=201,
    summary="Start enrolling an authenticator app",
    description="Returns a new secret and its otpauth:// URI. The second factor is "
    "switched on only when confirmed with a first code.",
    responses=problem_responses(409),
)
def start_totp(request: Request, session: DbSession, principal: CurrentPrincipal) -> TotpEnrolment:
    user = _person(session, principal)
    if user.totp_enrolled_at is not None:
        raise Conflict("A second factor is already enrolled; remove it first.")
    secret = totp.new_secret()
    user.totp_secret_enc = get_cipher().encrypt(secret, f"users.totp:{user.id}")
    user.totp_last_step = None
    audit.record(
        session,
        "me.totp_start",
        principal=principal,
        request=request,
        record_type="user",
        record_id=user.id,
    )
    return TotpEnrolment(
        secret=secret,
        otpauth_uri=totp.provisioning_uri(secret, user.email, get_settings().totp_issuer),
    )


def _check_code(request: Request, user: User, code: str, step: str) -> None:
    """Check a second-factor code under the sign-in throttle; each wrong one is counted and
    audited (``me.totp_failed``, naming the step: ``confirm`` or ``remove``)."""
    if not user.totp_secret_enc:
        raise Conflict("Start enrolment first.")
    keys = _attempt(request, user, TOTP_FAILED)
    secret = get_cipher().decrypt(user.totp_secret_enc, f"users.totp:{user.id}")
    accepted = totp.accept(secret, code, clock.now().timestamp(), user.totp_last_step)
    if accepted is None:
        record_account_failure(
            request, keys, get_settings(), user, action=TOTP_FAILED, reason="bad_totp", step=step
        )
        raise ProblemError(
            422,
            "The code is not right or was already used.",
            slug="validation",
            errors=[FieldError(field="body.code", message="not right", code="mismatch")],
        )
    user.totp_last_step = accepted


@router.post(
    "/totp/confirm",
    response_model=MeOut,
    summary="Confirm enrolment with a first code",
    description="A wrong code counts towards the same limits as a failed sign-in to the "
    "account (429 with Retry-After once reached) and is audited.",
    responses=problem_responses(409, 413, 415, 429),
)
def confirm_totp(
    request: Request, session: DbSession, principal: CurrentPrincipal, body: TotpCode
) -> MeOut:
    user = _person(session, principal)
    if user.totp_enrolled_at is not None:
        raise Conflict("A second factor is already enrolled.")
    _check_code(request, user, body.code, "confirm")
    user.totp_enrolled_at = clock.now()
    session.flush()
    audit.record(
        session,
        "me.totp_enrolled",
        principal=principal,
        request=request,
        record_type="user",
        record_id=user.id,
    )
    return _me(session, principal, user)


@router.post(
    "/totp/remove",
    response_model=MeOut,
    summary="Remove my second factor",
    description="A wrong code counts towards the same limits as a failed sign-in to the "
    "account (429 with Retry-After once reached) and is audited.",
    responses=problem_responses(409, 413, 415, 429),
)
def remove_totp(
    request: Request, session: DbSession, principal: CurrentPrincipal, body: TotpCode
) -> MeOut:
    user = _person(session, principal)
    if user.totp_enrolled_at is None:
        raise Conflict("No second factor is enrolled.")
    if user.role == Role.partnership_admin and get_settings().admin_totp_mandatory:
        raise Conflict("Administrators must keep a second factor.")
    _check_code(request, user, body.code, "remove")
    user.totp_secret_enc = None
    user.totp_enrolled_at = None
    session.flush()
    audit.record(
        session,
        "me.totp_removed",
        principal=principal,
        request=request,
        record_type="user",
        record_id=user.id,
    )
    return _me(session, principal, user)
