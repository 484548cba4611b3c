/** Friendly names for the generated schema types used across screens. */
import type { components } from "./schema";

type S = components["schemas"];

export type Me = S["MeOut"];
export type Role = S["Role"];
export type AgencyKind = S["AgencyKind"];
export type Agency = S["AgencyOut"];
export type User = S["UserOut"];
export type ApiClientRecord = S["ClientOut"];
export type ApiClientCreated = S["ClientCreated"];
export type ClientScope = S["ClientCreate"]["scopes"][number];
export type TotpEnrolment = S["TotpEnrolment"];

export type ReviewSummary = S["ReviewSummary"];
export type Review = S["ReviewOut"];
export type ReviewStatus = S["ReviewStatus"];
export type IncidentKind = S["IncidentKind"];
export type Decision = S["Decision"];
export type Deadline = S["DeadlineOut"];
export type Deadlines = S["DeadlinesOut"];
export type Transition = S["TransitionOut"];
export type Subject = S["SubjectOut"];
export type SubjectRole = S["SubjectRole"];
export type Alert = S["AlertOut"];
export type Member = S["MemberOut"];
export type Team = S["TeamOut"];
export type TeamMember = S["TeamMemberOut"];
export type Checklist = S["ChecklistOut"];
export type ChecklistItem = S["ChecklistItemOut"];
/** What a derived item rests on: one shape per derived duty, told apart by `kind`. */
export type ChecklistEvidence = NonNullable<ChecklistItem["evidence"]>;
export type ItemStatus = S["ItemStatus"];
export type DeclarationKind = S["DeclarationKind"];
export type Declaration = S["DeclarationOut"];
export type Practitioner = S["PractitionerOut"];
export type SupportStatus = S["SupportStatus"];
export type ContactKind = S["ContactKind"];
export type Meeting = S["MeetingOut"];
export type MeetingKind = S["MeetingKind"];
export type MeetingStatus = S["MeetingStatus"];
export type MemberAttendanceStatus = S["MemberAttendanceStatus"];
export type PractitionerAttendanceStatus = S["PractitionerAttendanceStatus"];
export type Attendance = S["AttendanceOut"];
export type AttendanceRates = S["AttendanceRatesOut"];
export type PartnershipSettings = S["PartnershipSettingsOut"];
export type Contact = S["ContactOut"];
export type Proceeding = S["ProceedingOut"];
export type ProceedingKind = S["ProceedingKind"];
export type ProceedingStatus = S["ProceedingStatus"];
export type NoProceedings = S["NoProceedingsOut"];
export type Draft = S["DraftOut"];
export type DraftResponse = S["DraftResponseOut"];
export type DraftResponseKind = S["DraftResponseKind"];
export type PlanRequest = S["RequestOut"];
export type PlanItem = S["PlanItem"];
