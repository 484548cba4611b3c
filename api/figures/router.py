"""HTTP for the partnership's annual figures."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import DbSession, ReviewsReader
from api.errors import problem_responses
from api.figures import service
from api.figures.schemas import FiguresOut
from api.schemas import IsoDate

router = APIRouter(
    prefix="/api/v1/figures",
    tags=["annual figures"],
    responses=problem_responses(400, 401, 403, 422),
)


@router.get(
    "",
    response_model=FiguresOut,
    summary="The partnership's annual figures, for its yearly report",
    description="Counts only, no personal data, over the caller's whole partnership, for "
    "the period `from` to `to` inclusive (by default the last complete reporting year, "
    "1 April to 31 March; given only one of them, the year from or to it; `from` after `to` "
    "is 422): notifications made (the SIN, or for a "
    "care leaver's death the notice to the Secretary of State), by incident kind; Rapid "
    "Reviews sent, and how many within the rule's 15 working days of the partnership "
    "becoming aware (England's bank holidays excluded); decisions made, by decision; local "
    "reviews started (a decision to hold one) and published; time from decision to "
    "publication in **calendar days** (median and longest) and how many within 6 calendar "
    "months; every action now by RAG and by status; learning that emerged in the period by "
    "theme (withdrawn items left out). Read by the partnership's administrators, lead "
    "reviewers and viewers; members and agency systems are refused (403): their reach is "
    "the reviews their agency sits on, and partnership-wide counts would disclose reviews "
    "they may not see.",
)
def annual_figures(
    session: DbSession,
    principal: ReviewsReader,
    start: Annotated[
        IsoDate | None,
        Query(alias="from", description="First day, `YYYY-MM-DD`", examples=["2025-04-01"]),
    ] = None,
    end: Annotated[
        IsoDate | None,
        Query(alias="to", description="Last day, `YYYY-MM-DD`", examples=["2026-03-31"]),
    ] = None,
) -> FiguresOut:
    return service.figures(session, principal, start, end)
