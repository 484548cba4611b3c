"""Tidying the file store: what an interrupted upload can leave behind.

A save that is interrupted in the ordinary way removes its own temporary file (or aborts its
multipart upload), and an upload refused after its bytes are stored deletes them. Only a
process killed mid-upload, or a crash between storing the bytes and committing their record,
leaves anything: a temporary file, an unfinished multipart upload, or an object no
``StoredFile`` names (an orphan). ``sweep`` removes those older than a grace period, which
must be longer than any upload takes, so that an upload still in flight is never touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.documents.models import StoredFile
from api.files.store import FileStore

BATCH = 500
"""Keys looked up in the database at a time."""

log = logging.getLogger("cspr.files")


@dataclass(frozen=True)
class Swept:
    partial: int
    """Temporary files or unfinished multipart uploads removed."""
    orphans: list[str]
    """Objects no stored file's record names (removed unless it was a dry run)."""
    kept: int
    """Objects older than the grace period that records name."""


def _known(session: Session, keys: list[str]) -> set[str]:
    known: set[str] = set()
    for start in range(0, len(keys), BATCH):
        batch = keys[start : start + BATCH]
        known.update(session.scalars(select(StoredFile.key).where(StoredFile.key.in_(batch))))
    return known


async def sweep(
    store: FileStore, sessions: Callable[[], Session], before: datetime, *, dry_run: bool = False
) -> Swept:
    """Remove from ``store`` what interrupted uploads left before ``before``: a dry run
    removes nothing and reports what would go."""
    partial = 0 if dry_run else await store.clear_partial(before)
    stored = await store.stored_before(before)
    with sessions() as session:
        known = _known(session, stored)
    orphans = [key for key in stored if key not in known]
    if not dry_run:
        for key in orphans:
            await store.delete(key)
    log.info(
        "file store swept: %d partial uploads removed, %d orphans %s, %d kept",
        partial,
        len(orphans),
        "found" if dry_run else "removed",
        len(known),
    )
    return Swept(partial=partial, orphans=orphans, kept=len(known))
