"""Fictional demo reviews for the Demoshire partnership (every name here is invented)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy.orm import Session

from api.clock import clock
from api.members.models import ChecklistItem, ItemStatus, MemberDeclaration, ReviewMember
from api.members.service import current_template
from api.partnerships.models import Agency, Partnership
from api.reviews.deadlines import next_deadline_on, rule_set_for
from api.reviews.models import Decision, Review, ReviewStatus
from api.reviews.repository import next_reference_number
from api.reviews.service import seal_family_notes
from api.security.crypto import get_cipher
from api.security.roles import Role
from api.statutory import ENGLAND, IncidentKind
from api.subjects.models import AlertConfirmation, Subject, SubjectRecord, SubjectRole
from api.users.models import User

# Names no one: family members are called by their role in the review, as staff would.
DEMO_FAMILY_NOTES = (
    "FICTIONAL DEMO TEXT, about no real family. Mother has met the lead reviewer once and "
    "wants the review to hear how hard it was to reach the out-of-hours team. Father has "
    "not yet answered the invitation letter; a second letter goes out next week."
)


def _review(session: Session, partnership: Partnership, **fields: object) -> Review:
    year = clock.today().year
    number = next_reference_number(session, partnership.id, year)
    review = Review(
        id=uuid.uuid4(),
        partnership_id=partnership.id,
        reference=f"{partnership.code}-{year}-{number:03d}",
        reference_year=year,
        reference_number=number,
        tor_key_lines_of_enquiry=[],
        **fields,
    )
    review.next_deadline_on = next_deadline_on(review, rule_set_for(partnership), clock.today())
    session.add(review)
    session.flush()
    return review


def seed_demo_reviews(
    session: Session, partnership: Partnership, agencies: list[Agency], users: list[User]
) -> None:
    """Two reviews: an LCSPR in scoping with its team, subjects and an alert confirmed, and
    a care leaver's death awaiting notification."""
    today = clock.today()
    aware = ENGLAND.subtract_working_days(today, 25)
    lead = next(u for u in users if u.role == Role.lead_reviewer)
    members = [u for u in users if u.role == Role.member]
    lcspr = _review(
        session,
        partnership,
        child_pseudonym="Child A",
        incident_kind=IncidentKind.SERIOUS_HARM,
        sin_reference="SIN-DEMO-0001",
        status=ReviewStatus.scoping,
        lead_reviewer_id=lead.id,
        incident_on=aware - timedelta(days=3),
        became_aware_on=aware,
        sin_sent_on=ENGLAND.add_working_days(aware, 3),
        rapid_review_meeting_on=ENGLAND.add_working_days(aware, 12),
        rapid_review_sent_on=ENGLAND.add_working_days(aware, 14),
        decision=Decision.lcspr,
        decision_on=ENGLAND.add_working_days(aware, 20),
        tor_period_start=aware - timedelta(days=730),
        tor_period_end=aware,
    )
    seal_family_notes(lcspr, DEMO_FAMILY_NOTES)
    _review(
        session,
        partnership,
        child_pseudonym="Young Person B",
        incident_kind=IncidentKind.CARE_LEAVER_DEATH,
        status=ReviewStatus.notified,
        incident_on=today - timedelta(days=4),
        became_aware_on=today - timedelta(days=2),
    )
    template = current_template(session, partnership.id)
    seats: list[ReviewMember] = []
    for user in members:
        assert user.agency_id is not None
        seat = ReviewMember(
            id=uuid.uuid4(),
            partnership_id=partnership.id,
            review_id=lcspr.id,
            user_id=user.id,
            agency_id=user.agency_id,
            joined_on=lcspr.decision_on or today,
            checklist_template_version=template.version,
        )
        seats.append(seat)
        session.add(seat)
    session.flush()
    for seat in seats:
        session.add_all(
            ChecklistItem(
                partnership_id=partnership.id,
                review_id=lcspr.id,
                member_id=seat.id,
                duty=entry["duty"],
                title=entry["title"],
                position=position,
                status=ItemStatus.not_started,
            )
            for position, entry in enumerate(template.duties)
        )
    session.add(
        MemberDeclaration(
            partnership_id=partnership.id,
            review_id=lcspr.id,
            member_id=seats[0].id,
            kind="confidentiality",
            payload={},
            declared_by_type="user",
            declared_by_id=seats[0].user_id,
        )
    )
    cipher = get_cipher()
    council = agencies[0]
    for role, pseudonym, names, born in (
        (SubjectRole.child, "Child A", "Riley Demo", date(2016, 4, 9)),
        (SubjectRole.parent, "Mother", "Jordan Demo", date(1991, 11, 2)),
    ):
        subject = Subject(
            id=uuid.uuid4(),
            partnership_id=partnership.id,
            review_id=lcspr.id,
            role=role,
            pseudonym=pseudonym,
        )
        subject.names_enc = cipher.encrypt(names, f"subjects.names:{subject.id}")
        subject.date_of_birth_enc = cipher.encrypt(
            born.isoformat(), f"subjects.date_of_birth:{subject.id}"
        )
        session.add(subject)
        session.flush()
        record = SubjectRecord(
            id=uuid.uuid4(),
            partnership_id=partnership.id,
            review_id=lcspr.id,
            subject_id=subject.id,
            agency_id=council.id,
            reference_enc="",
        )
        record.reference_enc = cipher.encrypt(
            f"DCC-{pseudonym[:1]}-0042", f"subject_records.reference:{record.id}"
        )
        session.add(record)
        if role == SubjectRole.child:
            session.add(
                AlertConfirmation(
                    partnership_id=partnership.id,
                    review_id=lcspr.id,
                    subject_id=subject.id,
                    agency_id=council.id,
                    confirmed_on=lcspr.decision_on or today,
                    confirmed_by_type="user",
                    confirmed_by_id=seats[0].user_id,
                )
            )
    session.flush()
