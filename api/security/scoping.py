"""The record-scoping choke point. Every repository builds its queries through ``readable`` and
loads single records through ``get_readable``, so "who can see what" lives in one place.

A record outside the caller's reach answers 404, never 403, so its existence does not leak.
Default-deny: every model declares how its records are reached (``__scoping__``, a
``Reach``): its partnership's, the caller's own partnership, a rule of its own (registered
here by the domain that owns it: reviews add the lead reviewer, seats and agencies), or never
read through scoping. ``readable`` refuses a model with no declaration, with no registered
rule, or declared never read: a programming error (``NoRecordRule``), not a 404.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar, cast

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ExecutableOption

from api.audit import service as audit
from api.domain_errors import NotFound
from api.pagination import AnySelect
from api.request_context import RequestContext
from api.security.principal import Principal
from api.security.reach import Reach

M = TypeVar("M")
Rule = Callable[[AnySelect, Principal], AnySelect]
_RULES: dict[type[Any], Rule] = {}
# session.info key: the (model, id, principal) triples get_readable has let through.
_REACHED = "cspr.scoping.reached"


class NoRecordRule(RuntimeError):
    """A model was read through scoping without a rule that admits it: a mistake in the code
    (the request answers 500), never an answer about the record."""


def declared(model: type[Any]) -> Reach | None:
    """What ``model`` declares of its reach (``__scoping__``), if anything."""
    reach = getattr(model, "__scoping__", None)
    return reach if isinstance(reach, Reach) else None


def register(model: type[Any], rule: Rule) -> None:
    """Give ``model`` (declared ``Reach.rule``) its record rule, applied on top of the
    partnership filter."""
    if declared(model) is not Reach.rule:
        raise NoRecordRule(f"{model.__name__} does not declare Reach.rule; it takes no rule.")
    _RULES[model] = rule


def rule_of(model: type[Any]) -> Rule:
    """The whole rule ``readable`` applies to ``model``; ``NoRecordRule`` if there is none."""
    reach = declared(model)
    if reach is Reach.partnership:
        return lambda statement, principal: statement.where(
            model.partnership_id == principal.partnership_id
        )
    if reach is Reach.own_partnership:
        return lambda statement, principal: statement.where(model.id == principal.partnership_id)
    if reach is Reach.rule:
        rule = _RULES.get(model)
        if rule is None:
            raise NoRecordRule(
                f"{model.__name__} declares a rule of its own, and none is registered "
                "(import the module that registers it)."
            )
        return lambda statement, principal: rule(
            statement.where(model.partnership_id == principal.partnership_id), principal
        )
    if reach is Reach.not_read:
        raise NoRecordRule(f"{model.__name__} is declared never read through scoping.")
    raise NoRecordRule(f"{model.__name__} declares no record rule (__scoping__).")


def readable(statement: AnySelect, model: type[Any], principal: Principal) -> AnySelect:
    """``statement`` narrowed to the records of ``model`` the caller reaches."""
    return rule_of(model)(statement, principal)


def get_readable(
    session: Session,
    model: type[M],
    record_id: uuid.UUID,
    principal: Principal,
    *,
    request: RequestContext | None = None,
    what: str | None = None,
    for_update: bool = False,
    options: Sequence[ExecutableOption] = (),
) -> M:
    """Load one record the caller may reach, or answer 404 (and audit the miss).
    ``options``: loader options for the same query (what else the read needs)."""
    options = tuple(options)
    statement = templated(
        ("by_id", model, options, for_update), principal, _by_id(model, options, for_update)
    )
    found: M | None = session.scalars(
        statement, caller_params(principal, **{_RECORD_ID: record_id})
    ).first()
    if found is None:
        name = what or str(getattr(model, "__tablename__", "record"))
        raise refused(principal, request, name, record_id)
    session.info.setdefault(_REACHED, set()).add((model, record_id, principal))
    return found


def refused(
    principal: Principal, request: RequestContext | None, what: str, record_id: uuid.UUID
) -> NotFound:
    """The 404 for a record ``what`` that the caller does not reach (or that does not
    exist: the two answer alike), audited: for a query that reads a record through
    ``readable`` itself and found nothing. Raise it."""
    audit.record_detached(
        "access.not_found",
        principal=principal,
        request=request,
        record_type=what,
        record_id=record_id,
    )
    return NotFound(what.rstrip("s").replace("_", " "))


# Hot statements are built once per shape (what is asked, and the kind of caller) with the
# caller's ids as bound parameters, rather than on every request: the rules are applied to a
# stand-in principal whose ids are parameters (``caller_params`` supplies them). The shapes
# are few (models x roles x the loader options repositories define as constants); the bound
# keeps an unexpected caller from growing the cache without end.
_CALLER_ID, _CALLER_PARTNERSHIP, _CALLER_AGENCY, _RECORD_ID = (
    "cspr_caller_id",
    "cspr_caller_partnership_id",
    "cspr_caller_agency_id",
    "cspr_record_id",
)
_TEMPLATES: dict[tuple[Any, ...], AnySelect] = {}
_MAX_TEMPLATES = 256


def templated(
    key: tuple[Any, ...], principal: Principal, build: Callable[[Principal], AnySelect]
) -> AnySelect:
    """The statement ``build`` makes for callers shaped like ``principal``, built once.
    ``build`` must take every id of the caller from the principal it is given, and every
    other value from a named ``bindparam``; execute the result with ``caller_params``."""
    # agency_id's presence is part of the shape: a rule may ask whether there is one.
    full_key = (*key, principal.kind, principal.role, principal.agency_id is None)
    statement = _TEMPLATES.get(full_key)
    if statement is None:
        stand_in = replace(
            principal,
            id=cast(Any, bindparam(_CALLER_ID)),
            partnership_id=cast(Any, bindparam(_CALLER_PARTNERSHIP)),
            agency_id=None if principal.agency_id is None else cast(Any, bindparam(_CALLER_AGENCY)),
        )
        statement = build(stand_in)
        if len(_TEMPLATES) < _MAX_TEMPLATES:
            _TEMPLATES[full_key] = statement
    return statement


def caller_params(principal: Principal, **values: Any) -> dict[str, Any]:
    """The bound values for a ``templated`` statement: the caller's ids, and ``values``."""
    return {
        _CALLER_ID: principal.id,
        _CALLER_PARTNERSHIP: principal.partnership_id,
        _CALLER_AGENCY: principal.agency_id,
        **values,
    }


def _by_id(
    model: type[Any], options: tuple[ExecutableOption, ...], for_update: bool
) -> Callable[[Principal], AnySelect]:
    def build(stand_in: Principal) -> AnySelect:
        statement = (
            readable(select(model), model, stand_in)
            .where(model.id == bindparam(_RECORD_ID))
            .options(*options)
        )
        return statement.with_for_update() if for_update else statement

    return build


def was_reached(session: Session, principal: Principal, model: type[Any], record_id: Any) -> bool:
    """Whether ``get_readable`` loaded this record for ``principal`` in this session (one
    request's), so the caller is known to reach it."""
    return (model, record_id, principal) in session.info.get(_REACHED, ())
