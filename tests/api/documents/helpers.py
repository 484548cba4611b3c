"""Asking for documents and sending files, as the tests' callers do; files of each kind made
from real bytes."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient

from api.config import get_settings
from tests.api.reports.helpers import agency
from tests.api.reviews.fixtures import Callers, Scenario

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + b"% fictional chronology\n" * 200
PROGRAM = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 40
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(200)


def docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("_rels/.rels", "<Relationships/>")
        z.writestr("word/document.xml", "<w:document>Fictional chronology</w:document>")
    return out.getvalue()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def url(scenario: Scenario, rest: str = "") -> str:
    return f"{scenario.url}/documents{rest}"


def ask(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    to: str = "council",
    who: str = "lead",
    **body: Any,
) -> Any:
    return client.post(
        url(scenario),
        headers=callers.headers(who),
        json={
            "agency_id": agency(callers, to),
            "kind": "chronology",
            "title": "Chronology of involvement (fictional)",
            "due_on": "2026-04-03",
            **body,
        },
    )


def send(
    client: TestClient,
    callers: Callers,
    document_id: str,
    scenario: Scenario,
    data: Any = PDF,
    name: str | None = "chronology.pdf",
    who: str = "member",
    **headers: str,
) -> Any:
    sent = {**callers.headers(who), "Content-Type": "application/octet-stream", **headers}
    if name is not None and name.isascii():
        sent["Content-Disposition"] = f'attachment; filename="{name}"'
    elif name is not None:  # RFC 8187: a name outside ASCII, percent-encoded UTF-8
        sent["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name, safe='')}"
    return client.post(url(scenario, f"/{document_id}/versions"), headers=sent, content=data)


def stored_files() -> set[Path]:
    """Every file in the local store, temporary ones included."""
    root = get_settings().data_dir / "files"
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()
