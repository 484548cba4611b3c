"""Seed the benchmark database: a national decade of reviews, through a bulk path.

5,000 reviews across 150 partnerships (one large partnership, B000, holds 1,000 of them so
that a deep cursor is really deep), 10 agencies per partnership with one member each, every
member seated on every review of their partnership (10 per review) with every checklist item
(13 each), 3 subjects per review with encrypted identifying details, and some alert
confirmations; on the large partnership's reviews, the review team's records its members'
derived duties are read from (``seed_review_team_work``: practitioners and their contacts,
proceedings, meetings and attendance, draft sign-offs, publication-plan requests). Rows go
in with SQLAlchemy Core multi-row inserts, not one ORM object at a time. The database
``cspr_bench`` is dropped and created again.

    python -m bench.seed
"""

from __future__ import annotations

import os
import random
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
from psycopg import sql

from bench.common import ADMIN_URL, BENCH_DB, PASSWORD, environment

os.environ.update(environment())

from sqlalchemy import Table, insert

from api.actions.models import Action, ActionUpdate, Evidence, Recommendation
from api.db import Base, make_engine
from api.meetings.models import Meeting, MemberAttendance, PractitionerAttendance
from api.members.duties import default_template_duties
from api.models import (
    Agency,
    AlertConfirmation,
    ChecklistItem,
    ChecklistTemplate,
    Partnership,
    Review,
    ReviewMember,
    Subject,
    SubjectRecord,
    User,
)
from api.practitioners.models import Practitioner, PractitionerContact
from api.proceedings.models import NoProceedingsDeclaration, ParallelProceeding
from api.publication.models import PublicationAnswer, PublicationRequest
from api.reports.models import DraftResponse, ReportDraft
from api.reviews.deadlines import next_deadline_on, rule_set_for
from api.reviews.models import Decision, ReviewStatus
from api.security.crypto import get_cipher
from api.security.passwords import hash_password
from api.statutory import IncidentKind

PARTNERSHIPS = 150
REVIEWS = 5_000
BIG_PARTNERSHIP_REVIEWS = 1_000
AGENCIES_PER_PARTNERSHIP = 10
SUBJECTS_PER_REVIEW = 3
BATCH = 5_000
TODAY = date(2026, 11, 25)
# Reviews of the large partnership with 200 practitioners each (the rest have 20).
PRACTITIONER_HEAVY_REVIEWS = 10
# The large partnership's first review carries a whole action plan; every other has two.
ACTIONS_ON_THE_HEAVY_REVIEW = 150

KINDS = ["local_authority", "police", "health", "education", "probation"] + ["other"] * 5


def recreate_database() -> None:
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(BENCH_DB))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(BENCH_DB)))


def migrate() -> None:
    from alembic import command

    from api.health import alembic_config

    command.upgrade(alembic_config(), "head")


def batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def reviews_per_partnership() -> list[int]:
    rest = REVIEWS - BIG_PARTNERSHIP_REVIEWS
    others = PARTNERSHIPS - 1
    counts = [rest // others + (1 if i < rest % others else 0) for i in range(others)]
    return [BIG_PARTNERSHIP_REVIEWS, *counts]


def review_row(
    rng: random.Random, partnership: Partnership, number: int, lead_id: uuid.UUID, stamp: datetime
) -> dict[str, Any]:
    aware = TODAY - timedelta(days=rng.randint(10, 3650))
    status = rng.choice(list(ReviewStatus))
    later = status not in (ReviewStatus.notified, ReviewStatus.rapid_review)
    review = Review(
        id=uuid.uuid4(),
        partnership_id=partnership.id,
        reference=f"{partnership.code}-{aware.year}-{number:03d}",
        reference_year=aware.year,
        reference_number=number,
        child_pseudonym=f"Child {number}",
        incident_kind=rng.choice([IncidentKind.DEATH, IncidentKind.SERIOUS_HARM]),
        sin_reference=f"SIN-{number}",
        status=status,
        lead_reviewer_id=lead_id,
        incident_on=aware - timedelta(days=rng.randint(0, 20)),
        became_aware_on=aware,
        sin_sent_on=aware + timedelta(days=rng.randint(1, 9)),
        rapid_review_meeting_on=aware + timedelta(days=12) if later else None,
        rapid_review_sent_on=aware + timedelta(days=rng.randint(12, 25)) if later else None,
        decision=Decision.lcspr if later else None,
        decision_on=aware + timedelta(days=30) if later else None,
        tor_period_start=aware - timedelta(days=700),
        tor_period_end=aware,
        tor_key_lines_of_enquiry=["Information sharing", "Voice of the child"],
        tor_methodology="Systems approach",
        version=1,
        created_at=stamp,
        updated_at=stamp,
    )
    review.next_deadline_on = next_deadline_on(review, rule_set_for(partnership), TODAY)
    return {c.key: getattr(review, c.key) for c in Review.__table__.columns}


def seed_review_team_work(
    put: Callable[[Table, Iterable[dict[str, Any]]], None],
    big: Partnership,
    review_rows: list[dict[str, Any]],
    member_rows: list[dict[str, Any]],
    now: datetime,
) -> None:
    """The review team's records on the large partnership's reviews: practitioners (two per
    agency, and 20 per agency on the first ``PRACTITIONER_HEAVY_REVIEWS``, 200 a review), two
    contacts each, each agency's parallel proceedings (one agency records one, the next
    declares none), four held review team meetings with every seat's attendance and a
    learning event each agency's first practitioner attended, two draft report versions with
    every agency's responses, and publication-plan requests to every agency, most answered:
    what the members' derived duties are read from."""
    cipher = get_cipher()
    practitioners: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    proceedings: list[dict[str, Any]] = []
    nones: list[dict[str, Any]] = []
    meetings: list[dict[str, Any]] = []
    attendance: list[dict[str, Any]] = []
    invited: list[dict[str, Any]] = []
    drafts: list[dict[str, Any]] = []
    responses: list[dict[str, Any]] = []
    requests: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    reviews = [row for row in review_rows if row["partnership_id"] == big.id]
    seats: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for seat in member_rows:
        if seat["partnership_id"] == big.id:
            seats.setdefault(seat["review_id"], []).append(seat)
    for number, review in enumerate(reviews):
        per_agency = 20 if number < PRACTITIONER_HEAVY_REVIEWS else 2
        common = {"partnership_id": big.id, "review_id": review["id"]}
        held = [
            {
                **common,
                "id": uuid.uuid4(),
                "kind": "review_team_meeting" if m < 4 else "practitioner_learning_event",
                "status": "held",
                "held_at": datetime.combine(
                    TODAY - timedelta(days=70 - 14 * m), datetime.min.time(), UTC
                ),
                "location": None,
                "online": True,
                "agenda": None,
                "cancelled_reason": None,
                "created_by_type": "user",
                "created_by_id": review["lead_reviewer_id"],
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for m in range(5)
        ]
        meetings += held
        for m, meeting in enumerate(held[:4]):
            for a, seat in enumerate(seats[review["id"]]):
                attendance.append(
                    {
                        **common,
                        "id": uuid.uuid4(),
                        "meeting_id": meeting["id"],
                        "member_id": seat["id"],
                        # One agency missed one meeting in four: 75 %, under the threshold.
                        "status": "apologies" if a == 1 and m == 0 else "attended",
                    }
                )
        # Two drafts circulated (the first superseded by the second), each agency's
        # response to each, and three publication-plan requests to each agency, two answered.
        lead = {"type": "user", "id": review["lead_reviewer_id"]}
        versions = [
            {
                **common,
                "id": uuid.uuid4(),
                "title": "Overview report",
                "version_label": f"v0.{v}",
                "circulated_on": TODAY - timedelta(days=30 - 20 * v),
                "note": None,
                "circulated_by_type": lead["type"],
                "circulated_by_id": lead["id"],
                "withdrawn_on": None,
                "withdrawn_reason": None,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for v in (1, 2)
        ]
        drafts += versions
        for a, seat in enumerate(seats[review["id"]]):
            for v, draft in enumerate(versions):
                signs = v == 0 or a % 3 != 1  # every third agency returns comments on v0.2
                responses.append(
                    {
                        **common,
                        "id": uuid.uuid4(),
                        "draft_id": draft["id"],
                        "member_id": seat["id"],
                        "agency_id": seat["agency_id"],
                        "response": "signed_off" if signs else "comments",
                        "comments": None if signs else "Bench comment on paragraph 4.",
                        "responded_by_type": "user",
                        "responded_by_id": seat["user_id"],
                        "responded_at": now,
                    }
                )
            for i, item in enumerate(("comms_lead", "staff_briefed", "family_informed")):
                request_id = uuid.uuid4()
                requests.append(
                    {
                        **common,
                        "id": request_id,
                        "agency_id": seat["agency_id"],
                        "item": item,
                        "question": None,
                        "due_on": TODAY + timedelta(days=14),
                        "requested_by_type": lead["type"],
                        "requested_by_id": lead["id"],
                        "withdrawn_on": None,
                        "withdrawn_reason": None,
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                if i < 2:
                    answers.append(
                        {
                            **common,
                            "id": uuid.uuid4(),
                            "request_id": request_id,
                            "agency_id": seat["agency_id"],
                            "text": "Bench Comms Lead" if i == 0 else None,
                            "done_on": TODAY if i == 1 else None,
                            "not_applicable": False,
                            "answered_by_type": "user",
                            "answered_by_id": seat["user_id"],
                            "answered_at": now,
                        }
                    )
        for a, seat in enumerate(seats[review["id"]]):
            user_id, agency_id = seat["user_id"], seat["agency_id"]
            for n in range(per_agency):
                pid = uuid.uuid4()

                def seal(field: str, value: str, pid: uuid.UUID = pid) -> str:
                    return cipher.encrypt(value, f"practitioners.{field}:{pid}")

                practitioners.append(
                    {
                        **common,
                        "id": pid,
                        "agency_id": agency_id,
                        "external_ref": f"BENCH-{number}-{a}-{n}",
                        "name_enc": seal("name", f"Bench Practitioner {a}-{n}"),
                        "job_title": "Social worker",
                        "team": f"Bench team {a}",
                        "work_email_enc": seal("work_email", f"p{a}-{n}@bench.invalid"),
                        "phone_enc": seal("phone", "01632 960000"),
                        "line_manager_enc": seal("line_manager", f"Bench Manager {a}"),
                        "involvement_enc": seal("involvement", "Bench involvement"),
                        "involved_from": TODAY - timedelta(days=400),
                        "involved_to": TODAY - timedelta(days=30),
                        "consent_to_contact": True,
                        "support_status": "offered",
                        "withdrawn_on": None,
                        "withdrawn_reason": None,
                        "created_by_type": "user",
                        "created_by_id": user_id,
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                if n == 0:
                    invited.append(
                        {
                            **common,
                            "id": uuid.uuid4(),
                            "meeting_id": held[4]["id"],
                            "practitioner_id": pid,
                            "agency_id": agency_id,
                            "status": "attended",
                        }
                    )
                for kind, days_ago in (("introduction", 40), ("update", 10)):
                    contacts.append(
                        {
                            **common,
                            "id": uuid.uuid4(),
                            "practitioner_id": pid,
                            "agency_id": agency_id,
                            "kind": kind,
                            "contacted_on": TODAY - timedelta(days=days_ago),
                            "note": None,
                            "corrects_id": None,
                            "recorded_by_type": "user",
                            "recorded_by_id": user_id,
                            "recorded_at": now,
                        }
                    )
            if a % 2 == 0:
                nones.append(
                    {
                        **common,
                        "id": uuid.uuid4(),
                        "agency_id": agency_id,
                        "declared_on": TODAY,
                        "declared_by_type": "user",
                        "declared_by_id": user_id,
                        "created_at": now,
                    }
                )
            else:
                proceedings.append(
                    {
                        **common,
                        "id": uuid.uuid4(),
                        "agency_id": agency_id,
                        "kind": "criminal_investigation",
                        "status": "active",
                        "liaison_contact": "Bench liaison desk",
                        "expected_end_on": TODAY + timedelta(days=90),
                        "concluded_on": None,
                        "holds_publication": a == 1,
                        "note": None,
                        "recorded_by_type": "user",
                        "recorded_by_id": user_id,
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
    put(Practitioner.__table__, practitioners)  # type: ignore[arg-type]
    put(PractitionerContact.__table__, contacts)  # type: ignore[arg-type]
    put(ParallelProceeding.__table__, proceedings)  # type: ignore[arg-type]
    put(NoProceedingsDeclaration.__table__, nones)  # type: ignore[arg-type]
    put(Meeting.__table__, meetings)  # type: ignore[arg-type]
    put(MemberAttendance.__table__, attendance)  # type: ignore[arg-type]
    put(PractitionerAttendance.__table__, invited)  # type: ignore[arg-type]
    put(ReportDraft.__table__, drafts)  # type: ignore[arg-type]
    put(DraftResponse.__table__, responses)  # type: ignore[arg-type]
    put(PublicationRequest.__table__, requests)  # type: ignore[arg-type]
    put(PublicationAnswer.__table__, answers)  # type: ignore[arg-type]


def seed_action_plans(
    put: Callable[[Table, Iterable[dict[str, Any]]], None],
    big: Partnership,
    review_rows: list[dict[str, Any]],
    member_rows: list[dict[str, Any]],
    now: datetime,
) -> None:
    """Action plans on the large partnership's reviews: ``ACTIONS_ON_THE_HEAVY_REVIEW`` on the
    first (spread over its agencies and five recommendations), two on every other; each
    action with a progress update and a note as evidence (accepted on every other action),
    due dates spread either side of today so every RAG status occurs."""
    reviews = [row for row in review_rows if row["partnership_id"] == big.id]
    agencies: dict[uuid.UUID, list[tuple[uuid.UUID, uuid.UUID]]] = {}
    for seat in member_rows:
        if seat["partnership_id"] == big.id:
            agencies.setdefault(seat["review_id"], []).append((seat["agency_id"], seat["user_id"]))
    recommendations, actions, updates, evidence = [], [], [], []
    n = 0
    for number, review in enumerate(reviews):
        common = {"partnership_id": big.id, "review_id": review["id"]}
        labels = [uuid.uuid4() for _ in range(5 if number == 0 else 1)]
        for i, rec_id in enumerate(labels):
            recommendations.append(
                {
                    **common,
                    "id": rec_id,
                    "label": f"R{i + 1}",
                    "text": "A fictional recommendation for the benchmark.",
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        seated = agencies.get(review["id"], [])
        if not seated:
            continue
        count = ACTIONS_ON_THE_HEAVY_REVIEW if number == 0 else 2
        for k in range(count):
            n += 1
            agency_id, user_id = seated[k % len(seated)]
            action_id = uuid.uuid4()
            actions.append(
                {
                    **common,
                    "id": action_id,
                    "recommendation_id": labels[k % len(labels)],
                    "agency_id": agency_id,
                    "title": f"Bench action {k + 1}",
                    "lead_name": "Bench Lead",
                    "due_on": TODAY + timedelta(days=(n % 120) - 40),
                    "expected_outcome": "A fictional outcome.",
                    "measure_of_success": "A fictional measure.",
                    "status": "in_progress",
                    "last_update_on": TODAY - timedelta(days=n % 50),
                    "closed_on": None,
                    "closed_reason": None,
                    "closed_by_type": None,
                    "closed_by_id": None,
                    "override_reason": None,
                    "version": 1,
                    "created_at": now + timedelta(microseconds=n),
                    "updated_at": now,
                }
            )
            updates.append(
                {
                    **common,
                    "id": uuid.uuid4(),
                    "action_id": action_id,
                    "on": TODAY - timedelta(days=n % 50),
                    "note": "A fictional progress note.",
                    "status": "in_progress",
                    "recorded_by_type": "user",
                    "recorded_by_id": user_id,
                    "recorded_at": now,
                }
            )
            evidence.append(
                {
                    **common,
                    "id": uuid.uuid4(),
                    "action_id": action_id,
                    "agency_id": agency_id,
                    "kind": "note",
                    "note": "A fictional note of evidence.",
                    "url": None,
                    "file_id": None,
                    "status": "accepted" if n % 2 else "submitted",
                    "submitted_by_type": "user",
                    "submitted_by_id": user_id,
                    "decision_comment": None,
                    "decided_by_type": None,
                    "decided_by_id": None,
                    "decided_at": None,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    put(Recommendation.__table__, recommendations)  # type: ignore[arg-type]
    put(Action.__table__, actions)  # type: ignore[arg-type]
    put(ActionUpdate.__table__, updates)  # type: ignore[arg-type]
    put(Evidence.__table__, evidence)  # type: ignore[arg-type]


def main() -> None:
    started = time.perf_counter()
    recreate_database()
    migrate()
    engine = make_engine(environment()["DATABASE_URL"])
    rng = random.Random(2026)
    cipher = get_cipher()
    password_hash = hash_password(PASSWORD)
    tables: dict[str, Table] = {t.name: t for t in Base.metadata.sorted_tables}
    counts: dict[str, int] = {}

    def put(table: Table, rows: Iterable[dict[str, Any]]) -> None:
        with engine.begin() as conn:
            for batch in batches(rows):
                conn.execute(insert(table), batch)
                counts[table.name] = counts.get(table.name, 0) + len(batch)

    base = datetime(2016, 1, 1, tzinfo=UTC)
    tick = iter(range(10**9))

    def stamp() -> datetime:
        return base + timedelta(seconds=next(tick) * 60)

    partnerships = [
        Partnership(
            id=uuid.uuid4(),
            code=f"B{i:03d}",
            name=f"Bench {i:03d} Safeguarding Children Partnership",
            contact_directory=[],
            rule_set="WT2023",
            rule_overrides={},
            version=1,
        )
        for i in range(PARTNERSHIPS)
    ]
    now = datetime.now(UTC)
    put(
        Partnership.__table__,  # type: ignore[arg-type]
        (
            {
                "id": p.id,
                "code": p.code,
                "name": p.name,
                "contact_directory": [],
                "rule_set": "WT2023",
                "rule_overrides": {},
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            for p in partnerships
        ),
    )
    agency_rows, user_rows, template_rows = [], [], []
    members_of: dict[uuid.UUID, list[tuple[uuid.UUID, uuid.UUID]]] = {}
    leads: dict[uuid.UUID, uuid.UUID] = {}
    for i, p in enumerate(partnerships):
        members_of[p.id] = []
        for a in range(AGENCIES_PER_PARTNERSHIP):
            agency_id, user_id = uuid.uuid4(), uuid.uuid4()
            agency_rows.append(
                {
                    "id": agency_id,
                    "partnership_id": p.id,
                    "name": f"Agency {a}",
                    "kind": KINDS[a],
                    "active": True,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            user_rows.append(
                {
                    "id": user_id,
                    "partnership_id": p.id,
                    "agency_id": agency_id,
                    "email": f"member{a}@b{i:03d}.invalid",
                    "name": f"Member {a}",
                    "role": "member",
                    "active": True,
                    "password_hash": password_hash,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            members_of[p.id].append((user_id, agency_id))
        for role in ("partnership_admin", "lead_reviewer", "viewer"):
            user_id = uuid.uuid4()
            user_rows.append(
                {
                    "id": user_id,
                    "partnership_id": p.id,
                    "agency_id": None,
                    "email": f"{role}@b{i:03d}.invalid",
                    "name": role.title(),
                    "role": role,
                    "active": True,
                    "password_hash": password_hash,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            if role == "lead_reviewer":
                leads[p.id] = user_id
        template_rows.append(
            {
                "id": uuid.uuid4(),
                "partnership_id": p.id,
                "version": 1,
                "duties": default_template_duties(),
                "created_at": now,
            }
        )
    put(Agency.__table__, agency_rows)  # type: ignore[arg-type]
    put(User.__table__, user_rows)  # type: ignore[arg-type]
    put(ChecklistTemplate.__table__, template_rows)  # type: ignore[arg-type]

    duties = default_template_duties()
    review_rows: list[dict[str, Any]] = []
    member_rows: list[dict[str, Any]] = []
    item_rows: list[dict[str, Any]] = []
    subject_rows: list[dict[str, Any]] = []
    record_rows: list[dict[str, Any]] = []
    alert_rows: list[dict[str, Any]] = []
    for p, how_many in zip(partnerships, reviews_per_partnership(), strict=True):
        for number in range(1, how_many + 1):
            row = review_row(rng, p, number, leads[p.id], stamp())
            review_rows.append(row)
            rid = row["id"]
            for user_id, agency_id in members_of[p.id]:
                member_id = uuid.uuid4()
                member_rows.append(
                    {
                        "id": member_id,
                        "partnership_id": p.id,
                        "review_id": rid,
                        "user_id": user_id,
                        "agency_id": agency_id,
                        "deputy": False,
                        "joined_on": row["became_aware_on"],
                        "checklist_template_version": 1,
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                for position, duty in enumerate(duties):
                    item_rows.append(
                        {
                            "id": uuid.uuid4(),
                            "partnership_id": p.id,
                            "review_id": rid,
                            "member_id": member_id,
                            "duty": duty["duty"],
                            "title": duty["title"],
                            "position": position,
                            "status": rng.choice(["not_started", "in_progress", "done"]),
                            "version": 1,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
            for s, role in enumerate(("child", "parent", "sibling")):
                subject_id = uuid.uuid4()
                subject_rows.append(
                    {
                        "id": subject_id,
                        "partnership_id": p.id,
                        "review_id": rid,
                        "role": role,
                        "pseudonym": f"{role.title()} {s}",
                        "names_enc": cipher.encrypt(
                            f"Bench Person {number}-{s}", f"subjects.names:{subject_id}"
                        ),
                        "date_of_birth_enc": None,
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                user_id, agency_id = members_of[p.id][s]
                record_id = uuid.uuid4()
                record_rows.append(
                    {
                        "id": record_id,
                        "partnership_id": p.id,
                        "review_id": rid,
                        "subject_id": subject_id,
                        "agency_id": agency_id,
                        "reference_enc": cipher.encrypt(
                            f"REF-{number}-{s}", f"subject_records.reference:{record_id}"
                        ),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                alert_rows.append(
                    {
                        "id": uuid.uuid4(),
                        "partnership_id": p.id,
                        "review_id": rid,
                        "subject_id": subject_id,
                        "agency_id": agency_id,
                        "confirmed_on": TODAY,
                        "confirmed_by_type": "user",
                        "confirmed_by_id": user_id,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
    put(Review.__table__, review_rows)  # type: ignore[arg-type]
    put(ReviewMember.__table__, member_rows)  # type: ignore[arg-type]
    put(ChecklistItem.__table__, item_rows)  # type: ignore[arg-type]
    put(Subject.__table__, subject_rows)  # type: ignore[arg-type]
    put(SubjectRecord.__table__, record_rows)  # type: ignore[arg-type]
    put(AlertConfirmation.__table__, alert_rows)  # type: ignore[arg-type]
    seed_review_team_work(put, partnerships[0], review_rows, member_rows, now)
    seed_action_plans(put, partnerships[0], review_rows, member_rows, now)
    # VACUUM as well as ANALYZE: where autovacuum is off (as on the machines this was measured
    # on), bulk-loaded tables have no visibility map, and every index-only probe reads the heap.
    # VACUUM cannot run inside a transaction, hence autocommit.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    engine.dispose()
    del tables
    summary = ", ".join(f"{name} {n:,}" for name, n in counts.items())
    print(f"seeded {BENCH_DB} in {time.perf_counter() - started:.0f}s: {summary}")


if __name__ == "__main__":
    main()
