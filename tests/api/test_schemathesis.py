"""Property-based contract test: every operation in the OpenAPI document, driven in-process by
schemathesis with every check it has, as an administrator (every phase: examples, coverage,
fuzzing), a review team member and an agency's own system (fuzzing), and all three through the
stateful phase, which chains operations along the document's links.

The callers work on one seeded world (``tests.api.reviews.fixtures``: a review with a team, a
subject and a family note). A generated identifier that is a well-formed UUID is mostly replaced
by the seeded record's, so requests reach real records and hand-built bodies reach a 2xx; the
rest keep the generated one and show the 404. Where a case is valid in its headers, it carries
what a careful client would send: If-Match with the record's ETag (read first) or ``*``, and an
Idempotency-Key of its own (agency systems must send one).

It parametrizes over the whole schema, so operations added later are covered without edits.

Checks (``schemathesis.checks.CHECKS``), all on. Notes on those whose reach is limited here:

* ``object_level_authorization`` compares peers' reads, and needs peer identities declared in
  a WFC auth document; without one it has nothing to compare, so it passes vacuously. One
  partnership's records hidden from another's callers is what ``test_route_matrix`` shows
  (its 'outsider').
* ``use_after_free`` and ``ensure_resource_availability`` look back along a stateful
  scenario; the API deletes nothing but the browser session, so only the second has work.
* ``missing_required_header``: a change without If-Match answers 428 Precondition Required
  (RFC 6585), the status made for it; it is added to the statuses the check accepts.
* ``positive_data_acceptance`` also accepts 422 on the few operations in ``REFUSED_FOR_FACTS``.
* The stateful phase's link inference by dependency analysis is off (see ``_config``).
"""

from __future__ import annotations

import uuid
import zlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation

from api.main import create_app
from tests.api.reviews.fixtures import Callers, module_world

# On PostgreSQL the app's connection pool (psycopg_pool) draws from `random` for its timing
# jitter, on a thread of its own, whenever it opens a connection; Hypothesis sees the global
# state move while it draws a case and warns. No generated value depends on it.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Do not use the `random` module inside strategies"
    ":hypothesis.errors.HypothesisDeprecationWarning"
)

# Where a schema-valid request is refused for what no schema can say: a current password or
# a one-time code that is not right, dates that must not be in the future (judged against
# today), and an alert an administrator confirms without naming the agency (a member's and an
# agency system's own agency is implied); a practitioner's involvement dates, in order and
# within the review's terms-of-reference period, and a contact log entry correcting one of the
# same practitioner's entries; the annual figures' period, whose start must not be after its
# end. Each is a 422 with the field named.
_PRACTITIONER = "/api/v1/reviews/{review_id}/practitioners/{practitioner_id}"
REFUSED_FOR_FACTS = [
    ("/api/v1/me/password", "POST"),
    ("/api/v1/me/totp/confirm", "POST"),
    ("/api/v1/me/totp/remove", "POST"),
    ("/api/v1/reviews/{review_id}", "PATCH"),
    ("/api/v1/reviews/{review_id}/alerts", "POST"),
    ("/api/v1/reviews/{review_id}/practitioners", "POST"),
    ("/api/v1/reviews/{review_id}/practitioners/by-ref/{external_ref}", "PUT"),
    (_PRACTITIONER, "PATCH"),
    (_PRACTITIONER + "/withdraw", "POST"),
    (_PRACTITIONER + "/contacts", "POST"),
    ("/api/v1/figures", "GET"),
]


def _config(phases: dict[str, Any]) -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            # The API refuses NUL in every text (PostgreSQL cannot store it; ``api.schemas``),
            # which the schema does not repeat on each field.
            "generation": {"allow-x00": False},
            "phases": {
                **phases,
                # The stateful phase follows the document's own links (each create to its
                # record) and those it infers from Location headers. Its dependency analysis
                # is off: it links any field named like a path parameter, a staff user's
                # ``agency_id`` among them, which is null, and then sends ``/agencies/None``
                # as if it were a valid request.
                "stateful": {"inference": {"algorithms": ["location-headers"]}},
            },
            "checks": {
                # A change without If-Match answers 428 Precondition Required (RFC 6585).
                "missing_required_header": {
                    "expected-statuses": [400, 401, 403, 406, 415, 422, 428],
                },
            },
            "operations": [
                {
                    "include-path": path,
                    "include-method": method,
                    "checks": {
                        "positive_data_acceptance": {
                            "expected-statuses": ["2xx", 401, 403, 404, 409, 422, 429],
                        }
                    },
                }
                for path, method in REFUSED_FOR_FACTS
            ],
        }
    )


_APP = create_app()
# The administrator reaches every operation: every phase. The other callers are refused most
# of them (403/404, which the checks judge the same whatever the data): the fuzzing phase,
# where their own operations get varied data.
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", _APP, config=_config({}))
team_schema = schemathesis.openapi.from_asgi(
    "/api/v1/openapi.json",
    _APP,
    config=_config({"examples": {"enabled": False}, "coverage": {"enabled": False}}),
)
load_all_checks()
ALL_CHECKS = [check for check in CHECKS.get_all() if callable(check)]

# An administrator, a review team member (the council's, seated on the seeded review) and the
# council's own system (client credentials, seated through its agency).
ROLES = ("admin", "member", "council_system")
TEAM = ROLES[1:]
MAX_EXAMPLES = 10
TEAM_EXAMPLES = 5
STATEFUL_EXAMPLES = 10
STATEFUL_STEPS = 6
HYPOTHESIS = {
    "derandomize": True,
    "deadline": None,
    "database": None,
    "suppress_health_check": list(HealthCheck),
}


class Seeded:
    """The seeded world's records, by the name of the path parameter that names each."""

    def __init__(
        self,
        client: TestClient,
        callers: Callers,
        ids: dict[str, str],
        body_ids: dict[str, str],
    ) -> None:
        self.client = client
        self.callers = callers
        self.ids = ids
        self.body_ids = body_ids


@pytest.fixture
def _clean_tables() -> Iterator[None]:
    """This module's tests share one world (``seeded``), emptied when the module ends."""
    yield


@pytest.fixture(scope="module")
def seeded(app: FastAPI) -> Iterator[Seeded]:
    with module_world(app, ROLES) as shared:
        world, scenario = shared.world, shared.scenario
        # Ids in bodies: an agency, the lead reviewer, a person not yet on the review's team,
        # the child.
        body_ids = {
            "agency_id": str(world.agencies["council"].id),
            "lead_reviewer_id": str(world.users["lead"].id),
            "user_id": str(world.users["health_member"].id),
            "subject_id": scenario.subjects["child"]["id"],
        }
        client, callers = shared.client, shared.callers
        draft = client.post(
            f"{scenario.url}/drafts",
            headers=callers.headers("admin"),
            json={"title": "Overview report", "version_label": "v1"},
        )
        assert draft.status_code == 201, draft.text
        request = client.post(
            f"{scenario.url}/publication-plan/requests",
            headers=callers.headers("admin"),
            json={
                "agency_id": str(world.agencies["council"].id),
                "item": "other",
                "question": "Will your press office hold a statement?",
            },
        )
        assert request.status_code == 201, request.text
        ids = {
            "draft_id": draft.json()["id"],
            "request_id": request.json()["id"],
            "review_id": scenario.id,
            "member_id": scenario.members["member"]["id"],
            "subject_id": scenario.subjects["child"]["id"],
            "agency_id": str(world.agencies["council"].id),
            "user_id": str(world.users["viewer"].id),
            "client_id": shared.spare_client_id,
        }
        yield Seeded(shared.client, shared.callers, ids, body_ids)


def _is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def _negative_at(case: schemathesis.Case, location: ParameterLocation) -> bool:
    return case.meta is not None and case.meta.is_negative_at(location)


def prepare(case: schemathesis.Case, seeded: Seeded, role: str) -> dict[str, str]:
    """Point the case at seeded records and give it the headers a careful client sends; the
    headers to send it with (the caller's token among them)."""
    negative_path = _negative_at(case, ParameterLocation.PATH)
    negative_headers = _negative_at(case, ParameterLocation.HEADER)
    if case.path_parameters and not negative_path:
        for name, value in case.path_parameters.items():
            # Three in four well-formed ids become the seeded record's (chosen by the value,
            # so a case replays the same).
            if name in seeded.ids and _is_uuid(value) and zlib.crc32(str(value).encode()) % 4:
                case.path_parameters[name] = seeded.ids[name]
    if isinstance(case.body, dict) and not _negative_at(case, ParameterLocation.BODY):
        # A well-formed reference in a body names a seeded record: an unknown one is refused
        # (422) for a fact no schema can describe.
        for name, value in case.body.items():
            if name in seeded.body_ids and _is_uuid(value):
                case.body[name] = seeded.body_ids[name]
    if case.query and "cursor" in case.query and not _negative_at(case, ParameterLocation.QUERY):
        # A cursor is opaque: only one the API issued is valid, which no schema can describe.
        # A valid case starts at the first page.
        del case.query["cursor"]
    headers = {"Authorization": f"Bearer {seeded.callers.token(role)}"}
    parameters = case.operation.definition.raw.get("parameters", [])
    declared = {p["name"] for p in parameters if p["in"] == "header"}
    if not negative_headers:
        if "If-Match" in declared:
            if_match = next(p for p in parameters if p["name"] == "If-Match")
            if if_match.get("required"):
                headers["If-Match"] = _current_etag(case, seeded, headers) or "*"
            elif (etag := _etag_by_ref(case, seeded, headers)) is not None:
                # A create-or-replace: the ETag only when the record exists already.
                headers["If-Match"] = etag
        if "Idempotency-Key" in declared and (
            "Idempotency-Key" in (case.headers or {}) or role.endswith("_system")
        ):
            headers["Idempotency-Key"] = uuid.uuid4().hex
    return headers


def _current_etag(case: schemathesis.Case, seeded: Seeded, headers: dict[str, str]) -> str | None:
    """The ETag of the record a change targets, read at the same path (None where that path
    has no read, as for an action on a record)."""
    if case.method.upper() == "POST":
        return None
    read = seeded.client.get(case.formatted_path, headers=headers)
    return read.headers.get("ETag") if read.status_code == 200 else None


def _etag_by_ref(case: schemathesis.Case, seeded: Seeded, headers: dict[str, str]) -> str | None:
    """For a push by the agency's own id (``…/by-ref/{external_ref}``): the ETag of the
    record with that id, found through the collection's list as a careful client finds it;
    None when there is none yet."""
    collection, _, ref = case.formatted_path.rpartition("/by-ref/")
    listed = seeded.client.get(collection, headers=headers, params={"limit": 200})
    if listed.status_code != 200:
        return None
    for item in listed.json()["items"]:
        if item.get("external_ref") == unquote(ref):
            etag: str = item["etag"]
            return etag
    return None


def _run(case: schemathesis.Case, seeded: Seeded, role: str) -> None:
    headers = prepare(case, seeded, role)
    case.call_and_validate(headers=headers, checks=ALL_CHECKS)


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, **HYPOTHESIS)  # type: ignore[arg-type]
def test_every_operation_as_administrator(case: schemathesis.Case, seeded: Seeded) -> None:
    _run(case, seeded, "admin")


@pytest.mark.parametrize("role", TEAM)
@team_schema.parametrize()
@settings(max_examples=TEAM_EXAMPLES, **HYPOTHESIS)  # type: ignore[arg-type]
def test_every_operation_as_team(case: schemathesis.Case, seeded: Seeded, role: str) -> None:
    _run(case, seeded, role)


@pytest.mark.parametrize("role", ROLES)
def test_stateful_sequences(seeded: Seeded, role: str) -> None:
    """Chains of calls along the document's links (a review made, then read, changed, its
    team and subjects added, ...), with the checks that look back along a chain."""

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            return {"headers": prepare(case, seeded, role)}

    Machine.run(
        settings=settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=STATEFUL_STEPS,
            **HYPOTHESIS,  # type: ignore[arg-type]
        )
    )
