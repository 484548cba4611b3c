"""ETag / If-Match: a change must name the version it was made against."""

from __future__ import annotations

from fastapi import Request, Response

from api.domain_errors import PreconditionFailed, PreconditionRequired


def etag_of(version: int) -> str:
    return f'"v{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag_of(version)


def check_if_match(request: Request, version: int) -> None:
    """428 when If-Match is missing, 412 when it names another version."""
    header = request.headers.get("if-match")
    if header is None or not header.strip():  # an empty list names no version either
        raise PreconditionRequired(
            "Send If-Match with the ETag you last read, so changes made since are not overwritten."
        )
    # Strong comparison (RFC 9110 §13.1.1): a weak tag never matches.
    candidates = {tag.strip() for tag in header.split(",")}
    if "*" in candidates or etag_of(version) in candidates:
        return
    raise PreconditionFailed(
        "The record changed since you read it; read it again and retry.",
        headers={"ETag": etag_of(version)},
    )
