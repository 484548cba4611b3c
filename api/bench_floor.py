"""The benchmark's floor: a bare endpoint in the same app that runs one indexed query and
returns a fixed body, so the benchmark can say how close real endpoints come to the floor.
A second one adds only what every authenticated request pays (the token, and the caller's
account re-read), so the report can say how much of an endpoint's cost that is.

Mounted only when ``CSPR_BENCH_FLOOR=1`` (``Settings.bench_floor``), first of all routes, and
never in the OpenAPI document."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import select

from api.config import Settings
from api.deps import CurrentPrincipal, DbSession
from api.partnerships.models import Partnership

FLOOR_BODY = {"ok": True}


def bench_routers(settings: Settings) -> list[Any]:
    if not settings.bench_floor:
        return []
    router = APIRouter(include_in_schema=False)

    @router.get("/api/v1/_bench/floor")
    def floor(session: DbSession, code: str = "B000") -> dict[str, Any]:
        session.scalars(select(Partnership.id).where(Partnership.code == code)).first()
        return FLOOR_BODY

    @router.get("/api/v1/_bench/floor-authenticated")
    def floor_authenticated(
        session: DbSession, principal: CurrentPrincipal, code: str = "B000"
    ) -> dict[str, Any]:
        return floor(session, code)

    return [router]
