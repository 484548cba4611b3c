"""The demo's paperwork on Child C's review: a chronology asked of every agency (the
council's accepted, the police's returned and sent again, the school's awaiting the lead
reviewer, health's overdue), and an agency report asked of every agency, not yet due. The
files are small PDFs of invented text, written to the configured file store."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta

import anyio
from sqlalchemy.orm import Session

from api.clock import clock
from api.documents import repository, service
from api.documents.models import DocumentDecision, DocumentKind, DocumentRequest
from api.documents.schemas import DecisionCreate, DocumentToAll
from api.files.store import get_store
from api.files.transfer import Received
from api.reviews.demo import seed_request
from api.reviews.models import Review
from api.security.principal import Principal


def _pdf(text: str) -> bytes:
    return (
        b"%PDF-1.4\n% FICTIONAL DEMO DOCUMENT\n1 0 obj << /Type /Catalog >> endobj\n% "
        + text.encode()
        + b"\n%%EOF\n"
    )


async def _one(data: bytes) -> AsyncIterator[bytes]:
    yield data


def _submit(
    session: Session,
    member: Principal,
    review: Review,
    document: DocumentRequest,
    name: str,
    text: str,
) -> None:
    """``member`` sends a file against ``document``, as the upload route would record it."""
    data = _pdf(text)
    store = get_store()
    file_id = uuid.uuid4()
    key = f"{review.partnership_id}/{file_id}"
    anyio.run(store.save, key, _one(data))
    service.add_version(
        session,
        member,
        seed_request(),
        review,
        document,
        Received(
            file_id=file_id,
            store=store.name,
            key=key,
            size_bytes=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            media_type="application/pdf",
            file_name=name,
        ),
    )
    session.flush()


def _decide(
    session: Session,
    lead: Principal,
    review: Review,
    document: DocumentRequest,
    body: DecisionCreate,
) -> None:
    latest = repository.latest_versions(session, lead, review, [document.id])
    version = latest[document.id][0]
    service.decide(session, lead, seed_request(), review, document, version, body)


def seed_documents(
    session: Session, lead: Principal, team: list[Principal], review: Review
) -> None:
    today = clock.today()
    request = seed_request()
    chronologies = service.ask_all(
        session,
        lead,
        request,
        review,
        DocumentToAll(
            kind=DocumentKind.chronology,
            title="Chronology of involvement",
            due_on=today,
            note="FICTIONAL DEMO TEXT. Use the partnership's chronology template.",
        ),
    )
    service.ask_all(
        session,
        lead,
        request,
        review,
        DocumentToAll(
            kind=DocumentKind.agency_report,
            title="Agency report",
            due_on=today + timedelta(days=21),
        ),
    )
    by_agency = {d.agency_id: d for d in chronologies}
    council, police, health, school = team
    of = {member: by_agency[member.agency_id] for member in team if member.agency_id}
    accepted = DecisionCreate(decision=DocumentDecision.accepted)
    _submit(session, council, review, of[council], "council-chronology.pdf", "v1")
    _decide(session, lead, review, of[council], accepted)
    police_doc = of[police]
    _submit(session, police, review, police_doc, "police-chronology.pdf", "v1")
    _decide(
        session,
        lead,
        review,
        police_doc,
        DecisionCreate(
            decision=DocumentDecision.returned,
            comment="FICTIONAL DEMO TEXT. Please add the entries for May and June.",
        ),
    )
    _submit(session, police, review, police_doc, "police-chronology-v2.pdf", "v2")
    _submit(session, school, review, of[school], "school-chronology.pdf", "v1")
    # Health's chronology was due: back-date it so the demo shows one overdue.
    of[health].due_on = today - timedelta(days=5)
    session.flush()
