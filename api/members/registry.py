"""The derived duties, as a registry (PRODUCT.md section 4): each derived duty is one
registration (``register``) that declares, in one place,

* its **evidence source**: a named part of the checklist's one statement (a scalar
  sub-select, ``Source``), read back by that name, never by position; several duties may
  share a source (the four declared duties read the declarations);
* its **evidence model**: a Pydantic model whose ``kind`` is a ``Literal``, one of the
  members of the checklist item's ``evidence`` union (``DerivedEvidence``), which OpenAPI
  writes as a ``oneOf`` with a discriminator mapping;
* its **rule**: the evidence read for a seat, turned into the item's status and the
  evidence shown for it.

Adding a derived duty is one ``register`` call here, plus its ``Duty`` in ``duties.py``
(with ``derived_from``): a test holds the two in step, and that every source's column name is
unique in the statement.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any, Generic, Literal, Protocol, TypeVar, Union
from typing import get_args as type_args

from pydantic import BaseModel, Field
from sqlalchemy import literal_column, select

from api.actions.models import Action, ActionStatus, Evidence, EvidenceStatus
from api.clock import clock
from api.documents.models import DocumentKind, DocumentRequest, DocumentVersion
from api.learning.models import Dissemination, LandedOutcome, LearningItem
from api.meetings.models import (
    Meeting,
    MeetingKind,
    MeetingStatus,
    MemberAttendance,
    PractitionerAttendance,
    PractitionerAttendanceStatus,
)
from api.meetings.rules import ContactState, contact_check, meeting_day, rate
from api.members.models import DeclarationKind, ItemStatus, MemberDeclaration, ReviewMember
from api.pagination import AnySelect
from api.partnerships.models import Partnership
from api.practitioners.models import ContactKind, Practitioner, PractitionerContact
from api.proceedings.models import (
    NoProceedingsDeclaration,
    ParallelProceeding,
    ProceedingStatus,
)
from api.publication.models import PlanItem, PublicationAnswer, PublicationRequest
from api.reports.models import DraftResponse, DraftResponseKind, ReportDraft
from api.schemas import ResponseModel
from api.subjects.models import AlertConfirmation, Subject
from api.wire import date_text, json_objects, json_value, utc_from_text, uuid_text

# Narrows a statement on a child model (ChecklistItem, Subject, MemberDeclaration) to the
# review's children the caller reaches (``api.reviews.access``).
Narrow = Callable[[AnySelect, Any], AnySelect]


class SeatView(Protocol):
    """What the checklist rules read of a seat: a ``ReviewMember``, or a ``SeatRow``."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def user_id(self) -> uuid.UUID: ...
    @property
    def agency_id(self) -> uuid.UUID: ...


@dataclass(frozen=True)
class Scope:
    """What a source narrows its rows to: one seat's id and agency (SQL expressions, such as
    the checklist's seat columns or a ``bindparam``), or, left as ``None``, the whole review."""

    member_id: Any = None
    agency_id: Any = None


T = TypeVar("T")
E = TypeVar("E", bound=BaseModel)


@dataclass(frozen=True)
class Source(Generic[T]):
    """A named part of the one statement a checklist (or a team view) is read with: ``rows``
    builds a sub-select of one JSON value (``api.wire.json_objects``), selected under
    ``name``; ``read`` turns that value into what the rules read."""

    name: str
    rows: Callable[[Narrow, Scope], AnySelect]
    read: Callable[[list[dict[str, Any]]], T]

    def column(self, narrow: Narrow, scope: Scope) -> Any:
        return self.rows(narrow, scope).scalar_subquery().label(self.name)


@dataclass(frozen=True)
class DerivedDuty(Generic[T, E]):
    """One derived duty: ``code`` is its ``Duty``'s; ``derived_from`` says, as the ``Duty``
    does, what completes it; ``rule`` turns ``source``'s value for a seat into the item's
    status and an ``evidence`` (or ``None`` when there is nothing to show). A duty resting
    on more than one kind of row names the others in ``also``: their values are given to the
    rule after ``source``'s, in that order."""

    code: str
    derived_from: str
    source: Source[T]
    evidence: type[E]
    rule: Callable[..., tuple[ItemStatus, E | None]]
    also: tuple[Source[Any], ...] = ()

    @property
    def kind(self) -> str:
        """The evidence model's discriminator value."""
        (value,) = type_args(self.evidence.model_fields["kind"].annotation)
        return str(value)

    def derive(self, seat: SeatView, values: Mapping[str, Any]) -> tuple[ItemStatus, E | None]:
        """The status and evidence, from the sources' values read by name (``Evidence``)."""
        return self.rule(
            seat, values[self.source.name], *(values[source.name] for source in self.also)
        )

    @property
    def sources(self) -> tuple[Source[Any], ...]:
        """Every source the rule reads, ``source`` first."""
        return (self.source, *self.also)


DERIVED: dict[str, DerivedDuty[Any, Any]] = {}


def register(duty: DerivedDuty[T, E]) -> DerivedDuty[T, E]:
    """Adds a derived duty; its code and its evidence's ``kind`` must be new, and a source
    of the same name must be the same source."""
    if duty.code in DERIVED:
        raise ValueError(f"{duty.code} is registered twice")
    if any(d.kind == duty.kind for d in DERIVED.values()):
        raise ValueError(f"evidence kind {duty.kind} is registered twice")
    named = {s.name: s for d in DERIVED.values() for s in d.sources}
    for source in duty.sources:
        if named.get(source.name, source) is not source:
            raise ValueError(f"two sources are named {source.name}")
    DERIVED[duty.code] = duty
    return duty


def sources() -> tuple[Source[Any], ...]:
    """Every registered duty's source, once each, in the order they were first registered."""
    return tuple({s.name: s for d in DERIVED.values() for s in d.sources}.values())


# -- Alerts on the subjects' records ---------------------------------------------------------


@dataclass
class SubjectAlerts:
    """The review's subjects and their alert confirmations. Identifiers are kept as the text
    the database gave: they are only compared, never written out as identifiers."""

    # (subject id, pseudonym), in the order the subjects were added
    subjects: list[tuple[str, str]]
    # (subject id, agency id) for each alert confirmation
    alerts: set[tuple[str, str]]


def _subject_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's subjects with their alert confirmations (only ``scope``'s agency's when
    given), a subject once per confirmation."""
    confirmed = AlertConfirmation.subject_id == Subject.id
    if scope.agency_id is not None:
        confirmed = confirmed & (AlertConfirmation.agency_id == scope.agency_id)
    rows = select(
        json_objects(
            subject_id=uuid_text(Subject.id),
            pseudonym=Subject.pseudonym,
            added_at=Subject.created_at,
            alert_agency_id=uuid_text(AlertConfirmation.agency_id),
        )
    ).select_from(Subject)
    return narrow(rows.outerjoin(AlertConfirmation, confirmed), Subject)


def _read_subjects(rows: list[dict[str, Any]]) -> SubjectAlerts:
    read = SubjectAlerts([], set())
    seen: set[str] = set()
    for row in sorted(rows, key=lambda r: (utc_from_text(r["added_at"]), r["subject_id"])):
        if row["subject_id"] not in seen:
            seen.add(row["subject_id"])
            read.subjects.append((row["subject_id"], row["pseudonym"]))
        if row["alert_agency_id"] is not None:
            read.alerts.add((row["subject_id"], row["alert_agency_id"]))
    return read


SUBJECT_ALERTS: Source[SubjectAlerts] = Source("subject_alerts", _subject_rows, _read_subjects)


class AlertsEvidence(ResponseModel):
    """What the alerts duty rests on: the member's agency's alert confirmations, subject by
    subject."""

    kind: Literal["alert_confirmations"]
    subjects: int = Field(description="Subjects recorded on the review")
    confirmed: int = Field(description="Subjects whose alert the agency has confirmed")
    missing: list[str] = Field(description="Pseudonyms of the subjects still to confirm")


def _alerts(seat: SeatView, read: SubjectAlerts) -> tuple[ItemStatus, AlertsEvidence]:
    agency = str(seat.agency_id)
    missing = [pseud for sid, pseud in read.subjects if (sid, agency) not in read.alerts]
    confirmed = len(read.subjects) - len(missing)
    evidence = AlertsEvidence(
        kind="alert_confirmations",
        subjects=len(read.subjects),
        confirmed=confirmed,
        missing=missing,
    )
    if read.subjects and not missing:
        return ItemStatus.done, evidence
    return (ItemStatus.in_progress if confirmed else ItemStatus.not_started), evidence


register(
    DerivedDuty(
        code="record_alerts",
        derived_from="alert_confirmations",
        source=SUBJECT_ALERTS,
        evidence=AlertsEvidence,
        rule=_alerts,
    )
)


# -- Declarations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Declared:
    """A member's latest declaration of a kind, as the rules read it."""

    id: str
    member_id: str
    kind: str
    declared_at: datetime
    payload: dict[str, Any]


# (member id, kind) -> that member's latest declaration of that kind
Declarations = dict[tuple[str, str], Declared]


def _declaration_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's member declarations (only ``scope``'s seat's when given)."""
    rows = select(
        json_objects(
            id=uuid_text(MemberDeclaration.id),
            member_id=uuid_text(MemberDeclaration.member_id),
            kind=MemberDeclaration.kind,
            declared_at=MemberDeclaration.declared_at,
            payload=json_value(MemberDeclaration.payload),
        )
    )
    if scope.member_id is not None:
        rows = rows.where(MemberDeclaration.member_id == scope.member_id)
    return narrow(rows, MemberDeclaration)


def _read_declarations(rows: list[dict[str, Any]]) -> Declarations:
    shown = [
        Declared(
            id=row["id"],
            member_id=row["member_id"],
            kind=row["kind"],
            declared_at=utc_from_text(row["declared_at"]),
            payload=row["payload"],
        )
        for row in rows
    ]
    latest: Declarations = {}
    for declaration in sorted(shown, key=lambda d: (d.declared_at, d.id)):
        latest[(declaration.member_id, declaration.kind)] = declaration
    return latest


DECLARATIONS: Source[Declarations] = Source("declarations", _declaration_rows, _read_declarations)


class DeclaredEvidence(ResponseModel):
    """What a declared duty rests on: the member's latest declaration of its kind (each
    duty's model narrows ``kind`` to its declaration's kind)."""

    kind: str
    declaration_id: uuid.UUID
    declared_at: datetime


class ConfidentialityEvidence(DeclaredEvidence):
    """The member's latest acknowledgement of confidentiality."""

    kind: Literal["confidentiality"]


class VoiceOfTheChildEvidence(DeclaredEvidence):
    """The member's latest voice-of-the-child attestation."""

    kind: Literal["voice_of_the_child"]
    note: str = Field(description="The member's attestation")


class PerformanceLeadEvidence(DeclaredEvidence):
    """The agency's performance/development lead, as the member last named them."""

    kind: Literal["performance_lead"]
    lead_name: str
    lead_role: str | None


D = TypeVar("D", bound=DeclaredEvidence)


def declared(code: str, evidence: type[D]) -> DerivedDuty[Declarations, D]:
    """A duty done by the member's declaration of the kind ``evidence`` is for."""
    kind = DeclarationKind(type_args(evidence.model_fields["kind"].annotation)[0])

    def rule(seat: SeatView, latest: Declarations) -> tuple[ItemStatus, D | None]:
        declaration = latest.get((str(seat.id), kind.value))
        if declaration is None:
            return ItemStatus.not_started, None
        return ItemStatus.done, evidence.model_validate(
            {
                **declaration.payload,
                "kind": kind.value,
                "declaration_id": declaration.id,
                "declared_at": declaration.declared_at,
            }
        )

    return DerivedDuty(code, f"declaration:{kind.value}", DECLARATIONS, evidence, rule)


register(declared("voice_of_the_child", VoiceOfTheChildEvidence))
register(declared("performance_leads", PerformanceLeadEvidence))
register(declared("confidentiality", ConfidentialityEvidence))


# -- Parallel proceedings ----------------------------------------------------------------------


@dataclass
class AgencyProceedings:
    """One agency's proceedings on the review (by id: kind, status, whether it holds
    publication) and the date of its latest "none" declaration, if any."""

    proceedings: dict[str, tuple[str, str, bool]]
    none_on: date | None = None
    none_at: datetime | None = None


# agency id (as text) -> what it declared
Proceedings = dict[str, AgencyProceedings]


def _proceeding_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's seats (only ``scope``'s seat when given), each with its agency's
    proceedings and "none" declarations, a seat once per pair of them (an agency has a few)."""
    proceeding = (ParallelProceeding.review_id == ReviewMember.review_id) & (
        ParallelProceeding.agency_id == ReviewMember.agency_id
    )
    none = (NoProceedingsDeclaration.review_id == ReviewMember.review_id) & (
        NoProceedingsDeclaration.agency_id == ReviewMember.agency_id
    )
    rows = (
        select(
            json_objects(
                agency_id=uuid_text(ReviewMember.agency_id),
                proceeding_id=uuid_text(ParallelProceeding.id),
                kind=ParallelProceeding.kind,
                status=ParallelProceeding.status,
                holds=ParallelProceeding.holds_publication,
                none_on=date_text(NoProceedingsDeclaration.declared_on),
                none_at=NoProceedingsDeclaration.created_at,
            )
        )
        .select_from(ReviewMember)
        .outerjoin(ParallelProceeding, proceeding)
        .outerjoin(NoProceedingsDeclaration, none)
    )
    if scope.member_id is not None:
        rows = rows.where(ReviewMember.id == scope.member_id)
    return narrow(rows, ReviewMember)


def _read_proceedings(rows: list[dict[str, Any]]) -> Proceedings:
    read: Proceedings = {}
    for row in rows or []:
        agency = read.setdefault(row["agency_id"], AgencyProceedings({}))
        if row["proceeding_id"] is not None:
            agency.proceedings[row["proceeding_id"]] = (
                row["kind"],
                row["status"],
                bool(row["holds"]),
            )
        if row["none_on"] is not None:
            # The latest counts: by when it was made, then by the date it declares.
            at, on = utc_from_text(row["none_at"]), date.fromisoformat(row["none_on"])
            if (
                agency.none_at is None
                or agency.none_on is None
                or (at, on)
                > (
                    agency.none_at,
                    agency.none_on,
                )
            ):
                agency.none_at, agency.none_on = at, on
    return read


PROCEEDINGS: Source[Proceedings] = Source("proceedings", _proceeding_rows, _read_proceedings)


class ParallelProceedingsEvidence(ResponseModel):
    """What the parallel-proceedings duty rests on: the agency's proceedings recorded on the
    review, or the date it declared it knows of none."""

    kind: Literal["parallel_proceedings"]
    proceedings: int = Field(description="Proceedings the agency has recorded on the review")
    kinds: list[str] = Field(
        description="Their kinds, once each, sorted", examples=[["criminal_investigation"]]
    )
    open: int = Field(description="Of them, those not concluded")
    holding_publication: int = Field(description="Of them, those holding publication now")
    none_declared_on: date | None = Field(
        description='The date of the agency\'s latest "none" declaration (null if it has made '
        "none, or has recorded proceedings since)"
    )


def _proceedings(
    seat: SeatView, read: Proceedings
) -> tuple[ItemStatus, ParallelProceedingsEvidence | None]:
    agency = read.get(str(seat.agency_id))
    if agency is None or (not agency.proceedings and agency.none_on is None):
        return ItemStatus.not_started, None
    values = agency.proceedings.values()
    concluded = ProceedingStatus.concluded.value
    return ItemStatus.done, ParallelProceedingsEvidence(
        kind="parallel_proceedings",
        proceedings=len(agency.proceedings),
        kinds=sorted({kind for kind, _, _ in values}),
        open=sum(status != concluded for _, status, _ in values),
        holding_publication=sum(status != concluded and holds for _, status, holds in values),
        none_declared_on=None if agency.proceedings else agency.none_on,
    )


# -- Practitioners identified -----------------------------------------------------------------


@dataclass(frozen=True)
class PractitionerRow:
    """A practitioner as the identify duty reads them: their agency (as text), when they were
    added, and whether they are still active."""

    agency_id: str
    added_at: datetime
    active: bool


def _practitioner_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's practitioners (only ``scope``'s agency's when given): no personal
    details, only what counts them."""
    rows = select(
        json_objects(
            agency_id=uuid_text(Practitioner.agency_id),
            added_at=Practitioner.created_at,
            active=Practitioner.withdrawn_on.is_(None),
        )
    )
    if scope.agency_id is not None:
        rows = rows.where(Practitioner.agency_id == scope.agency_id)
    return narrow(rows, Practitioner)


def _read_practitioners(rows: list[dict[str, Any]]) -> list[PractitionerRow]:
    return [
        PractitionerRow(
            agency_id=row["agency_id"],
            added_at=utc_from_text(row["added_at"]),
            active=bool(row["active"]),
        )
        for row in rows
    ]


PRACTITIONERS: Source[list[PractitionerRow]] = Source(
    "practitioners", _practitioner_rows, _read_practitioners
)


class PractitionersEvidence(ResponseModel):
    """What the identify duty rests on: the agency's practitioners on the review, or the
    member's "no practitioners involved" declaration."""

    kind: Literal["practitioners"]
    active: int = Field(description="The agency's active practitioners on the review")
    withdrawn: int = Field(description="The agency's withdrawn practitioners")
    declaration_id: uuid.UUID | None = Field(
        description='The "no practitioners involved" declaration that completes the duty, '
        "if that is what does"
    )
    declared_at: datetime | None


def _identified(
    seat: SeatView, practitioners: list[PractitionerRow], latest: Declarations
) -> tuple[ItemStatus, PractitionersEvidence | None]:
    """Done with at least one active practitioner of the seat's agency; or with the member's
    latest "no practitioners involved" declaration, while no practitioner of the agency was
    added after it (a practitioner added later supersedes the declaration: if they are all
    withdrawn again, the member declares afresh)."""
    agency = str(seat.agency_id)
    own = [p for p in practitioners if p.agency_id == agency]
    active = sum(p.active for p in own)
    declaration = latest.get((str(seat.id), DeclarationKind.no_practitioners.value))
    if declaration is not None and any(p.added_at > declaration.declared_at for p in own):
        declaration = None
    evidence = PractitionersEvidence(
        kind="practitioners",
        active=active,
        withdrawn=len(own) - active,
        declaration_id=uuid.UUID(declaration.id) if declaration and not active else None,
        declared_at=declaration.declared_at if declaration and not active else None,
    )
    if active or declaration is not None:
        return ItemStatus.done, evidence
    return ItemStatus.not_started, evidence if own else None


register(
    DerivedDuty(
        code="parallel_proceedings",
        derived_from="parallel_proceedings",
        source=PROCEEDINGS,
        evidence=ParallelProceedingsEvidence,
        rule=_proceedings,
    )
)


register(
    DerivedDuty(
        code="identify_practitioners",
        derived_from="practitioners",
        source=PRACTITIONERS,
        evidence=PractitionersEvidence,
        rule=_identified,
        also=(DECLARATIONS,),
    )
)


def _constant(value: str) -> Any:
    """An enum's value written into the SQL: the checklist's statement is built once per shape
    and its parameters are all named (an anonymous one has no value to be given)."""
    return literal_column(f"'{value}'")


# -- The partnership's settings, per seat ----------------------------------------------------


@dataclass(frozen=True)
class SeatSettings:
    """A seat's dates, with its partnership's settings (read in the same statement, joined
    through the seat, so they cost no statement of their own)."""

    joined_on: date
    left_on: date | None
    threshold_percent: int
    interval_days: int


# seat id (as text) -> its dates and settings
Settings = dict[str, SeatSettings]


def _settings_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's seats (only ``scope``'s when given), each with its partnership's
    attendance threshold and contact interval."""
    rows = (
        select(
            json_objects(
                member_id=uuid_text(ReviewMember.id),
                joined_on=date_text(ReviewMember.joined_on),
                left_on=date_text(ReviewMember.left_on),
                threshold=Partnership.attendance_threshold_percent,
                interval=Partnership.contact_interval_days,
            )
        )
        .select_from(ReviewMember)
        .join(Partnership, Partnership.id == ReviewMember.partnership_id)
    )
    if scope.member_id is not None:
        rows = rows.where(ReviewMember.id == scope.member_id)
    return narrow(rows, ReviewMember)


def _read_settings(rows: list[dict[str, Any]]) -> Settings:
    return {
        row["member_id"]: SeatSettings(
            joined_on=date.fromisoformat(row["joined_on"]),
            left_on=date.fromisoformat(row["left_on"]) if row["left_on"] else None,
            threshold_percent=int(row["threshold"]),
            interval_days=int(row["interval"]),
        )
        for row in rows or []
    }


SEAT_SETTINGS: Source[Settings] = Source("seat_settings", _settings_rows, _read_settings)


# -- Attendance at review team meetings --------------------------------------------------------


@dataclass
class TeamMeetings:
    """The review's held review team meetings (id to when) and each seat's recorded status
    at them ((meeting id, seat id) to status)."""

    held: dict[str, datetime]
    statuses: dict[tuple[str, str], str]


def _attendance_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's held review team meetings, each with the attendance recorded for it
    (only ``scope``'s seat's when given): a meeting once per seat recorded."""
    recorded = MemberAttendance.meeting_id == Meeting.id
    if scope.member_id is not None:
        recorded = recorded & (MemberAttendance.member_id == scope.member_id)
    rows = (
        select(
            json_objects(
                meeting_id=uuid_text(Meeting.id),
                held_at=Meeting.held_at,
                member_id=uuid_text(MemberAttendance.member_id),
                status=MemberAttendance.status,
            )
        )
        .select_from(Meeting)
        .outerjoin(MemberAttendance, recorded)
        .where(
            Meeting.kind == _constant(MeetingKind.review_team_meeting),
            Meeting.status == _constant(MeetingStatus.held),
        )
    )
    return narrow(rows, Meeting)


def _read_attendance(rows: list[dict[str, Any]]) -> TeamMeetings:
    read = TeamMeetings({}, {})
    for row in rows or []:
        read.held[row["meeting_id"]] = utc_from_text(row["held_at"])
        if row["member_id"] is not None:
            read.statuses[(row["meeting_id"], row["member_id"])] = row["status"]
    return read


TEAM_MEETINGS: Source[TeamMeetings] = Source("team_meetings", _attendance_rows, _read_attendance)


class AttendanceEvidence(ResponseModel):
    """What the attendance duty rests on: the seat's attendance at the review team meetings
    held since it joined. Attending in person and sending a deputy both count."""

    kind: Literal["attendance"]
    meetings: int = Field(description="Review team meetings held since the seat joined")
    attended: int = Field(description="Of them, attended (in person or by a deputy sent)")
    rate_percent: int | None = Field(description="Rounded; null before any meeting was held")
    threshold_percent: int = Field(description="The partnership's threshold")


def _attendance(
    seat: SeatView, meetings: TeamMeetings, settings: Settings
) -> tuple[ItemStatus, AttendanceEvidence | None]:
    """Done at or above the partnership's threshold; in progress below it; not started
    before any review team meeting was held while the seat sat (the rate shown either way)."""
    mine = settings.get(str(seat.id))
    if mine is None:
        return ItemStatus.not_started, None
    seat_id = str(seat.id)
    found = rate(
        mine.joined_on,
        mine.left_on,
        [(at, meetings.statuses.get((mid, seat_id))) for mid, at in meetings.held.items()],
        mine.threshold_percent,
    )
    evidence = AttendanceEvidence(
        kind="attendance",
        meetings=found.meetings,
        attended=found.attended,
        rate_percent=found.rate_percent,
        threshold_percent=mine.threshold_percent,
    )
    if not found.meetings:
        return ItemStatus.not_started, evidence
    return (ItemStatus.done if found.at_or_above else ItemStatus.in_progress), evidence


register(
    DerivedDuty(
        code="attendance",
        derived_from="meetings",
        source=TEAM_MEETINGS,
        evidence=AttendanceEvidence,
        rule=_attendance,
        also=(SEAT_SETTINGS,),
    )
)


# -- Regular contact with practitioners, and aftercare -----------------------------------------


def _contact_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's active practitioners (only ``scope``'s agency's when given), each with
    their contact log's dates and kinds: no personal details."""
    rows = (
        select(
            json_objects(
                practitioner_id=uuid_text(Practitioner.id),
                agency_id=uuid_text(Practitioner.agency_id),
                contact_kind=PractitionerContact.kind,
                contacted_on=date_text(PractitionerContact.contacted_on),
            )
        )
        .select_from(Practitioner)
        .outerjoin(PractitionerContact, PractitionerContact.practitioner_id == Practitioner.id)
        .where(Practitioner.withdrawn_on.is_(None))
    )
    if scope.agency_id is not None:
        rows = rows.where(Practitioner.agency_id == scope.agency_id)
    return narrow(rows, Practitioner)


# agency id (as text) -> practitioner id (as text) -> what the contact duty reads
Contacts = dict[str, dict[str, ContactState]]


def _read_contacts(rows: list[dict[str, Any]]) -> Contacts:
    read: Contacts = {}
    for row in rows or []:
        state = read.setdefault(row["agency_id"], {}).setdefault(
            row["practitioner_id"], ContactState([], [], [])
        )
        if row["contacted_on"] is not None:
            day = date.fromisoformat(row["contacted_on"])
            state.contacted.append(day)
            if row["contact_kind"] == ContactKind.aftercare.value:
                state.aftercare.append(day)
    return read


PRACTITIONER_CONTACTS: Source[Contacts] = Source(
    "practitioner_contacts", _contact_rows, _read_contacts
)


def _event_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The held meetings practitioners attended (only ``scope``'s agency's when given)."""
    rows = (
        select(
            json_objects(
                practitioner_id=uuid_text(PractitionerAttendance.practitioner_id),
                held_at=Meeting.held_at,
            )
        )
        .select_from(PractitionerAttendance)
        .join(Meeting, Meeting.id == PractitionerAttendance.meeting_id)
        .where(
            PractitionerAttendance.status == _constant(PractitionerAttendanceStatus.attended),
            Meeting.status == _constant(MeetingStatus.held),
        )
    )
    if scope.agency_id is not None:
        rows = rows.where(PractitionerAttendance.agency_id == scope.agency_id)
    return narrow(rows, PractitionerAttendance)


def _read_events(rows: list[dict[str, Any]]) -> dict[str, list[date]]:
    read: dict[str, list[date]] = {}
    for row in rows or []:
        read.setdefault(row["practitioner_id"], []).append(
            meeting_day(utc_from_text(row["held_at"]))
        )
    return read


PRACTITIONER_EVENTS: Source[dict[str, list[date]]] = Source(
    "practitioner_events", _event_rows, _read_events
)


class PractitionerContactEvidence(ResponseModel):
    """What the contact duty rests on: the agency's active practitioners, contacted within
    the partnership's interval, and aftercare after each held meeting they attended.
    Identifiers only, never names."""

    kind: Literal["practitioner_contact"]
    practitioners: int = Field(description="The agency's active practitioners on the review")
    contacted_within_interval: int
    interval_days: int = Field(description="The partnership's contact interval")
    aftercare_due: int = Field(
        description="Held meetings attended by a practitioner with no aftercare contact on or "
        "after the meeting's day (counted per practitioner and meeting)"
    )
    missing_contact: list[uuid.UUID] = Field(
        description="Practitioners with no contact within the interval"
    )
    missing_aftercare: list[uuid.UUID] = Field(description="Practitioners owed aftercare")


def _contact(
    seat: SeatView,
    contacts: Contacts,
    events: dict[str, list[date]],
    settings: Settings,
) -> tuple[ItemStatus, PractitionerContactEvidence | None]:
    """Done when every active practitioner of the seat's agency was contacted within the
    partnership's interval (counted back from today) and has an aftercare contact on or
    after each held meeting they attended; not started with no practitioners (or none
    contacted at all); in progress otherwise."""
    own = contacts.get(str(seat.agency_id), {})
    mine = settings.get(str(seat.id))
    if not own or mine is None:
        return ItemStatus.not_started, None
    states = {
        pid: ContactState(state.contacted, state.aftercare, events.get(pid, []))
        for pid, state in own.items()
    }
    check = contact_check(states, clock.today(), mine.interval_days)
    evidence = PractitionerContactEvidence(
        kind="practitioner_contact",
        practitioners=check.practitioners,
        contacted_within_interval=check.contacted_within_interval,
        interval_days=mine.interval_days,
        aftercare_due=check.aftercare_due,
        missing_contact=[uuid.UUID(p) for p in check.missing_contact],
        missing_aftercare=[uuid.UUID(p) for p in check.missing_aftercare],
    )
    if check.complete:
        return ItemStatus.done, evidence
    if not any(state.contacted for state in states.values()):
        return ItemStatus.not_started, evidence
    return ItemStatus.in_progress, evidence


register(
    DerivedDuty(
        code="practitioner_contact",
        derived_from="practitioner_contacts",
        source=PRACTITIONER_CONTACTS,
        evidence=PractitionerContactEvidence,
        rule=_contact,
        also=(PRACTITIONER_EVENTS, SEAT_SETTINGS),
    )
)


# -- Report sign-off --------------------------------------------------------------------------


@dataclass
class ReportSignoffs:
    """The review's current draft (the latest circulated, not withdrawn) and the responses
    to its drafts: each agency's latest to the current one, and the agencies that have
    responded to any draft. Identifiers are kept as the database's text."""

    # (draft id, version label) of the current draft, or None before any is circulated
    current: tuple[str, str] | None = None
    # agency id -> (response, responded at) of its latest response to the current draft
    latest: dict[str, tuple[str, datetime]] = field(default_factory=dict)
    # agencies that responded to some draft (the current one or an earlier one)
    responded: set[str] = field(default_factory=set)


def _signoff_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's drafts, each with its responses (only ``scope``'s agency's when given),
    a draft once per response."""
    answered = DraftResponse.draft_id == ReportDraft.id
    if scope.agency_id is not None:
        answered = answered & (DraftResponse.agency_id == scope.agency_id)
    rows = (
        select(
            json_objects(
                draft_id=uuid_text(ReportDraft.id),
                version_label=ReportDraft.version_label,
                circulated_on=date_text(ReportDraft.circulated_on),
                created_at=ReportDraft.created_at,
                withdrawn=ReportDraft.withdrawn_on.is_not(None),
                response_id=uuid_text(DraftResponse.id),
                agency_id=uuid_text(DraftResponse.agency_id),
                response=DraftResponse.response,
                responded_at=DraftResponse.responded_at,
            )
        )
        .select_from(ReportDraft)
        .outerjoin(DraftResponse, answered)
    )
    return narrow(rows, ReportDraft)


def _read_signoffs(rows: list[dict[str, Any]]) -> ReportSignoffs:
    read = ReportSignoffs()
    rows = rows or []
    # The current draft: as ``api.reports.repository.current_draft`` orders them.
    standing = [r for r in rows if not r["withdrawn"]]
    if standing:
        top = max(
            standing,
            key=lambda r: (r["circulated_on"], utc_from_text(r["created_at"]), r["draft_id"]),
        )
        read.current = (top["draft_id"], top["version_label"])
    ranked: dict[str, tuple[datetime, str]] = {}
    for row in rows:
        if row["response_id"] is None:
            continue
        agency = row["agency_id"]
        read.responded.add(agency)
        if read.current is None or row["draft_id"] != read.current[0]:
            continue
        at = utc_from_text(row["responded_at"])
        if agency not in ranked or (at, row["response_id"]) > ranked[agency]:
            ranked[agency] = (at, row["response_id"])
            read.latest[agency] = (row["response"], at)
    return read


REPORT_SIGNOFFS: Source[ReportSignoffs] = Source("report_signoffs", _signoff_rows, _read_signoffs)


class ReportSignoffEvidence(ResponseModel):
    """What the report-quality duty rests on: the current draft, and the agency's latest
    response to it (none yet: nulls)."""

    kind: Literal["report_signoff"]
    draft_id: uuid.UUID = Field(description="The current draft")
    version_label: str
    response: DraftResponseKind | None = Field(
        description="The agency's latest response to the current draft; null if it has not "
        "responded to it (an earlier draft's response does not count)"
    )
    responded_at: datetime | None


def _signed_off(
    seat: SeatView, read: ReportSignoffs
) -> tuple[ItemStatus, ReportSignoffEvidence | None]:
    """Done when the agency's latest response to the current draft signs it off; in
    progress when it returned comments, or responded only to an earlier draft."""
    if read.current is None:
        return ItemStatus.not_started, None
    agency = str(seat.agency_id)
    latest = read.latest.get(agency)
    evidence = ReportSignoffEvidence(
        kind="report_signoff",
        draft_id=uuid.UUID(read.current[0]),
        version_label=read.current[1],
        response=None if latest is None else DraftResponseKind(latest[0]),
        responded_at=None if latest is None else latest[1],
    )
    if latest is not None and latest[0] == DraftResponseKind.signed_off.value:
        return ItemStatus.done, evidence
    if latest is not None or agency in read.responded:
        return ItemStatus.in_progress, evidence
    return ItemStatus.not_started, evidence


register(
    DerivedDuty(
        code="report_quality",
        derived_from="report_signoffs",
        source=REPORT_SIGNOFFS,
        evidence=ReportSignoffEvidence,
        rule=_signed_off,
    )
)


# -- Publication planning ----------------------------------------------------------------------


@dataclass(frozen=True)
class PlanRequest:
    """An open publication-plan request, as the duty reads it."""

    id: str
    item: str
    question: str | None
    sent_at: datetime
    answered: bool


# agency id -> request id -> the request
PlanRequests = dict[str, dict[str, PlanRequest]]


def _plan_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's open (not withdrawn) publication-plan requests (only ``scope``'s
    agency's when given), a request once per answer."""
    rows = (
        select(
            json_objects(
                request_id=uuid_text(PublicationRequest.id),
                agency_id=uuid_text(PublicationRequest.agency_id),
                item=PublicationRequest.item,
                question=PublicationRequest.question,
                sent_at=PublicationRequest.created_at,
                answer_id=uuid_text(PublicationAnswer.id),
            )
        )
        .select_from(PublicationRequest)
        .outerjoin(PublicationAnswer, PublicationAnswer.request_id == PublicationRequest.id)
        .where(PublicationRequest.withdrawn_on.is_(None))
    )
    if scope.agency_id is not None:
        rows = rows.where(PublicationRequest.agency_id == scope.agency_id)
    return narrow(rows, PublicationRequest)


def _read_plan(rows: list[dict[str, Any]]) -> PlanRequests:
    read: PlanRequests = {}
    for row in rows or []:
        agency = read.setdefault(row["agency_id"], {})
        known = agency.get(row["request_id"])
        agency[row["request_id"]] = PlanRequest(
            id=row["request_id"],
            item=row["item"],
            question=row["question"],
            sent_at=utc_from_text(row["sent_at"]),
            answered=(known is not None and known.answered) or row["answer_id"] is not None,
        )
    return read


PLAN_REQUESTS: Source[PlanRequests] = Source("publication_plan", _plan_rows, _read_plan)


class OutstandingPlanRequest(ResponseModel):
    request_id: uuid.UUID
    item: PlanItem
    question: str | None


class PublicationPlanEvidence(ResponseModel):
    """What the publication-planning duty rests on: the open requests to the agency, and
    which are still to answer."""

    kind: Literal["publication_plan"]
    requests: int = Field(description="Open (not withdrawn) requests to the agency")
    answered: int = Field(description="Of them, those answered")
    outstanding: list[OutstandingPlanRequest] = Field(
        description="The requests still to answer, oldest first"
    )


def _planned(
    seat: SeatView, read: PlanRequests
) -> tuple[ItemStatus, PublicationPlanEvidence | None]:
    """Done when every open request to the agency is answered; not started while nothing is
    asked of it (nothing to show), or nothing answered; in progress in between."""
    requests = sorted(read.get(str(seat.agency_id), {}).values(), key=lambda r: (r.sent_at, r.id))
    if not requests:
        return ItemStatus.not_started, None
    outstanding = [r for r in requests if not r.answered]
    evidence = PublicationPlanEvidence(
        kind="publication_plan",
        requests=len(requests),
        answered=len(requests) - len(outstanding),
        outstanding=[
            OutstandingPlanRequest(
                request_id=uuid.UUID(r.id), item=PlanItem(r.item), question=r.question
            )
            for r in outstanding
        ],
    )
    if not outstanding:
        return ItemStatus.done, evidence
    if len(outstanding) < len(requests):
        return ItemStatus.in_progress, evidence
    return ItemStatus.not_started, evidence


register(
    DerivedDuty(
        code="publication_planning",
        derived_from="publication_plan",
        source=PLAN_REQUESTS,
        evidence=PublicationPlanEvidence,
        rule=_planned,
    )
)


# -- Paperwork ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AskedDocument:
    """An open (not withdrawn) document request to the agency, as the duty reads it: its
    latest version's number and decision (0 and None while nothing is submitted)."""

    id: str
    kind: str
    title: str
    due_on: date
    number: int
    decision: str | None

    @property
    def status(self) -> str:
        if self.number == 0:
            return "requested"
        return self.decision or "submitted"


# agency id -> document id -> the request
AskedDocuments = dict[str, dict[str, AskedDocument]]


def _document_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's open document requests (only ``scope``'s agency's when given), a request
    once per submitted version."""
    rows = (
        select(
            json_objects(
                document_id=uuid_text(DocumentRequest.id),
                agency_id=uuid_text(DocumentRequest.agency_id),
                kind=DocumentRequest.kind,
                title=DocumentRequest.title,
                due_on=date_text(DocumentRequest.due_on),
                number=DocumentVersion.number,
                decision=DocumentVersion.decision,
            )
        )
        .select_from(DocumentRequest)
        .outerjoin(DocumentVersion, DocumentVersion.document_id == DocumentRequest.id)
        .where(DocumentRequest.withdrawn_on.is_(None))
    )
    if scope.agency_id is not None:
        rows = rows.where(DocumentRequest.agency_id == scope.agency_id)
    return narrow(rows, DocumentRequest)


def _read_documents(rows: list[dict[str, Any]]) -> AskedDocuments:
    read: AskedDocuments = {}
    for row in rows or []:
        agency = read.setdefault(row["agency_id"], {})
        number = int(row["number"] or 0)
        known = agency.get(row["document_id"])
        if known is None or number > known.number:
            agency[row["document_id"]] = AskedDocument(
                id=row["document_id"],
                kind=row["kind"],
                title=row["title"],
                due_on=date.fromisoformat(row["due_on"]),
                number=number,
                decision=row["decision"],
            )
    return read


DOCUMENTS: Source[AskedDocuments] = Source("documents", _document_rows, _read_documents)


class OutstandingDocument(ResponseModel):
    document_id: uuid.UUID
    kind: DocumentKind
    title: str
    due_on: date
    status: Literal["requested", "submitted", "returned"] = Field(
        description="Nothing sent yet; sent and awaiting the lead reviewer; or returned for "
        "a new version"
    )


class PaperworkEvidence(ResponseModel):
    """What the paperwork duty rests on: the documents asked of the agency, and those not
    yet accepted."""

    kind: Literal["documents"]
    requested: int = Field(description="Open (not withdrawn) requests to the agency")
    accepted: int = Field(description="Of them, those whose latest version is accepted")
    outstanding: list[OutstandingDocument] = Field(
        description="The requests not yet accepted, soonest due first"
    )


def _paperwork(seat: SeatView, read: AskedDocuments) -> tuple[ItemStatus, PaperworkEvidence | None]:
    """Done when every open request to the agency has an accepted latest version; not
    started while nothing is asked of it (nothing to show) or nothing is sent; in progress
    in between."""
    asked = sorted(read.get(str(seat.agency_id), {}).values(), key=lambda d: (d.due_on, d.id))
    if not asked:
        return ItemStatus.not_started, None
    outstanding = [d for d in asked if d.status != "accepted"]
    evidence = PaperworkEvidence(
        kind="documents",
        requested=len(asked),
        accepted=len(asked) - len(outstanding),
        outstanding=[
            OutstandingDocument(
                document_id=uuid.UUID(d.id),
                kind=DocumentKind(d.kind),
                title=d.title,
                due_on=d.due_on,
                status=d.status,
            )
            for d in outstanding
        ],
    )
    if not outstanding:
        return ItemStatus.done, evidence
    if any(d.number > 0 for d in asked):
        return ItemStatus.in_progress, evidence
    return ItemStatus.not_started, evidence


register(
    DerivedDuty(
        code="methodology_paperwork",
        derived_from="documents",
        source=DOCUMENTS,
        evidence=PaperworkEvidence,
        rule=_paperwork,
    )
)


# -- Action plan -------------------------------------------------------------------------------


@dataclass(frozen=True)
class OwnedAction:
    """An action the agency owns (not cancelled), as the duty reads it."""

    id: str
    title: str
    due_on: date
    status: str
    evidenced: bool

    def in_date(self, today: date) -> bool:
        return self.due_on >= today


# agency id -> action id -> the action
OwnedActions = dict[str, dict[str, OwnedAction]]


def _action_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's actions that are not cancelled (only ``scope``'s agency's when given), an
    action once per piece of accepted evidence."""
    rows = (
        select(
            json_objects(
                action_id=uuid_text(Action.id),
                agency_id=uuid_text(Action.agency_id),
                title=Action.title,
                due_on=date_text(Action.due_on),
                status=Action.status,
                evidence_id=uuid_text(Evidence.id),
            )
        )
        .select_from(Action)
        .outerjoin(
            Evidence,
            (Evidence.action_id == Action.id)
            & (Evidence.status == _constant(EvidenceStatus.accepted.value)),
        )
        .where(Action.status != _constant(ActionStatus.cancelled.value))
    )
    if scope.agency_id is not None:
        rows = rows.where(Action.agency_id == scope.agency_id)
    return narrow(rows, Action)


def _read_actions(rows: list[dict[str, Any]]) -> OwnedActions:
    read: OwnedActions = {}
    for row in rows or []:
        agency = read.setdefault(row["agency_id"], {})
        known = agency.get(row["action_id"])
        agency[row["action_id"]] = OwnedAction(
            id=row["action_id"],
            title=row["title"],
            due_on=date.fromisoformat(row["due_on"]),
            status=row["status"],
            evidenced=(known is not None and known.evidenced)
            or row["evidence_id"] is not None
            or row["status"] == ActionStatus.signed_off.value,
        )
    return read


ACTIONS: Source[OwnedActions] = Source("actions", _action_rows, _read_actions)


class OutstandingAction(ResponseModel):
    action_id: uuid.UUID
    title: str
    due_on: date
    status: ActionStatus


class ActionPlanEvidence(ResponseModel):
    """What the action-plan duty rests on: the agency's actions (cancelled ones aside), and
    those past their due date with no accepted evidence."""

    kind: Literal["action_plan"]
    actions: int = Field(description="Actions the agency owns, not cancelled")
    evidenced: int = Field(description="Of them, signed off or with accepted evidence")
    in_date: int = Field(description="Of the rest, not yet due")
    outstanding: list[OutstandingAction] = Field(
        description="Past their due date and not evidenced, soonest due first"
    )


def _action_plan(
    seat: SeatView, read: OwnedActions
) -> tuple[ItemStatus, ActionPlanEvidence | None]:
    """Done when every action the agency owns is in date or evidenced; not started while it
    owns none (nothing to show); in progress while any is overdue without evidence."""
    owned = sorted(read.get(str(seat.agency_id), {}).values(), key=lambda a: (a.due_on, a.id))
    if not owned:
        return ItemStatus.not_started, None
    today = clock.today()
    evidenced = [a for a in owned if a.evidenced]
    outstanding = [a for a in owned if not a.evidenced and not a.in_date(today)]
    evidence = ActionPlanEvidence(
        kind="action_plan",
        actions=len(owned),
        evidenced=len(evidenced),
        in_date=len(owned) - len(evidenced) - len(outstanding),
        outstanding=[
            OutstandingAction(
                action_id=uuid.UUID(a.id),
                title=a.title,
                due_on=a.due_on,
                status=ActionStatus(a.status),
            )
            for a in outstanding
        ],
    )
    return (ItemStatus.in_progress if outstanding else ItemStatus.done), evidence


register(
    DerivedDuty(
        code="action_plan",
        derived_from="actions",
        source=ACTIONS,
        evidence=ActionPlanEvidence,
        rule=_action_plan,
    )
)


# -- Sharing learning ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LearningToShare:
    """A learning item (not withdrawn) and, per agency, how far it has shared it."""

    id: str
    title: str
    emerged_on: date
    # agency id -> "shared" (no landed check yet), "not_landed" or "landed"
    agencies: dict[str, str] = field(default_factory=dict)


# learning item id -> the item
SharedLearning = dict[str, LearningToShare]
# A later sharing after a check that found it had not landed awaits its own check.
_SHARING_ORDER = {"not_landed": 1, "shared": 2, "landed": 3}


def _learning_rows(narrow: Narrow, scope: Scope) -> AnySelect:
    """The review's learning items that are not withdrawn, an item once per dissemination
    of it (only ``scope``'s agency's when given), and once with none when there are none."""
    joined = Dissemination.learning_item_id == LearningItem.id
    if scope.agency_id is not None:
        joined = joined & (Dissemination.agency_id == scope.agency_id)
    rows = (
        select(
            json_objects(
                learning_id=uuid_text(LearningItem.id),
                title=LearningItem.title,
                emerged_on=date_text(LearningItem.emerged_on),
                agency_id=uuid_text(Dissemination.agency_id),
                landed_outcome=Dissemination.landed_outcome,
            )
        )
        .select_from(LearningItem)
        .outerjoin(Dissemination, joined)
        .where(LearningItem.withdrawn_on.is_(None))
    )
    return narrow(rows, LearningItem)


def _read_learning(rows: list[dict[str, Any]]) -> SharedLearning:
    read: SharedLearning = {}
    for row in rows or []:
        item = read.get(row["learning_id"])
        if item is None:
            item = read[row["learning_id"]] = LearningToShare(
                id=row["learning_id"],
                title=row["title"],
                emerged_on=date.fromisoformat(row["emerged_on"]),
            )
        if row["agency_id"] is None:
            continue
        outcome = row["landed_outcome"]
        state = (
            "shared"
            if outcome is None
            else "not_landed"
            if outcome == LandedOutcome.not_landed.value
            else "landed"
        )
        known = item.agencies.get(row["agency_id"])
        if known is None or _SHARING_ORDER[state] > _SHARING_ORDER[known]:
            item.agencies[row["agency_id"]] = state
    return read


LEARNING: Source[SharedLearning] = Source("learning", _learning_rows, _read_learning)


class UnsharedLearning(ResponseModel):
    learning_id: uuid.UUID
    title: str
    emerged_on: date
    status: Literal["not_shared", "not_checked", "not_landed"] = Field(
        description="Not yet shared in the agency; shared with no landed check yet; or "
        "checked and found not to have landed (to be shared again)"
    )


class SharingEvidence(ResponseModel):
    """What the share-learning duty rests on: the review's learning, and how far the agency
    has shared it and checked that it landed."""

    kind: Literal["learning"]
    items: int = Field(description="Learning items on the review, withdrawn ones aside")
    shared: int = Field(description="Of them, those the agency has shared at least once")
    landed: int = Field(description="Of them, those a check found landed, fully or in part")
    outstanding: list[UnsharedLearning] = Field(
        description="The items not yet landed in the agency, oldest learning first"
    )


_UNSHARED = {None: "not_shared", "shared": "not_checked", "not_landed": "not_landed"}


def _share_learning(
    seat: SeatView, read: SharedLearning
) -> tuple[ItemStatus, SharingEvidence | None]:
    """Done when every learning item is shared in the agency and a check found it landed;
    not started while there is no learning (nothing to show) or the agency has shared none;
    in progress in between."""
    items = sorted(read.values(), key=lambda i: (i.emerged_on, i.id))
    if not items:
        return ItemStatus.not_started, None
    agency = str(seat.agency_id)
    states = [(i, i.agencies.get(agency)) for i in items]
    outstanding = [(i, s) for i, s in states if s != "landed"]
    shared = sum(1 for _, s in states if s is not None)
    evidence = SharingEvidence(
        kind="learning",
        items=len(items),
        shared=shared,
        landed=len(items) - len(outstanding),
        outstanding=[
            UnsharedLearning(
                learning_id=uuid.UUID(i.id),
                title=i.title,
                emerged_on=i.emerged_on,
                status=_UNSHARED[s],
            )
            for i, s in outstanding
        ],
    )
    if not outstanding:
        return ItemStatus.done, evidence
    return (ItemStatus.in_progress if shared else ItemStatus.not_started), evidence


register(
    DerivedDuty(
        code="share_learning",
        derived_from="learning",
        source=LEARNING,
        evidence=SharingEvidence,
        rule=_share_learning,
    )
)


# -- The union the API writes ------------------------------------------------------------------

if TYPE_CHECKING:
    DerivedEvidence = BaseModel
else:
    DerivedEvidence = Annotated[
        Union[tuple(d.evidence for d in DERIVED.values())],  # noqa: UP007
        Field(discriminator="kind"),
    ]
"""What a derived item's status rests on: one model per registered duty, told apart by
``kind``."""
