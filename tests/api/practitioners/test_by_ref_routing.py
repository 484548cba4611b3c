"""An agency's own id can be any word, including the names of the sub-routes under a
practitioner (``withdraw``, ``contacts``): ``/practitioners/by-ref/{ref}`` still means the
push, and a wrong method there answers 405 naming PUT alone."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.practitioners.models import Practitioner
from tests.api.practitioners.helpers import JO, system, url
from tests.api.reviews.fixtures import Callers, Scenario

SCOPES = ["reviews:read", "practitioners:read", "practitioners:write"]
WORDS = ["withdraw", "contacts", "by-ref", "practitioner-counts"]


def allowed(response: object) -> set[str]:
    header: str = response.headers["allow"]  # type: ignore[attr-defined]
    return {method.strip() for method in header.split(",")}


@pytest.mark.parametrize("ref", WORDS)
def test_a_ref_named_like_a_sub_route_is_pushed_and_pushed_again(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session, ref: str
) -> None:
    headers = system(client, callers, "council", SCOPES)
    created = client.put(url(scenario, f"/by-ref/{ref}"), headers=headers, json=JO)
    assert created.status_code == 201, created.text
    assert created.json()["external_ref"] == ref
    again = client.put(
        url(scenario, f"/by-ref/{ref}"),
        headers={**headers, "If-Match": created.headers["ETag"]},
        json={**JO, "team": "South team"},
    )
    assert again.status_code == 200, again.text
    assert again.json()["id"] == created.json()["id"]
    assert again.json()["team"] == "South team"
    db.expire_all()
    assert db.query(Practitioner).filter(Practitioner.external_ref == ref).count() == 1


@pytest.mark.parametrize("ref", WORDS)
@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "DELETE"])
def test_a_wrong_method_on_a_ref_named_like_a_sub_route_allows_put_only(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session, ref: str, method: str
) -> None:
    response = client.request(
        method, url(scenario, f"/by-ref/{ref}"), headers=callers.headers("member"), json=JO
    )
    assert response.status_code == 405, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert allowed(response) == {"PUT"}
    assert db.query(Practitioner).count() == 0


@pytest.mark.parametrize(
    ("method", "tail", "methods"),
    [
        ("DELETE", "", {"GET", "POST"}),
        ("PUT", "/00000000-0000-4000-8000-000000000001", {"GET", "PATCH"}),
        ("GET", "/00000000-0000-4000-8000-000000000001/withdraw", {"POST"}),
        ("PUT", "/00000000-0000-4000-8000-000000000001/contacts", {"GET", "POST"}),
    ],
)
def test_the_practitioner_routes_allow_what_they_answer(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    method: str,
    tail: str,
    methods: set[str],
) -> None:
    response = client.request(method, url(scenario, tail), headers=callers.headers("member"))
    assert response.status_code == 405, response.text
    assert allowed(response) == methods


def test_a_practitioner_id_that_is_no_id_is_not_found(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    for tail in ("/by-ref", "/withdraw", "/not-an-id/contacts"):
        response = client.get(url(scenario, tail), headers=callers.headers("admin"))
        assert response.status_code == 404, (tail, response.text)
