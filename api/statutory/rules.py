"""Statutory deadline rules, held as data.

Each rule says what it counts (working days after/before, calendar months, years), from which
review date (its *anchor*), with which parameters, which review date shows it was met, which
incident kinds it applies to and in which lifecycle statuses it is pursued.
:mod:`api.statutory.deadlines` interprets rules; adding or changing a deadline is a change to
the data below, not to the interpreter.

Partnerships may override a rule's parameters (e.g. a local agreement to send the SIN within
3 working days) with :func:`with_overrides`; the rule's name stays the same so that every
computed deadline can still name the rule that produced it.

Source references name the chapter of *Working Together to Safeguard Children 2023* (chapter 5,
"Learning from serious child safeguarding incidents"). Paragraph numbers are deliberately not
quoted: they should be confirmed against the published text before being shown to users.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, NoReturn, TypeVar

__all__ = [
    "LIFECYCLE_STATUSES",
    "MAX_PARAM_VALUE",
    "RULE_SETS",
    "WT2023",
    "Anchor",
    "Counting",
    "FrozenDict",
    "IncidentKind",
    "MetBy",
    "Rule",
    "RuleSet",
    "rule_set_as_dict",
    "with_overrides",
]

_K = TypeVar("_K")
_V = TypeVar("_V")


class FrozenDict(dict[_K, _V]):
    """A read-only dict for rule parameters and overrides.

    The shared rule sets must not be altered through a stray ``rule.params[...] = ...``, but
    they must still copy, pickle, ``dataclasses.asdict`` and JSON-encode like a dict (a
    ``MappingProxyType`` does not: it cannot be pickled or deep-copied).
    """

    def _read_only(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("rule parameters are read-only; use with_overrides()")

    __setitem__ = _read_only
    __delitem__ = _read_only
    __ior__ = _read_only
    clear = _read_only
    pop = _read_only
    popitem = _read_only
    setdefault = _read_only
    update = _read_only

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __reduce__(self) -> tuple[type[FrozenDict[_K, _V]], tuple[dict[_K, _V]]]:
        return (type(self), (dict(self),))

    def __copy__(self) -> FrozenDict[_K, _V]:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> FrozenDict[_K, _V]:
        return self


MAX_PARAM_VALUE = 1000
"""Largest accepted parameter value; anything bigger is a typing slip, not a local agreement."""


class Counting(StrEnum):
    """How a rule turns its anchor date into a due date."""

    WORKING_DAYS_AFTER = "working_days_after"
    WORKING_DAYS_BEFORE = "working_days_before"
    CALENDAR_MONTHS_AFTER = "calendar_months_after"
    YEARS_AFTER = "years_after"
    # A notification duty rather than a review step; counted like working_days_after.
    NOTIFICATION_ONLY = "notification_only"


class Anchor(StrEnum):
    """The review date a rule counts from (a field of ``ReviewDates``)."""

    INCIDENT_ON = "incident_on"
    BECAME_AWARE_ON = "became_aware_on"
    DECISION_ON = "decision_on"
    PLANNED_PUBLICATION_ON = "planned_publication_on"
    PUBLISHED_ON = "published_on"


class MetBy(StrEnum):
    """The review date that, once set, means a rule's deadline has been met."""

    SIN_SENT_ON = "sin_sent_on"
    RAPID_REVIEW_SENT_ON = "rapid_review_sent_on"
    PUBLISHED_ON = "published_on"
    FINAL_REPORT_SENT_ON = "final_report_sent_on"
    CARE_LEAVER_NOTIFIED_ON = "care_leaver_notified_on"


class IncidentKind(StrEnum):
    DEATH = "death"
    SERIOUS_HARM = "serious_harm"
    CARE_LEAVER_DEATH = "care_leaver_death"


LIFECYCLE_STATUSES: tuple[str, ...] = (
    "notified",
    "rapid_review",
    "awaiting_decision",
    "no_review",
    "national_review",
    "scoping",
    "in_review",
    "drafting",
    "publication",
    "published",
    "not_published",
    "monitoring",
    "closed",
)
"""The review statuses of PRODUCT.md section 5, by value (``ReviewStatus`` holds the same; a
test keeps the two equal). Rules name statuses as these strings so that this package stays
free of the database models."""


PARAM_FOR_COUNTING: Mapping[Counting, str] = MappingProxyType(
    {
        Counting.WORKING_DAYS_AFTER: "working_days",
        Counting.WORKING_DAYS_BEFORE: "working_days",
        Counting.CALENDAR_MONTHS_AFTER: "months",
        Counting.YEARS_AFTER: "years",
        Counting.NOTIFICATION_ONLY: "working_days",
    }
)
"""The one parameter each counting method needs."""


def _check_param_value(where: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{where} must be a whole number, got {value!r}")
    if value < 1:
        raise ValueError(f"{where} must be at least 1, got {value}")
    if value > MAX_PARAM_VALUE:
        raise ValueError(f"{where} must be at most {MAX_PARAM_VALUE}, got {value}")
    return value


@dataclass(frozen=True, kw_only=True)
class Rule:
    """One statutory deadline.

    ``met_by`` is None for a *hold period* rule ("report kept published until at least 1 year
    after publication"): nothing is sent to meet it, the duty is to keep doing something until
    the due date, so it is ``due`` until that date and ``met`` from it.

    ``only_when_decision`` restricts a rule to reviews whose decision has that value: the
    LCSPR publication deadline only exists once the partnership has decided to hold an LCSPR.

    ``applies_in`` names the lifecycle statuses in which the deadline is pursued. In any other
    status nothing is owed on it: it shows ``met`` if what meets it happened, and otherwise
    ``not_applicable``, never ``due`` or ``overdue`` (a review that was not published owes no
    publication; a closed one owes nothing).
    """

    name: str
    title: str
    source: str
    counting: Counting
    anchor: Anchor
    params: Mapping[str, int] = field(hash=False)
    met_by: MetBy | None
    applies_to: frozenset[IncidentKind]
    applies_in: frozenset[str]
    only_when_decision: str | None = None

    def __post_init__(self) -> None:
        needed = PARAM_FOR_COUNTING[self.counting]
        if set(self.params) != {needed}:
            raise ValueError(
                f"rule {self.name!r} counts {self.counting.value} and needs exactly the "
                f"parameter {needed!r}, got {sorted(self.params)}"
            )
        _check_param_value(f"rule {self.name!r} parameter {needed!r}", self.params[needed])
        if not self.applies_to:
            raise ValueError(f"rule {self.name!r} applies to no incident kind")
        unknown = sorted(set(self.applies_in) - set(LIFECYCLE_STATUSES))
        if unknown or not self.applies_in:
            raise ValueError(
                f"rule {self.name!r} must apply in at least one lifecycle status, "
                f"and only in known ones (unknown: {unknown})"
            )
        # Freeze the mapping so that a shared rule set cannot be altered through a Rule.
        object.__setattr__(self, "params", FrozenDict(self.params))
        object.__setattr__(self, "applies_to", frozenset(self.applies_to))
        object.__setattr__(self, "applies_in", frozenset(self.applies_in))

    @property
    def amount(self) -> int:
        """The rule's single count (working days, months or years)."""
        return self.params[PARAM_FOR_COUNTING[self.counting]]


@dataclass(frozen=True, kw_only=True)
class RuleSet:
    """A named, versioned collection of rules, plus any partnership overrides applied to it."""

    code: str
    title: str
    rules: tuple[Rule, ...]
    overrides: Mapping[str, Mapping[str, int]] = field(
        default_factory=FrozenDict[str, Mapping[str, int]], hash=False
    )

    def __post_init__(self) -> None:
        names = [rule.name for rule in self.rules]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"rule set {self.code!r} has duplicate rule names: {duplicates}")
        object.__setattr__(self, "rules", tuple(self.rules))
        object.__setattr__(
            self,
            "overrides",
            FrozenDict({name: FrozenDict(p) for name, p in self.overrides.items()}),
        )

    def rule(self, name: str) -> Rule:
        """Look a rule up by name; ``KeyError`` if the rule set has no such rule."""
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise KeyError(name)

    @property
    def rule_names(self) -> tuple[str, ...]:
        return tuple(rule.name for rule in self.rules)


_REVIEWABLE = frozenset({IncidentKind.DEATH, IncidentKind.SERIOUS_HARM})
# Where each step of PRODUCT.md section 5 is pursued: from notification until the step that
# settles it (its anchor and decision already say whether it has begun). The notification and
# the Rapid Review are settled by the decision; the LCSPR's publication by the report being
# published or not (a review that is not published owes no publication); the final report
# just after publication (an administrator may have published without it). The report is
# kept published for as long as the review lasts and after it closes. Terminal statuses
# pursue nothing that can fall overdue.
_UNTIL_DECISION = frozenset({"notified", "rapid_review", "awaiting_decision"})
_UNTIL_PUBLICATION = _UNTIL_DECISION | {"scoping", "in_review", "drafting", "publication"}
_REPORT_PUBLISHED = frozenset({"published", "monitoring", "closed"})
_WT2023_CH5 = "Working Together to Safeguard Children 2023, chapter 5"

WT2023 = RuleSet(
    code="WT2023",
    title="Working Together to Safeguard Children 2023",
    rules=(
        Rule(
            name="sin_to_panel",
            title="Serious Incident Notification sent to the Child Safeguarding Practice "
            "Review Panel",
            source=f"{_WT2023_CH5} (notifying serious incidents to the Panel)",
            counting=Counting.WORKING_DAYS_AFTER,
            anchor=Anchor.BECAME_AWARE_ON,
            params={"working_days": 5},
            met_by=MetBy.SIN_SENT_ON,
            applies_to=_REVIEWABLE,
            applies_in=_UNTIL_DECISION,
        ),
        Rule(
            name="rapid_review_to_panel",
            title="Rapid Review completed and sent to the Panel",
            source=f"{_WT2023_CH5} (rapid reviews)",
            counting=Counting.WORKING_DAYS_AFTER,
            anchor=Anchor.BECAME_AWARE_ON,
            params={"working_days": 15},
            met_by=MetBy.RAPID_REVIEW_SENT_ON,
            applies_to=_REVIEWABLE,
            applies_in=_UNTIL_DECISION,
        ),
        Rule(
            name="lcspr_published",
            title="Local child safeguarding practice review completed and published",
            source=f"{_WT2023_CH5} (local child safeguarding practice reviews)",
            counting=Counting.CALENDAR_MONTHS_AFTER,
            anchor=Anchor.DECISION_ON,
            params={"months": 6},
            met_by=MetBy.PUBLISHED_ON,
            applies_to=_REVIEWABLE,
            applies_in=_UNTIL_PUBLICATION,
            only_when_decision="lcspr",
        ),
        Rule(
            name="final_report_to_panel_and_secretary_of_state",
            title="Final report sent to the Panel and the Secretary of State",
            source=f"{_WT2023_CH5} (publication of local reviews)",
            counting=Counting.WORKING_DAYS_BEFORE,
            anchor=Anchor.PLANNED_PUBLICATION_ON,
            params={"working_days": 7},
            met_by=MetBy.FINAL_REPORT_SENT_ON,
            applies_to=_REVIEWABLE,
            applies_in=_UNTIL_PUBLICATION | {"published"},
        ),
        Rule(
            name="report_kept_published",
            title="Report kept published until at least",
            source=f"{_WT2023_CH5} (publication of local reviews)",
            counting=Counting.YEARS_AFTER,
            anchor=Anchor.PUBLISHED_ON,
            params={"years": 1},
            met_by=None,
            applies_to=_REVIEWABLE,
            applies_in=_REPORT_PUBLISHED,
        ),
        Rule(
            name="care_leaver_death_notification",
            title="Death of a care leaver notified to the Secretary of State and Ofsted",
            # The guidance sets no period for this notification; 5 working days mirrors the
            # SIN period and is a CSPR Hub default that partnerships may override.
            source=f"{_WT2023_CH5} (deaths of care leavers up to age 24); the 5 working day "
            "period is a CSPR Hub default, not a statutory limit",
            counting=Counting.NOTIFICATION_ONLY,
            anchor=Anchor.BECAME_AWARE_ON,
            params={"working_days": 5},
            met_by=MetBy.CARE_LEAVER_NOTIFIED_ON,
            applies_to=frozenset({IncidentKind.CARE_LEAVER_DEATH}),
            applies_in=frozenset({"notified"}),
        ),
    ),
)
"""The rule set of Working Together to Safeguard Children 2023 (PRODUCT.md section 3)."""

RULE_SETS: Mapping[str, RuleSet] = MappingProxyType({WT2023.code: WT2023})
"""Rule sets a partnership can have in force, by code."""


def with_overrides(rule_set: RuleSet, overrides: Mapping[str, Mapping[str, int]]) -> RuleSet:
    """Return a copy of ``rule_set`` with some rules' parameters replaced.

    Overrides are validated here, at the edge, so that a partnership's stored settings can
    never produce a nonsensical deadline: an unknown rule name, a parameter the rule does not
    use, or a value that is not a whole number from 1 to ``MAX_PARAM_VALUE`` raises
    ``ValueError`` naming the offending key. Overrides accumulate: applying them to an already
    overridden rule set keeps earlier overrides unless the same parameter is overridden again.
    """
    by_name = {rule.name: rule for rule in rule_set.rules}
    for rule_name, params in overrides.items():
        if rule_name not in by_name:
            raise ValueError(
                f"unknown rule {rule_name!r} in overrides for rule set {rule_set.code!r}; "
                f"known rules: {', '.join(sorted(by_name))}"
            )
        if not isinstance(params, Mapping):
            raise ValueError(f"overrides for rule {rule_name!r} must be a mapping of parameters")
        allowed = set(by_name[rule_name].params)
        for param, value in params.items():
            if param not in allowed:
                raise ValueError(
                    f"unknown parameter {param!r} for rule {rule_name!r}; "
                    f"it takes: {', '.join(sorted(allowed))}"
                )
            _check_param_value(f"override {rule_name}.{param}", value)

    merged: dict[str, dict[str, int]] = {
        name: dict(params) for name, params in rule_set.overrides.items()
    }
    for rule_name, params in overrides.items():
        merged.setdefault(rule_name, {}).update(params)

    rules = tuple(
        _replace_params(rule, {**rule.params, **overrides[rule.name]})
        if rule.name in overrides
        else rule
        for rule in rule_set.rules
    )
    return RuleSet(code=rule_set.code, title=rule_set.title, rules=rules, overrides=merged)


def _replace_params(rule: Rule, params: Mapping[str, int]) -> Rule:
    return Rule(
        name=rule.name,
        title=rule.title,
        source=rule.source,
        counting=rule.counting,
        anchor=rule.anchor,
        params=params,
        met_by=rule.met_by,
        applies_to=rule.applies_to,
        applies_in=rule.applies_in,
        only_when_decision=rule.only_when_decision,
    )


def _rule_as_dict(rule: Rule) -> dict[str, Any]:
    return {
        "name": rule.name,
        "title": rule.title,
        "source": rule.source,
        "counting": rule.counting.value,
        "anchor": rule.anchor.value,
        "params": dict(rule.params),
        "met_by": rule.met_by.value if rule.met_by is not None else None,
        "applies_to": sorted(kind.value for kind in rule.applies_to),
        "applies_in": [status for status in LIFECYCLE_STATUSES if status in rule.applies_in],
        "only_when_decision": rule.only_when_decision,
    }


def rule_set_as_dict(rule_set: RuleSet) -> dict[str, Any]:
    """A JSON-ready description of a rule set, for the API and for audit records.

    Enum values become their strings, ``applies_to`` is sorted and ``applies_in`` follows the
    lifecycle's order, so the output is stable.
    """
    return {
        "code": rule_set.code,
        "title": rule_set.title,
        "rules": [_rule_as_dict(rule) for rule in rule_set.rules],
        "overrides": {name: dict(params) for name, params in sorted(rule_set.overrides.items())},
    }
