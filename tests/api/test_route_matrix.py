"""Every route under /api/v1, for every kind of caller: what class of answer each gets.

The matrix below has one entry per route (method and path template); the list of routes is
read from the app itself, so a new route with no entry fails ``test_every_route_has_an_entry``.
Each entry says what to send (the smallest request that shows the rule: mostly an empty or a
harmless body) and, for each caller, the class of answer expected:

* ``allowed``: a 2xx, or a 4xx other than 401, 403 and 404 (a 409, 422 or 428 for the body
  sent shows the caller got past every access rule);
* ``forbidden``: 403, the caller sees the record (or the function) and may not do this;
* ``hidden``: 404, the record is outside the caller's reach.

Public routes (sign-in and the document) answer every caller alike. The callers, on one
seeded world shared by the module (``tests.api.reviews.fixtures``): a review led by 'lead'
with the council ('member') and the police ('police_member') seated; 'other_lead' leads
nothing; the health agency ('health_member', 'health_system') is not on the review;
'council_system' is the seated council's own system; 'outsider' is another partnership's
administrator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.routing import BaseRoute, Route

from tests.api.reviews.fixtures import TODAY, Callers, Scenario, module_world

ROLES = (
    "admin",
    "lead",
    "other_lead",
    "member",
    "police_member",
    "health_member",
    "viewer",
    "council_system",
    "health_system",
    "outsider",
)
ALLOWED, FORBIDDEN, HIDDEN, PUBLIC = "allowed", "forbidden 403", "hidden 404", "public"


def expect(allowed: str = "", forbidden: str = "", hidden: str = "") -> dict[str, str]:
    """Each role's class of answer; every role in exactly one class."""
    answers: dict[str, str] = {}
    for kind, roles in ((ALLOWED, allowed), (FORBIDDEN, forbidden), (HIDDEN, hidden)):
        for role in roles.split():
            assert role in ROLES and role not in answers, role
            answers[role] = kind
    assert set(answers) == set(ROLES), sorted(set(ROLES) - set(answers))
    return answers


PUBLIC_ROUTE = dict.fromkeys(ROLES, PUBLIC)

# The usual shapes.
REVIEW_READERS = expect(
    allowed="admin lead member police_member viewer council_system",
    hidden="other_lead health_member health_system outsider",
)
REVIEW_MANAGERS = expect(
    allowed="admin lead",
    forbidden="member police_member health_member viewer council_system health_system",
    hidden="other_lead outsider",
)
CHECKLIST_READERS = expect(
    allowed="admin lead member council_system",
    hidden="other_lead police_member health_member viewer health_system outsider",
)
PROCEEDING_WRITERS = expect(
    allowed="admin lead member",
    forbidden="police_member viewer council_system health_system",
    hidden="other_lead health_member outsider",
)
PARTNERSHIP_READERS = expect(allowed=" ".join(ROLES))
PARTNERSHIP_RECORD_READERS = expect(allowed=" ".join(ROLES[:-1]), hidden="outsider")
ADMINS = expect(
    allowed="admin outsider",
    forbidden="lead other_lead member police_member health_member viewer council_system "
    "health_system",
)
ADMINS_OF_THE_RECORD = expect(
    allowed="admin",
    forbidden="lead other_lead member police_member health_member viewer council_system "
    "health_system",
    hidden="outsider",
)
PEOPLE = expect(
    allowed="admin lead other_lead member police_member health_member viewer outsider",
    forbidden="council_system health_system",
)


PRACTITIONER_LISTS = expect(
    allowed="admin lead member police_member council_system",
    forbidden="viewer",
    hidden="other_lead health_member health_system outsider",
)
PRACTITIONER_READERS = expect(
    allowed="admin lead member council_system",
    forbidden="viewer",
    hidden="other_lead police_member health_member health_system outsider",
)
PRACTITIONER_ADDERS = expect(
    allowed="member police_member",
    forbidden="admin lead other_lead viewer council_system health_system",
    hidden="health_member outsider",
)
PRACTITIONER_WRITERS = expect(
    allowed="member",
    forbidden="admin lead other_lead viewer council_system health_system",
    hidden="police_member health_member outsider",
)
# Publication planning is the partnership's: its administrators only.
PLANNERS = expect(
    allowed="admin",
    forbidden="lead member police_member health_member viewer council_system health_system",
    hidden="other_lead outsider",
)
# A duty of a seated member, for their own agency (the seeded request is the council's).
SIGNERS = expect(
    allowed="member police_member",
    forbidden="admin lead viewer council_system health_system",
    hidden="other_lead health_member outsider",
)
ANSWERERS = expect(
    allowed="member",
    forbidden="admin lead police_member viewer council_system health_system",
    hidden="other_lead health_member outsider",
)
PRACTITIONER = {"name": "Jo Example", "job_title": "Social worker", "consent_to_contact": True}


@dataclass(frozen=True)
class Entry:
    """What to send, and who gets which class of answer."""

    answers: dict[str, str]
    json: Any = None
    form: dict[str, str] | None = None
    # Send the If-Match of this record's current ETag (a key of ``Seeded.etags``).
    if_match: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


R = "/api/v1/reviews/{review_id}"
SEAT = R + "/members/{member_id}"
PRACTITIONER_PATH = R + "/practitioners/{practitioner_id}"
MEETING = R + "/meetings/{meeting_id}"
DRAFT = R + "/drafts/{draft_id}"
PLAN = R + "/publication-plan/requests"
DOCUMENT = R + "/documents/{document_id}"
ACTION = R + "/actions/{action_id}"
EVIDENCE = ACTION + "/evidence/{evidence_id}"
# The action plan: scope actions:read reads it (the agency systems here hold none); its
# managers write it (actions:write); the owning agency (the council) reports on it.
ACTION_READERS = expect(
    allowed="admin lead member police_member viewer",
    forbidden="council_system health_system",
    hidden="other_lead health_member outsider",
)
ACTION_MANAGERS = expect(
    allowed="admin lead",
    forbidden="member police_member health_member viewer council_system health_system",
    hidden="other_lead outsider",
)
EVIDENCE_GIVERS = expect(
    allowed="member",
    forbidden="admin lead other_lead police_member viewer council_system health_system",
    hidden="health_member outsider",
)
VERSION = DOCUMENT + "/versions/{version_id}"
LEARNING = R + "/learning/{learning_id}"
DISSEMINATION = LEARNING + "/disseminations/{dissemination_id}"
# Sharing learning is a seated agency's, for itself (valid bodies: the rule is the service's).
SHARERS = expect(
    allowed="member police_member",
    forbidden="admin lead other_lead viewer council_system health_system",
    hidden="health_member outsider",
)
MATRIX: dict[tuple[str, str], Entry] = {
    # The sign-in endpoints and the document answer without looking at the caller.
    ("GET", "/api/v1/openapi.json"): Entry(PUBLIC_ROUTE),
    ("POST", "/api/v1/auth/token"): Entry(PUBLIC_ROUTE, form={}),
    ("POST", "/api/v1/auth/revoke"): Entry(PUBLIC_ROUTE, form={}),
    ("POST", "/api/v1/auth/session"): Entry(PUBLIC_ROUTE, json={}),
    ("POST", "/api/v1/auth/session/refresh"): Entry(PUBLIC_ROUTE),
    ("DELETE", "/api/v1/auth/session"): Entry(PUBLIC_ROUTE),
    # The caller's own account: people only.
    ("GET", "/api/v1/me"): Entry(PEOPLE),
    ("PATCH", "/api/v1/me"): Entry(PEOPLE, json={}),  # 428 without If-Match
    ("POST", "/api/v1/me/password"): Entry(
        PEOPLE,
        json={"current_password": "not-the-password", "new_password": "Another-long-pass-42"},
    ),
    ("POST", "/api/v1/me/totp"): Entry(PEOPLE),
    ("POST", "/api/v1/me/totp/confirm"): Entry(PEOPLE, json={"code": "000000"}),
    ("POST", "/api/v1/me/totp/remove"): Entry(PEOPLE, json={"code": "000000"}),
    # Partnership administration.
    ("GET", "/api/v1/agencies"): Entry(PARTNERSHIP_READERS),
    ("POST", "/api/v1/agencies"): Entry(ADMINS, json={}),
    ("GET", "/api/v1/agencies/{agency_id}"): Entry(PARTNERSHIP_RECORD_READERS),
    ("PATCH", "/api/v1/agencies/{agency_id}"): Entry(ADMINS_OF_THE_RECORD, json={}),
    ("GET", "/api/v1/users"): Entry(ADMINS),
    ("POST", "/api/v1/users"): Entry(ADMINS, json={}),
    ("GET", "/api/v1/users/{user_id}"): Entry(ADMINS_OF_THE_RECORD),
    ("PATCH", "/api/v1/users/{user_id}"): Entry(ADMINS_OF_THE_RECORD, json={}),
    ("POST", "/api/v1/users/{user_id}/totp/reset"): Entry(ADMINS_OF_THE_RECORD),
    ("GET", "/api/v1/clients"): Entry(ADMINS),
    ("POST", "/api/v1/clients"): Entry(ADMINS, json={}),
    ("GET", "/api/v1/clients/{client_id}"): Entry(ADMINS_OF_THE_RECORD),
    ("PATCH", "/api/v1/clients/{client_id}"): Entry(ADMINS_OF_THE_RECORD, json={}),
    ("POST", "/api/v1/clients/{client_id}/secret"): Entry(ADMINS_OF_THE_RECORD),
    ("GET", "/api/v1/audit"): Entry(ADMINS),
    ("GET", "/api/v1/partnership/rules"): Entry(ADMINS),
    ("PUT", "/api/v1/partnership/rules"): Entry(ADMINS, json={"overrides": {}}),
    # Reviews.
    ("GET", "/api/v1/reviews"): Entry(PARTNERSHIP_READERS),
    ("POST", "/api/v1/reviews"): Entry(ADMINS, json={}),
    ("GET", R): Entry(REVIEW_READERS),
    ("PATCH", R): Entry(REVIEW_MANAGERS, json={}),
    ("GET", R + "/transitions"): Entry(REVIEW_READERS),
    ("POST", R + "/transitions"): Entry(REVIEW_MANAGERS, json={}),
    ("GET", R + "/deadlines"): Entry(REVIEW_READERS),
    # Family involvement notes are identifying: the review's managers only; others who reach
    # the review are refused (403, audited), the rest do not see it.
    ("GET", R + "/family-involvement"): Entry(
        expect(
            allowed="admin lead",
            forbidden="member police_member viewer council_system",
            hidden="other_lead health_member health_system outsider",
        )
    ),
    ("PUT", R + "/family-involvement"): Entry(REVIEW_MANAGERS, json={"notes": None}),
    # Subjects and alerts.
    ("GET", R + "/subjects"): Entry(REVIEW_READERS),
    ("POST", R + "/subjects"): Entry(REVIEW_MANAGERS, json={}),
    ("GET", R + "/subjects/{subject_id}"): Entry(REVIEW_READERS),
    ("PATCH", R + "/subjects/{subject_id}"): Entry(REVIEW_MANAGERS, json={}),
    ("GET", R + "/alerts"): Entry(REVIEW_READERS),
    # A date in the future: refused (422) only after every access rule has let it through.
    ("POST", R + "/alerts"): Entry(
        expect(
            allowed="admin member police_member council_system",
            forbidden="lead other_lead viewer",
            hidden="health_member health_system outsider",
        ),
        json={"subject_id": "{subject_id}", "confirmed_on": "2099-01-01"},
    ),
    # The team.
    ("GET", R + "/members"): Entry(REVIEW_READERS),
    ("POST", R + "/members"): Entry(REVIEW_MANAGERS, json={}),
    ("GET", R + "/team"): Entry(REVIEW_READERS),
    ("GET", SEAT): Entry(REVIEW_READERS),
    ("POST", SEAT + "/leave"): Entry(REVIEW_MANAGERS, json={}),
    ("GET", SEAT + "/checklist"): Entry(CHECKLIST_READERS),
    ("GET", SEAT + "/checklist/{duty}"): Entry(CHECKLIST_READERS),
    # A derived item's status: only the member themselves gets as far as the 409.
    ("PATCH", SEAT + "/checklist/{duty}"): Entry(
        expect(
            allowed="member",
            forbidden="admin lead viewer council_system health_system",
            hidden="other_lead police_member health_member outsider",
        ),
        json={"status": "done"},
        if_match="item",
    ),
    ("GET", SEAT + "/declarations"): Entry(CHECKLIST_READERS),
    ("POST", SEAT + "/declarations"): Entry(
        expect(
            allowed="member",
            forbidden="admin lead viewer council_system health_system",
            hidden="other_lead police_member health_member outsider",
        ),
        json={"kind": "confidentiality"},
    ),
    # Parallel proceedings: read by everyone who reaches the review; recorded (for the
    # council here) by its member and the review's managers; another agency's member is
    # refused; agency systems and viewers hold no checklists:write.
    ("GET", R + "/proceedings"): Entry(REVIEW_READERS),
    ("POST", R + "/proceedings"): Entry(
        PROCEEDING_WRITERS, json={"kind": "inquest", "agency_id": "{agency_id}"}
    ),
    ("GET", R + "/no-proceedings"): Entry(REVIEW_READERS),
    ("POST", R + "/no-proceedings"): Entry(
        PROCEEDING_WRITERS,
        json={"agency_id": "{agency_id}"},  # 409 once it has records
    ),
    ("GET", R + "/proceedings/{proceeding_id}"): Entry(REVIEW_READERS),
    ("PATCH", R + "/proceedings/{proceeding_id}"): Entry(
        PROCEEDING_WRITERS, json={"note": "Matrix"}, if_match="proceeding"
    ),
    # Practitioners: rows for the review's managers and the agency's own seated member and
    # system (scope practitioners:read); counts for everyone who reaches the review. Changes:
    # the agency's own seated member (scope practitioners:write; the council's system here
    # holds only practitioners:read). The seeded practitioner is the council's.
    ("GET", R + "/practitioners"): Entry(PRACTITIONER_LISTS),
    ("GET", R + "/practitioner-counts"): Entry(REVIEW_READERS),
    ("POST", R + "/practitioners"): Entry(
        PRACTITIONER_ADDERS, json={"name": "Pat Example", "job_title": "Health visitor"}
    ),
    # The council's practitioner pushed again as it is (no change); the police's is new to
    # its agency, and the If-Match sent for it answers 412.
    ("PUT", R + "/practitioners/by-ref/{external_ref}"): Entry(
        PRACTITIONER_ADDERS, json=PRACTITIONER, if_match="practitioner"
    ),
    ("GET", PRACTITIONER_PATH): Entry(PRACTITIONER_READERS),
    ("PATCH", PRACTITIONER_PATH): Entry(PRACTITIONER_WRITERS, json={}, if_match="practitioner"),
    # A date in the future: refused (422) only after every access rule has let it through.
    ("POST", PRACTITIONER_PATH + "/withdraw"): Entry(
        PRACTITIONER_WRITERS, json={"reason": "Not involved", "withdrawn_on": "2099-01-01"}
    ),
    ("GET", PRACTITIONER_PATH + "/contacts"): Entry(PRACTITIONER_READERS),
    ("POST", PRACTITIONER_PATH + "/contacts"): Entry(
        PRACTITIONER_WRITERS, json={"kind": "other", "contacted_on": "2099-01-01"}
    ),
    ("GET", PRACTITIONER_PATH + "/contacts/{contact_id}"): Entry(PRACTITIONER_READERS),
    # Meetings: read by everyone who reaches the review; scheduled, changed, cancelled and
    # their attendance recorded by the review's managers only. Attendance rates: every seat's
    # for the managers, a member's own, an agency system's agency's; viewers refused.
    ("GET", R + "/meetings"): Entry(REVIEW_READERS),
    ("POST", R + "/meetings"): Entry(REVIEW_MANAGERS, json={}),
    ("GET", MEETING): Entry(REVIEW_READERS),
    ("PATCH", MEETING): Entry(REVIEW_MANAGERS, json={"agenda": "Matrix"}, if_match="meeting"),
    ("POST", MEETING + "/cancel"): Entry(REVIEW_MANAGERS, json={}),
    ("GET", MEETING + "/attendance"): Entry(REVIEW_READERS),
    ("PUT", MEETING + "/attendance"): Entry(
        REVIEW_MANAGERS, json={"members": []}, if_match="meeting"
    ),
    ("GET", R + "/attendance-rates"): Entry(
        expect(
            allowed="admin lead member police_member council_system",
            forbidden="viewer",
            hidden="other_lead health_member health_system outsider",
        )
    ),
    # The partnership's settings: read by its people (agency systems refused), changed by
    # its administrators (428 without If-Match; the outsider changes their own).
    ("GET", "/api/v1/partnership/settings"): Entry(PEOPLE),
    ("PATCH", "/api/v1/partnership/settings"): Entry(ADMINS, json={}),
    # Draft reports: read by everyone who reaches the review; circulated and withdrawn by its
    # managers; signed off by each seated member for their own agency (persons only).
    ("GET", R + "/drafts"): Entry(REVIEW_READERS),
    ("POST", R + "/drafts"): Entry(REVIEW_MANAGERS, json={}),
    ("GET", DRAFT): Entry(REVIEW_READERS),
    # A draft's report file: attached by the review's managers; opened by them and the team.
    ("POST", DRAFT + "/file"): Entry(
        REVIEW_MANAGERS, headers={"Content-Disposition": 'attachment; filename="d.pdf"'}
    ),
    ("GET", DRAFT + "/file"): Entry(
        expect(
            allowed="admin lead member police_member",
            forbidden="viewer council_system",
            hidden="other_lead health_member health_system outsider",
        )
    ),
    ("POST", DRAFT + "/withdraw"): Entry(REVIEW_MANAGERS, json={}),
    ("GET", DRAFT + "/responses"): Entry(REVIEW_READERS),
    ("POST", DRAFT + "/responses"): Entry(SIGNERS, json={"response": "signed_off"}),
    # Publication planning: read by everyone who reaches the review; asked by administrators;
    # answered by the asked agency's seated member.
    ("GET", PLAN): Entry(REVIEW_READERS),
    ("POST", PLAN): Entry(PLANNERS, json={}),
    ("POST", R + "/publication-plan/requests-to-all-agencies"): Entry(PLANNERS, json={}),
    ("GET", PLAN + "/{request_id}"): Entry(REVIEW_READERS),
    ("POST", PLAN + "/{request_id}/withdraw"): Entry(PLANNERS, json={}),
    ("GET", PLAN + "/{request_id}/answers"): Entry(REVIEW_READERS),
    ("POST", PLAN + "/{request_id}/answers"): Entry(ANSWERERS, json={"text": "Robin Example"}),
    # Documents: what was asked and where it stands, for everyone who reaches the review;
    # asked, changed, withdrawn and decided by its managers; a file submitted by the asked
    # agency's seated member (an empty body: 422 once every rule has let it through); the
    # file opened by the managers and the agency's own people and system. The seeded request
    # is the council's, with one version.
    ("GET", R + "/documents"): Entry(REVIEW_READERS),
    ("POST", R + "/documents"): Entry(REVIEW_MANAGERS, json={}),
    ("POST", R + "/documents/requests-to-all-agencies"): Entry(REVIEW_MANAGERS, json={}),
    ("GET", DOCUMENT): Entry(REVIEW_READERS),
    ("PATCH", DOCUMENT): Entry(REVIEW_MANAGERS, json={"note": "Matrix"}, if_match="document"),
    ("POST", DOCUMENT + "/withdraw"): Entry(REVIEW_MANAGERS, json={}),
    ("GET", DOCUMENT + "/versions"): Entry(REVIEW_READERS),
    ("POST", DOCUMENT + "/versions"): Entry(
        expect(
            allowed="member",
            forbidden="admin lead police_member viewer council_system health_system",
            hidden="other_lead health_member outsider",
        ),
        headers={"Content-Disposition": 'attachment; filename="matrix.pdf"'},
    ),
    ("GET", VERSION): Entry(REVIEW_READERS),
    ("POST", VERSION + "/decision"): Entry(REVIEW_MANAGERS, json={}),
    # The partnership's learning themes: read by all its callers, kept by its administrators.
    ("GET", "/api/v1/learning-themes"): Entry(PARTNERSHIP_READERS),
    ("POST", "/api/v1/learning-themes"): Entry(ADMINS, json={}),
    ("GET", "/api/v1/learning-themes/{theme_id}"): Entry(PARTNERSHIP_RECORD_READERS),
    ("PATCH", "/api/v1/learning-themes/{theme_id}"): Entry(
        ADMINS_OF_THE_RECORD, json={"description": "Matrix theme"}, if_match="theme"
    ),
    # A review's learning: read as the action plan is, recorded by its managers, shared and
    # checked by the seated agencies.
    ("GET", R + "/learning"): Entry(ACTION_READERS),
    ("POST", R + "/learning"): Entry(ACTION_MANAGERS, json={}),
    ("GET", LEARNING): Entry(ACTION_READERS),
    ("PATCH", LEARNING): Entry(
        ACTION_MANAGERS, json={"title": "Matrix learning"}, if_match="learning"
    ),
    ("POST", LEARNING + "/withdraw"): Entry(ACTION_MANAGERS, json={}),
    ("GET", LEARNING + "/disseminations"): Entry(ACTION_READERS),
    ("POST", LEARNING + "/disseminations"): Entry(
        SHARERS, json={"method": "team_meeting", "on": "2026-03-02", "audience_size": 5}
    ),
    ("GET", DISSEMINATION): Entry(ACTION_READERS),
    ("POST", DISSEMINATION + "/landed"): Entry(
        EVIDENCE_GIVERS, json={"on": "2026-03-02", "method": "case_audit", "outcome": "landed"}
    ),
    # The action plan; a progress note and evidence come from the owning agency (valid
    # bodies: the owner rule is the service's, after validation).
    ("GET", "/api/v1/actions"): Entry(
        expect(
            allowed="admin lead other_lead member police_member health_member viewer outsider",
            forbidden="council_system health_system",
        )
    ),
    ("GET", R + "/recommendations"): Entry(ACTION_READERS),
    ("POST", R + "/recommendations"): Entry(ACTION_MANAGERS, json={}),
    ("GET", R + "/recommendations/{recommendation_id}"): Entry(ACTION_READERS),
    ("PATCH", R + "/recommendations/{recommendation_id}"): Entry(
        ACTION_MANAGERS, json={"text": "Matrix wording."}, if_match="recommendation"
    ),
    ("GET", R + "/actions"): Entry(ACTION_READERS),
    # The action plan as a file: whoever reads the list, with its scoping.
    ("GET", R + "/actions/export"): Entry(ACTION_READERS),
    ("GET", "/api/v1/actions/export"): Entry(
        expect(
            allowed="admin lead other_lead member police_member health_member viewer outsider",
            forbidden="council_system health_system",
        )
    ),
    # The annual figures: the partnership's administrators, lead reviewers and executive
    # (each reads their own partnership's); members and agency systems are refused.
    ("GET", "/api/v1/figures"): Entry(
        expect(
            allowed="admin lead other_lead viewer outsider",
            forbidden="member police_member health_member council_system health_system",
        )
    ),
    ("POST", R + "/actions"): Entry(ACTION_MANAGERS, json={}),
    ("GET", ACTION): Entry(ACTION_READERS),
    ("PATCH", ACTION): Entry(ACTION_MANAGERS, json={"title": "Matrix action"}, if_match="action"),
    ("POST", ACTION + "/sign-off"): Entry(ACTION_MANAGERS, json={}),
    ("POST", ACTION + "/cancel"): Entry(ACTION_MANAGERS, json={}),
    ("GET", ACTION + "/updates"): Entry(ACTION_READERS),
    ("POST", ACTION + "/updates"): Entry(
        expect(
            allowed="admin lead member",
            forbidden="police_member viewer council_system health_system",
            hidden="other_lead health_member outsider",
        ),
        json={"note": "Matrix progress"},
    ),
    ("GET", ACTION + "/evidence"): Entry(ACTION_READERS),
    ("POST", ACTION + "/evidence"): Entry(
        EVIDENCE_GIVERS, json={"kind": "note", "note": "Matrix evidence"}
    ),
    ("POST", ACTION + "/evidence/files"): Entry(
        EVIDENCE_GIVERS, headers={"Content-Disposition": 'attachment; filename="e.pdf"'}
    ),
    ("GET", EVIDENCE): Entry(ACTION_READERS),
    ("POST", EVIDENCE + "/decision"): Entry(ACTION_MANAGERS, json={}),
    ("GET", EVIDENCE + "/file"): Entry(
        expect(
            allowed="admin lead member",
            forbidden="police_member viewer council_system health_system",
            hidden="other_lead health_member outsider",
        )
    ),
    ("GET", VERSION + "/file"): Entry(
        expect(
            allowed="admin lead member council_system",
            forbidden="police_member viewer",
            hidden="other_lead health_member health_system outsider",
        )
    ),
}


def api_routes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path template) of every route of the app under /api/v1."""

    def flat(routes: list[BaseRoute]) -> Iterator[BaseRoute]:
        for route in routes:
            inner = getattr(route, "original_router", None)
            yield from flat(inner.routes) if inner is not None else (route,)

    found = []
    for route in flat(app.router.routes):
        if isinstance(route, Route) and route.path.startswith("/api/v1/"):
            # The public template ({id}, not {id:uuid}), as OpenAPI and the matrix name it.
            found += [
                (method, route.path_format)
                for method in sorted(set(route.methods or ()) - {"HEAD"})
            ]
    return found


def test_every_route_has_an_entry(app: FastAPI) -> None:
    routes = api_routes(app)
    missing = [f"{method} {path}" for method, path in routes if (method, path) not in MATRIX]
    assert not missing, f"Add these routes to MATRIX (who may call them): {missing}"
    stale = [f"{method} {path}" for method, path in MATRIX if (method, path) not in routes]
    assert not stale, f"MATRIX lists routes the app does not have: {stale}"


@dataclass
class Seeded:
    client: TestClient
    callers: Callers
    scenario: Scenario
    ids: dict[str, str]
    etags: dict[str, str]


@pytest.fixture
def _clean_tables() -> Iterator[None]:
    """This module's tests share one world (``seeded``), emptied when the module ends."""
    yield


@pytest.fixture(scope="module")
def seeded(app: FastAPI) -> Iterator[Seeded]:
    with module_world(app, ROLES) as shared:
        client, world, callers, scenario = (
            shared.client,
            shared.world,
            shared.callers,
            shared.scenario,
        )
        member_id = scenario.members["member"]["id"]
        duty = "record_alerts"  # derived from the data
        ids = {
            "review_id": scenario.id,
            "member_id": member_id,
            "duty": duty,
            "subject_id": scenario.subjects["child"]["id"],
            "agency_id": str(world.agencies["council"].id),
            "user_id": str(world.users["viewer"].id),
            "client_id": shared.spare_client_id,
        }
        item = client.get(
            f"{scenario.url}/members/{member_id}/checklist/{duty}",
            headers=callers.headers("admin"),
        )
        assert item.status_code == 200, item.text
        proceeding = client.post(
            f"{scenario.url}/proceedings",
            headers=callers.headers("admin"),
            json={"kind": "criminal_investigation", "agency_id": ids["agency_id"]},
        )
        assert proceeding.status_code == 201, proceeding.text
        ids["proceeding_id"] = proceeding.json()["id"]
        practitioner = client.put(
            f"{scenario.url}/practitioners/by-ref/HR-1",
            headers=callers.headers("member"),
            json=PRACTITIONER,
        )
        assert practitioner.status_code == 201, practitioner.text
        contact = client.post(
            practitioner.headers["Location"] + "/contacts",
            headers=callers.headers("member"),
            json={"kind": "introduction", "contacted_on": TODAY.date().isoformat()},
        )
        assert contact.status_code == 201, contact.text
        draft = client.post(
            f"{scenario.url}/drafts",
            headers=callers.headers("lead"),
            json={"title": "Overview report", "version_label": "v1"},
        )
        assert draft.status_code == 201, draft.text
        attached = client.post(
            draft.headers["Location"] + "/file",
            headers={
                **callers.headers("lead"),
                "Content-Disposition": 'attachment; filename="overview.pdf"',
            },
            content=b"%PDF-1.7\n% fictional overview report\n",
        )
        assert attached.status_code == 201, attached.text
        request = client.post(
            f"{scenario.url}/publication-plan/requests",
            headers=callers.headers("admin"),
            json={"agency_id": ids["agency_id"], "item": "comms_lead"},
        )
        assert request.status_code == 201, request.text
        ids |= {
            "draft_id": draft.json()["id"],
            "request_id": request.json()["id"],
            "practitioner_id": practitioner.json()["id"],
            "external_ref": "HR-1",
            "contact_id": contact.json()["id"],
        }
        meeting = client.post(
            f"{scenario.url}/meetings",
            headers=callers.headers("lead"),
            json={"kind": "review_team_meeting", "held_at": "2026-03-09T10:00:00Z"},
        )
        assert meeting.status_code == 201, meeting.text
        ids["meeting_id"] = meeting.json()["id"]
        document = client.post(
            f"{scenario.url}/documents",
            headers=callers.headers("lead"),
            json={
                "agency_id": ids["agency_id"],
                "kind": "chronology",
                "title": "Chronology (fictional)",
                "due_on": TODAY.date().isoformat(),
            },
        )
        assert document.status_code == 201, document.text
        version = client.post(
            document.headers["Location"] + "/versions",
            headers={
                **callers.headers("member"),
                "Content-Disposition": 'attachment; filename="chronology.pdf"',
            },
            content=b"%PDF-1.7\n% fictional\n",
        )
        assert version.status_code == 201, version.text
        ids |= {"document_id": document.json()["id"], "version_id": version.json()["id"]}
        recommendation = client.post(
            f"{scenario.url}/recommendations",
            headers=callers.headers("lead"),
            json={"label": "R1", "text": "A fictional recommendation."},
        )
        assert recommendation.status_code == 201, recommendation.text
        action = client.post(
            f"{scenario.url}/actions",
            headers=callers.headers("lead"),
            json={
                "recommendation_id": recommendation.json()["id"],
                "agency_id": ids["agency_id"],
                "title": "A fictional action",
                "lead_name": "Jordan Example",
                "due_on": "2026-09-30",
                "expected_outcome": "Something better.",
                "measure_of_success": "Measured somehow.",
            },
        )
        assert action.status_code == 201, action.text
        evidence = client.post(
            action.headers["Location"] + "/evidence/files",
            headers={
                **callers.headers("member"),
                "Content-Disposition": 'attachment; filename="evidence.pdf"',
            },
            content=b"%PDF-1.7\n% fictional evidence\n",
        )
        assert evidence.status_code == 201, evidence.text
        ids |= {
            "recommendation_id": recommendation.json()["id"],
            "action_id": action.json()["id"],
            "evidence_id": evidence.json()["id"],
        }
        theme = client.get(
            "/api/v1/learning-themes", headers=callers.headers("admin"), params={"limit": 1}
        )
        assert theme.status_code == 200, theme.text
        theme_id = theme.json()["items"][0]["id"]
        theme = client.get(f"/api/v1/learning-themes/{theme_id}", headers=callers.headers("admin"))
        learning = client.post(
            f"{scenario.url}/learning",
            headers=callers.headers("lead"),
            json={"theme_id": theme_id, "title": "Fictional learning", "description": "Seen."},
        )
        assert learning.status_code == 201, learning.text
        shared = client.post(
            learning.headers["Location"] + "/disseminations",
            headers=callers.headers("member"),
            json={"method": "training", "on": TODAY.date().isoformat(), "audience_size": 9},
        )
        assert shared.status_code == 201, shared.text
        ids |= {
            "theme_id": theme_id,
            "learning_id": learning.json()["id"],
            "dissemination_id": shared.json()["id"],
        }
        etags = {
            "theme": theme.headers["ETag"],
            "learning": learning.headers["ETag"],
            "recommendation": recommendation.headers["ETag"],
            "action": action.headers["ETag"],
            "document": document.headers["ETag"],
            "meeting": meeting.headers["ETag"],
            "item": item.headers["ETag"],
            "proceeding": proceeding.headers["ETag"],
            "practitioner": practitioner.headers["ETag"],
        }
        yield Seeded(client, callers, scenario, ids, etags)


def _filled(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], value)
    if isinstance(value, dict):
        return {k: _filled(v, ids) for k, v in value.items()}
    return value


def class_of(status: int) -> str:
    if status == 403:
        return FORBIDDEN
    if status == 404:
        return HIDDEN
    if 200 <= status < 300 or (400 <= status < 500 and status != 401):
        return ALLOWED
    return f"unexpected {status}"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("method", "path"), list(MATRIX))
def test_each_caller_gets_the_class_of_answer_the_matrix_gives(
    seeded: Seeded, method: str, path: str, role: str
) -> None:
    entry = MATRIX[(method, path)]
    headers = {**seeded.callers.headers(role), **entry.headers}
    if entry.if_match is not None:
        headers["If-Match"] = seeded.etags[entry.if_match]
    response = seeded.client.request(
        method,
        _filled(path, seeded.ids),
        headers=headers,
        json=_filled(entry.json, seeded.ids),
        data=entry.form,
    )
    expected = entry.answers[role]
    if expected == PUBLIC:
        anonymous = seeded.client.request(
            method, _filled(path, seeded.ids), json=entry.json, data=entry.form
        )
        assert response.status_code == anonymous.status_code, (response.text, anonymous.text)
        assert response.status_code not in (403, 404) and response.status_code < 500, (
            response.status_code,
            response.text,
        )
        return
    assert class_of(response.status_code) == expected, (response.status_code, response.text)
