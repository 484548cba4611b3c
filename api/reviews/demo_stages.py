"""Two later-stage demo reviews, so each screen of the review team's work has data: Child C's
review is drafting its report (meetings held and attendance taken, a practitioner learning
event with aftercare, the agencies' chronologies at every stage, learning shared and checked,
a draft out for factual accuracy), and Child D's is in publication
(the final draft signed off, publication-plan requests to the agencies). Every name and
word here is invented.

Dates count back (or on) from the demo's clock, as the rest of the demo's do, so the duties
that look back from today ("contacted within 28 days", "aftercare after each event") show
the same mix of states whenever the seed runs. Made through the services, each step as the
person who would take it: the lead reviewer schedules meetings, records attendance and
circulates drafts; the administrator sends publication-plan requests; each agency's member
adds its practitioners, logs contacts, signs off or answers.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from api.clock import LONDON, clock
from api.documents.demo import seed_documents as _documents
from api.learning.demo import seed_learning as _learning
from api.meetings import service as meetings
from api.meetings.models import (
    MeetingKind,
    MemberAttendanceStatus,
    PractitionerAttendanceStatus,
)
from api.meetings.schemas import (
    AttendanceIn,
    MeetingCreate,
    MemberAttendanceIn,
    PractitionerAttendanceIn,
)
from api.members import service as members
from api.members.models import ReviewMember
from api.members.schemas import MemberCreate
from api.partnerships.models import Partnership
from api.practitioners import service as practitioners
from api.practitioners.models import ContactKind, Practitioner, SupportStatus
from api.practitioners.schemas import ContactCreate, PractitionerCreate
from api.publication import service as publication
from api.publication.models import PlanItem
from api.publication.schemas import AnswerCreate, RequestCreate, RequestToAll
from api.reports import service as reports
from api.reports.models import DraftResponseKind
from api.reports.schemas import DraftCreate, DraftResponseCreate
from api.reviews.demo import acting_as, open_lcspr, seed_request, start_in
from api.reviews.models import Review, ReviewStatus
from api.security.principal import Principal
from api.security.roles import Role
from api.statutory import ENGLAND
from api.users.models import User

A = MemberAttendanceStatus.attended
APOLOGIES = MemberAttendanceStatus.apologies
DEPUTY = MemberAttendanceStatus.deputy_sent
ABSENT = MemberAttendanceStatus.absent

# Child C's review team meetings, by days before today, and each agency's attendance (in the
# demo's agency order: council, police, health, school). The police attend 4 of 5 (80 %,
# exactly the default threshold: done); health 3 of 5 (60 %: in progress, so the duty shows
# both states); the school sends a deputy twice, which counts as attending.
TEAM_MEETINGS: tuple[tuple[int, str, tuple[MemberAttendanceStatus, ...]], ...] = (
    (150, "Terms of reference agreed; agencies' chronologies requested.", (A, A, A, A)),
    (
        120,
        "Merged chronology; who to invite to the learning event.",
        (A, A, APOLOGIES, DEPUTY),
    ),
    (90, "Key lines of enquiry; first analysis.", (A, APOLOGIES, A, A)),
    (60, "Findings from the agencies' reports.", (A, A, ABSENT, DEPUTY)),
    (30, "Outline of the report and its recommendations.", (A, A, A, A)),
)
LEARNING_EVENT_DAYS_AGO = 12
NEXT_MEETING_IN_DAYS = 9

# Child C's practitioners, per agency: invented name, job title, and whether they attended
# the learning event (``None``: declined) and whether aftercare followed. The council's and
# health's are all contacted and cared for after it (the contact duty done); the police
# officer attended with no aftercare yet (the prompt shows, the duty in progress); the
# school's teacher declined and was last contacted before the interval (in progress).
CHILD_C_PRACTITIONERS: tuple[tuple[tuple[str, str, bool | None, bool], ...], ...] = (
    (
        ("Drew Sample", "Social worker", True, True),
        ("Kit Example", "Independent reviewing officer", True, True),
    ),
    (("Rowan Placeholder", "Detective sergeant", True, False),),
    (("Jamie Fictional", "School nurse", True, True),),
    (("Ellis Madeup", "Class teacher", None, False),),
)

# Child D's publication plan: which agencies (by index) answered which request.
COMMS_LEADS = {
    0: "Robin Example, Communications Manager (fictional)",
    1: "Charlie Example, Corporate Communications (fictional)",
    3: "Frankie Example, Trust Communications Lead (fictional)",
}
STAFF_BRIEFED = (0, 3)


def at_ten(day: date) -> datetime:
    """Ten in the morning, in England, on ``day``."""
    return datetime.combine(day, time(10, 0), tzinfo=LONDON)


def seed_later_reviews(session: Session, partnership: Partnership, users: list[User]) -> None:
    """Child C's review in drafting and Child D's in publication, each with the whole team."""
    admin_user = next(u for u in users if u.role == Role.partnership_admin)
    admin = acting_as(admin_user)
    lead_user = next(u for u in users if u.role == Role.lead_reviewer)
    lead = acting_as(lead_user)
    team = [acting_as(u) for u in users if u.role == Role.member]
    today = clock.today()

    child_c, seats = _lcspr_with_team(
        session, admin, lead_user, team, ("Child C", "SIN-DEMO-0003", 170)
    )
    start_in(session, partnership, child_c, ReviewStatus.drafting)
    people = _practitioners(session, child_c, team)
    _team_meetings(session, lead, child_c, seats)
    _learning_event(session, lead, team, child_c, people)
    meetings.create(
        session,
        lead,
        seed_request(),
        child_c,
        MeetingCreate(
            kind=MeetingKind.review_team_meeting,
            held_at=at_ten(today + timedelta(days=NEXT_MEETING_IN_DAYS)),
            online=True,
            agenda="Go through the factual-accuracy comments on v0.3; agree the final draft.",
        ),
    )
    _draft_out_for_accuracy(session, lead, team, child_c)
    _documents(session, lead, team, child_c)
    _learning(session, lead, team, child_c)

    child_d, _ = _lcspr_with_team(
        session, admin, lead_user, team, ("Child D", "SIN-DEMO-0004", 290)
    )
    start_in(session, partnership, child_d, ReviewStatus.publication)
    _final_draft_signed_off(session, lead, team, child_d)
    _publication_plan(session, admin, team, child_d)
    session.flush()


def _lcspr_with_team(
    session: Session,
    admin: Principal,
    lead: User,
    team: list[Principal],
    review: tuple[str, str, int],
) -> tuple[Review, list[ReviewMember]]:
    """An LCSPR (the child's pseudonym, its SIN reference, and how many working days ago the
    partnership became aware), with every agency's member seated from the decision."""
    pseudonym, sin_reference, working_days_ago = review
    aware = ENGLAND.subtract_working_days(clock.today(), working_days_ago)
    opened, decided_on = open_lcspr(
        session, admin, lead, aware, pseudonym=pseudonym, sin_reference=sin_reference
    )
    seats = [
        members.add_member(
            session,
            admin,
            seed_request(),
            opened,
            MemberCreate(user_id=member.id, joined_on=decided_on),
        )
        for member in team
    ]
    return opened, seats


def _practitioners(
    session: Session, review: Review, team: list[Principal]
) -> list[list[Practitioner]]:
    """Child C's practitioners, each introduced some 70 days ago; those at the learning
    event were briefed a week before it."""
    today, request = clock.today(), seed_request()
    made: list[list[Practitioner]] = []
    for member, people in zip(team, CHILD_C_PRACTITIONERS, strict=True):
        made.append([])
        for name, job, attends, _aftercare in people:
            practitioner = practitioners.create(
                session,
                member,
                request,
                review,
                PractitionerCreate(
                    name=f"Practitioner {name}",
                    job_title=job,
                    involvement="FICTIONAL DEMO TEXT. Worked with Child C's family in the period.",
                    involved_from=review.tor_period_start,
                    consent_to_contact=True,
                    support_status=SupportStatus.offered,
                ),
            )
            made[-1].append(practitioner)
            log = [(ContactKind.introduction, 70, "Explained the review and the learning event.")]
            if attends:
                log.append(
                    (
                        ContactKind.pre_event_briefing,
                        LEARNING_EVENT_DAYS_AGO + 7,
                        "Briefed on what the learning event is for; support offered.",
                    )
                )
            for kind, days_ago, note in log:
                _log(
                    session,
                    member,
                    review,
                    practitioner,
                    kind,
                    today - timedelta(days=days_ago),
                    note,
                )
    return made


def _log(
    session: Session,
    member: Principal,
    review: Review,
    practitioner: Practitioner,
    kind: ContactKind,
    on: date,
    note: str,
) -> None:
    """One entry in the practitioner's contact log, by their agency's member."""
    body = ContactCreate(kind=kind, contacted_on=on, note=note)
    practitioners.add_contact(session, member, seed_request(), review, practitioner, body)


def _team_meetings(
    session: Session, lead: Principal, review: Review, seats: list[ReviewMember]
) -> None:
    """Five review team meetings held, each with every seat's attendance."""
    today, request = clock.today(), seed_request()
    for days_ago, agenda, statuses in TEAM_MEETINGS:
        meeting = meetings.create(
            session,
            lead,
            request,
            review,
            MeetingCreate(
                kind=MeetingKind.review_team_meeting,
                held_at=at_ten(today - timedelta(days=days_ago)),
                status="held",
                location="Room 2, Demoshire Civic Centre (fictional)",
                agenda=agenda,
            ),
        )
        meetings.record_attendance(
            session,
            lead,
            request,
            review,
            meeting,
            AttendanceIn(
                members=[
                    MemberAttendanceIn(member_id=seat.id, status=status)
                    for seat, status in zip(seats, statuses, strict=True)
                ]
            ),
        )


def _learning_event(
    session: Session,
    lead: Principal,
    team: list[Principal],
    review: Review,
    people: list[list[Practitioner]],
) -> None:
    """The practitioner learning event, held; the practitioners who attended it get their
    aftercare contact two days later, except those the demo leaves it owed to."""
    day, request = clock.today() - timedelta(days=LEARNING_EVENT_DAYS_AGO), seed_request()
    event = meetings.create(
        session,
        lead,
        request,
        review,
        MeetingCreate(
            kind=MeetingKind.practitioner_learning_event,
            held_at=at_ten(day),
            status="held",
            location="Oakvale Community Hall (fictional)",
            agenda="FICTIONAL DEMO TEXT. What it was like to work with Child C's family.",
        ),
    )
    rows = [
        PractitionerAttendanceIn(
            practitioner_id=practitioner.id,
            status=PractitionerAttendanceStatus.attended
            if attends
            else PractitionerAttendanceStatus.declined,
        )
        for agency, specs in zip(people, CHILD_C_PRACTITIONERS, strict=True)
        for practitioner, (_name, _job, attends, _aftercare) in zip(agency, specs, strict=True)
    ]
    meetings.record_attendance(
        session, lead, request, review, event, AttendanceIn(practitioners=rows)
    )
    for member, agency, specs in zip(team, people, CHILD_C_PRACTITIONERS, strict=True):
        for practitioner, (_name, _job, attends, aftercare) in zip(agency, specs, strict=True):
            if attends and aftercare:
                _log(
                    session,
                    member,
                    review,
                    practitioner,
                    ContactKind.aftercare,
                    day + timedelta(days=2),
                    "Checked in after the learning event; no further support wanted.",
                )


def _circulate(
    session: Session,
    lead: Principal,
    review: Review,
    draft: DraftCreate,
    responses: list[tuple[Principal, DraftResponseCreate]],
) -> None:
    """The lead reviewer circulates ``draft``; each member given answers it as given."""
    request = seed_request()
    circulated = reports.circulate(session, lead, request, review, draft)
    for member, body in responses:
        reports.respond(session, member, request, review, circulated, body)


SIGNED_OFF = DraftResponseCreate(response=DraftResponseKind.signed_off)


def _draft_out_for_accuracy(
    session: Session, lead: Principal, team: list[Principal], review: Review
) -> None:
    """v0.3 out for factual accuracy: the council and the school sign it off, the police
    return comments, health has not answered yet."""
    council, police, _health, school = team
    comments = DraftResponseCreate(
        response=DraftResponseKind.comments,
        comments="FICTIONAL DEMO TEXT. Paragraph 5.3: the strategy discussion was held on "
        "the Tuesday, not the Thursday; the officer attended by phone.",
    )
    _circulate(
        session,
        lead,
        review,
        DraftCreate(
            title="Child C: overview report (fictional)",
            version_label="v0.3",
            circulated_on=clock.today() - timedelta(days=6),
            note="v0.3 for factual accuracy: please check your agency's involvement by Friday.",
        ),
        [(council, SIGNED_OFF), (police, comments), (school, SIGNED_OFF)],
    )


def _final_draft_signed_off(
    session: Session, lead: Principal, team: list[Principal], review: Review
) -> None:
    """Child D's final draft, signed off by every agency before it went for publication."""
    _circulate(
        session,
        lead,
        review,
        DraftCreate(
            title="Child D: overview report (fictional)",
            version_label="v1.0",
            circulated_on=clock.today() - timedelta(days=35),
            note="Final draft, with the factual-accuracy corrections made.",
        ),
        [(member, SIGNED_OFF) for member in team],
    )


def _publication_plan(
    session: Session, admin: Principal, team: list[Principal], review: Review
) -> None:
    """Every agency asked for its comms lead and to brief its staff, the council also to
    confirm the family was told: the council and the school have answered everything (done),
    the police their comms lead only (in progress), health nothing yet (not started)."""
    today, request = clock.today(), seed_request()
    asked = {
        item: publication.send_to_all(
            session,
            admin,
            request,
            review,
            RequestToAll(item=item, due_on=today + timedelta(days=14)),
        )
        for item in (PlanItem.comms_lead, PlanItem.staff_briefed)
    }
    council = team[0]
    family = publication.send(
        session,
        admin,
        request,
        review,
        RequestCreate(
            agency_id=council.agency_id,
            item=PlanItem.family_informed,
            due_on=today + timedelta(days=7),
        ),
    )
    for n, member in enumerate(team):
        by_agency = {
            item: next(r for r in sent if r.agency_id == member.agency_id)
            for item, sent in asked.items()
        }
        answers = []
        if n in COMMS_LEADS:
            answers.append((by_agency[PlanItem.comms_lead], AnswerCreate(text=COMMS_LEADS[n])))
        if n in STAFF_BRIEFED:
            answers.append(
                (
                    by_agency[PlanItem.staff_briefed],
                    AnswerCreate(done_on=today - timedelta(days=3)),
                )
            )
        if member is council:
            answers.append((family, AnswerCreate(done_on=today - timedelta(days=2))))
        for sent, body in answers:
            publication.answer(session, member, request, review, sent, body)
