"""A file upload streams through the running server without holding its worker: while a
member's upload is half sent, the same single-worker server answers other requests; and a
download streams back the bytes that went in.

Against the real server (``cspr serve``, one worker admitting one request at a time), over a
raw socket so the test decides when each part of the body is sent."""

from __future__ import annotations

import hashlib
import socket
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from tests.e2e.conftest import Api, api_as
from tests.support import WAIT

pytestmark = pytest.mark.e2e

MEMBER = "member.council@demoshire.example"
HEAD = b"%PDF-1.4\n% FICTIONAL test upload\n"


@pytest.fixture
def member_api(server: str) -> Iterator[Api]:
    api = api_as(server, MEMBER)
    yield api
    api.client.close()


def _council_agency_report(api: Api) -> str:
    """The document path of the council's agency report on the demo's Child C review."""
    me = api.get("/api/v1/me")
    reviews = api.get("/api/v1/reviews", limit=200)["items"]
    (review,) = [r for r in reviews if r["child_pseudonym"] == "Child C"]
    documents = api.get(f"/api/v1/reviews/{review['id']}/documents", agency_id=me["agency"]["id"])
    (report,) = [d for d in documents["items"] if d["kind"] == "agency_report"]
    return f"/api/v1/reviews/{review['id']}/documents/{report['id']}"


def test_a_half_sent_upload_leaves_the_server_answering_others(
    server: str, member_api: Api
) -> None:
    document = _council_agency_report(member_api)
    # Larger than the part of a body read before admission (``api.admission``): the half sent
    # first is past it.
    body = HEAD + b"% filler\n" * 450_000
    token = member_api.client.headers["Authorization"]
    address = urlsplit(server)
    upload = socket.create_connection((address.hostname, address.port), timeout=WAIT)
    try:
        upload.sendall(
            (
                f"POST {document}/versions HTTP/1.1\r\n"
                f"Host: {address.netloc}\r\n"
                f"Authorization: {token}\r\n"
                "Content-Type: application/octet-stream\r\n"
                'Content-Disposition: attachment; filename="agency-report.pdf"\r\n'
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode()
            + body[: len(body) // 2]
        )
        # The upload now waits for the rest of its body. With the worker's one admission slot
        # held by it, this read would wait for the upload; it must answer on its own.
        answered = threading.Event()
        results: list[int] = []

        def read_elsewhere() -> None:
            results.append(member_api.client.get("/api/v1/reviews").status_code)
            answered.set()

        threading.Thread(target=read_elsewhere, daemon=True).start()
        assert answered.wait(WAIT), "a read waited behind a half-sent upload"
        assert results == [200]

        upload.sendall(body[len(body) // 2 :])
        reply = b""
        while b"\r\n\r\n" not in reply:
            chunk = upload.recv(65536)
            assert chunk, f"the server closed the upload's connection: {reply!r}"
            reply += chunk
        status = reply.split(b" ", 2)[1]
        assert status in (b"200", b"201"), reply[:500]
    finally:
        upload.close()

    versions = member_api.get(f"{document}/versions")["items"]
    latest = versions[-1]
    assert latest["file"]["sha256"] == hashlib.sha256(body).hexdigest()
    assert latest["file"]["size_bytes"] == len(body)
    downloaded = member_api.client.get(latest["download"])
    assert downloaded.status_code == 200
    assert downloaded.headers["content-disposition"].startswith("attachment;")
    assert hashlib.sha256(downloaded.content).hexdigest() == latest["file"]["sha256"]
