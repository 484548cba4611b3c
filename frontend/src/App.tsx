import { Outlet, Route, Routes } from "react-router";
import { RequireAuth, RequireRole } from "./auth/guards";
import { AppShell } from "./components/Layout";
import { NotFound } from "./components/Messages";
import { AccountPage } from "./pages/Account";
import { AdminIndexPage } from "./pages/admin/AdminIndex";
import { AgenciesPage } from "./pages/admin/Agencies";
import { ClientsPage } from "./pages/admin/Clients";
import { SettingsPage } from "./pages/admin/Settings";
import { UserDetailPage } from "./pages/admin/UserDetail";
import { NewUserPage, UsersPage } from "./pages/admin/Users";
import { DashboardPage } from "./pages/Dashboard";
import { ChecklistItemPage, ChecklistPage } from "./pages/reviews/Checklist";
import { CreateReviewPage } from "./pages/reviews/CreateReview";
import { DocumentPage, DocumentsPage, WithdrawDocumentPage } from "./pages/reviews/Documents";
import { EditReviewPage } from "./pages/reviews/EditReview";
import { FamilyInvolvementPage } from "./pages/reviews/FamilyInvolvement";
import { ReviewHistoryPage } from "./pages/reviews/ReviewHistory";
import { ReviewLayout } from "./pages/reviews/ReviewLayout";
import { ReviewOverviewPage } from "./pages/reviews/ReviewOverview";
import { ReviewsListPage } from "./pages/reviews/ReviewsList";
import { CancelMeetingPage, MeetingsPage } from "./pages/reviews/Meetings";
import { AddPractitionerPage, EditPractitionerPage, PractitionerPage, WithdrawPractitionerPage } from "./pages/reviews/PractitionerRecord";
import { PractitionersPage } from "./pages/reviews/Practitioners";
import { EditProceedingPage, ProceedingsPage, RecordProceedingPage } from "./pages/reviews/Proceedings";
import { PublicationPlanPage, WithdrawPlanRequestPage } from "./pages/reviews/PublicationPlan";
import { ActionPage, ActionPlanPage, CancelActionPage } from "./pages/reviews/ActionPlan";
import { PartnershipActionsPage } from "./pages/PartnershipActions";
import { ReportPage, WithdrawDraftPage } from "./pages/reviews/Report";
import { SubjectsPage } from "./pages/reviews/Subjects";
import { TeamPage } from "./pages/reviews/Team";
import { SignInPage } from "./pages/SignIn";

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
              <Outlet />
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
            <Route path="actions" element={<ActionPlanPage />} />
            <Route path="actions/:actionId" element={<ActionPage />} />
            <Route path="actions/:actionId/cancel" element={<CancelActionPage />} />
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
          </Route>
          <Route path="actions" element={<PartnershipActionsPage />} />
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
