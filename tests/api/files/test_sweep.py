"""Sweeping the file store (``api.files.sweep``, ``cspr sweep-files``): what interrupted
uploads left behind and older than the grace period goes (temporary files, unfinished
multipart uploads, objects no record names); files with records, and anything younger, stay.
On the local store through the real command, and on a real S3-compatible server."""

from __future__ import annotations

import os
import shutil
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anyio
from fastapi.testclient import TestClient

from api.config import get_settings
from api.db import get_sessionmaker
from api.files.store import S3Store
from api.files.sweep import sweep
from tests.api.documents.helpers import PDF, ask, send
from tests.api.reviews.fixtures import Callers, Scenario, callers, pinned_clock, scenario
from tests.cli_tools import cspr
from tests.s3_server import REGION, aws_credentials, new_bucket, s3_client, s3_endpoint

__all__ = ["aws_credentials", "callers", "pinned_clock", "s3_endpoint", "scenario"]  # fixtures

DAY = 24 * 3600


def aged(path: Path, seconds: float) -> Path:
    """Make ``path`` look last written ``seconds`` ago."""
    then = datetime.now(UTC).timestamp() - seconds
    os.utime(path, (then, then))
    return path


def test_the_command_removes_only_what_no_upload_or_record_still_needs(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    root = get_settings().data_dir / "files"
    # This worker's store holds earlier tests' files, whose records are gone with their
    # tables' rows: start from an empty store, so every file here is this test's.
    shutil.rmtree(root, ignore_errors=True)
    document = ask(client, callers, scenario).json()
    sent = send(client, callers, document["id"], scenario)
    assert sent.status_code == 201, sent.text
    (kept,) = [p for p in root.rglob("*") if p.is_file() and ".tmp" not in p.parts]
    aged(kept, 2 * DAY)
    orphan = root / str(uuid.uuid4()) / str(uuid.uuid4())
    orphan.parent.mkdir(mode=0o700)
    orphan.write_bytes(b"stored, then the process died before its record was committed")
    aged(orphan, 2 * DAY)
    young_orphan = orphan.parent / str(uuid.uuid4())
    young_orphan.write_bytes(b"an upload whose record is being committed now")
    (root / ".tmp").mkdir(exist_ok=True)
    stale_temp = root / ".tmp" / "upload-killed"
    stale_temp.write_bytes(b"half an upload")
    aged(stale_temp, 2 * DAY)
    live_temp = root / ".tmp" / "upload-in-flight"
    live_temp.write_bytes(b"an upload still arriving")

    dry = cspr("sweep-files", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip() == (
        "would remove 1 orphaned files; removed 0 partial uploads; kept 1 files with records"
    )
    assert orphan.exists() and stale_temp.exists()

    swept = cspr("sweep-files")
    assert swept.returncode == 0, swept.stderr
    assert swept.stdout.strip() == (
        "removed 1 orphaned files; removed 1 partial uploads; kept 1 files with records"
    )
    assert not orphan.exists() and not stale_temp.exists()
    assert kept.exists() and young_orphan.exists() and live_temp.exists()
    # The document's file still downloads.
    version = sent.json()
    got = client.get(version["download"], headers=callers.headers("lead"))
    assert got.status_code == 200 and got.content == PDF
    assert cspr("sweep-files", "--older-than-hours", "0").returncode != 0  # no grace: refused


def test_on_s3_unfinished_uploads_are_aborted_and_orphans_removed(s3_endpoint: str) -> None:
    bucket = new_bucket(s3_endpoint)
    store = S3Store(bucket, "cspr/", s3_endpoint, REGION)
    s3 = s3_client(s3_endpoint)
    orphan = f"{uuid.uuid4()}/{uuid.uuid4()}"
    s3.put_object(Bucket=bucket, Key=f"cspr/{orphan}", Body=b"no record names this")
    s3.put_object(Bucket=bucket, Key="elsewhere/not-ours", Body=b"outside the prefix")
    s3.create_multipart_upload(Bucket=bucket, Key=f"cspr/{uuid.uuid4()}/{uuid.uuid4()}")

    def run(before: datetime, dry_run: bool = False) -> tuple[int, list[str], int]:
        swept = anyio.run(lambda: sweep(store, get_sessionmaker(), before, dry_run=dry_run))
        return swept.partial, swept.orphans, swept.kept

    now = datetime.now(UTC)
    # Within the grace period no object is touched. (Whether an unfinished upload is within
    # it is not shown here: moto dates every upload 2010-11-10; the local test shows it for
    # temporary files.)
    assert run(now - timedelta(hours=1), dry_run=True) == (0, [], 0)
    assert run(now + timedelta(minutes=1), dry_run=True) == (0, [orphan], 0)
    assert len(s3.list_multipart_uploads(Bucket=bucket).get("Uploads", [])) == 1
    assert run(now + timedelta(minutes=1)) == (1, [orphan], 0)
    assert s3.list_multipart_uploads(Bucket=bucket).get("Uploads", []) == []
    left = [o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", [])]
    assert left == ["elsewhere/not-ours"]
