"""Domain errors: what services, repositories and the review policy raise when a rule refuses.

They name what went wrong in the domain's words and carry no HTTP status; ``api.errors``
alone maps each kind to a problem document and its status (``DOMAIN_STATUSES``). This module
imports nothing from the web layer, so any service can raise them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Invalidity:
    """One field a rule refused: its dotted path (``body.agency_id``), why, and a code."""

    field: str
    message: str
    code: str = "invalid"


class DomainError(Exception):
    """Base of every refusal a service raises.

    ``detail`` is the sentence a person reads; ``slug`` names the problem ``type``
    (``/problems/<slug>``); ``extra`` adds members to the problem document
    (reasons, the conflicting records' references).
    """

    default_slug = "error"

    def __init__(
        self,
        detail: str,
        *,
        slug: str | None = None,
        headers: Mapping[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.slug = slug or self.default_slug
        self.headers = dict(headers or {})
        self.extra = extra


class NotFound(DomainError):
    """The record does not exist, or is out of the caller's reach (the two look the same)."""

    default_slug = "not-found"

    def __init__(self, what: str = "record", **extra: Any) -> None:
        super().__init__(f"No such {what}.", **extra)
        self.what = what


class Forbidden(DomainError):
    """The caller reaches the record but their role may not do this to it."""

    default_slug = "forbidden"


class Conflict(DomainError):
    """The request is well formed but clashes with the record's current state."""

    default_slug = "conflict"


class PreconditionUnmet(Conflict):
    """The record's state does not yet allow this step; ``unmet`` lists what is missing in
    the domain's words (a lifecycle transition before its prerequisites, say): sentences, or
    records naming each prerequisite (a code, its message, whether it may be waived)."""

    default_slug = "precondition-unmet"

    def __init__(self, detail: str, unmet: Iterable[str | Mapping[str, Any]], **extra: Any) -> None:
        missing = list(unmet)
        super().__init__(detail, unmet=missing, **extra)
        self.unmet = missing


class Invalid(DomainError):
    """One or more fields break a rule the schema cannot express (an unknown agency, dates
    out of order)."""

    default_slug = "validation"

    def __init__(
        self,
        detail: str,
        invalidities: Iterable[Invalidity] = (),
        *,
        slug: str | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail, slug=slug, **extra)
        self.invalidities = list(invalidities)

    @classmethod
    def field(cls, field: str, message: str, code: str = "invalid", **extra: Any) -> Invalid:
        """One refused field, its message doubling as the detail."""
        return cls(message, [Invalidity(field, message, code)], **extra)


class PreconditionRequired(DomainError):
    """A change arrived without naming the version it was made against (no If-Match)."""

    default_slug = "precondition-required"


class PreconditionFailed(DomainError):
    """A change named a version the record has moved on from."""

    default_slug = "precondition-failed"


class TooManyAttempts(DomainError):
    """Guessing throttled: try again after ``retry_after`` seconds."""

    default_slug = "too-many-requests"

    def __init__(self, detail: str, retry_after: int, **extra: Any) -> None:
        super().__init__(detail, headers={"Retry-After": str(retry_after)}, **extra)
        self.retry_after = retry_after
