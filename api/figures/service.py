"""The partnership's annual figures, for the yearly report a safeguarding partnership
publishes: counts only, no personal data.

Who reads them: the partnership's administrators, its lead reviewers and its viewers (the
executive and scrutineers the figures are for), over the whole partnership. Members and
agency systems do not: their reach is the reviews their agency sits on, and partnership-wide
counts would tell them of reviews the rest of the API answers 404 for (403 here: the function
is not theirs, whatever the records).

The period is inclusive; by default the last complete reporting year (1 April to 31 March);
given one bound, the year from (or to) it.
Timeliness uses the partnership's rule set with its overrides and England's working-day
calendar: a Rapid Review is in time when sent no later than the rule's due date counted from
the day the partnership became aware. Time to publication is in calendar days from the
decision to publication (the statutory clock for publication counts calendar months).
"""

from __future__ import annotations

import statistics
from datetime import date, timedelta

from sqlalchemy.orm import Session

from api.actions.models import ActionStatus
from api.actions.rag import Rag
from api.clock import clock
from api.domain_errors import Forbidden, Invalid
from api.figures import repository
from api.figures.schemas import (
    ActionFigures,
    Count,
    Decisions,
    FiguresOut,
    Lcsprs,
    Learning,
    Notifications,
    RapidReviews,
    ThemeCount,
    TimeToPublication,
)
from api.reviews.deadlines import rule_set_for
from api.reviews.models import Decision
from api.security.principal import Principal
from api.security.roles import Role
from api.statutory import IncidentKind
from api.statutory.calendar import add_years
from api.statutory.deadlines import due_date

READERS = frozenset({Role.partnership_admin, Role.lead_reviewer, Role.viewer})
RAPID_REVIEW_RULE = "rapid_review_to_panel"
PUBLICATION_RULE = "lcspr_published"


def ensure_reader(principal: Principal) -> None:
    if principal.kind != "user" or principal.role not in READERS:
        raise Forbidden(
            "The annual figures are for the partnership's administrators, lead reviewers "
            "and executive."
        )


def reporting_year(today: date) -> tuple[date, date]:
    """The last complete reporting year (1 April to 31 March) before ``today``."""
    end_year = today.year if today.month >= 4 else today.year - 1
    return date(end_year - 1, 4, 1), date(end_year, 3, 31)


def period(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The asked period: with neither bound, the last reporting year; with one, the year
    from (or to) it; 422 if the start is after the end."""
    if start is None and end is None:
        return reporting_year(today)
    if start is None:
        assert end is not None
        start = add_years(end, -1) + timedelta(days=1)
    if end is None:
        end = add_years(start, 1) - timedelta(days=1)
    if start > end:
        raise Invalid.field("query.from", "The period's start is after its end.", "after_end")
    return start, end


def _counts(found: dict[str, int], keys: list[str]) -> list[Count]:
    return [Count(key=k, count=found.get(k, 0)) for k in keys]


def figures(
    session: Session, principal: Principal, start: date | None, end: date | None
) -> FiguresOut:
    ensure_reader(principal)
    today = clock.today()
    start, end = period(start, end, today)
    rules = rule_set_for(repository.partnership(session, principal))
    rapid_rule, publication_rule = rules.rule(RAPID_REVIEW_RULE), rules.rule(PUBLICATION_RULE)

    notified = repository.notifications(session, principal, start, end)
    sent = repository.rapid_reviews(session, principal, start, end)
    in_time = sum(n for aware, on, n in sent if on <= due_date(rapid_rule, aware))
    decided = repository.decisions(session, principal, start, end)
    published, spans = repository.published(session, principal, start, end)
    days = [(on - decided_on).days for decided_on, on, n in spans for _ in range(n)]
    status_rag = repository.actions(session, principal, today)
    by_status: dict[str, int] = {}
    by_rag: dict[str, int] = {}
    for status, rag, n in status_rag:
        by_status[status] = by_status.get(status, 0) + n
        by_rag[rag] = by_rag.get(rag, 0) + n
    themes = repository.learning(session, principal, start, end)

    return FiguresOut(
        period_from=start,
        period_to=end,
        notifications=Notifications(
            total=sum(notified.values()),
            by_incident_kind=_counts(notified, [k.value for k in IncidentKind]),
        ),
        rapid_reviews=RapidReviews(
            sent=sum(n for _, _, n in sent),
            within_deadline=in_time,
            late=sum(n for _, _, n in sent) - in_time,
            working_days=rapid_rule.amount,
            rule=rapid_rule.name,
        ),
        decisions=Decisions(
            total=sum(decided.values()),
            by_decision=_counts(decided, [d.value for d in Decision]),
        ),
        lcsprs=Lcsprs(started=decided.get(Decision.lcspr.value, 0), published=published),
        time_to_publication=TimeToPublication(
            published=len(days),
            median_days=statistics.median(days) if days else None,
            max_days=max(days) if days else None,
            within_deadline=sum(
                n for decided_on, on, n in spans if on <= due_date(publication_rule, decided_on)
            ),
            months=publication_rule.amount,
        ),
        actions=ActionFigures(
            as_of=today,
            total=sum(by_status.values()),
            by_rag=_counts(by_rag, [r.value for r in Rag]),
            by_status=_counts(by_status, [s.value for s in ActionStatus]),
        ),
        learning=Learning(
            total=sum(n for _, _, n in themes),
            by_theme=[ThemeCount(theme_id=i, name=name, count=n) for i, name, n in themes],
        ),
    )
