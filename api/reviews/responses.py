"""Answer reads with JSON serialised once, in the endpoint's own worker thread.

A sync endpoint that returns a model has FastAPI validate it again and serialise it in a
second trip through the thread pool; under load that trip costs more than the work. Returning
the finished ``Response`` skips it. The route keeps its ``response_model`` for the OpenAPI
document, and the tests check the bodies against it.
"""

from __future__ import annotations

from typing import Any

from fastapi import Response
from pydantic import BaseModel
from pydantic_core import to_json

from api.concurrency import etag_of


def json_response(
    model: BaseModel, *, version: int | None = None, status_code: int = 200
) -> Response:
    headers = {"ETag": etag_of(version)} if version is not None else None
    return Response(
        model.model_dump_json(),
        status_code=status_code,
        media_type="application/json",
        headers=headers,
    )


def json_body_response(content: Any) -> Response:
    """Plain values (``api.wire``) serialised by the encoder the models use."""
    return Response(to_json(content), media_type="application/json")
