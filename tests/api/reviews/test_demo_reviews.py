from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.demo import DEMO_PASSWORD, seed_demo
from api.documents.models import DocumentRequest, DocumentVersion, StoredFile
from api.learning.models import Dissemination, LearningItem
from api.meetings.models import Meeting, MemberAttendance, PractitionerAttendance
from api.members.models import ReviewMember
from api.practitioners.models import Practitioner, PractitionerContact
from api.proceedings.models import ParallelProceeding
from api.publication.models import PublicationAnswer, PublicationRequest
from api.reports.models import DraftResponse, ReportDraft
from api.reviews.models import Review
from api.users.models import User

# Every kind of record the seed makes beyond users and audit events, counted before and after
# a second run.
SEEDED: tuple[type[Any], ...] = (
    Review,
    ReviewMember,
    Practitioner,
    PractitionerContact,
    ParallelProceeding,
    Meeting,
    MemberAttendance,
    PractitionerAttendance,
    ReportDraft,
    DraftResponse,
    PublicationRequest,
    PublicationAnswer,
    DocumentRequest,
    DocumentVersion,
    StoredFile,
    LearningItem,
    Dissemination,
)


def count(db: Session, model: type[Any]) -> int:
    return int(db.scalar(select(func.count()).select_from(model)) or 0)


def signed_in(client: TestClient, email: str) -> dict[str, str]:
    """Headers of a demo login, signed in with its password."""
    token = client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": email, "password": DEMO_PASSWORD},
    ).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_demo_seed_includes_reviews(client: TestClient, db: Session) -> None:
    assert seed_demo(db) is not None
    db.commit()
    token = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": "member.council@demoshire.example",
            "password": DEMO_PASSWORD,
        },
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    reviews = {
        r["child_pseudonym"]: r
        for r in client.get("/api/v1/reviews", headers=headers).json()["items"]
    }
    # The council sits on Child A's review and the two later-stage ones, not Young Person B's.
    assert sorted(reviews) == ["Child A", "Child C", "Child D"]
    assert reviews["Child A"]["reference"].endswith("-001")
    assert [reviews[c]["status"] for c in ("Child A", "Child C", "Child D")] == [
        "scoping",
        "drafting",
        "publication",
    ]
    child_a = reviews["Child A"]["id"]
    team = client.get(f"/api/v1/reviews/{child_a}/team", headers=headers).json()
    assert len(team["members"]) == 4
    subjects = client.get(f"/api/v1/reviews/{child_a}/subjects", headers=headers).json()["items"]
    assert subjects[0]["identifying"]["names"] == "Riley Demo"


def test_demo_family_notes_are_fictional_and_only_for_the_lead_reviewer_and_admins(
    client: TestClient, db: Session
) -> None:
    assert seed_demo(db) is not None
    db.commit()

    lead = signed_in(client, "lead.reviewer@demoshire.example")
    review = next(
        r
        for r in client.get("/api/v1/reviews", headers=lead).json()["items"]
        if r["child_pseudonym"] == "Child A"
    )
    url = f"/api/v1/reviews/{review['id']}/family-involvement"
    notes = client.get(url, headers=lead).json()["notes"]
    assert notes.startswith("FICTIONAL DEMO TEXT")
    member = signed_in(client, "member.council@demoshire.example")
    assert client.get(url, headers=member).status_code == 403


def test_demo_is_made_through_the_services_once(client: TestClient, db: Session) -> None:
    """The seed goes through the services, so each step is in the audit trail as the
    person's who would take it; a second seed changes nothing."""
    assert seed_demo(db) is not None
    db.commit()
    admin = db.scalars(select(User).where(User.email == "admin@demoshire.example")).one()
    member = db.scalars(select(User).where(User.email == "member.council@demoshire.example")).one()
    police = db.scalars(select(User).where(User.email == "member.police@demoshire.example")).one()
    lead = db.scalars(select(User).where(User.email == "lead.reviewer@demoshire.example")).one()
    team = {
        str(u.id)
        for u in db.scalars(select(User).where(User.email.like("member.%@demoshire.example")))
    }
    assert len(team) == 4
    events = list(db.scalars(select(AuditEvent)))
    by_action: dict[str, set[str]] = {}
    for event in events:
        by_action.setdefault(event.action, set()).add(str(event.actor_id))
    assert by_action == {
        "agency.create": {str(admin.id)},
        "user.create": {str(admin.id)},
        "review.create": {str(admin.id)},
        "review.update": {str(admin.id)},
        "member.add": {str(admin.id)},
        "subject.create": {str(admin.id)},
        "member.declare": {str(member.id)},
        "alert.confirm": {str(member.id)},
        # Each agency's member adds their agency's practitioners and logs contacts.
        "practitioner.create": team,
        "practitioner_contact.create": team,
        "practitioner.withdraw": {
            str(
                db.scalars(select(User).where(User.email == "member.health@demoshire.example"))
                .one()
                .id
            )
        },
        "proceeding.create": {str(police.id)},
        "proceeding.declare_none": {str(police.id)},
        # The lead reviewer runs the meetings and circulates the drafts; each agency's member
        # answers for it; the administrator plans the publication.
        "meeting.created": {str(lead.id)},
        "meeting.attendance_recorded": {str(lead.id)},
        "draft.circulated": {str(lead.id)},
        "draft.response_recorded": team,
        "publication_plan.requested": {str(admin.id)},
        # The lead reviewer asks for chronologies and decides on them; the council, the
        # police and the school send theirs (health's is overdue).
        "document.requested": {str(lead.id)},
        "document.accepted": {str(lead.id)},
        "document.returned": {str(lead.id)},
        "document.submitted": team
        - {
            str(
                db.scalars(select(User).where(User.email == "member.health@demoshire.example"))
                .one()
                .id
            )
        },
        # The lead reviewer records the learning; the council shares it and checks that it
        # landed, the police share it.
        "learning.recorded": {str(lead.id)},
        "dissemination.recorded": {str(member.id), str(police.id)},
        "dissemination.landed_checked": {str(member.id)},
        # The lead reviewer records Child D's recommendations and actions (api/figures/demo.py).
        "recommendation.created": {str(lead.id)},
        "action.created": {str(lead.id)},
        # Health has answered nothing yet.
        "publication_plan.answered": team
        - {
            str(
                db.scalars(select(User).where(User.email == "member.health@demoshire.example"))
                .one()
                .id
            )
        },
    }
    assert [e.action for e in events].count("user.create") == 6  # the first admin is not audited
    assert all(e.ip_address is None and e.request_id is None for e in events)

    records = {model.__name__: count(db, model) for model in SEEDED}

    assert seed_demo(db) is None
    db.commit()
    assert db.scalar(select(func.count()).select_from(AuditEvent)) == len(events)
    assert db.scalar(select(func.count()).select_from(User)) == 7
    assert {model.__name__: count(db, model) for model in SEEDED} == records


def test_demo_practitioners_and_proceedings_are_fictional_and_hold_publication(
    client: TestClient, db: Session
) -> None:
    """Each agency on Child A's review has invented practitioners with contacts, the police's
    investigation holds its publication, and the police know of none on Young Person B's."""
    assert seed_demo(db) is not None
    db.commit()

    admin = signed_in(client, "admin@demoshire.example")
    reviews = {
        r["child_pseudonym"]: r["id"]
        for r in client.get("/api/v1/reviews", headers=admin).json()["items"]
    }
    child_a = f"/api/v1/reviews/{reviews['Child A']}"
    people = client.get(f"{child_a}/practitioners?limit=200", headers=admin).json()["items"]
    assert len(people) == 9
    assert len({p["agency_id"] for p in people}) == 4
    assert all(p["name"].startswith("Practitioner ") for p in people)
    assert all(p["work_email"].endswith("@example.org") for p in people)
    assert [p["active"] for p in people].count(False) == 1
    corrections = 0
    for person in people:
        log = client.get(f"{child_a}/practitioners/{person['id']}/contacts", headers=admin)
        entries = log.json()["items"]
        assert entries, person["name"]
        ids = {e["id"] for e in entries}
        # Append-only: a correction is a later entry naming one of the same log.
        corrections += sum(1 for e in entries if e["corrects"] in ids)
        assert all(e["corrects"] is None or e["corrects"] in ids for e in entries)
    assert corrections == 4

    held = client.get(f"{child_a}/proceedings", headers=admin).json()["items"]
    assert [(p["kind"], p["holds_publication"]) for p in held] == [("criminal_investigation", True)]
    young_person = f"/api/v1/reviews/{reviews['Young Person B']}"
    assert client.get(f"{young_person}/proceedings", headers=admin).json()["items"] == []
    assert len(client.get(f"{young_person}/no-proceedings", headers=admin).json()["items"]) == 1

    # The council's member completes the identify duty from the data.
    council = signed_in(client, "member.council@demoshire.example")
    seat = next(
        m
        for m in client.get(f"{child_a}/team", headers=council).json()["members"]
        if m["agency_name"].startswith("Demoshire County Council")
    )
    item = client.get(
        f"{child_a}/members/{seat['member_id']}/checklist/identify_practitioners", headers=council
    ).json()
    assert item["status"] == "done"


MEMBERS = {
    "council": "member.council@demoshire.example",
    "police": "member.police@demoshire.example",
    "health": "member.health@demoshire.example",
    "school": "member.school@demoshire.example",
}


def own_items(client: TestClient, review: str, email: str, duties: list[str]) -> dict[str, Any]:
    """The signed-in member's own checklist items ``duties`` on ``review``, read over HTTP
    as they would read them, by duty code."""
    headers = signed_in(client, email)
    team = client.get(f"{review}/team", headers=headers).json()["members"]
    (seat,) = [m for m in team if m["user_id"] == _user_id(client, headers)]
    return {
        duty: client.get(
            f"{review}/members/{seat['member_id']}/checklist/{duty}", headers=headers
        ).json()
        for duty in duties
    }


def _user_id(client: TestClient, headers: dict[str, str]) -> str:
    return str(client.get("/api/v1/me", headers=headers).json()["id"])


def test_demo_later_reviews_show_each_duty_in_a_mix_of_states(
    client: TestClient, db: Session
) -> None:
    """Child C's review (drafting) has team meetings held with one member below the
    attendance threshold, a learning event with aftercare owed to one practitioner, a
    scheduled meeting and a draft partly signed off; Child D's (publication) has its plan
    partly answered. Each member's own checklist shows the duties derived from them in
    different states."""
    assert seed_demo(db) is not None
    db.commit()
    admin = signed_in(client, "admin@demoshire.example")
    reviews = {
        r["child_pseudonym"]: f"/api/v1/reviews/{r['id']}"
        for r in client.get("/api/v1/reviews", headers=admin).json()["items"]
    }
    child_c, child_d = reviews["Child C"], reviews["Child D"]

    held = client.get(f"{child_c}/meetings?limit=200", headers=admin).json()["items"]
    assert sorted((m["kind"], m["status"]) for m in held) == sorted(
        [("review_team_meeting", "held")] * 5
        + [("practitioner_learning_event", "held"), ("review_team_meeting", "scheduled")]
    )
    rates = client.get(f"{child_c}/attendance-rates", headers=admin).json()
    assert sorted(m["rate_percent"] for m in rates["members"]) == [60, 80, 100, 100]
    event = next(m for m in held if m["kind"] == "practitioner_learning_event")
    attendance = client.get(f"{child_c}/meetings/{event['id']}/attendance", headers=admin).json()
    assert attendance["practitioner_counts"] == {"invited": 0, "attended": 4, "declined": 1}
    assert all(p["name"].startswith("Practitioner ") for p in attendance["practitioners"])

    drafts = client.get(f"{child_c}/drafts", headers=admin).json()["items"]
    assert [(d["version_label"], d["current"]) for d in drafts] == [("v0.3", True)]
    requests = client.get(f"{child_d}/publication-plan/requests", headers=admin).json()["items"]
    assert len(requests) == 9  # comms lead and staff briefing to each agency, family to one
    assert sum(r["answered"] for r in requests) == 6

    duties = ["attendance", "practitioner_contact", "report_quality"]
    at_c = {agency: own_items(client, child_c, email, duties) for agency, email in MEMBERS.items()}
    statuses = {
        agency: {duty: item["status"] for duty, item in items.items()}
        for agency, items in at_c.items()
    }
    assert statuses == {
        "council": {
            "attendance": "done",
            "practitioner_contact": "done",
            "report_quality": "done",
        },
        # 4 of 5 meetings, exactly the threshold; aftercare owed after the learning event;
        # comments returned on the draft.
        "police": {
            "attendance": "done",
            "practitioner_contact": "in_progress",
            "report_quality": "in_progress",
        },
        # 3 of 5, below 80 %; the draft not answered yet.
        "health": {
            "attendance": "in_progress",
            "practitioner_contact": "done",
            "report_quality": "not_started",
        },
        # The teacher declined the event and was last contacted before the 28 days.
        "school": {
            "attendance": "done",
            "practitioner_contact": "in_progress",
            "report_quality": "done",
        },
    }
    assert at_c["health"]["attendance"]["evidence"] == {
        "kind": "attendance",
        "meetings": 5,
        "attended": 3,
        "rate_percent": 60,
        "threshold_percent": 80,
    }
    police_contact = at_c["police"]["practitioner_contact"]["evidence"]
    assert (police_contact["aftercare_due"], police_contact["missing_contact"]) == (1, [])
    school_contact = at_c["school"]["practitioner_contact"]["evidence"]
    assert (school_contact["aftercare_due"], len(school_contact["missing_contact"])) == (0, 1)

    at_d = {
        agency: own_items(client, child_d, email, ["publication_planning", "report_quality"])
        for agency, email in MEMBERS.items()
    }
    assert {agency: items["publication_planning"]["status"] for agency, items in at_d.items()} == {
        "council": "done",
        "police": "in_progress",
        "health": "not_started",
        "school": "done",
    }
    assert {items["report_quality"]["status"] for items in at_d.values()} == {"done"}


def test_demo_learning_is_shared_in_a_mix_of_states(client: TestClient, db: Session) -> None:
    """Child C's review has three learning items: the council shared the first and found it
    landed, the police shared it without a check yet, and nobody shared the other two."""
    assert seed_demo(db) is not None
    db.commit()
    admin = signed_in(client, "admin@demoshire.example")
    reviews = client.get("/api/v1/reviews", headers=admin).json()["items"]
    child_c = next(
        f"/api/v1/reviews/{r['id']}" for r in reviews if r["child_pseudonym"] == "Child C"
    )
    found = client.get(f"{child_c}/learning", headers=admin).json()["items"]
    items = sorted(found, key=lambda i: str(i["emerged_on"]))
    assert [i["theme"] for i in items] == [
        "Hearing the voice of the child",
        "Information sharing",
        "Fathers and male carers",
    ]
    assert sorted(
        (s["disseminations"], s["checked"], s["landed"]) for s in items[0]["sharing"]
    ) == [
        (1, 0, False),
        (1, 1, True),
    ]
    assert [i["sharing"] for i in items[1:]] == [[], []]
    shared = {
        agency: own_items(client, child_c, email, ["share_learning"])["share_learning"]
        for agency, email in MEMBERS.items()
    }
    assert {agency: item["status"] for agency, item in shared.items()} == {
        "council": "in_progress",
        "police": "in_progress",
        "health": "not_started",
        "school": "not_started",
    }
    council = shared["council"]["evidence"]
    assert (council["items"], council["shared"], council["landed"]) == (3, 1, 1)
    assert [o["status"] for o in shared["police"]["evidence"]["outstanding"]] == [
        "not_checked",
        "not_shared",
        "not_shared",
    ]
