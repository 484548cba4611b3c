"""Rules for a partnership's agencies: names unique within the partnership, and only an
active agency of the caller's own partnership may be named on a user or an API client.

Services never commit: the request does. Every change is audited in the same transaction
(``api.records``)."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from api import records
from api.domain_errors import Invalid, Invalidity
from api.partnerships import repository
from api.partnerships.models import Agency
from api.partnerships.schemas import AgencyCreate, AgencyUpdate
from api.request_context import RequestContext
from api.security.principal import Principal

DUPLICATE_NAME = "An agency with this name already exists."


def ensure_active_agency(session: Session, principal: Principal, agency_id: uuid.UUID) -> None:
    """The agency named in a body is this partnership's and active (422 otherwise)."""
    agency = repository.find_agency(session, principal, agency_id)
    if agency is None or not agency.active:
        raise Invalid(
            "No such active agency in this partnership.",
            [Invalidity("body.agency_id", "unknown agency", "unknown")],
        )


def create_agency(
    session: Session, principal: Principal, request: RequestContext | None, body: AgencyCreate
) -> Agency:
    return records.create(
        session,
        principal,
        request,
        Agency(partnership_id=principal.partnership_id, name=body.name, kind=body.kind),
        action="agency.create",
        record_type="agency",
        duplicate=DUPLICATE_NAME,
    )


def update_agency(
    session: Session,
    principal: Principal,
    request: RequestContext,
    agency: Agency,
    body: AgencyUpdate,
) -> Agency:
    return records.change(
        session,
        principal,
        request,
        agency,
        body.changes(),
        action="agency.update",
        record_type="agency",
        duplicate=DUPLICATE_NAME,
    )
