"""Imports every model so Alembic and the tests see the whole metadata."""

from api.actions.models import Action, ActionUpdate, Evidence, Recommendation
from api.audit.models import AuditChainHead, AuditEvent
from api.clients.models import ApiClient
from api.db import Base
from api.documents.models import DocumentRequest, DocumentVersion, StoredFile
from api.infra.models import IdempotencyRecord
from api.learning.models import Dissemination, LearningItem, LearningTheme
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
    "Action",
    "ActionUpdate",
    "Agency",
    "AlertConfirmation",
    "ApiClient",
    "AuditChainHead",
    "AuditEvent",
    "Base",
    "ChecklistItem",
    "ChecklistTemplate",
    "Dissemination",
    "DocumentRequest",
    "DocumentVersion",
    "DraftResponse",
    "Evidence",
    "IdempotencyRecord",
    "LearningItem",
    "LearningTheme",
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
    "Recommendation",
    "RefreshToken",
    "ReportDraft",
    "Review",
    "ReviewCounter",
    "ReviewMember",
    "ReviewTransition",
    "StoredFile",
    "Subject",
    "SubjectRecord",
    "User",
]
