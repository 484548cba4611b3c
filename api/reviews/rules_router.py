"""The statutory rule set in force for the caller's partnership, and its local overrides."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from api.audit import service as audit
from api.concurrency import check_if_match, set_etag
from api.deps import Admin, DbSession
from api.errors import ProblemError, problem_responses
from api.reviews.deadlines import rule_set_for
from api.reviews.schemas import RuleOverrides, RuleSetOut
from api.reviews.service import partnership_of, refresh_partnership_deadlines
from api.schemas import FieldError
from api.statutory import RULE_SETS, rule_set_as_dict, with_overrides

router = APIRouter(
    prefix="/api/v1/partnership",
    tags=["partnership"],
    responses=problem_responses(400, 401, 403, 422),
)


@router.get(
    "/rules",
    response_model=RuleSetOut,
    summary="The statutory rule set in force, with the partnership's overrides",
)
def get_rules(response: Response, session: DbSession, principal: Admin) -> RuleSetOut:
    partnership = partnership_of(session, principal)
    set_etag(response, partnership.version)
    return RuleSetOut.model_validate(rule_set_as_dict(rule_set_for(partnership)))


@router.put(
    "/rules",
    response_model=RuleSetOut,
    summary="Replace the partnership's overrides",
    description="A local agreement may change a rule's parameters (e.g. the SIN within "
    "3 working days); the rule keeps its name. Send `If-Match` with the ETag of "
    "`GET /partnership/rules`. Every review's next deadline is recomputed. Audited.",
    responses=problem_responses(412, 413, 415, 428),
)
def put_rules(
    request: Request, response: Response, session: DbSession, principal: Admin, body: RuleOverrides
) -> RuleSetOut:
    partnership = partnership_of(session, principal)
    check_if_match(request, partnership.version)
    try:
        rule_set = with_overrides(RULE_SETS[partnership.rule_set], body.overrides)
    except ValueError as exc:
        raise ProblemError(
            422,
            str(exc),
            slug="validation",
            errors=[FieldError(field="body.overrides", message=str(exc), code="invalid_override")],
        ) from exc
    before = dict(partnership.rule_overrides or {})
    partnership.rule_overrides = {k: dict(v) for k, v in body.overrides.items()}
    session.flush()
    changed = refresh_partnership_deadlines(session, partnership)
    audit.record(
        session,
        "partnership.rules_update",
        principal=principal,
        request=request,
        record_type="partnership",
        record_id=partnership.id,
        details={
            "rule_set": partnership.rule_set,
            "before": before,
            "after": partnership.rule_overrides,
            "reviews_changed": changed,
        },
    )
    set_etag(response, partnership.version)
    return RuleSetOut.model_validate(rule_set_as_dict(rule_set))
