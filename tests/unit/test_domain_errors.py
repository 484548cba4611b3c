"""Domain errors: every kind has a status, only ``api.errors`` knows it, and each answers as a
problem document."""

from __future__ import annotations

import ast
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api import domain_errors
from api.domain_errors import (
    Conflict,
    DomainError,
    Forbidden,
    Invalid,
    Invalidity,
    NotFound,
    PreconditionFailed,
    PreconditionRequired,
    PreconditionUnmet,
    TooManyAttempts,
)
from api.errors import PROBLEM_MEDIA_TYPE, domain_status, install_error_handlers

API = Path(__file__).resolve().parents[2] / "api"

# The modules that hold the domain's rules and queries: they speak in domain errors only.
DOMAIN_MODULES = {"service.py", "repository.py", "lifecycle.py", "policy.py", "deadlines.py"}
WEB_PACKAGES = {"fastapi", "starlette"}
WEB_NAMES = {"ProblemError", "problem_responses"}

EXPECTED_STATUSES: dict[type[DomainError], int] = {
    NotFound: 404,
    Forbidden: 403,
    Conflict: 409,
    PreconditionUnmet: 409,
    Invalid: 422,
    PreconditionRequired: 428,
    PreconditionFailed: 412,
    TooManyAttempts: 429,
}


def _kinds() -> list[type[DomainError]]:
    return [
        cls
        for _, cls in inspect.getmembers(domain_errors, inspect.isclass)
        if issubclass(cls, DomainError) and cls is not DomainError
    ]


def _bare(kind: type[DomainError]) -> DomainError:
    """An instance for looking its status up: only its class matters."""
    return kind.__new__(kind)


# --- (a) every kind has a status ------------------------------------------------------------


def test_every_kind_maps_to_a_status() -> None:
    kinds = _kinds()
    assert set(kinds) == set(EXPECTED_STATUSES), "a new kind needs a status and a line here"
    for kind in kinds:
        assert domain_status(_bare(kind)) == EXPECTED_STATUSES[kind], kind.__name__


def test_a_kind_without_a_status_is_a_programming_error() -> None:
    class Stray(DomainError):
        pass

    with pytest.raises(TypeError, match="Stray"):
        domain_status(Stray("no status"))


# --- (b) the domain's modules import nothing of the web -------------------------------------


def web_uses(tree: ast.AST) -> Iterator[str]:
    """What in ``tree`` belongs to the HTTP layer: imports of FastAPI or Starlette, of
    ``ProblemError`` or ``problem_responses``, and calls with a ``status_code=``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in WEB_PACKAGES:
                    yield f"line {node.lineno}: import {alias.name}"
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if module.split(".")[0] in WEB_PACKAGES:
                yield f"line {node.lineno}: from {module} import"
            for alias in node.names:
                if alias.name in WEB_NAMES:
                    yield f"line {node.lineno}: imports {alias.name}"
        elif isinstance(node, ast.Attribute) and node.attr in WEB_NAMES:
            yield f"line {node.lineno}: uses {node.attr}"
        elif isinstance(node, ast.Call) and any(k.arg == "status_code" for k in node.keywords):
            yield f"line {node.lineno}: calls with status_code="


def domain_modules() -> list[Path]:
    return sorted(p for p in API.rglob("*.py") if p.name in DOMAIN_MODULES)


def test_the_walk_finds_the_domain_modules() -> None:
    found = {str(p.relative_to(API)) for p in domain_modules()}
    assert {
        "reviews/service.py",
        "reviews/repository.py",
        "reviews/lifecycle.py",
        "reviews/policy.py",
        "reviews/deadlines.py",
        "members/service.py",
        "members/repository.py",
        "subjects/service.py",
        "subjects/repository.py",
        "users/service.py",
    } <= found


@pytest.mark.parametrize(
    "source",
    [
        "from fastapi import Request",
        "import starlette.requests",
        "from api.errors import FieldError, ProblemError",
        "from api.errors import problem_responses",
        "from api import errors\nraise errors.ProblemError(409)",
        "JSONResponse({}, status_code=409)",
    ],
)
def test_the_walk_sees_the_web(source: str) -> None:
    assert list(web_uses(ast.parse(source)))


@pytest.mark.parametrize("path", domain_modules(), ids=lambda p: str(p.relative_to(API)))
def test_domain_modules_speak_in_domain_errors(path: Path) -> None:
    uses = list(web_uses(ast.parse(path.read_text(), filename=str(path))))
    assert not uses, f"{path.relative_to(API)}: {uses}"


# --- (c) each kind answers as a problem document ---------------------------------------------


def _app(raisers: dict[str, Callable[[], DomainError]]) -> TestClient:
    app = FastAPI()
    install_error_handlers(app)
    for name, make in raisers.items():

        def endpoint(make: Callable[[], DomainError] = make) -> None:
            raise make()

        app.add_api_route(f"/{name}", endpoint, methods=["GET"])
    return TestClient(app, raise_server_exceptions=False)


RAISERS: dict[str, tuple[Callable[[], DomainError], int, str]] = {
    "not-found": (lambda: NotFound("review"), 404, "not-found"),
    "forbidden": (lambda: Forbidden("Only an administrator may."), 403, "forbidden"),
    "conflict": (lambda: Conflict("Already there.", code="taken"), 409, "conflict"),
    "unmet": (
        lambda: PreconditionUnmet("Not yet.", ["Record the date."]),
        409,
        "precondition-unmet",
    ),
    "invalid": (
        lambda: Invalid(
            "Some fields are wrong.",
            [
                Invalidity("body.agency_id", "unknown agency", "unknown"),
                Invalidity("body.joined_on", "future date", "future_date"),
            ],
        ),
        422,
        "validation",
    ),
    "required": (lambda: PreconditionRequired("Send If-Match."), 428, "precondition-required"),
    "failed": (
        lambda: PreconditionFailed("Changed.", headers={"ETag": '"v4"'}),
        412,
        "precondition-failed",
    ),
    "throttled": (lambda: TooManyAttempts("Slow down.", 30), 429, "too-many-requests"),
}


@pytest.fixture(scope="module")
def client() -> TestClient:
    return _app({name: make for name, (make, _, _) in RAISERS.items()})


@pytest.mark.parametrize("name", RAISERS)
def test_each_kind_answers_its_status_as_a_problem(client: TestClient, name: str) -> None:
    make, status, slug = RAISERS[name]
    response = client.get(f"/{name}")
    assert response.status_code == status
    assert response.headers["content-type"].split(";")[0] == PROBLEM_MEDIA_TYPE
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"] == f"/problems/{slug}"
    assert body["detail"] == make().detail
    assert body["instance"] == f"/{name}"
    assert body["title"]


def test_invalid_lists_its_fields(client: TestClient) -> None:
    body = client.get("/invalid").json()
    assert body["errors"] == [
        {"field": "body.agency_id", "message": "unknown agency", "code": "unknown"},
        {"field": "body.joined_on", "message": "future date", "code": "future_date"},
    ]
    assert "errors" not in client.get("/conflict").json()


def test_headers_and_extra_members_carry_through(client: TestClient) -> None:
    assert client.get("/throttled").headers["retry-after"] == "30"
    assert client.get("/failed").headers["etag"] == '"v4"'
    assert client.get("/conflict").json()["code"] == "taken"
    assert client.get("/unmet").json()["unmet"] == ["Record the date."]


def test_a_slug_of_its_own_keeps_its_title() -> None:
    client = _app(
        {
            "refused": lambda: PreconditionUnmet(
                "Cannot move yet.",
                [{"code": "x_missing", "message": "Record x.", "overridable": False}],
                slug="transition-refused",
                allowed_from_here=["scoping"],
            )
        }
    )
    body = client.get("/refused").json()
    assert body["status"] == 409
    assert body["type"] == "/problems/transition-refused"
    assert body["title"] == "Transition refused"
    assert body["unmet"][0]["code"] == "x_missing"
    assert body["allowed_from_here"] == ["scoping"]
