"""A file upload as the routes receive it: the request's body streamed into the file store
while its size is counted against the limit, its type sniffed from the bytes and its SHA-256
computed, none of it held whole in memory. The file's name comes in ``Content-Disposition``
(as a browser's or an HTTP client's upload of a file names it) and is kept as data only."""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from email.message import Message

from starlette.requests import ClientDisconnect, Request

from api.errors import ProblemError
from api.files.sniff import FileType, Sniffer, UnsupportedType, check_name
from api.files.store import FileStore
from api.schemas import FieldError

MAX_NAME = 255
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Arrived:
    """What was stored under the key."""

    size_bytes: int
    sha256: str
    file_type: FileType


def too_large(limit: int) -> ProblemError:
    mib = limit / (1024 * 1024)
    return ProblemError(
        413,
        f"A file may be at most {mib:g} MiB ({limit} bytes).",
        slug="payload-too-large",
        limit_bytes=limit,
    )


def file_name(request: Request) -> str:
    """The file's name from ``Content-Disposition`` (``filename*`` or ``filename``), without
    any folder part or control character; 422 when the header names none."""
    header = request.headers.get("content-disposition")
    name: str | None = None
    if header:
        parsed = Message()
        parsed["content-disposition"] = header
        found = parsed.get_filename()
        name = found if isinstance(found, str) else None
    if name is not None:
        name = _UNSAFE.sub("", name.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    if not name:
        raise ProblemError(
            422,
            'Name the file: send Content-Disposition: attachment; filename="..." '
            "(or filename*=UTF-8''... for a name outside ASCII).",
            slug="file-name-required",
            errors=[
                FieldError(
                    field="header.content-disposition",
                    message="The file's name is required.",
                    code="missing",
                )
            ],
        )
    if len(name) > MAX_NAME:
        stem, dot, extension = name.rpartition(".")
        keep = MAX_NAME - len(extension) - 1
        name = f"{stem[:keep]}.{extension}" if dot and keep > 0 else name[:MAX_NAME]
    return name


def check_length(request: Request, limit: int) -> None:
    """413 before a byte is read when the declared length is over ``limit``."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ProblemError(400, "Content-Length is not a number.", slug="bad-request")
        if int(declared) > limit:
            raise too_large(limit)
        if int(declared) == 0:
            raise empty()


def empty() -> ProblemError:
    return ProblemError(422, "The file is empty.", slug="empty-file")


def unsupported(exc: UnsupportedType) -> ProblemError:
    return ProblemError(415, str(exc), slug="unsupported-file-type")


async def receive(
    request: Request, store: FileStore, key: str, *, limit: int, name: str
) -> Arrived:
    """Stream the body into ``store`` under ``key``: 413 once it passes ``limit``, 415 once
    the bytes show a type not accepted (or one the name contradicts), nothing left stored
    after either."""
    digest = hashlib.sha256()
    sniffer = Sniffer(name)
    size = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal size
        async for chunk in request.stream():
            if not chunk:
                continue
            size += len(chunk)
            if size > limit:
                raise too_large(limit)
            sniffer.feed(chunk)
            digest.update(chunk)
            yield chunk

    try:
        await store.save(key, chunks())
    except UnsupportedType as exc:
        raise unsupported(exc) from exc
    except ClientDisconnect as exc:
        raise ProblemError(400, "The upload was cut short.", slug="upload-incomplete") from exc
    if size == 0:
        await store.delete(key)
        raise empty()
    try:
        found = sniffer.finish()
        check_name(name, found)
    except UnsupportedType as exc:
        await store.delete(key)
        raise unsupported(exc) from exc
    return Arrived(size_bytes=size, sha256=digest.hexdigest(), file_type=found)
