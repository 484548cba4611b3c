"""The Review Team member's duties (the seed document, PRODUCT.md section 4), as data.

Each duty says how it is completed: ``derived_from`` names the data that completes it today
(the item's status is computed, never ticked, by the duty's registration in
``api.members.registry``, which says the same ``derived_from``); ``derivable_later`` marks
duties whose data arrives in a later release (none now: every duty of the seed document is
derived). A partnership's template may add duties of its own; those are set by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Duty:
    code: str
    title: str
    done_when: str
    derived_from: str | None = None
    derivable_later: bool = False

    @property
    def derived(self) -> bool:
        return self.derived_from is not None


DUTIES: tuple[Duty, ...] = (
    Duty(
        "record_alerts",
        'Alert ("subject to a Rapid Review") added to the child\'s, '
        "siblings', parents' and carers' records",
        "an alert confirmation exists for every subject, for the member's agency",
        derived_from="alert_confirmations",
    ),
    Duty(
        "methodology_paperwork",
        "Paperwork completed as the lead reviewer's methodology asks",
        "every document requested from the agency is submitted and accepted",
        derived_from="documents",
    ),
    Duty(
        "identify_practitioners",
        "Practitioners involved in the terms-of-reference period "
        "identified, contacted and sent to the business unit",
        'at least one practitioner submitted, or a dated "no practitioners involved" declaration',
        derived_from="practitioners",
    ),
    Duty(
        "practitioner_contact",
        "Regular contact with practitioners, with before and after care for events",
        "every active practitioner of the agency contacted within the partnership's contact "
        "interval (28 days unless changed) and aftercare recorded on or after each held "
        "meeting they attended",
        derived_from="practitioner_contacts",
    ),
    Duty(
        "attendance",
        "A fully involved role, with consistent attendance",
        "attendance at held review team meetings (in person or by a deputy sent) at or above "
        "the partnership's threshold",
        derived_from="meetings",
    ),
    Duty(
        "report_quality",
        "Review of satisfactory quality, meeting Working Together 2023",
        "the member has signed off the current draft report's factual accuracy",
        derived_from="report_signoffs",
    ),
    Duty(
        "voice_of_the_child",
        "The voice of the child and their lived experience at the centre of the review",
        "the member's attestation, with a note",
        derived_from="declaration:voice_of_the_child",
    ),
    Duty(
        "share_learning",
        "Learning acted on and shared as it emerges, and checked that it has landed",
        "a dissemination, and a landed check finding it landed, for every learning item",
        derived_from="learning",
    ),
    Duty(
        "performance_leads",
        "Performance and/or development leads included",
        "the agency's performance/development lead is named",
        derived_from="declaration:performance_lead",
    ),
    Duty(
        "action_plan",
        "Learning action plan progress and evidence reported",
        "every action owned by the agency is in date or evidenced",
        derived_from="actions",
    ),
    Duty(
        "parallel_proceedings",
        "Parallel processes and criminal investigations taken into account",
        "the agency's parallel proceedings are recorded, or it has declared none (dated)",
        derived_from="parallel_proceedings",
    ),
    Duty(
        "confidentiality",
        "Confidentiality maintained throughout the review",
        "the member's acknowledgement is recorded",
        derived_from="declaration:confidentiality",
    ),
    Duty(
        "publication_planning",
        "Information provided for publication planning",
        "every publication-plan request to the agency is answered",
        derived_from="publication_plan",
    ),
)

BY_CODE: dict[str, Duty] = {duty.code: duty for duty in DUTIES}
DEFAULT_TEMPLATE_VERSION = 1


def default_template_duties() -> list[dict[str, Any]]:
    """The duties of template version 1, as stored in ``checklist_templates.duties``."""
    return [{"duty": duty.code, "title": duty.title} for duty in DUTIES]


LOCAL_DONE_WHEN = "the member marks it done (a duty the partnership added to its own list)"
"""What completes a duty a partnership's template adds to the seed document's: it has no
data to derive from, so the member sets it by hand."""
