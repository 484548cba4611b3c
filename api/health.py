from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from api.config import ROOT
from api.db import get_engine
from api.errors import PROBLEM_MEDIA_TYPE, problem_responses

router = APIRouter(tags=["health"])


def alembic_config() -> Config:
    # From a checkout, the repository root; from an installed wheel (the container image),
    # the working directory, where the image puts alembic.ini and migrations/.
    root = ROOT if (ROOT / "alembic.ini").exists() else Path.cwd()
    config = Config(str(root / "alembic.ini"))
    config.set_main_option("script_location", str(root / "migrations"))
    return config


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def _not_ready(detail: str, **extra: Any) -> JSONResponse:
    body = {
        "type": "/problems/not-ready",
        "title": "Service Unavailable",
        "status": 503,
        "detail": detail,
        "instance": "/readyz",
        **extra,
    }
    return JSONResponse(body, 503, media_type=PROBLEM_MEDIA_TYPE)


@router.get("/healthz", summary="The process is up")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    summary="The database is reachable and migrated to head",
    responses=problem_responses(503),
)
def readyz() -> Any:
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
            current = set(MigrationContext.configure(conn).get_current_heads())
    except SQLAlchemyError:
        return _not_ready("The database cannot be reached.", database="unreachable")
    heads = head_revisions()
    if current != heads:
        return _not_ready(
            "The database is not migrated to the code's revision.",
            database="ok",
            current=sorted(current),
            head=sorted(heads),
        )
    return {"status": "ok", "database": "ok", "migrations": "head"}
