"""Fictional demo data: the Demoshire Safeguarding Children Partnership.

Every name, address and e-mail here is invented (.example is reserved for examples and never
delivers mail)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.partnerships.models import Agency, AgencyKind, Partnership
from api.reviews.demo import seed_demo_reviews
from api.security.passwords import hash_password
from api.security.roles import Role
from api.users.models import User

DEMO_CODE = "DSCP"
DEMO_PASSWORD = "demo-password-1"  # noqa: S105 - published demo login, fictional data only

AGENCIES = [
    ("Demoshire County Council Children's Services", AgencyKind.local_authority),
    ("Demoshire Constabulary", AgencyKind.police),
    ("Demoshire Integrated Care Board", AgencyKind.health),
    ("Oakvale Learning Trust", AgencyKind.education),
]


@dataclass(frozen=True)
class DemoLogin:
    email: str
    role: Role
    agency: str | None


USERS = [
    ("Ada Admin", "admin@demoshire.example", Role.partnership_admin, None),
    ("Lee Reviewer", "lead.reviewer@demoshire.example", Role.lead_reviewer, None),
    ("Morgan Member", "member.council@demoshire.example", Role.member, 0),
    ("Pat Constable", "member.police@demoshire.example", Role.member, 1),
    ("Harper Health", "member.health@demoshire.example", Role.member, 2),
    ("Sam School", "member.school@demoshire.example", Role.member, 3),
    ("Vic Viewer", "viewer@demoshire.example", Role.viewer, None),
]


def demo_logins() -> list[DemoLogin]:
    return [
        DemoLogin(email, role, AGENCIES[index][0] if index is not None else None)
        for _name, email, role, index in USERS
    ]


def seed_demo(session: Session) -> list[DemoLogin] | None:
    """Create the demo partnership once; returns its logins, or None if it already exists."""
    if session.scalars(select(Partnership).where(Partnership.code == DEMO_CODE)).first():
        return None
    partnership = Partnership(
        code=DEMO_CODE,
        name="Demoshire Safeguarding Children Partnership",
        contact_directory=[
            {
                "name": "Ada Admin",
                "role": "Partnership Business Co-ordinator",
                "email": "business.unit@demoshire.example",
            },
            {
                "name": "Dev Officer",
                "role": "Development Officer",
                "email": "development.officer@demoshire.example",
            },
        ],
    )
    session.add(partnership)
    session.flush()
    agencies = [Agency(partnership_id=partnership.id, name=n, kind=k) for n, k in AGENCIES]
    session.add_all(agencies)
    session.flush()
    password_hash = hash_password(DEMO_PASSWORD)
    logins = []
    users = []
    for name, email, role, agency_index in USERS:
        agency = agencies[agency_index] if agency_index is not None else None
        user = User(
            partnership_id=partnership.id,
            agency_id=agency.id if agency else None,
            email=email,
            name=name,
            role=role,
            password_hash=password_hash,
        )
        session.add(user)
        users.append(user)
        logins.append(DemoLogin(email, role, agency.name if agency else None))
    session.flush()
    seed_demo_reviews(session, partnership, agencies, users)
    return logins
