"""Security depends on no domain package: scopes, the caller, tokens and record rules are
read by every domain, so an import the other way would tie them in a knot. Each exception
still standing is listed with its reason, and the test fails when one goes away too, so the
list only shrinks."""

from __future__ import annotations

import ast
from pathlib import Path

import api

SECURITY = Path(api.__file__).parent / "security"
# The packages that model the product's records, as opposed to infrastructure that security
# may use (api.audit, api.db, api.errors, api.config, api.infra, ...).
DOMAIN = {"users", "clients", "partnerships", "reviews", "members", "subjects", "statutory"}
# Sign-in and the caller check on every request read the accounts they authenticate.
KNOWN = {
    ("api.security.callers", "api.clients.models"),
    ("api.security.callers", "api.users.models"),
    ("api.security.service", "api.clients.models"),
    ("api.security.service", "api.users.models"),
}


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_security_imports_no_domain_package() -> None:
    crossing = set()
    for path in sorted(SECURITY.glob("*.py")):
        module = f"api.security.{path.stem}".removesuffix(".__init__")
        for imported in imports_of(path):
            parts = imported.split(".")
            if parts[0] == "api" and len(parts) > 1 and parts[1] in DOMAIN:
                crossing.add((module, imported))
    assert crossing - KNOWN == set(), "security must not import a domain package"
    assert KNOWN - crossing == set(), "no longer imported: take it off KNOWN"
