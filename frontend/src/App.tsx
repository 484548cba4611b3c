import { lazy, Suspense, type ComponentType } from "react";
import { Outlet, Route, Routes } from "react-router";
import { Loading, RequireAuth, RequireRole } from "./auth/guards";
import { AppShell } from "./components/Layout";
import { NotFound } from "./components/Messages";
import { AccountPage } from "./pages/Account";
import { DashboardPage } from "./pages/Dashboard";
import { FIGURE_READERS } from "./labels";
import { ChecklistItemPage, ChecklistPage } from "./pages/reviews/Checklist";
import { ReviewLayout } from "./pages/reviews/ReviewLayout";
import { ReviewOverviewPage } from "./pages/reviews/ReviewOverview";
import { ReviewsListPage } from "./pages/reviews/ReviewsList";
// Loaded with the first page: the review overview's aftercare prompts use this module too.
import { CancelMeetingPage, MeetingsPage } from "./pages/reviews/Meetings";
import { AddPractitionerPage, EditPractitionerPage, PractitionerPage, WithdrawPractitionerPage } from "./pages/reviews/PractitionerRecord";
import { PractitionersPage } from "./pages/reviews/Practitioners";
import { SubjectsPage } from "./pages/reviews/Subjects";
import { TeamPage } from "./pages/reviews/Team";
import { SignInPage } from "./pages/SignIn";

/** A page fetched the first time it is opened (a chunk of its own, shared by the pages of its
 * module), so the script every visit loads first holds only the pages most visits open. */
function later<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const adminIndex = () => import("./pages/admin/AdminIndex");
const AdminIndexPage = later(adminIndex, "AdminIndexPage");
const agencies = () => import("./pages/admin/Agencies");
const AgenciesPage = later(agencies, "AgenciesPage");
const clients = () => import("./pages/admin/Clients");
const ClientsPage = later(clients, "ClientsPage");
const learningThemes = () => import("./pages/admin/LearningThemes");
const LearningThemePage = later(learningThemes, "LearningThemePage");
const LearningThemesPage = later(learningThemes, "LearningThemesPage");
const settings = () => import("./pages/admin/Settings");
const SettingsPage = later(settings, "SettingsPage");
const userDetail = () => import("./pages/admin/UserDetail");
const UserDetailPage = later(userDetail, "UserDetailPage");
const users = () => import("./pages/admin/Users");
const NewUserPage = later(users, "NewUserPage");
const UsersPage = later(users, "UsersPage");
const figures = () => import("./pages/Figures");
const FiguresPage = later(figures, "FiguresPage");
const createReview = () => import("./pages/reviews/CreateReview");
const CreateReviewPage = later(createReview, "CreateReviewPage");
const documents = () => import("./pages/reviews/Documents");
const ChangeDocumentPage = later(documents, "ChangeDocumentPage");
const DocumentPage = later(documents, "DocumentPage");
const DocumentsPage = later(documents, "DocumentsPage");
const WithdrawDocumentPage = later(documents, "WithdrawDocumentPage");
const editReview = () => import("./pages/reviews/EditReview");
const EditReviewPage = later(editReview, "EditReviewPage");
const familyInvolvement = () => import("./pages/reviews/FamilyInvolvement");
const FamilyInvolvementPage = later(familyInvolvement, "FamilyInvolvementPage");
const learning = () => import("./pages/reviews/Learning");
const EditLearningPage = later(learning, "EditLearningPage");
const LandedCheckPage = later(learning, "LandedCheckPage");
const LearningItemPage = later(learning, "LearningItemPage");
const LearningPage = later(learning, "LearningPage");
const WithdrawLearningPage = later(learning, "WithdrawLearningPage");
const reviewHistory = () => import("./pages/reviews/ReviewHistory");
const ReviewHistoryPage = later(reviewHistory, "ReviewHistoryPage");
const proceedings = () => import("./pages/reviews/Proceedings");
const EditProceedingPage = later(proceedings, "EditProceedingPage");
const ProceedingsPage = later(proceedings, "ProceedingsPage");
const RecordProceedingPage = later(proceedings, "RecordProceedingPage");
const publicationPlan = () => import("./pages/reviews/PublicationPlan");
const PublicationPlanPage = later(publicationPlan, "PublicationPlanPage");
const WithdrawPlanRequestPage = later(publicationPlan, "WithdrawPlanRequestPage");
const actionPlan = () => import("./pages/reviews/ActionPlan");
const ActionPage = later(actionPlan, "ActionPage");
const ActionPlanPage = later(actionPlan, "ActionPlanPage");
const CancelActionPage = later(actionPlan, "CancelActionPage");
const ChangeActionPage = later(actionPlan, "ChangeActionPage");
const ChangeRecommendationPage = later(actionPlan, "ChangeRecommendationPage");
const partnershipActions = () => import("./pages/PartnershipActions");
const PartnershipActionsPage = later(partnershipActions, "PartnershipActionsPage");
const report = () => import("./pages/reviews/Report");
const ReportPage = later(report, "ReportPage");
const WithdrawDraftPage = later(report, "WithdrawDraftPage");

const ADMIN = ["partnership_admin"] as const;

function AdminOnly() {
  return (
    <RequireRole roles={[...ADMIN]}>
      <Outlet />
    </RequireRole>
  );
}

/** Every URL of the app. Everything except /sign-in needs a session. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route
          element={
            <RequireAuth>
              <Suspense fallback={<Loading />}>
                <Outlet />
              </Suspense>
            </RequireAuth>
          }
        >
          <Route index element={<DashboardPage />} />
          <Route path="reviews" element={<ReviewsListPage />} />
          <Route element={<AdminOnly />}>
            <Route path="reviews/new" element={<CreateReviewPage />} />
          </Route>
          <Route path="reviews/:id" element={<ReviewLayout />}>
            <Route index element={<ReviewOverviewPage />} />
            <Route path="team" element={<TeamPage />} />
            <Route path="subjects" element={<SubjectsPage />} />
            <Route path="practitioners" element={<PractitionersPage />} />
            <Route path="documents" element={<DocumentsPage />} />
            <Route path="documents/:documentId" element={<DocumentPage />} />
            <Route path="documents/:documentId/edit" element={<ChangeDocumentPage />} />
            <Route path="documents/:documentId/withdraw" element={<WithdrawDocumentPage />} />
            <Route path="meetings" element={<MeetingsPage />} />
            <Route path="meetings/:meetingId/cancel" element={<CancelMeetingPage />} />
            <Route path="practitioners/new" element={<AddPractitionerPage />} />
            <Route path="practitioners/:practitionerId" element={<PractitionerPage />} />
            <Route path="practitioners/:practitionerId/edit" element={<EditPractitionerPage />} />
            <Route path="practitioners/:practitionerId/withdraw" element={<WithdrawPractitionerPage />} />
            <Route path="proceedings" element={<ProceedingsPage />} />
            <Route path="proceedings/new" element={<RecordProceedingPage />} />
            <Route path="proceedings/:proceedingId/edit" element={<EditProceedingPage />} />
            <Route path="report" element={<ReportPage />} />
            <Route path="report/drafts/:draftId/withdraw" element={<WithdrawDraftPage />} />
            <Route path="publication-plan" element={<PublicationPlanPage />} />
            <Route path="publication-plan/requests/:requestId/withdraw" element={<WithdrawPlanRequestPage />} />
            <Route path="learning" element={<LearningPage />} />
            <Route path="learning/:learningId" element={<LearningItemPage />} />
            <Route path="learning/:learningId/edit" element={<EditLearningPage />} />
            <Route path="learning/:learningId/withdraw" element={<WithdrawLearningPage />} />
            <Route path="learning/:learningId/disseminations/:disseminationId/landed" element={<LandedCheckPage />} />
            <Route path="actions" element={<ActionPlanPage />} />
            <Route path="actions/:actionId" element={<ActionPage />} />
            <Route path="actions/:actionId/cancel" element={<CancelActionPage />} />
            <Route path="actions/:actionId/edit" element={<ChangeActionPage />} />
            <Route path="actions/recommendations/:recommendationId/edit" element={<ChangeRecommendationPage />} />
            <Route path="history" element={<ReviewHistoryPage />} />
          </Route>
          <Route path="reviews/:id/edit" element={<EditReviewPage />} />
          <Route path="reviews/:id/family-involvement" element={<FamilyInvolvementPage />} />
          <Route path="reviews/:id/members/:memberId/checklist" element={<ChecklistPage />} />
          <Route path="reviews/:id/members/:memberId/checklist/:duty" element={<ChecklistItemPage />} />
          <Route path="admin" element={<AdminOnly />}>
            <Route index element={<AdminIndexPage />} />
            <Route path="agencies" element={<AgenciesPage />} />
            <Route path="users" element={<UsersPage />} />
            <Route path="users/new" element={<NewUserPage />} />
            <Route path="users/:userId" element={<UserDetailPage />} />
            <Route path="clients" element={<ClientsPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="learning-themes" element={<LearningThemesPage />} />
            <Route path="learning-themes/:themeId" element={<LearningThemePage />} />
          </Route>
          <Route path="actions" element={<PartnershipActionsPage />} />
          <Route
            path="figures"
            element={
              <RequireRole roles={[...FIGURE_READERS]}>
                <FiguresPage />
              </RequireRole>
            }
          />
          <Route path="account" element={<AccountPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}

export function App() {
  return <AppRoutes />;
}
