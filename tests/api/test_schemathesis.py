"""Property-based contract test: every operation in the OpenAPI document, driven in-process
with an administrator's token, answers no 5xx, only documented statuses and content types,
and bodies that match the declared schemas.

It parametrizes over the whole schema, so operations added later are covered without edits.
"""

from __future__ import annotations

from collections.abc import Callable

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from api.main import create_app
from tests.conftest import World

schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app())

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


@schema.parametrize()
@settings(
    max_examples=20,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation(
    case: schemathesis.Case, world: World, auth: Callable[[str], dict[str, str]]
) -> None:
    headers = dict(case.headers or {})
    headers.update(auth("admin"))
    case.call_and_validate(headers=headers, checks=CHECKS)
