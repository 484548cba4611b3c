"""The statutory clock: working days, deadline rules as data, and computed deadlines.

Pure Python (no database, no web framework) so that it can be tested exhaustively and reused
by the API, background jobs and reports alike. See PRODUCT.md section 3.
"""

from api.statutory.calendar import ENGLAND, WorkingDayCalendar, add_calendar_months, add_years
from api.statutory.deadlines import (
    Deadline,
    DeadlineStatus,
    ReviewDates,
    compute_deadlines,
    due_date,
)
from api.statutory.rules import (
    MAX_PARAM_VALUE,
    RULE_SETS,
    WT2023,
    Anchor,
    Counting,
    IncidentKind,
    MetBy,
    Rule,
    RuleSet,
    rule_set_as_dict,
    with_overrides,
)

__all__ = [
    "ENGLAND",
    "MAX_PARAM_VALUE",
    "RULE_SETS",
    "WT2023",
    "Anchor",
    "Counting",
    "Deadline",
    "DeadlineStatus",
    "IncidentKind",
    "MetBy",
    "ReviewDates",
    "Rule",
    "RuleSet",
    "WorkingDayCalendar",
    "add_calendar_months",
    "add_years",
    "compute_deadlines",
    "due_date",
    "rule_set_as_dict",
    "with_overrides",
]
