"""The demo's learning on Child C's review: three items the lead reviewer recorded as they
emerged, under the partnership's default themes. The council shared the first in a 7-minute
briefing and a case audit found it landed; the police shared it at a team meeting and have not
checked it yet; nobody has shared the other two. Every word is invented."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.clock import clock
from api.learning import service
from api.learning.models import (
    DisseminationMethod,
    LandedMethod,
    LandedOutcome,
    LearningItem,
    LearningTheme,
)
from api.learning.schemas import DisseminationCreate, LandedCheck, LearningCreate
from api.reviews.demo import seed_request
from api.reviews.models import Review
from api.security.principal import Principal

# (theme, title, description, emerged this many days before today)
LEARNING: tuple[tuple[str, str, str, int], ...] = (
    (
        "Hearing the voice of the child",
        "Home visits did not include time alone with the child",
        "FICTIONAL DEMO TEXT. Across three agencies, visits were arranged through the parent "
        "and the child was not seen alone, so what the child said was heard through others.",
        60,
    ),
    (
        "Information sharing",
        "A change of address was not passed on to the school nurse",
        "FICTIONAL DEMO TEXT. The family moved twice in a year; the health record kept the old "
        "address for four months, so two health checks were missed.",
        35,
    ),
    (
        "Fathers and male carers",
        "A new partner in the household was not asked about",
        "FICTIONAL DEMO TEXT. Practitioners knew a new adult lived in the home but no agency "
        "found out who he was or what part he played in the child's care.",
        14,
    ),
)


def _record(
    session: Session, lead: Principal, review: Review, spec: tuple[str, str, str, int]
) -> LearningItem:
    theme_name, title, description, days_ago = spec
    theme = session.scalars(
        select(LearningTheme).where(
            LearningTheme.partnership_id == review.partnership_id,
            LearningTheme.name == theme_name,
        )
    ).one()
    return service.record_learning(
        session,
        lead,
        seed_request(),
        review,
        LearningCreate(
            theme_id=theme.id,
            title=title,
            description=description,
            emerged_on=clock.today() - timedelta(days=days_ago),
        ),
    )


def seed_learning(session: Session, lead: Principal, team: list[Principal], review: Review) -> None:
    today = clock.today()
    request = seed_request()
    visits, *_ = [_record(session, lead, review, spec) for spec in LEARNING]
    council, police, _health, _school = team
    briefing = service.disseminate(
        session,
        council,
        request,
        review,
        visits,
        DisseminationCreate(
            method=DisseminationMethod.seven_minute_briefing,
            on=today - timedelta(days=50),
            audience_size=24,
            note="FICTIONAL DEMO TEXT. Briefing to the three locality social work teams.",
        ),
    )
    session.flush()
    service.record_landed(
        session,
        council,
        request,
        review,
        visits,
        briefing,
        LandedCheck(
            on=today - timedelta(days=10),
            method=LandedMethod.case_audit,
            outcome=LandedOutcome.landed,
            note="FICTIONAL DEMO TEXT. Audit of 20 visit records: 18 record time alone with "
            "the child.",
        ),
    )
    service.disseminate(
        session,
        police,
        request,
        review,
        visits,
        DisseminationCreate(
            method=DisseminationMethod.team_meeting,
            on=today - timedelta(days=20),
            audience_size=12,
        ),
    )
    session.flush()
