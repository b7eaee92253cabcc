import { createBrowserRouter } from "react-router";
import { AppLayout } from "./components/AppLayout.tsx";
import { NotFoundPage } from "./components/NotFoundPage.tsx";
import { RequireRole } from "./components/RequireRole.tsx";
import { AuditPage } from "./features/audit/AuditPage.tsx";
import { ChangePasswordPage } from "./features/auth/ChangePasswordPage.tsx";
import { LoginPage } from "./features/auth/LoginPage.tsx";
import { AwardsPage } from "./features/awards/AwardsPage.tsx";
import { BriefingPage } from "./features/briefing/BriefingPage.tsx";
import { ConferencePage } from "./features/conferences/ConferencePage.tsx";
import { ConferencesPage } from "./features/conferences/ConferencesPage.tsx";
import { DocumentSettingsPage } from "./features/document-settings/DocumentSettingsPage.tsx";
import { DossiersPage } from "./features/dossiers/DossiersPage.tsx";
import { DossierUnitPage } from "./features/dossiers/DossierUnitPage.tsx";
import { DuplicatesPage } from "./features/duplicates/DuplicatesPage.tsx";
import { HomePage } from "./features/home/HomePage.tsx";
import { OutboxPage } from "./features/outbox/OutboxPage.tsx";
import { PeoplePage } from "./features/people/PeoplePage.tsx";
import { PlanPage } from "./features/plan/PlanPage.tsx";
import { PlanSettingsPage } from "./features/plan-settings/PlanSettingsPage.tsx";
import { ProgressPage } from "./features/progress/ProgressPage.tsx";
import { SearchPage } from "./features/search/SearchPage.tsx";
import { UnitPlansPage } from "./features/unit-plans/UnitPlansPage.tsx";
import { UnitsPage } from "./features/units/UnitsPage.tsx";
import { UsersPage } from "./features/users/UsersPage.tsx";
import { PATHS } from "./paths.ts";

export const router = createBrowserRouter([
  { path: PATHS.login, element: <LoginPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: PATHS.plan, element: <PlanPage /> },
      {
        path: PATHS.planSettings,
        element: (
          <RequireRole capability="plans.manage">
            <PlanSettingsPage />
          </RequireRole>
        ),
      },
      { path: PATHS.units, element: <UnitsPage /> },
      { path: PATHS.conferences, element: <ConferencesPage /> },
      { path: PATHS.conference, element: <ConferencePage /> },
      { path: PATHS.conferenceAwards, element: <AwardsPage /> },
      { path: PATHS.unitPlans, element: <UnitPlansPage /> },
      { path: PATHS.dossiers, element: <DossiersPage /> },
      { path: PATHS.dossierUnit, element: <DossierUnitPage /> },
      {
        path: PATHS.users,
        element: (
          <RequireRole capability="users.manage">
            <UsersPage />
          </RequireRole>
        ),
      },
      {
        path: PATHS.audit,
        element: (
          <RequireRole capability="audit.read">
            <AuditPage />
          </RequireRole>
        ),
      },
      { path: PATHS.people, element: <PeoplePage /> },
      { path: PATHS.search, element: <SearchPage /> },
      { path: PATHS.duplicates, element: <DuplicatesPage /> },
      { path: PATHS.progress, element: <ProgressPage /> },
      { path: PATHS.documentSettings, element: <DocumentSettingsPage /> },
      {
        path: PATHS.briefing,
        element: (
          <RequireRole capability="briefing.read">
            <BriefingPage />
          </RequireRole>
        ),
      },
      {
        path: PATHS.outbox,
        element: (
          <RequireRole capability="outbox.manage">
            <OutboxPage />
          </RequireRole>
        ),
      },
      { path: PATHS.changePassword, element: <ChangePasswordPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
