"""Fictional demo reviews for the Demoshire partnership (every name here is invented).

Made through the services, as the partnership's people would make them over HTTP: the
administrator opens the reviews, seats the team (each member's checklist comes from the
partnership's template) and records the subjects (their identifying details encrypted as
any are); the council's member declares and confirms the alert. Each step is audited as
that person's, with no address or request id: the seed runs outside any request.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session
from starlette.requests import Request

from api.clock import clock
from api.members import service as members
from api.members.schemas import DeclarableKind, DeclarationCreate, MemberCreate
from api.partnerships.models import Agency, Partnership
from api.reviews import service as reviews
from api.reviews.deadlines import next_deadline_on, rule_set_for
from api.reviews.models import Decision, Review, ReviewStatus
from api.reviews.schemas import ReviewCreate, ReviewUpdate, TermsOfReferenceUpdate
from api.security.principal import Principal
from api.security.roles import Role
from api.security.scopes import ROLE_SCOPES
from api.statutory import ENGLAND, IncidentKind
from api.subjects import service as subjects
from api.subjects.models import SubjectRole
from api.subjects.schemas import AlertCreate, RecordReferenceIn, SubjectCreate
from api.users.models import User

# Names no one: family members are called by their role in the review, as staff would.
DEMO_FAMILY_NOTES = (
    "FICTIONAL DEMO TEXT, about no real family. Mother has met the lead reviewer once and "
    "wants the review to hear how hard it was to reach the out-of-hours team. Father has "
    "not yet answered the invitation letter; a second letter goes out next week."
)


def acting_as(user: User) -> Principal:
    """``user`` as a caller holding their role's every scope (as a full sign-in gives)."""
    return Principal(
        kind="user",
        id=user.id,
        partnership_id=user.partnership_id,
        agency_id=user.agency_id,
        role=str(user.role),
        scopes=ROLE_SCOPES[user.role],
    )


def seed_request() -> Request:
    """A stand-in for the request the services pass on to the audit trail: it carries no
    address and no request id."""
    return Request({"type": "http", "method": "POST", "path": "/", "headers": []})


def _start_in(
    session: Session, partnership: Partnership, review: Review, status: ReviewStatus
) -> None:
    """Place a review in ``status`` without moving it there step by step: the demo's review
    starts part way through its life, as one brought in from elsewhere would, with no
    transitions in its history."""
    review.status = status
    review.next_deadline_on = next_deadline_on(review, rule_set_for(partnership), clock.today())
    session.flush()


def seed_demo_reviews(
    session: Session, partnership: Partnership, agencies: list[Agency], users: list[User]
) -> None:
    """Two reviews: an LCSPR in scoping with its team, subjects and an alert confirmed, and
    a care leaver's death awaiting notification."""
    today = clock.today()
    aware = ENGLAND.subtract_working_days(today, 25)
    admin = acting_as(next(u for u in users if u.role == Role.partnership_admin))
    lead = next(u for u in users if u.role == Role.lead_reviewer)
    team = [u for u in users if u.role == Role.member]
    council, council_member = agencies[0], acting_as(team[0])
    request = seed_request()

    lcspr = reviews.create_review(
        session,
        admin,
        request,
        ReviewCreate(
            incident_kind=IncidentKind.SERIOUS_HARM,
            incident_on=aware - timedelta(days=3),
            became_aware_on=aware,
            child_pseudonym="Child A",
            sin_reference="SIN-DEMO-0001",
            sin_sent_on=ENGLAND.add_working_days(aware, 3),
            lead_reviewer_id=lead.id,
        ),
    )
    decided_on = ENGLAND.add_working_days(aware, 20)
    reviews.update_review(
        session,
        admin,
        request,
        lcspr,
        ReviewUpdate(
            rapid_review_meeting_on=ENGLAND.add_working_days(aware, 12),
            rapid_review_sent_on=ENGLAND.add_working_days(aware, 14),
            decision=Decision.lcspr,
            decision_on=decided_on,
            terms_of_reference=TermsOfReferenceUpdate(
                period_start=aware - timedelta(days=730), period_end=aware
            ),
        ),
    )
    _start_in(session, partnership, lcspr, ReviewStatus.scoping)
    reviews.replace_family_notes(session, admin, request, lcspr, DEMO_FAMILY_NOTES)
    reviews.create_review(
        session,
        admin,
        request,
        ReviewCreate(
            incident_kind=IncidentKind.CARE_LEAVER_DEATH,
            incident_on=today - timedelta(days=4),
            became_aware_on=today - timedelta(days=2),
            child_pseudonym="Young Person B",
        ),
    )

    seats = [
        members.add_member(
            session, admin, request, lcspr, MemberCreate(user_id=user.id, joined_on=decided_on)
        )
        for user in team
    ]
    members.declare(
        session,
        council_member,
        request,
        lcspr,
        seats[0],
        DeclarationCreate(kind=DeclarableKind.confidentiality),
    )

    for role, pseudonym, names, born in (
        (SubjectRole.child, "Child A", "Riley Demo", date(2016, 4, 9)),
        (SubjectRole.parent, "Mother", "Jordan Demo", date(1991, 11, 2)),
    ):
        subject = subjects.create_subject(
            session,
            admin,
            request,
            lcspr,
            SubjectCreate(
                role=role,
                pseudonym=pseudonym,
                names=names,
                date_of_birth=born,
                record_references=[
                    RecordReferenceIn(agency_id=council.id, reference=f"DCC-{pseudonym[:1]}-0042")
                ],
            ),
        )
        if role == SubjectRole.child:
            subjects.confirm_alert(
                session,
                council_member,
                request,
                lcspr,
                AlertCreate(subject_id=subject.id, confirmed_on=decided_on),
            )
    session.flush()
