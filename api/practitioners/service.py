"""Practitioners and their contact log: who may see and change what.

Rows (``models``'s record rule) are reached by the review's managers (partnership
administrators, the review's lead reviewer), by members seated on the review (as member or
deputy) for the agency they belong to now, for their own agency's practitioners, and by the
agency's own system for its agency's; everyone else who reaches the review (viewers, other
agencies' members) reaches none of them and sees counts per agency only
(``summary``). So a caller who reaches a practitioner is entitled to the personal details:
every answer carrying them writes one ``practitioner.identifying_read`` audit event, in the
request's transaction, naming each practitioner in it (``records``; ``record_id`` too when
there is one) and the fields shown: one event a read, as a FHIR AuditEvent lists the entities
a search returned, so that a page of 200 costs one row in the chain, not 200.

Changes (scope ``practitioners:write``): the agency's own seated member or deputy, or the
agency's own system while the agency has an active seat on the review, for that agency's
practitioners only. Administrators and lead reviewers read; they do not change an agency's
list (a 403). Withdrawing is a dated state; the contact log is append-only.

Name, work e-mail, phone, line manager and the involvement text are encrypted at rest
(AES-GCM), each value bound to its row and field.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.audit import service as audit
from api.clock import clock
from api.concurrency import etag_of
from api.domain_errors import Conflict, Forbidden, Invalid, Invalidity
from api.practitioners import repository
from api.practitioners.models import Practitioner, PractitionerContact
from api.practitioners.schemas import (
    AgencyCount,
    ContactCreate,
    PractitionerCreate,
    PractitionerFields,
    PractitionerOut,
    PractitionerSummary,
    PractitionerUpdate,
    PractitionerWithdraw,
)
from api.request_context import RequestContext
from api.reviews.models import Review
from api.security.crypto import get_cipher
from api.security.principal import Principal
from api.security.roles import Role

# The personal fields, each stored encrypted in ``<field>_enc``.
SEALED = ("name", "work_email", "phone", "line_manager", "involvement")
PLAIN = (
    "job_title",
    "team",
    "involved_from",
    "involved_to",
    "consent_to_contact",
    "support_status",
)
IDENTIFYING = ("name", "work_email", "phone", "line_manager")


def _ctx(practitioner_id: uuid.UUID | str, field: str) -> str:
    return f"practitioners.{field}:{practitioner_id}"


def _open(practitioner: Practitioner, field: str) -> str | None:
    sealed: str | None = getattr(practitioner, f"{field}_enc")
    if sealed is None:
        return None
    return get_cipher().decrypt(sealed, _ctx(practitioner.id, field))


def _seal(practitioner: Practitioner, field: str, value: str | None) -> None:
    setattr(
        practitioner,
        f"{field}_enc",
        None if value is None else get_cipher().encrypt(value, _ctx(practitioner.id, field)),
    )


def values_of(practitioner: Practitioner) -> dict[str, Any]:
    """The practitioner's fields as an agency gives them (``PractitionerFields``), in clear."""
    return {
        **{field: _open(practitioner, field) for field in SEALED},
        **{field: getattr(practitioner, field) for field in PLAIN},
    }


def _item(source: Mapping[str, Any], opened: Mapping[str, Any]) -> dict[str, Any]:
    """A practitioner laid out as ``PractitionerOut``: ``source`` has the columns (an ORM
    object's, ``_columns``, or a list row's in their JSON form, ``repository.WIRE_COLUMNS``),
    ``opened`` the personal fields in clear."""
    return {
        "id": source["id"],
        "review_id": source["review_id"],
        "agency_id": source["agency_id"],
        "external_ref": source["external_ref"],
        "name": opened["name"],
        "job_title": source["job_title"],
        "team": source["team"],
        "work_email": opened["work_email"],
        "phone": opened["phone"],
        "line_manager": opened["line_manager"],
        "involvement": opened["involvement"],
        "involved_from": source["involved_from"],
        "involved_to": source["involved_to"],
        "consent_to_contact": source["consent_to_contact"],
        "support_status": source["support_status"],
        "active": source["withdrawn_on"] is None,
        "withdrawn_on": source["withdrawn_on"],
        "withdrawn_reason": source["withdrawn_reason"],
        "created_at": source["created_at"],
        "updated_at": source["updated_at"],
        "etag": etag_of(source["version"]),
    }


def _columns(practitioner: Practitioner) -> dict[str, Any]:
    return {name: getattr(practitioner, name) for name in repository.WIRE_NAMES}


def audit_read(
    session: Session,
    principal: Principal,
    request: RequestContext | None,
    review_id: uuid.UUID,
    ids: list[str],
    shown: set[str],
) -> None:
    """One ``practitioner.identifying_read`` event naming every practitioner in the answer
    and which of their personal fields it showed (``shown``); none for an answer with none."""
    if not ids:
        return
    audit.record(
        session,
        "practitioner.identifying_read",
        principal=principal,
        request=request,
        record_type="practitioner",
        record_id=ids[0] if len(ids) == 1 else None,
        review_id=review_id,
        details={"records": ids, "fields": [field for field in IDENTIFYING if field in shown]},
    )


def _laid_out(
    sources: Iterable[Mapping[str, Any]],
) -> tuple[list[dict[str, Any]], list[str], set[str]]:
    """Practitioners' columns (``_columns`` of an ORM object, or a list row by
    ``repository.WIRE_NAMES``) laid out as ``PractitionerOut``, personal fields opened; with
    the ids shown and which identifying fields were, for ``audit_read``."""
    decrypt = get_cipher().decrypt
    out = []
    ids = []
    shown: set[str] = set()
    for columns in sources:
        practitioner_id = columns["id"]
        ids.append(str(practitioner_id))
        opened = {}
        for field in SEALED:
            sealed = columns[f"{field}_enc"]
            opened[field] = (
                None if sealed is None else decrypt(sealed, _ctx(practitioner_id, field))
            )
        shown.update(field for field in IDENTIFYING if opened[field] is not None)
        out.append(_item(columns, opened))
    return out, ids, shown


def present(
    session: Session,
    principal: Principal,
    request: RequestContext | None,
    review: Review,
    practitioners: list[Practitioner],
) -> list[PractitionerOut]:
    """The practitioners, with their personal details (the caller reaches them, so is
    entitled); audits the read as one event naming every practitioner in the answer."""
    items, ids, shown = _laid_out(_columns(practitioner) for practitioner in practitioners)
    audit_read(session, principal, request, review.id, ids, shown)
    return [PractitionerOut.model_validate(item) for item in items]


def list_items(
    session: Session,
    principal: Principal,
    request: RequestContext | None,
    review_id: uuid.UUID,
    rows: list[Row[Any]],
) -> list[dict[str, Any]]:
    """A list page (``repository.list_page`` rows) as ``PractitionerOut`` writes it, personal
    fields opened; audited as ``present`` is."""
    names = repository.WIRE_NAMES
    items, ids, shown = _laid_out(dict(zip(names, row, strict=True)) for row in rows)
    audit_read(session, principal, request, review_id, ids, shown)
    return items


def summary(session: Session, principal: Principal, review: Review) -> PractitionerSummary:
    """Counts per agency: for everyone who reaches the review."""
    counts = repository.counts_by_agency(session, principal, review)
    return PractitionerSummary(
        review_id=review.id,
        agencies=[AgencyCount(agency_id=a, active=n, withdrawn=w) for a, n, w in counts],
        active=sum(n for _, n, _ in counts),
    )


def writing_agency(session: Session, principal: Principal, review: Review) -> uuid.UUID:
    """The agency whose practitioners the caller changes on ``review``: their own, while they
    (a member or deputy), or for an agency's system any of its people, hold an active seat on
    it. Forbidden for anyone else."""
    agency_id = principal.agency_id
    may = (principal.kind == "user" and principal.role == Role.member) or (
        principal.is_agency_system
    )
    if (
        may
        and agency_id is not None
        and repository.active_seat_for(session, principal, review, agency_id) is not None
    ):
        return agency_id
    raise Forbidden(
        "Only a current member of the review team (or their agency's system) adds and "
        "changes their own agency's practitioners."
    )


def _ensure_writer(session: Session, principal: Principal, review: Review, p: Practitioner) -> None:
    if writing_agency(session, principal, review) != p.agency_id:
        raise Forbidden("You change only your own agency's practitioners.")


def _check_period(review: Review, values: Mapping[str, Any]) -> None:
    """Involvement dates within the review's terms-of-reference period, when it holds one."""
    start, end = review.tor_period_start, review.tor_period_end
    wrong = []
    for field in ("involved_from", "involved_to"):
        when: date | None = values.get(field)
        if when is None:
            continue
        if (start is not None and when < start) or (end is not None and when > end):
            wrong.append(
                Invalidity(
                    f"body.{field}",
                    "outside the review's terms-of-reference period "
                    f"({start.isoformat() if start else '…'} to "
                    f"{end.isoformat() if end else '…'})",
                    "outside_period",
                )
            )
    start_on, end_on = values.get("involved_from"), values.get("involved_to")
    if start_on and end_on and end_on < start_on:
        wrong.append(Invalidity("body.involved_to", "before involved_from", "dates_out_of_order"))
    if wrong:
        raise Invalid("Involvement dates do not fit.", wrong)


def _assign(practitioner: Practitioner, values: Mapping[str, Any]) -> None:
    for field, value in values.items():
        if field in SEALED:
            _seal(practitioner, field, value)
        else:
            setattr(practitioner, field, value)


def _fields(body: PractitionerFields) -> dict[str, Any]:
    return {field: getattr(body, field) for field in (*SEALED, *PLAIN)}


def create(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: PractitionerCreate,
    *,
    external_ref: str | None = None,
) -> Practitioner:
    agency_id = writing_agency(session, principal, review)
    values = _fields(body)
    _check_period(review, values)
    ref = external_ref if external_ref is not None else body.external_ref
    practitioner = Practitioner(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        agency_id=agency_id,
        external_ref=ref,
        created_by_type=principal.kind,
        created_by_id=principal.id,
        # On the clock declarations are dated by: the identify duty compares the two.
        created_at=clock.now(),
    )
    _assign(practitioner, values)
    try:
        with session.begin_nested():
            session.add(practitioner)
            session.flush()
    except IntegrityError as exc:
        raise Conflict(
            "Your agency already has a practitioner with this external_ref on the review; "
            "use PUT /practitioners/by-ref/{external_ref} to replace them.",
            code="duplicate_external_ref",
        ) from exc
    audit.record(
        session,
        "practitioner.create",
        principal=principal,
        request=request,
        record_type="practitioner",
        record_id=practitioner.id,
        review_id=review.id,
        details={"agency_id": str(agency_id)},
    )
    return practitioner


def _change(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    practitioner: Practitioner,
    changes: dict[str, Any],
) -> list[str]:
    """Apply what differs from the stored values; audit and bump the version only if
    something does. Returns the changed fields."""
    if practitioner.withdrawn_on is not None:
        raise Conflict("This practitioner was withdrawn; their record is kept as it was.")
    current = values_of(practitioner)
    _check_period(review, {**current, **changes})
    changed = {f: v for f, v in changes.items() if current.get(f) != v}
    if not changed:
        return []
    _assign(practitioner, changed)
    session.flush()
    audit.record(
        session,
        "practitioner.update",
        principal=principal,
        request=request,
        record_type="practitioner",
        record_id=practitioner.id,
        review_id=review.id,
        details={"fields": sorted(changed)},
    )
    return sorted(changed)


def ensure_writer(
    session: Session, principal: Principal, review: Review, practitioner: Practitioner
) -> None:
    """Forbidden unless the caller changes this practitioner's agency's list."""
    _ensure_writer(session, principal, review, practitioner)


def update(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    practitioner: Practitioner,
    body: PractitionerUpdate,
) -> None:
    _change(session, principal, request, review, practitioner, body.changes())


def identical(practitioner: Practitioner, body: PractitionerFields) -> bool:
    """Whether ``body`` is exactly what is stored (a sync's unchanged push)."""
    return values_of(practitioner) == _fields(body)


def replace(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    practitioner: Practitioner,
    body: PractitionerFields,
) -> None:
    """Every field as ``body`` gives it (those left out cleared)."""
    _change(session, principal, request, review, practitioner, _fields(body))


def withdraw(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    practitioner: Practitioner,
    body: PractitionerWithdraw,
) -> None:
    _ensure_writer(session, principal, review, practitioner)
    if practitioner.withdrawn_on is not None:
        raise Conflict(
            f"This practitioner was already withdrawn, on {practitioner.withdrawn_on.isoformat()}."
        )
    today = clock.today()
    withdrawn_on = body.withdrawn_on or today
    if withdrawn_on > today:
        raise Invalid.field("body.withdrawn_on", "cannot be in the future", "future_date")
    practitioner.withdrawn_on = withdrawn_on
    practitioner.withdrawn_reason = body.reason
    session.flush()
    audit.record(
        session,
        "practitioner.withdraw",
        principal=principal,
        request=request,
        record_type="practitioner",
        record_id=practitioner.id,
        review_id=review.id,
    )


def add_contact(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    practitioner: Practitioner,
    body: ContactCreate,
) -> PractitionerContact:
    _ensure_writer(session, principal, review, practitioner)
    if body.contacted_on > clock.today():
        raise Invalid.field("body.contacted_on", "cannot be in the future", "future_date")
    if body.corrects is not None and (
        repository.get_contact(session, principal, practitioner, body.corrects) is None
    ):
        raise Invalid.field(
            "body.corrects", "no such entry in this practitioner's log", "unknown_entry"
        )
    contact = PractitionerContact(
        partnership_id=review.partnership_id,
        review_id=review.id,
        practitioner_id=practitioner.id,
        agency_id=practitioner.agency_id,
        kind=body.kind,
        contacted_on=body.contacted_on,
        note=body.note,
        corrects_id=body.corrects,
        recorded_by_type=principal.kind,
        recorded_by_id=principal.id,
        recorded_at=clock.now(),
    )
    session.add(contact)
    session.flush()
    audit.record(
        session,
        "practitioner_contact.create",
        principal=principal,
        request=request,
        record_type="practitioner_contact",
        record_id=contact.id,
        review_id=review.id,
        details={"practitioner_id": str(practitioner.id), "kind": body.kind.value},
    )
    return contact
