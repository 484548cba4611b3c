"""Dates and timestamps are ISO 8601 text only: a number, or a number's text, is refused with
a field error rather than read as Unix time, in every body and query parameter the API
documents as a date or a date-time."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

from fastapi.testclient import TestClient

from api.main import create_app
from tests.api.reviews.fixtures import Callers, Scenario, callers, scenario  # noqa: F401
from tests.conftest import World

Auth = Callable[[str], dict[str, str]]


def _formatted_fields(
    schema: dict[str, Any], path: list[str], components: dict[str, Any], seen: frozenset[str]
) -> Iterator[tuple[list[str], str]]:
    """(path, format) of every date and date-time in a JSON schema, refs followed."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name not in seen:
            yield from _formatted_fields(components[name], path, components, seen | {name})
        return
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key, []):
            yield from _formatted_fields(sub, path, components, seen)
    if schema.get("format") in {"date", "date-time"}:
        yield path, schema["format"]
    for name, sub in schema.get("properties", {}).items():
        yield from _formatted_fields(sub, [*path, name], components, seen)


def _date_inputs() -> list[tuple[str, str, str, list[str], str]]:
    """(method, path, where, field path, format) for every date the API accepts."""
    document = create_app().openapi()
    components = document["components"]["schemas"]
    out = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                for field, fmt in _formatted_fields(
                    parameter["schema"], [parameter["name"]], components, frozenset()
                ):
                    out.append((method.upper(), path, parameter["in"], field, fmt))
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                for field, fmt in _formatted_fields(body["schema"], [], components, frozenset()):
                    out.append((method.upper(), path, "body", field, fmt))
    return out


DATE_INPUTS = _date_inputs()


def test_the_walk_finds_the_known_dates() -> None:
    found = {(m, p, w, ".".join(f)) for m, p, w, f, _ in DATE_INPUTS}
    assert ("GET", "/api/v1/reviews", "query", "updated_since") in found
    assert ("POST", "/api/v1/reviews/{review_id}/subjects", "body", "date_of_birth") in found
    assert (
        "PATCH",
        "/api/v1/reviews/{review_id}",
        "body",
        "terms_of_reference.period_start",
    ) in found


def _nested(field: list[str], value: Any) -> dict[str, Any]:
    body: dict[str, Any] = {field[-1]: value}
    for name in reversed(field[:-1]):
        body = {name: body}
    return body


NUMBERS = (0, "0", 0.5, "0.5", "1700000000")


def test_a_number_is_not_a_date_anywhere(
    client: TestClient,
    callers: Callers,  # noqa: F811 (the fixture)
    scenario: Scenario,  # noqa: F811 (the fixture)
) -> None:
    """Every documented date and date-time, each given as a number or a number's text, on
    records that exist (a route's policy answers 404 for one out of reach before it reads the
    body)."""
    headers = {**callers.headers("admin"), "If-Match": '"v1"'}
    known = {
        "review_id": scenario.id,
        "member_id": str(scenario.members["member"]["id"]),
        "subject_id": str(scenario.subjects["child"]["id"]),
    }
    accepted = []
    for method, path, where, field, fmt in DATE_INPUTS:
        url = path
        while "{" in url:
            start, end = url.index("{"), url.index("}")
            name = url[start + 1 : end]
            url = url[:start] + known.get(name, str(uuid.uuid4())) + url[end + 1 :]
        code = "iso_date" if fmt == "date" else "iso_datetime"
        location = ".".join([where, *field])
        for number in NUMBERS:
            if where == "query":
                response = client.request(
                    method, url, params={field[0]: str(number)}, headers=headers
                )
            else:
                response = client.request(method, url, json=_nested(field, number), headers=headers)
            errors = (
                {e["field"]: e["code"] for e in response.json()["errors"]}
                if response.status_code == 422
                else {}
            )
            if errors.get(location) != code:
                accepted.append((method, path, location, number, response.status_code))
    assert accepted == []


def test_updated_since_as_a_number_is_refused(client: TestClient, world: World, auth: Auth) -> None:
    response = client.get("/api/v1/reviews?updated_since=0.5", headers=auth("admin"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"] == [
        {
            "field": "query.updated_since",
            "message": "Give the time in ISO 8601 form, e.g. 2026-01-31T09:00:00Z",
            "code": "iso_datetime",
        }
    ]
    # ISO text still works.
    ok = client.get(
        "/api/v1/reviews", params={"updated_since": "2026-01-31T09:00:00Z"}, headers=auth("admin")
    )
    assert ok.status_code == 200, ok.text


def test_a_date_of_birth_of_zero_is_refused(client: TestClient, world: World, auth: Auth) -> None:
    review = client.post(
        "/api/v1/reviews",
        json={
            "incident_kind": "serious_harm",
            "incident_on": "2026-01-05",
            "became_aware_on": "2026-01-06",
            "child_pseudonym": "Child Z",
        },
        headers=auth("admin"),
    )
    assert review.status_code == 201, review.text
    url = f"/api/v1/reviews/{review.json()['id']}/subjects"
    response = client.post(
        url,
        json={"role": "child", "pseudonym": "Child Z", "date_of_birth": 0},
        headers=auth("admin"),
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [
        {
            "field": "body.date_of_birth",
            "message": "Give the date as YYYY-MM-DD, e.g. 2026-01-31",
            "code": "iso_date",
        }
    ]
    listed = client.get(url, headers=auth("admin"))
    assert listed.json()["items"] == []  # nothing was created
    created = client.post(
        url,
        json={"role": "child", "pseudonym": "Child Z", "date_of_birth": "2016-04-09"},
        headers=auth("admin"),
    )
    assert created.status_code == 201, created.text
    assert created.json()["identifying"]["date_of_birth"] == "2016-04-09"
