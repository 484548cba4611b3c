"""The record-scoping choke point. Every repository builds its queries through ``readable`` and
loads single records through ``get_readable``, so "who can see what" lives in one place.

A record outside the caller's reach answers 404, never 403, so its existence does not leak.
Domain packages register a rule for their model (e.g. reviews add membership and agency);
models without a rule are scoped to the caller's partnership, which every top-level table has.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ExecutableOption

from api.audit import service as audit
from api.errors import not_found
from api.pagination import AnySelect
from api.security.principal import Principal

M = TypeVar("M")
Rule = Callable[[AnySelect, Principal], AnySelect]
_RULES: dict[type[Any], Rule] = {}
# session.info key: the (model, id, principal) triples get_readable has let through.
_REACHED = "cspr.scoping.reached"


def register(model: type[Any], rule: Rule) -> None:
    """Add a record rule for ``model``, applied on top of the partnership filter."""
    _RULES[model] = rule


def readable(statement: AnySelect, model: type[Any], principal: Principal) -> AnySelect:
    statement = statement.where(model.partnership_id == principal.partnership_id)
    rule = _RULES.get(model)
    return rule(statement, principal) if rule else statement


def get_readable(
    session: Session,
    model: type[M],
    record_id: uuid.UUID,
    principal: Principal,
    *,
    request: Request | None = None,
    what: str | None = None,
    for_update: bool = False,
    options: Sequence[ExecutableOption] = (),
) -> M:
    """Load one record the caller may reach, or answer 404 (and audit the miss).
    ``options``: loader options for the same query (what else the read needs)."""
    statement = (
        readable(select(model), model, principal)
        .where(model.id == record_id)  # type: ignore[attr-defined]
        .options(*options)
    )
    if for_update:
        statement = statement.with_for_update()
    found: M | None = session.scalars(statement).first()
    if found is None:
        name: str = what or str(getattr(model, "__tablename__", "record"))
        audit.record_detached(
            "access.not_found",
            principal=principal,
            request=request,
            record_type=name,
            record_id=record_id,
        )
        raise not_found(name.rstrip("s").replace("_", " "))
    session.info.setdefault(_REACHED, set()).add((model, record_id, principal))
    return found


def was_reached(session: Session, principal: Principal, model: type[Any], record_id: Any) -> bool:
    """Whether ``get_readable`` loaded this record for ``principal`` in this session (one
    request's), so the caller is known to reach it."""
    return (model, record_id, principal) in session.info.get(_REACHED, ())
