"""Every query about document requests, their versions and their files goes through here, and
through ``in_review`` (the review's reach) for scoping. Who may do what is decided in
``service``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.documents.models import DocumentRequest, DocumentVersion, StoredFile
from api.domain_errors import NotFound
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal

LIST_KEYS = [DocumentRequest.created_at, DocumentRequest.id]
VERSION_KEYS = [DocumentVersion.number, DocumentVersion.id]


def requests_statement(session: Session, principal: Principal, review: Review) -> Any:
    """The document requests of ``review`` the caller reaches."""
    return in_review(session, select(DocumentRequest), DocumentRequest, principal, review)


def get_request(
    session: Session,
    principal: Principal,
    review: Review,
    document_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> DocumentRequest:
    """A document request of ``review``; NotFound if it has none the caller reaches."""
    statement = requests_statement(session, principal, review).where(
        DocumentRequest.id == document_id
    )
    if for_update:
        statement = statement.with_for_update()
    found: DocumentRequest | None = session.scalars(statement).first()
    if found is None:
        raise NotFound("document")
    return found


def versions_statement(
    session: Session, principal: Principal, review: Review, document_id: uuid.UUID
) -> Any:
    """The versions of one request, each with its file."""
    return in_review(
        session,
        select(DocumentVersion, StoredFile).join(
            StoredFile, StoredFile.id == DocumentVersion.file_id
        ),
        DocumentVersion,
        principal,
        review,
    ).where(DocumentVersion.document_id == document_id)


def get_version(
    session: Session,
    principal: Principal,
    review: Review,
    document_id: uuid.UUID,
    version_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> tuple[DocumentVersion, StoredFile]:
    statement = versions_statement(session, principal, review, document_id).where(
        DocumentVersion.id == version_id
    )
    if for_update:
        statement = statement.with_for_update(of=DocumentVersion)
    found = session.execute(statement).first()
    if found is None:
        raise NotFound("document version")
    return found[0], found[1]


def latest_versions(
    session: Session, principal: Principal, review: Review, document_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, tuple[DocumentVersion, StoredFile, int]]:
    """Each request's latest version, its file and how many versions it has, for the
    requests of a page (one statement)."""
    ids = list(document_ids)
    if not ids:
        return {}
    counted = (
        in_review(
            session,
            select(
                DocumentVersion.id.label("version_id"),
                func.row_number()
                .over(
                    partition_by=DocumentVersion.document_id,
                    order_by=DocumentVersion.number.desc(),
                )
                .label("rank"),
                func.count().over(partition_by=DocumentVersion.document_id).label("versions"),
            ),
            DocumentVersion,
            principal,
            review,
        )
        .where(DocumentVersion.document_id.in_(ids))
        .subquery()
    )
    rows = session.execute(
        select(DocumentVersion, StoredFile, counted.c.versions)
        .join(counted, counted.c.version_id == DocumentVersion.id)
        .join(StoredFile, StoredFile.id == DocumentVersion.file_id)
        .where(counted.c.rank == 1)
    )
    return {version.document_id: (version, file, int(n)) for version, file, n in rows}


def next_number(
    session: Session, principal: Principal, review: Review, document_id: uuid.UUID
) -> int:
    statement = in_review(
        session, select(func.max(DocumentVersion.number)), DocumentVersion, principal, review
    ).where(DocumentVersion.document_id == document_id)
    return int(session.scalar(statement) or 0) + 1


def files_of(
    session: Session, principal: Principal, review: Review, file_ids: Iterable[uuid.UUID | None]
) -> dict[uuid.UUID, StoredFile]:
    """The stored files of ``review`` among ``file_ids`` (``None`` skipped), by id."""
    ids = [i for i in file_ids if i is not None]
    if not ids:
        return {}
    statement = in_review(session, select(StoredFile), StoredFile, principal, review).where(
        StoredFile.id.in_(ids)
    )
    return {f.id: f for f in session.scalars(statement)}
