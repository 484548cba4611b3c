"""Imports every model so Alembic and the tests see the whole metadata."""

from api.audit.models import AuditChainHead, AuditEvent
from api.clients.models import ApiClient
from api.db import Base
from api.infra.models import IdempotencyRecord
from api.meetings.models import Meeting, MemberAttendance, PractitionerAttendance
from api.members.models import ChecklistItem, ChecklistTemplate, MemberDeclaration, ReviewMember
from api.partnerships.models import Agency, Partnership
from api.practitioners.models import Practitioner, PractitionerContact
from api.proceedings.models import NoProceedingsDeclaration, ParallelProceeding
from api.publication.models import PublicationAnswer, PublicationRequest
from api.reports.models import DraftResponse, ReportDraft
from api.reviews.models import Review, ReviewCounter, ReviewTransition
from api.security.models import LoginThrottle, RefreshToken
from api.subjects.models import AlertConfirmation, Subject, SubjectRecord
from api.users.models import User

__all__ = [
    "Agency",
    "AlertConfirmation",
    "ApiClient",
    "AuditChainHead",
    "AuditEvent",
    "Base",
    "ChecklistItem",
    "ChecklistTemplate",
    "DraftResponse",
    "IdempotencyRecord",
    "LoginThrottle",
    "Meeting",
    "MemberAttendance",
    "MemberDeclaration",
    "NoProceedingsDeclaration",
    "ParallelProceeding",
    "Partnership",
    "Practitioner",
    "PractitionerAttendance",
    "PractitionerContact",
    "PublicationAnswer",
    "PublicationRequest",
    "RefreshToken",
    "ReportDraft",
    "Review",
    "ReviewCounter",
    "ReviewMember",
    "ReviewTransition",
    "Subject",
    "SubjectRecord",
    "User",
]
