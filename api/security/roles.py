"""The roles people hold in a partnership (PRODUCT.md section 6). Here, not with the user
accounts, so that security (scopes, the caller, record rules) depends on no domain package."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    partnership_admin = "partnership_admin"
    lead_reviewer = "lead_reviewer"
    member = "member"
    viewer = "viewer"
