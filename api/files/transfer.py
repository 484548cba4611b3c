"""A route's file upload and download, start to end, for any record that holds files: the
route's own checks before a byte moves (in a worker thread, holding an admission slot), the
bytes streamed with no slot held and no database connection open, then the record written
(again in a slot), and the stored object removed if that fails or repeats a file already held.
A file made for one answer (an export) is written to a temporary file in the slot and sent
the same way (``send_built``).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, BinaryIO, TypeVar
from urllib.parse import quote

import anyio
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from api import admission
from api.config import get_settings
from api.errors import ProblemError
from api.files import upload
from api.files.store import CHUNK, StoredFileMissing, get_store

T = TypeVar("T")


@dataclass(frozen=True)
class Received:
    """A file as it arrived in the store."""

    file_id: uuid.UUID
    store: str
    key: str
    size_bytes: int
    sha256: str
    media_type: str
    file_name: str


async def receive(
    request: Request,
    prepare: Callable[[], uuid.UUID],
    record: Callable[[Received], tuple[T, bool]],
) -> tuple[T, bool]:
    """``prepare`` refuses (or returns the partnership the file belongs to) before the body
    is read; the body streams into the store; ``record`` writes what the file is for and
    says whether it made something new (False: the same file was already there, and this copy
    is removed)."""
    limit = get_settings().max_upload_bytes
    async with admission.phase(request):
        partnership_id = await run_in_threadpool(prepare)
    name = upload.file_name(request)
    upload.check_length(request, limit)
    store = get_store()
    file_id = uuid.uuid4()
    key = f"{partnership_id}/{file_id}"
    arrived = await upload.receive(request, store, key, limit=limit, name=name)
    received = Received(
        file_id=file_id,
        store=store.name,
        key=key,
        size_bytes=arrived.size_bytes,
        sha256=arrived.sha256,
        media_type=arrived.file_type.media_type,
        file_name=name,
    )
    try:
        async with admission.phase(request):
            result, created = await run_in_threadpool(record, received)
    except BaseException:
        with anyio.CancelScope(shield=True):
            await store.delete(key)
        raise
    if not created:
        await store.delete(key)
    return result, created


@dataclass(frozen=True)
class Outgoing:
    """A stored file about to be sent: where it is, what it is, and the name to give it."""

    key: str
    media_type: str
    size_bytes: int
    sha256: str
    file_name: str


async def _with_first(first: bytes, rest: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    yield first
    async for chunk in rest:
        yield chunk


def _download_headers(size_bytes: int, disposition: str) -> dict[str, str]:
    """What every file answer says of itself: its length, that it is an attachment, and that
    it is neither to be sniffed nor kept."""
    return {
        "Content-Length": str(size_bytes),
        "Content-Disposition": disposition,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
    }


async def send(request: Request, prepare: Callable[[], Outgoing]) -> StreamingResponse:
    """``prepare`` refuses, or audits the download and names the file; the bytes then stream
    as an attachment, with no slot held and no database connection open."""
    async with admission.phase(request):
        outgoing = await run_in_threadpool(prepare)
    chunks = get_store().open(outgoing.key)
    try:
        first = await anext(chunks)
    except (StoredFileMissing, StopAsyncIteration) as exc:
        raise ProblemError(
            500, "The file is missing from the file store.", slug="file-missing"
        ) from exc
    return StreamingResponse(
        _with_first(first, chunks),
        media_type=outgoing.media_type,
        headers={
            **_download_headers(
                outgoing.size_bytes,
                "attachment; filename*=UTF-8''" + quote(outgoing.file_name, safe=""),
            ),
            "ETag": f'"{outgoing.sha256}"',
        },
    )


BINARY: dict[str, Any] = {"schema": {"type": "string", "format": "binary"}}
UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The file's bytes as they are (not a form). Name the file in "
        '`Content-Disposition: attachment; filename="..."`.',
        "content": {"application/octet-stream": BINARY},
    },
    "parameters": [
        {
            "name": "Content-Disposition",
            "in": "header",
            "required": True,
            "schema": {"type": "string"},
            "example": 'attachment; filename="chronology-v2.docx"',
        }
    ],
}
DOWNLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "The file's bytes", "content": {"application/octet-stream": BINARY}}
}


@dataclass(frozen=True)
class Built:
    """A file made for one answer (an export), already open and unlinked from the disk: the
    bytes stay readable through ``handle`` and vanish when it is closed, whether or not the
    client reads them."""

    handle: BinaryIO
    size_bytes: int
    media_type: str
    file_name: str


def built(path: str, media_type: str, file_name: str) -> Built:
    """Open the temporary file at ``path`` and unlink it at once (see ``Built``)."""
    handle = open(path, "rb")  # noqa: SIM115 - closed when its answer has streamed
    os.unlink(path)
    return Built(handle, os.fstat(handle.fileno()).st_size, media_type, file_name)


async def _read_all(handle: BinaryIO) -> AsyncIterator[bytes]:
    try:
        while chunk := await anyio.to_thread.run_sync(handle.read, CHUNK):
            yield chunk
    finally:
        handle.close()


def attachment(file_name: str) -> str:
    """A Content-Disposition naming the file: plain for any client, and RFC 6266's UTF-8."""
    plain = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in file_name
    )
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''" + quote(file_name, safe="")


async def send_built(request: Request, prepare: Callable[[], Built]) -> StreamingResponse:
    """``prepare`` refuses, or makes the file (reading the database in its slot) and audits
    it; the bytes then stream with no slot held and no database connection open."""
    async with admission.phase(request):
        made = await run_in_threadpool(prepare)
    return StreamingResponse(
        _read_all(made.handle),
        media_type=made.media_type,
        headers=_download_headers(made.size_bytes, attachment(made.file_name)),
    )
