"""A review's children are narrowed by the review's id alone only when this request showed,
through ``get_readable``, that this very caller reaches the review; otherwise the full rule
applies. These tests try to get children of a review through ``in_review`` without that."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.domain_errors import NotFound
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.scopes import ROLE_SCOPES
from api.security.scoping import get_readable, was_reached
from api.subjects.models import Subject
from api.users.models import User
from tests.api.reviews.fixtures import Callers, Scenario, new_review


def principal_of(user: User) -> Principal:
    return Principal(
        "user", user.id, user.partnership_id, user.agency_id, user.role, ROLE_SCOPES[user.role]
    )


def subjects(db: Session, principal: Principal, review: Review) -> list[Subject]:
    return list(db.scalars(in_review(db, select(Subject), Subject, principal, review)))


def test_children_need_the_review_shown_reachable_for_the_same_caller(
    client: TestClient, callers: Callers, db: Session
) -> None:
    created = new_review(client, callers)  # the member has no seat on this one
    added = client.post(
        f"/api/v1/reviews/{created['id']}/subjects",
        headers=callers.headers("admin"),
        json={"role": "sibling", "pseudonym": "Sibling Q"},
    )
    assert added.status_code == 201, added.text
    member = principal_of(callers.world.users["member"])
    admin = principal_of(callers.world.users["admin"])
    review = db.get(Review, uuid.UUID(created["id"]))  # loaded without get_readable
    assert review is not None

    assert subjects(db, member, review) == []  # the full rule: no seat, no subjects
    assert [s.pseudonym for s in subjects(db, admin, review)] == ["Sibling Q"]

    # The administrator's reach, once shown, stays the administrator's.
    get_readable(db, Review, review.id, admin)
    assert was_reached(db, admin, Review, review.id)
    assert not was_reached(db, member, Review, review.id)
    assert subjects(db, member, review) == []

    # The member's own attempt answers 404 and shows nothing reachable.
    with pytest.raises(NotFound) as refused:
        get_readable(db, Review, review.id, member)
    assert refused.value.what == "review"
    assert not was_reached(db, member, Review, review.id)
    assert subjects(db, member, review) == []


def test_a_caller_from_another_partnership_gets_nothing_even_with_the_review_in_hand(
    client: TestClient, callers: Callers, db: Session
) -> None:
    created = new_review(client, callers)
    outsider = principal_of(callers.other_world.users["admin"])
    review = db.get(Review, uuid.UUID(created["id"]))
    assert review is not None
    client.post(
        f"/api/v1/reviews/{created['id']}/subjects",
        headers=callers.headers("admin"),
        json={"role": "sibling", "pseudonym": "Sibling R"},
    )
    assert subjects(db, outsider, review) == []


@pytest.mark.parametrize(
    ("reaches", "refused"),
    [
        ("member", "health_member"),  # members: a seat, and none
        ("lead", "other_lead"),  # lead reviewers: the review's lead, and another
        ("council_system", "health_system"),  # agency systems: a seated agency, and not
        ("admin", "outsider"),  # administrators: their partnership's, and another's
    ],
)
def test_hot_reads_carry_no_callers_ids_to_the_next_caller(
    client: TestClient, callers: Callers, scenario: Scenario, reaches: str, refused: str
) -> None:
    """Hot statements (get_readable's, a list page's, a checklist's and its evidence's) are
    built once per shape of caller, with the caller's ids as bound parameters: callers of
    one role, in turn, each get their own answer."""
    seat = scenario.members["member"]["id"]
    paths = [
        scenario.url,
        f"{scenario.url}/deadlines",
        f"{scenario.url}/subjects",
        f"{scenario.url}/members/{seat}/checklist",
        f"{scenario.url}/team",
    ]
    for _ in range(2):
        for path in paths:
            assert client.get(path, headers=callers.headers(reaches)).status_code == 200, path
            assert client.get(path, headers=callers.headers(refused)).status_code == 404, path
        for who, listed in ((reaches, True), (refused, False)):
            page = client.get("/api/v1/reviews", headers=callers.headers(who))
            assert page.status_code == 200, page.text
            assert (scenario.id in {r["id"] for r in page.json()["items"]}) is listed, who
