"""How each table's records are reached, declared on its model as ``__scoping__``.

Every mapped table declares one (``tests/security/test_scoping_rules.py`` walks the metadata),
and ``api.security.scoping.readable`` refuses a model that has none: forgetting a rule fails
loudly instead of falling back to "anything in the partnership". This module imports nothing,
so any model (the audit log's included) can declare its reach without an import cycle.
"""

from __future__ import annotations

import enum


class Reach(enum.Enum):
    """The kinds of record rule a model declares."""

    # Any record of the caller's partnership (its ``partnership_id``): top-level tenant data.
    partnership = "partnership"
    # The caller's own partnership row, and no other (``Partnership`` itself).
    own_partnership = "own_partnership"
    # The partnership, then a rule of the model's own, given to ``scoping.register`` by the
    # domain that owns it (reviews; review children through ``api.reviews.children``).
    rule = "rule"
    # Never read through scoping (tokens, counters, stored responses): ``readable`` refuses it,
    # so it cannot become reachable by accident.
    not_read = "not_read"
