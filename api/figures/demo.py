"""The demo's history for the annual figures (all fictional): three reviews notified in the
last complete reporting year (one Rapid Review sent late, a decision of each kind, one local
review published in it), and an action plan on Child D's review whose actions stand red,
amber, green and completed, so the figures page shows something on ``make run``."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.actions import service as actions
from api.actions.models import ActionStatus
from api.actions.schemas import ActionCreate, RecommendationCreate
from api.clock import clock
from api.figures.service import reporting_year
from api.partnerships.models import Agency, Partnership
from api.reviews import service as reviews
from api.reviews.demo import acting_as, seed_request, start_in
from api.reviews.models import Decision, Review, ReviewStatus
from api.reviews.schemas import ReviewCreate, ReviewUpdate
from api.security.principal import Principal
from api.security.roles import Role
from api.statutory import IncidentKind
from api.statutory.calendar import ENGLAND
from api.users.models import User

# (pseudonym, incident kind, days into the year the partnership became aware, working days to
# the Rapid Review being sent, the decision, working days from aware to it, status now).
PAST_REVIEWS: tuple[tuple[str, IncidentKind, int, int, Decision, int, ReviewStatus], ...] = (
    ("Child E", IncidentKind.DEATH, 40, 17, Decision.no_review, 24, ReviewStatus.no_review),
    (
        "Child F",
        IncidentKind.SERIOUS_HARM,
        150,
        14,
        Decision.national_review,
        22,
        ReviewStatus.national_review,
    ),
)
# An LCSPR decided before the year began and published in it.
PUBLISHED = ("Child G", 220, 200)  # pseudonym, days before the year, days to publication

ACTIONS = (
    # (recommendation, agency index, title, days from today to the due date, status)
    ("R1", 0, "Add the child's own words to the home-visit template (fictional)", -20, None),
    ("R1", 1, "Brief response officers on hearing the child (fictional)", 14, None),
    ("R2", 2, "Share health visitor concerns at every strategy meeting (fictional)", 120, None),
    ("R2", 3, "Add safeguarding leads to the transition plan (fictional)", 60, "completed"),
)


def seed_figures_demo(
    session: Session, partnership: Partnership, agencies: list[Agency], users: list[User]
) -> None:
    """Past reviews for the figures, and Child D's action plan (seeded before this)."""
    lead_user = next(u for u in users if u.role == Role.lead_reviewer)
    child_d = session.scalars(
        select(Review).where(
            Review.partnership_id == partnership.id, Review.child_pseudonym == "Child D"
        )
    ).one()
    seed_action_plan(session, child_d, agencies, lead_user)
    _past_reviews(session, partnership, users)


def _past_reviews(session: Session, partnership: Partnership, users: list[User]) -> None:
    admin = acting_as(next(u for u in users if u.role == Role.partnership_admin))
    lead_user = next(u for u in users if u.role == Role.lead_reviewer)
    start, _ = reporting_year(clock.today())
    for pseudonym, kind, into, rr_days, decision, decided_days, status in PAST_REVIEWS:
        aware = start + timedelta(days=into)
        review = _review(session, admin, pseudonym, kind, aware, lead_user)
        _dates(
            session,
            admin,
            review,
            ReviewUpdate(
                rapid_review_sent_on=ENGLAND.add_working_days(aware, rr_days),
                decision=decision,
                decision_on=ENGLAND.add_working_days(aware, decided_days),
            ),
        )
        start_in(session, partnership, review, status)
    pseudonym, before, to_publication = PUBLISHED
    aware = start - timedelta(days=before)
    review = _review(session, admin, pseudonym, IncidentKind.SERIOUS_HARM, aware, lead_user)
    decided = ENGLAND.add_working_days(aware, 20)
    _dates(
        session,
        admin,
        review,
        ReviewUpdate(
            rapid_review_sent_on=ENGLAND.add_working_days(aware, 15),
            decision=Decision.lcspr,
            decision_on=decided,
            published_on=decided + timedelta(days=to_publication),
        ),
    )
    start_in(session, partnership, review, ReviewStatus.monitoring)


def _review(
    session: Session,
    admin: Principal,
    pseudonym: str,
    kind: IncidentKind,
    aware: date,
    lead: User,
) -> Review:
    return reviews.create_review(
        session,
        admin,
        seed_request(),
        ReviewCreate(
            incident_kind=kind,
            incident_on=aware - timedelta(days=2),
            became_aware_on=aware,
            child_pseudonym=pseudonym,
            sin_reference=f"SIN-DEMO-{pseudonym[-1]}",
            sin_sent_on=ENGLAND.add_working_days(aware, 3),
            lead_reviewer_id=lead.id,
        ),
    )


def _dates(session: Session, admin: Principal, review: Review, update: ReviewUpdate) -> None:
    reviews.update_review(session, admin, seed_request(), review, update)


def seed_action_plan(
    session: Session, review: Review, agencies: list[Agency], lead_user: User
) -> None:
    """Child D's action plan: two recommendations, four actions across the RAG statuses."""
    lead, request, today = acting_as(lead_user), seed_request(), clock.today()
    made = {
        label: actions.recommend(
            session,
            lead,
            request,
            review,
            RecommendationCreate(label=label, text=text),
        )
        for label, text in (
            ("R1", "Agencies should hear the voice of the child directly (fictional)."),
            ("R2", "Agencies should share what they know at every meeting (fictional)."),
        )
    }
    for label, index, title, due_in, status in ACTIONS:
        action = actions.create_action(
            session,
            lead,
            request,
            review,
            ActionCreate(
                recommendation_id=made[label].id,
                agency_id=agencies[index].id,
                title=title,
                lead_name="Jordan Example (fictional)",
                due_on=today + timedelta(days=max(due_in, 1)),
                expected_outcome="FICTIONAL DEMO TEXT. Practice changes as the review asked.",
                measure_of_success="FICTIONAL DEMO TEXT. An audit of 20 records shows it.",
            ),
        )
        # Past its due date (red): as it would stand had it been made months ago.
        action.due_on = today + timedelta(days=due_in)
        if status is not None:
            action.status = ActionStatus(status)
            action.last_update_on = today - timedelta(days=3)
    session.flush()
