"""HTTP for the caller's own account (profile, password and second factor): translate
requests to the service and results to responses, nothing more."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from api import records
from api.config import get_settings
from api.deps import CurrentPrincipal, DbSession, client_ip
from api.errors import problem_responses
from api.partnerships.schemas import AgencyOut, PartnershipRef
from api.security.principal import Principal
from api.security.service import totp_enrolment_required
from api.users import repository, service
from api.users.models import User
from api.users.schemas import MeOut, MeUpdate, PasswordChange, TotpCode, TotpEnrolment

router = APIRouter(
    prefix="/api/v1/me", tags=["me"], responses=problem_responses(400, 401, 403, 422)
)


def _me(session: Session, principal: Principal, user: User) -> MeOut:
    partnership, agency = repository.partnership_and_agency(session, user)
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
    user = service.person(session, principal)
    records.answer(response, user)
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
    user = service.person(session, principal)
    records.check_version(request, user)
    user = service.update_me(session, principal, request, user, body)
    records.answer(response, user)
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
    user = service.person(session, principal)
    service.change_password(session, principal, request, user, body, client_ip(request))


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
    user = service.person(session, principal)
    secret, uri = service.start_totp(session, principal, request, user)
    return TotpEnrolment(secret=secret, otpauth_uri=uri)


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
    user = service.person(session, principal)
    user = service.confirm_totp(session, principal, request, user, body.code, client_ip(request))
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
    user = service.person(session, principal)
    user = service.remove_totp(session, principal, request, user, body.code, client_ip(request))
    return _me(session, principal, user)
