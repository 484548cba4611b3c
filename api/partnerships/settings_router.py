"""The partnership's settings the review work reads: the attendance threshold and how often
practitioners are to be contacted."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from api.audit import service as audit
from api.concurrency import check_if_match, set_etag
from api.deps import Admin, DbSession, ReviewsReader
from api.domain_errors import Forbidden
from api.errors import problem_responses
from api.meetings.schemas import PartnershipSettingsOut, PartnershipSettingsUpdate
from api.reviews.service import partnership_of

router = APIRouter(
    prefix="/api/v1/partnership",
    tags=["partnership"],
    responses=problem_responses(400, 401, 403, 422),
)


@router.get(
    "/settings",
    response_model=PartnershipSettingsOut,
    summary="The partnership's settings",
    description="For the partnership's staff (agency systems are refused, 403).",
)
def get_settings(
    response: Response, session: DbSession, principal: ReviewsReader
) -> PartnershipSettingsOut:
    if principal.kind != "user":
        raise Forbidden("The partnership's settings are for its staff.")
    partnership = partnership_of(session, principal)
    set_etag(response, partnership.version)
    return PartnershipSettingsOut.model_validate(partnership)


@router.patch(
    "/settings",
    response_model=PartnershipSettingsOut,
    summary="Change the partnership's settings",
    description="Administrators only. Send `If-Match` with the ETag of "
    "`GET /partnership/settings`. Members' attendance and practitioner-contact duties are "
    "derived against the new values from the next read. Audited, with before and after.",
    responses=problem_responses(412, 413, 415, 428),
)
def patch_settings(
    request: Request,
    response: Response,
    session: DbSession,
    principal: Admin,
    body: PartnershipSettingsUpdate,
) -> PartnershipSettingsOut:
    partnership = partnership_of(session, principal)
    check_if_match(request, partnership.version)
    changes = body.changes()
    before = PartnershipSettingsOut.model_validate(partnership).model_dump()
    for field, value in changes.items():
        setattr(partnership, field, value)
    session.flush()
    after = PartnershipSettingsOut.model_validate(partnership)
    audit.record(
        session,
        "partnership.settings_changed",
        principal=principal,
        request=request,
        record_type="partnership",
        record_id=partnership.id,
        details={"before": before, "after": after.model_dump()},
    )
    set_etag(response, partnership.version)
    return after
