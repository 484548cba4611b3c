"""Scopes admit functions (PRODUCT.md §6); which records a caller reaches is decided elsewhere."""

from __future__ import annotations

import enum

from api.security.roles import Role


class Scope(enum.StrEnum):
    reviews_read = "reviews:read"
    reviews_write = "reviews:write"
    checklists_write = "checklists:write"
    practitioners_read = "practitioners:read"
    practitioners_write = "practitioners:write"
    alerts_write = "alerts:write"
    actions_read = "actions:read"
    actions_write = "actions:write"
    evidence_write = "evidence:write"
    audit_read = "audit:read"
    admin = "admin"


SCOPE_DESCRIPTIONS: dict[str, str] = {
    Scope.reviews_read: "Read reviews the caller may reach",
    Scope.reviews_write: "Create and change reviews",
    Scope.checklists_write: "Update review team members' duty checklists",
    Scope.practitioners_read: "Read practitioner contacts",
    Scope.practitioners_write: "Add and change practitioner contacts",
    Scope.alerts_write: "Confirm record alerts for review subjects",
    Scope.actions_read: "Read learning action plans",
    Scope.actions_write: "Change learning action plans",
    Scope.evidence_write: "Submit evidence against actions",
    Scope.audit_read: "Read the audit trail",
    Scope.admin: "Administer users, agencies and API clients",
}

AGENCY_SYSTEM = "agency_system"

ROLE_SCOPES: dict[str, frozenset[str]] = {
    Role.partnership_admin: frozenset(Scope),
    Role.lead_reviewer: frozenset(
        {
            Scope.reviews_read,
            Scope.reviews_write,
            Scope.checklists_write,
            Scope.practitioners_read,
            Scope.actions_read,
            Scope.actions_write,
        }
    ),
    Role.member: frozenset(
        {
            Scope.reviews_read,
            Scope.checklists_write,
            Scope.practitioners_read,
            Scope.practitioners_write,
            Scope.alerts_write,
            Scope.actions_read,
            Scope.evidence_write,
        }
    ),
    Role.viewer: frozenset({Scope.reviews_read, Scope.actions_read}),
    # The most an agency's own system may ever be granted; each client gets a subset.
    AGENCY_SYSTEM: frozenset(
        {
            Scope.reviews_read,
            Scope.practitioners_read,
            Scope.practitioners_write,
            Scope.alerts_write,
            Scope.actions_read,
            Scope.evidence_write,
        }
    ),
}


def parse_scope(value: str | None) -> set[str] | None:
    if value is None or not value.strip():
        return None
    return set(value.split())


def grant(role: str, requested: set[str] | None, allowed: frozenset[str] | None = None) -> set[str]:
    """Scopes to put in a token: what the role (and client) allows, narrowed by the request.

    Raises ValueError naming scopes the caller asked for but may not have.
    """
    ceiling = set(ROLE_SCOPES[role])
    if allowed is not None:
        ceiling &= allowed
    if requested is None:
        return ceiling
    refused = requested - ceiling
    if refused:
        raise ValueError(" ".join(sorted(refused)))
    return requested
