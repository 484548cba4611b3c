"""The benchmark's floor: a bare endpoint in the same app that runs one indexed query and
returns a fixed body, so the benchmark can say how close real endpoints come to the floor.

Mounted only when ``CSPR_BENCH_FLOOR=1`` and never in the OpenAPI document."""

from __future__ import annotations

import os
from typing import Any

from fastapi import APIRouter
from sqlalchemy import select

from api.deps import DbSession
from api.partnerships.models import Partnership

FLOOR_BODY = {"ok": True}


def bench_routers() -> list[Any]:
    if os.environ.get("CSPR_BENCH_FLOOR") != "1":
        return []
    router = APIRouter(include_in_schema=False)

    @router.get("/api/v1/_bench/floor")
    def floor(session: DbSession, code: str = "B000") -> dict[str, Any]:
        session.scalars(select(Partnership.id).where(Partnership.code == code)).first()
        return FLOOR_BODY

    return [router]
