"""HTTP for a review's practitioners and their contact log."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from api.concurrency import check_if_match, set_etag
from api.db import end_read
from api.deps import DbSession, PractitionersReader, PractitionersWriter, ReviewsReader
from api.domain_errors import NotFound, PreconditionFailed
from api.errors import problem_responses
from api.pagination import Page, Pagination, paginate
from api.practitioners import repository, service
from api.practitioners.models import Practitioner, PractitionerContact
from api.practitioners.schemas import (
    ContactCreate,
    ContactOut,
    PractitionerCreate,
    PractitionerOut,
    PractitionerReplace,
    PractitionerSummary,
    PractitionerUpdate,
    PractitionerWithdraw,
)
from api.reviews.deps import ReviewForPractitionerChanges, ReviewForPractitioners, ReviewToRead
from api.reviews.repository import AS_PARENT, get_review
from api.reviews.responses import json_body_response

router = APIRouter(
    prefix="/api/v1/reviews/{review_id}",
    tags=["practitioners"],
    responses=problem_responses(400, 401, 403, 404, 422),
)

WHO_READS = (
    "Answered with the practitioners the caller may see in full: every one for the "
    "partnership's administrators and the review's lead reviewer; their own agency's for a "
    "member (or deputy) seated on the review and for the agency's own system; none for "
    "anyone else (the counts are at `/practitioner-counts`). Every answer carrying a "
    "practitioner's name and contact details is audited."
)
WHO_WRITES = (
    "A member (or deputy) seated on the review, or their agency's own system, for their "
    "own agency's practitioners only; administrators and lead reviewers read but do not "
    "change an agency's list (403)."
)
ExternalRef = Annotated[
    str,
    Path(
        min_length=1,
        max_length=100,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$",
        description="The agency system's own id for the practitioner",
        examples=["HR-004512"],
    ),
]


def _location(practitioner: Practitioner) -> str:
    return f"/api/v1/reviews/{practitioner.review_id}/practitioners/{practitioner.id}"


@router.get(
    "/practitioners",
    response_model=Page[PractitionerOut],
    summary="A review's practitioners",
    description=WHO_READS,
)
def list_practitioners(
    request: Request,
    session: DbSession,
    principal: PractitionersReader,
    review_id: uuid.UUID,
    page: Pagination,
    agency_id: uuid.UUID | None = None,
    active: Annotated[bool | None, Query(description="Only active (or withdrawn)")] = None,
) -> Response:
    rows, cursor = repository.list_page(
        session, principal, review_id, page, agency_id=agency_id, active=active
    )
    if not rows:
        # A practitioner the caller reaches is on a review they reach (the rows' rule says
        # so), so only an empty page needs the review itself: to answer 404 (audited) if it
        # is out of reach. A full page costs no query for it.
        get_review(session, principal, review_id, request, options=[AS_PARENT])
    body = json_body_response(
        {
            "items": service.list_items(session, principal, request, review_id, rows),
            "next_cursor": cursor,
        }
    )
    end_read(session)
    return body


@router.get(
    "/practitioner-counts",
    response_model=PractitionerSummary,
    summary="How many practitioners each agency has on the review",
    description="Counts only, no personal details: for everyone who reaches the review.",
)
def practitioner_summary(
    session: DbSession, principal: ReviewsReader, review: ReviewToRead
) -> PractitionerSummary:
    return service.summary(session, principal, review)


@router.post(
    "/practitioners",
    response_model=PractitionerOut,
    status_code=201,
    summary="Add a practitioner of the caller's agency",
    description=WHO_WRITES + " Name and contact details are encrypted at rest.",
    responses=problem_responses(409, 413, 415),
)
def create_practitioner(
    request: Request,
    response: Response,
    session: DbSession,
    principal: PractitionersWriter,
    review: ReviewForPractitionerChanges,
    body: PractitionerCreate,
) -> PractitionerOut:
    practitioner = service.create(session, principal, request, review, body)
    set_etag(response, practitioner.version)
    response.headers["Location"] = _location(practitioner)
    return service.present(session, principal, request, review, [practitioner])[0]


@router.put(
    "/practitioners/by-ref/{external_ref}",
    response_model=PractitionerOut,
    summary="Create or replace a practitioner by the agency system's own id",
    description="For an agency's nightly sync: creates the caller's agency's practitioner "
    "known by `external_ref` (201), or replaces every field of the one that exists (200; "
    "If-Match required, 428 without it, 412 if stale). A push identical to what is stored "
    "changes nothing: no new version, no audit event but the read. " + WHO_WRITES,
    responses={
        201: {"description": "Created", "model": PractitionerOut},
        **problem_responses(409, 412, 413, 415, 428),
    },
)
def put_practitioner(
    request: Request,
    response: Response,
    session: DbSession,
    principal: PractitionersWriter,
    review: ReviewForPractitionerChanges,
    external_ref: ExternalRef,
    body: PractitionerReplace,
) -> PractitionerOut:
    agency_id = service.writing_agency(session, principal, review)
    found = repository.by_external_ref(
        session, principal, review, agency_id, external_ref, for_update=True
    )
    if found is None:
        if request.headers.get("if-match"):
            raise PreconditionFailed("No practitioner has this external_ref yet.")
        practitioner = service.create(
            session,
            principal,
            request,
            review,
            PractitionerCreate(**body.model_dump(), external_ref=external_ref),
        )
        response.status_code = 201
        response.headers["Location"] = _location(practitioner)
    else:
        practitioner = found
        check_if_match(request, practitioner.version)
        if not service.identical(practitioner, body):
            service.replace(session, principal, request, review, practitioner, body)
    set_etag(response, practitioner.version)
    return service.present(session, principal, request, review, [practitioner])[0]


@router.get(
    "/practitioners/{practitioner_id:uuid}",
    response_model=PractitionerOut,
    summary="One practitioner",
    description=WHO_READS,
)
def get_practitioner(
    request: Request,
    response: Response,
    session: DbSession,
    principal: PractitionersReader,
    review: ReviewForPractitioners,
    practitioner_id: uuid.UUID,
) -> PractitionerOut:
    practitioner = repository.get_practitioner(session, principal, review, practitioner_id)
    set_etag(response, practitioner.version)
    return service.present(session, principal, request, review, [practitioner])[0]


@router.patch(
    "/practitioners/{practitioner_id:uuid}",
    response_model=PractitionerOut,
    summary="Change a practitioner",
    description=WHO_WRITES + " A withdrawn practitioner is kept as it was (409).",
    responses=problem_responses(409, 412, 413, 415, 428),
)
def update_practitioner(
    request: Request,
    response: Response,
    session: DbSession,
    principal: PractitionersWriter,
    review: ReviewForPractitionerChanges,
    practitioner_id: uuid.UUID,
    body: PractitionerUpdate,
) -> PractitionerOut:
    practitioner = repository.get_practitioner(
        session, principal, review, practitioner_id, for_update=True
    )
    service.ensure_writer(session, principal, review, practitioner)
    check_if_match(request, practitioner.version)
    service.update(session, principal, request, review, practitioner, body)
    set_etag(response, practitioner.version)
    return service.present(session, principal, request, review, [practitioner])[0]


@router.post(
    "/practitioners/{practitioner_id:uuid}/withdraw",
    response_model=PractitionerOut,
    summary="Withdraw a practitioner",
    description="A dated state with a reason, never a delete: the record and its contact "
    "log are kept. " + WHO_WRITES,
    responses=problem_responses(409, 413, 415),
)
def withdraw_practitioner(
    request: Request,
    response: Response,
    session: DbSession,
    principal: PractitionersWriter,
    review: ReviewForPractitionerChanges,
    practitioner_id: uuid.UUID,
    body: PractitionerWithdraw,
) -> PractitionerOut:
    practitioner = repository.get_practitioner(
        session, principal, review, practitioner_id, for_update=True
    )
    service.withdraw(session, principal, request, review, practitioner, body)
    set_etag(response, practitioner.version)
    return service.present(session, principal, request, review, [practitioner])[0]


@router.get(
    "/practitioners/{practitioner_id:uuid}/contacts",
    response_model=Page[ContactOut],
    summary="A practitioner's contact log, oldest first",
    description="Append-only: corrections are later entries naming the one they correct. "
    "Read as the practitioner is.",
)
def list_contacts(
    session: DbSession,
    principal: PractitionersReader,
    review: ReviewForPractitioners,
    practitioner_id: uuid.UUID,
    page: Pagination,
) -> Page[ContactOut]:
    practitioner = repository.get_practitioner(session, principal, review, practitioner_id)
    rows, cursor = paginate(
        session,
        repository.contacts_statement(principal, practitioner),
        page,
        [PractitionerContact.recorded_at, PractitionerContact.id],
        updated_column=PractitionerContact.recorded_at,
    )
    return Page(items=[ContactOut.model_validate(c) for c in rows], next_cursor=cursor)


@router.post(
    "/practitioners/{practitioner_id:uuid}/contacts",
    response_model=ContactOut,
    status_code=201,
    summary="Record a contact with a practitioner",
    description="Kinds: introduction, update, pre-event briefing, aftercare, other; "
    "`contacted_on` not in the future. Entries are never changed or deleted; to correct "
    "one, add another naming it in `corrects`. " + WHO_WRITES,
    responses=problem_responses(413, 415),
)
def add_contact(
    request: Request,
    response: Response,
    session: DbSession,
    principal: PractitionersWriter,
    review: ReviewForPractitionerChanges,
    practitioner_id: uuid.UUID,
    body: ContactCreate,
) -> ContactOut:
    practitioner = repository.get_practitioner(session, principal, review, practitioner_id)
    contact = service.add_contact(session, principal, request, review, practitioner, body)
    response.headers["Location"] = f"{_location(practitioner)}/contacts/{contact.id}"
    return ContactOut.model_validate(contact)


@router.get(
    "/practitioners/{practitioner_id:uuid}/contacts/{contact_id}",
    response_model=ContactOut,
    summary="One entry of a practitioner's contact log",
)
def get_contact(
    session: DbSession,
    principal: PractitionersReader,
    review: ReviewForPractitioners,
    practitioner_id: uuid.UUID,
    contact_id: uuid.UUID,
) -> ContactOut:
    practitioner = repository.get_practitioner(session, principal, review, practitioner_id)
    contact = repository.get_contact(session, principal, practitioner, contact_id)
    if contact is None:
        raise NotFound("contact")
    return ContactOut.model_validate(contact)
