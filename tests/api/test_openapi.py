"""The committed OpenAPI document is the app's, and it declares every error response."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.config import ROOT
from api.main import create_app
from api.middleware import streamed

COMMITTED = ROOT / "openapi" / "openapi.json"
PUBLIC = {
    "/api/v1/auth/token",
    "/api/v1/auth/revoke",
    "/api/v1/auth/session",
    "/api/v1/auth/session/refresh",
    "/healthz",
    "/readyz",
    "/.well-known/jwks.json",
}
METHODS = {"get", "post", "put", "patch", "delete"}
APP_CHECKED_HEADERS = {"If-Match", "Idempotency-Key", "X-CSPR-Session"}


def _document() -> dict[str, Any]:
    document: dict[str, Any] = create_app().openapi()
    return document


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in _document()["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def test_committed_document_matches_the_app() -> None:
    # Serialised exactly as `cspr export-openapi` writes it.
    expected = json.dumps(_document(), indent=2, ensure_ascii=False) + "\n"
    actual = COMMITTED.read_text() if COMMITTED.exists() else ""
    assert actual == expected, (
        "openapi/openapi.json differs from the app's OpenAPI document: run `make openapi` "
        "(or `.venv/bin/cspr export-openapi`) and commit the result."
    )


def test_served_document_is_the_same(client: TestClient) -> None:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    served = response.json()
    assert served["openapi"].startswith("3.1")
    assert served == json.loads(json.dumps(_document()))


def test_every_error_response_is_problem_json() -> None:
    schemas = _document()["components"]["schemas"]
    for path, method, operation in _operations():
        for status, response in operation["responses"].items():
            if status[0] in "45":
                assert list(response.get("content", {})) == ["application/problem+json"], (
                    method,
                    path,
                    status,
                )
                schema = response["content"]["application/problem+json"]["schema"]
                assert _is_a_problem(schemas, schema), (method, path, status, schema)


def _is_a_problem(schemas: dict[str, Any], schema: dict[str, Any]) -> bool:
    """The plain Problem, a problem schema of its own that extends it (all of Problem's
    properties, the same required ones and more), or any of those."""
    if "anyOf" in schema:
        return all(_is_a_problem(schemas, s) for s in schema["anyOf"])
    name = schema["$ref"].rsplit("/", 1)[1]
    plain, own = schemas["Problem"], schemas[name]
    return set(plain["properties"]) <= set(own["properties"]) and set(plain["required"]) <= set(
        own["required"]
    )


@pytest.mark.parametrize(
    ("path", "method", "operation"),
    _operations(),
    ids=[f"{m.upper()} {p}" for p, m, _ in _operations()],
)
def test_operation_declares_its_errors(path: str, method: str, operation: dict[str, Any]) -> None:
    declared = set(operation["responses"])
    authenticated = bool(operation.get("security"))
    assert authenticated == (path not in PUBLIC), (method, path)
    if authenticated:
        assert "401" in declared, f"{method.upper()} {path} must declare 401"
        assert {"OAuth2": []} in operation["security"]
    if "requestBody" in operation:
        missing = {"400", "413", "415", "422"} - declared
        assert not missing, f"{method.upper()} {path} must declare {sorted(missing)}"
    # The headers the app reads itself answer 400, 412 or 428; the rest are validated (422).
    validated = [p for p in operation.get("parameters", []) if p["name"] not in APP_CHECKED_HEADERS]
    if validated:
        assert "422" in declared, f"{method.upper()} {path} must declare 422"
    if path not in {"/healthz", "/.well-known/jwks.json"}:
        assert any(s[0] in "45" for s in declared), f"{method.upper()} {path} declares no errors"


def _headers(operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in operation.get("parameters", []) if p["in"] == "header"}


def test_request_headers_are_declared_where_they_are_read() -> None:
    """If-Match on every change that checks it (those answering 428), Idempotency-Key on every
    POST it applies to, X-CSPR-Session on the browser session's cookie-driven endpoints."""
    for path, method, operation in _operations():
        headers = _headers(operation)
        where = f"{method.upper()} {path}"
        if_match = headers.get("If-Match")
        assert (if_match is not None) == ("428" in operation["responses"]), where
        if if_match is not None:
            # Required, except on a create-or-replace (a PUT answering 201), which needs it
            # only once the record exists.
            creates = method == "put" and "201" in operation["responses"]
            assert if_match["required"] is not creates, where
            assert {"412", "428"} <= set(operation["responses"]), where
        keyed = (
            method == "post"
            and path.startswith("/api/v1/")
            and "/auth/" not in path
            and not streamed("POST", path)  # a file upload: its SHA-256 stands in for a key
        )
        assert ("Idempotency-Key" in headers) == keyed, where
        if keyed:
            assert headers["Idempotency-Key"]["required"] is False, where
            assert {"400", "409", "422"} <= set(operation["responses"]), where
        browser = {("post", "/api/v1/auth/session/refresh"), ("delete", "/api/v1/auth/session")}
        assert ("X-CSPR-Session" in headers) == ((method, path) in browser), where


def test_security_schemes_and_problem_schema() -> None:
    document = _document()
    schemes = document["components"]["securitySchemes"]
    flows = schemes["OAuth2"]["flows"]
    assert flows["password"]["tokenUrl"] == "/api/v1/auth/token"
    assert flows["clientCredentials"]["tokenUrl"] == "/api/v1/auth/token"
    problem = document["components"]["schemas"]["Problem"]
    assert {"type", "title", "status", "detail", "instance", "correlation_id", "errors"} <= set(
        problem["properties"]
    )


def test_docs_page_is_self_hosted(client: TestClient) -> None:
    page = client.get("/api/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower()
    assert "https://" not in page.text
