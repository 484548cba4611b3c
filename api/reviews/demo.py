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
from api.practitioners import service as practitioners
from api.practitioners.models import ContactKind, SupportStatus
from api.practitioners.schemas import ContactCreate, PractitionerCreate, PractitionerWithdraw
from api.proceedings import service as proceedings
from api.proceedings.models import ProceedingKind, ProceedingStatus
from api.proceedings.schemas import NoProceedingsCreate, ProceedingCreate
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


# Per agency (in the order of the demo's agencies): each practitioner's invented name, job
# title, team and support; e-mail addresses are made from the name at a reserved domain.
DEMO_PRACTITIONERS: tuple[tuple[tuple[str, str, str, SupportStatus], ...], ...] = (
    (
        (
            "Alex Example",
            "Social worker",
            "Children's services, north team",
            SupportStatus.accepted,
        ),
        ("Sam Sample", "Team manager", "Children's services, north team", SupportStatus.offered),
        ("Robin Specimen", "Family support worker", "Early help", SupportStatus.not_needed),
    ),
    (
        (
            "Jordan Placeholder",
            "Detective constable",
            "Child abuse investigation team",
            SupportStatus.offered,
        ),
        ("Casey Fictional", "Police constable", "Response team", SupportStatus.declined),
    ),
    (
        ("Morgan Mockup", "Health visitor", "0-19 service", SupportStatus.accepted),
        ("Avery Dummy", "GP", "Oakvale surgery", SupportStatus.offered),
        ("Quinn Invented", "Paediatric nurse", "Children's ward", SupportStatus.not_needed),
    ),
    (("Riley Madeup", "Designated safeguarding lead", "Oakvale primary", SupportStatus.offered),),
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


def open_lcspr(
    session: Session,
    admin: Principal,
    lead: User,
    aware: date,
    *,
    pseudonym: str,
    sin_reference: str,
) -> tuple[Review, date]:
    """A serious-harm review the partnership became aware of on ``aware``, led by ``lead``,
    taken through its Rapid Review to the decision for an LCSPR (some 20 working days
    later); returns it with the day of the decision."""
    request = seed_request()
    review = reviews.create_review(
        session,
        admin,
        request,
        ReviewCreate(
            incident_kind=IncidentKind.SERIOUS_HARM,
            incident_on=aware - timedelta(days=3),
            became_aware_on=aware,
            child_pseudonym=pseudonym,
            sin_reference=sin_reference,
            sin_sent_on=ENGLAND.add_working_days(aware, 3),
            lead_reviewer_id=lead.id,
        ),
    )
    decided_on = ENGLAND.add_working_days(aware, 20)
    reviews.update_review(
        session,
        admin,
        request,
        review,
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
    return review, decided_on


def start_in(
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
    """Two reviews: an LCSPR in scoping with its team, subjects and an alert confirmed, its
    agencies' practitioners and contacts, and a police investigation holding publication;
    and a care leaver's death awaiting notification, where the police know of no parallel
    proceedings."""
    today = clock.today()
    aware = ENGLAND.subtract_working_days(today, 25)
    admin = acting_as(next(u for u in users if u.role == Role.partnership_admin))
    lead = next(u for u in users if u.role == Role.lead_reviewer)
    team = [u for u in users if u.role == Role.member]
    council, council_member = agencies[0], acting_as(team[0])
    request = seed_request()

    lcspr, decided_on = open_lcspr(
        session, admin, lead, aware, pseudonym="Child A", sin_reference="SIN-DEMO-0001"
    )
    start_in(session, partnership, lcspr, ReviewStatus.scoping)
    reviews.replace_family_notes(session, admin, request, lcspr, DEMO_FAMILY_NOTES)
    care_leaver = reviews.create_review(
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
    _seed_practitioners(session, lcspr, [acting_as(u) for u in team], decided_on)
    police_member = acting_as(team[1])
    proceedings.create(
        session,
        police_member,
        request,
        lcspr,
        ProceedingCreate(
            kind=ProceedingKind.criminal_investigation,
            status=ProceedingStatus.active,
            liaison_contact="Major Investigation Team, via the force's CSPR liaison inbox",
            expected_end_on=today + timedelta(days=120),
            holds_publication=True,
            note="FICTIONAL DEMO TEXT. Charging decision expected in the spring.",
        ),
    )
    members.add_member(
        session, admin, request, care_leaver, MemberCreate(user_id=team[1].id, joined_on=today)
    )
    proceedings.declare_none(
        session, police_member, request, care_leaver, NoProceedingsCreate(declared_on=today)
    )
    session.flush()


def _seed_practitioners(
    session: Session, review: Review, members_by_agency: list[Principal], since: date
) -> None:
    """A handful of invented practitioners per agency, each introduced, some with an update
    and one corrected entry; one withdrawn, added in error."""
    request = seed_request()
    involved_from = review.tor_period_start
    for member, people in zip(members_by_agency, DEMO_PRACTITIONERS, strict=False):
        for n, (name, job, team, support) in enumerate(people):
            first, last = name.lower().split()
            practitioner = practitioners.create(
                session,
                member,
                request,
                review,
                PractitionerCreate(
                    name=f"Practitioner {name}",
                    job_title=job,
                    team=team,
                    work_email=f"{first}.{last}@example.org",
                    phone=f"01632 960{100 + n:03d}",
                    line_manager="Manager Jamie Example",
                    involvement="FICTIONAL DEMO TEXT. Contact with the family in the period.",
                    involved_from=involved_from,
                    consent_to_contact=support != SupportStatus.declined,
                    support_status=support,
                    external_ref=f"DEMO-{first.upper()}",
                ),
            )
            intro = practitioners.add_contact(
                session,
                member,
                request,
                review,
                practitioner,
                ContactCreate(
                    kind=ContactKind.introduction,
                    contacted_on=since,
                    note="Explained the review and how to reach the review team.",
                ),
            )
            if n == 0:
                practitioners.add_contact(
                    session,
                    member,
                    request,
                    review,
                    practitioner,
                    ContactCreate(
                        kind=ContactKind.update,
                        contacted_on=since,
                        note="Correction: the introduction was by phone, not in person.",
                        corrects=intro.id,
                    ),
                )
            if n == 2 and job == "Paediatric nurse":
                practitioners.withdraw(
                    session,
                    member,
                    request,
                    review,
                    practitioner,
                    PractitionerWithdraw(reason="Added in error: not involved in the period."),
                )
