"""Fictional demo data: the Demoshire Safeguarding Children Partnership.

Every name, address and e-mail here is invented (.example is reserved for examples and never
delivers mail). Made through the services, as over HTTP: the partnership (which no endpoint
creates) and its first administrator are made directly, unaudited, as the command line makes
them; the administrator then adds the agencies and the other users."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.figures.demo import seed_figures_demo
from api.learning.service import default_themes
from api.members.duties import DEFAULT_TEMPLATE_VERSION, default_template_duties
from api.members.models import ChecklistTemplate
from api.partnerships import service as agencies_service
from api.partnerships.models import AgencyKind, Partnership
from api.partnerships.schemas import AgencyCreate
from api.reviews.demo import acting_as, seed_demo_reviews, seed_request
from api.reviews.demo_stages import seed_later_reviews
from api.security.roles import Role
from api.users import service as users_service
from api.users.schemas import UserCreate

DEMO_CODE = "DSCP"
# The demo partnership adds one duty of its own to the seed document's, set by hand.
LOCAL_DUTY = {
    "duty": "local_senior_lead_briefed",
    "title": "Your agency's senior safeguarding lead briefed on the review",
}
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
    default_themes(session, partnership.id)
    session.add(
        ChecklistTemplate(
            partnership_id=partnership.id,
            version=DEFAULT_TEMPLATE_VERSION,
            duties=[*default_template_duties(), LOCAL_DUTY],
        )
    )
    (admin_name, admin_email, admin_role, _), *others = USERS
    admin = users_service.create_first_admin(
        session,
        partnership.id,
        UserCreate(email=admin_email, name=admin_name, role=admin_role, password=DEMO_PASSWORD),
    )
    as_admin, request = acting_as(admin), seed_request()
    agencies = [
        agencies_service.create_agency(session, as_admin, request, AgencyCreate(name=n, kind=k))
        for n, k in AGENCIES
    ]
    users = [admin]
    for name, email, role, agency_index in others:
        body = UserCreate(
            email=email,
            name=name,
            role=role,
            agency_id=agencies[agency_index].id if agency_index is not None else None,
            password=DEMO_PASSWORD,
        )
        users.append(users_service.create_user(session, as_admin, request, body))
    seed_demo_reviews(session, partnership, agencies, users)
    seed_later_reviews(session, partnership, users)
    seed_figures_demo(session, partnership, agencies, users)
    return demo_logins()
