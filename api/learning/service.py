"""Learning and its dissemination: who may do what.

* read the partnership's themes: every caller of the partnership; add, rename and retire
  them: its administrators (scope ``admin``);
* read a review's learning items and disseminations: every caller with ``actions:read`` who
  reaches the review. A viewer reads no free text that may name a person: the notes on a
  dissemination and on its landed check are withheld from them;
* record, change and withdraw learning items: the review's managers (administrators and its
  lead reviewer, scope ``actions:write``), on an active theme;
* record a dissemination, and later the check that it landed: a member or the system of an
  agency with a current seat on the review (scope ``evidence:write``), for their own agency
  only; a check is recorded once per dissemination (a check that finds it did not land is
  answered by sharing it again).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from api import records
from api.actions.service import is_viewer
from api.clock import clock
from api.domain_errors import Conflict, Forbidden, Invalid
from api.learning import repository
from api.learning.models import DEFAULT_THEMES, Dissemination, LearningItem, LearningTheme
from api.learning.schemas import (
    AgencySharing,
    DisseminationCreate,
    DisseminationOut,
    LandedCheck,
    LearningCreate,
    LearningOut,
    LearningPatch,
    ThemeCreate,
    ThemePatch,
    Withdrawal,
)
from api.publication.repository import seated_agencies
from api.request_context import RequestContext
from api.reviews.models import Review
from api.reviews.policy import ensure_manager
from api.security.principal import Principal
from api.security.roles import Role
from api.security.scopes import Scope

DUPLICATE_THEME = "The partnership already has a theme with this name."


# --- Themes ----------------------------------------------------------------------------------


def default_themes(session: Session, partnership_id: uuid.UUID) -> None:
    """Give a new partnership the default theme list (unaudited, as the partnership itself
    is made from the command line or a seed)."""
    for name in DEFAULT_THEMES:
        records.add(session, LearningTheme(partnership_id=partnership_id, name=name))


def create_theme(
    session: Session, principal: Principal, request: RequestContext, body: ThemeCreate
) -> LearningTheme:
    return records.create(
        session,
        principal,
        request,
        LearningTheme(
            partnership_id=principal.partnership_id, name=body.name, description=body.description
        ),
        action="learning_theme.created",
        record_type="learning_theme",
        duplicate=DUPLICATE_THEME,
    )


def change_theme(
    session: Session,
    principal: Principal,
    request: RequestContext,
    theme: LearningTheme,
    body: ThemePatch,
) -> LearningTheme:
    changes = records.asked_changes(theme, body.changes(), ())
    if not changes:
        return theme
    return records.change(
        session,
        principal,
        request,
        theme,
        changes,
        action="learning_theme.changed",
        record_type="learning_theme",
        duplicate=DUPLICATE_THEME,
    )


def _active_theme(session: Session, principal: Principal, theme_id: uuid.UUID) -> LearningTheme:
    theme = repository.find_theme(session, principal, theme_id)
    if theme is None or not theme.active:
        raise Invalid.field(
            "body.theme_id", "No such active theme in the partnership's list.", "unknown"
        )
    return theme


# --- Learning items --------------------------------------------------------------------------


def _not_future(field: str, on: date, what: str) -> None:
    if on > clock.today():
        raise Invalid.field(field, f"{what} cannot be in the future.", "future")


def learning_out(
    item: LearningItem, theme: str, sharing: list[tuple[uuid.UUID, int, int, int]]
) -> LearningOut:
    return LearningOut(
        id=item.id,
        review_id=item.review_id,
        theme_id=item.theme_id,
        theme=theme,
        title=item.title,
        description=item.description,
        emerged_on=item.emerged_on,
        recorded_by_type=item.recorded_by_type,
        recorded_by_id=item.recorded_by_id,
        withdrawn_on=item.withdrawn_on,
        withdrawn_reason=item.withdrawn_reason,
        sharing=[
            AgencySharing(agency_id=agency_id, disseminations=n, checked=checked, landed=landed > 0)
            for agency_id, n, checked, landed in sharing
        ],
        created_at=item.created_at,
        updated_at=item.updated_at,
    )


def present(
    session: Session, principal: Principal, review: Review, items: list[LearningItem]
) -> list[LearningOut]:
    names = repository.theme_names(session, principal, [i.theme_id for i in items])
    shared = repository.sharing(session, principal, review, [i.id for i in items])
    return [learning_out(i, names.get(i.theme_id, ""), shared.get(i.id, [])) for i in items]


def record_learning(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: LearningCreate,
) -> LearningItem:
    ensure_manager(principal, review)
    _active_theme(session, principal, body.theme_id)
    emerged_on = body.emerged_on or clock.today()
    _not_future("body.emerged_on", emerged_on, "The date the learning emerged")
    now = clock.now()
    item = LearningItem(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        theme_id=body.theme_id,
        title=body.title,
        description=body.description,
        emerged_on=emerged_on,
        recorded_by_type=principal.kind,
        recorded_by_id=principal.id,
        created_at=now,
        updated_at=now,
    )
    return records.create(
        session,
        principal,
        request,
        item,
        action="learning.recorded",
        record_type="learning_item",
        review_id=review.id,
        details={"theme_id": str(body.theme_id)},
    )


def _ensure_current(item: LearningItem) -> None:
    if item.withdrawn_on is not None:
        raise Conflict("This learning item was withdrawn.", code="withdrawn")


def change_learning(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    item: LearningItem,
    body: LearningPatch,
) -> LearningItem:
    ensure_manager(principal, review)
    _ensure_current(item)
    changes = records.asked_changes(item, body.changes(), ())
    if "theme_id" in changes:
        _active_theme(session, principal, changes["theme_id"])
    if "emerged_on" in changes:
        _not_future("body.emerged_on", changes["emerged_on"], "The date the learning emerged")
    if not changes:
        return item
    return records.change(
        session,
        principal,
        request,
        item,
        changes,
        action="learning.changed",
        record_type="learning_item",
    )


def withdraw_learning(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    item: LearningItem,
    body: Withdrawal,
) -> LearningItem:
    ensure_manager(principal, review)
    _ensure_current(item)
    return records.change(
        session,
        principal,
        request,
        item,
        {"withdrawn_on": clock.today(), "withdrawn_reason": body.reason},
        action="learning.withdrawn",
        record_type="learning_item",
        details={},
    )


# --- Disseminations --------------------------------------------------------------------------


def _sharer(principal: Principal) -> bool:
    """A member or an agency's system, holding ``evidence:write``."""
    role_fits = principal.is_agency_system or (
        principal.kind == "user" and principal.role == Role.member
    )
    return role_fits and Scope.evidence_write in principal.scopes


def ensure_sharer(
    session: Session, principal: Principal, review: Review, agency_id: uuid.UUID | None
) -> uuid.UUID:
    """The caller's agency, when they may record its sharing on this review: a member or
    system of an agency with a current seat (and, for a dissemination already recorded, its
    own agency's)."""
    if not _sharer(principal) or principal.agency_id is None:
        raise Forbidden("Only a member or system of an agency on the review records its sharing.")
    if agency_id is not None and agency_id != principal.agency_id:
        raise Forbidden("Only the agency that shared the learning records its check.")
    if principal.agency_id not in seated_agencies(session, principal, review):
        raise Forbidden("Your agency has no current seat on this review.")
    return principal.agency_id


def dissemination_out(principal: Principal, d: Dissemination) -> DisseminationOut:
    hidden = is_viewer(principal)
    return DisseminationOut(
        id=d.id,
        review_id=d.review_id,
        learning_item_id=d.learning_item_id,
        agency_id=d.agency_id,
        method=d.method,
        on=d.on,
        audience_size=d.audience_size,
        note=None if hidden else d.note,
        recorded_by_type=d.recorded_by_type,
        recorded_by_id=d.recorded_by_id,
        landed_on=d.landed_on,
        landed_method=d.landed_method,
        landed_outcome=d.landed_outcome,
        landed_note=None if hidden else d.landed_note,
        notes_withheld=hidden,
        created_at=d.created_at,
        updated_at=d.updated_at,
    )


def disseminate(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    item: LearningItem,
    body: DisseminationCreate,
) -> Dissemination:
    agency_id = ensure_sharer(session, principal, review, None)
    _ensure_current(item)
    _not_future("body.on", body.on, "The date it was shared")
    if body.on < item.emerged_on:
        raise Invalid.field(
            "body.on", "Learning is shared on or after the date it emerged.", "before_emerged"
        )
    now = clock.now()
    made = Dissemination(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        learning_item_id=item.id,
        agency_id=agency_id,
        method=body.method,
        on=body.on,
        audience_size=body.audience_size,
        note=body.note,
        recorded_by_type=principal.kind,
        recorded_by_id=principal.id,
        created_at=now,
        updated_at=now,
    )
    return records.create(
        session,
        principal,
        request,
        made,
        action="dissemination.recorded",
        record_type="dissemination",
        review_id=review.id,
        details={
            "learning_item_id": str(item.id),
            "agency_id": str(agency_id),
            "method": body.method.value,
        },
    )


def record_landed(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    item: LearningItem,
    dissemination: Dissemination,
    body: LandedCheck,
) -> Dissemination:
    ensure_sharer(session, principal, review, dissemination.agency_id)
    _ensure_current(item)
    if dissemination.landed_on is not None:
        raise Conflict(
            "A check is already recorded for this dissemination; if the learning did not "
            "land, record sharing it again and check that.",
            code="already_checked",
        )
    _not_future("body.on", body.on, "The date of the check")
    if body.on < dissemination.on:
        raise Invalid.field(
            "body.on", "A check comes on or after the day the learning was shared.", "before_shared"
        )
    return records.change(
        session,
        principal,
        request,
        dissemination,
        {
            "landed_on": body.on,
            "landed_method": body.method,
            "landed_outcome": body.outcome,
            "landed_note": body.note,
            "landed_by_type": principal.kind,
            "landed_by_id": principal.id,
        },
        action="dissemination.landed_checked",
        record_type="dissemination",
        details={"outcome": body.outcome.value, "method": body.method.value},
    )
