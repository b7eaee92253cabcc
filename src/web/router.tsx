import { createBrowserRouter } from "react-router";
import { AppLayout } from "./components/AppLayout.tsx";
import { NotFoundPage } from "./components/NotFoundPage.tsx";
import { RequireRole } from "./components/RequireRole.tsx";
import { AuditPage } from "./features/audit/AuditPage.tsx";
import { ChangePasswordPage } from "./features/auth/ChangePasswordPage.tsx";
import { LoginPage } from "./features/auth/LoginPage.tsx";
import { ConferencePage } from "./features/conferences/ConferencePage.tsx";
import { ConferencesPage } from "./features/conferences/ConferencesPage.tsx";
import { DOCUMENT_SETTINGS_PATH } from "./features/document-settings/access.ts";
import { DocumentSettingsPage } from "./features/document-settings/DocumentSettingsPage.tsx";
import { DUPLICATES_PATH } from "./features/duplicates/access.ts";
import { DuplicatesPage } from "./features/duplicates/DuplicatesPage.tsx";
import { HomePage } from "./features/home/HomePage.tsx";
import { PEOPLE_PATH } from "./features/people/access.ts";
import { PeoplePage } from "./features/people/PeoplePage.tsx";
import { PlanPage } from "./features/plan/PlanPage.tsx";
import { canEditPlan } from "./features/plan-settings/access.ts";
import { PlanSettingsPage } from "./features/plan-settings/PlanSettingsPage.tsx";
import { SEARCH_PATH } from "./features/search/access.ts";
import { SearchPage } from "./features/search/SearchPage.tsx";
import { UnitPlansPage } from "./features/unit-plans/UnitPlansPage.tsx";
import { UnitsPage } from "./features/units/UnitsPage.tsx";
import { UsersPage } from "./features/users/UsersPage.tsx";
import { can } from "./lib/auth.ts";
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
          <RequireRole allow={canEditPlan}>
            <PlanSettingsPage />
          </RequireRole>
        ),
      },
      { path: PATHS.units, element: <UnitsPage /> },
      { path: PATHS.conferences, element: <ConferencesPage /> },
      { path: PATHS.conference, element: <ConferencePage /> },
      { path: PATHS.unitPlans, element: <UnitPlansPage /> },
      {
        path: PATHS.users,
        element: (
          <RequireRole allow={can.manageUsers}>
            <UsersPage />
          </RequireRole>
        ),
      },
      {
        path: PATHS.audit,
        element: (
          <RequireRole allow={can.browseAudit}>
            <AuditPage />
          </RequireRole>
        ),
      },
      { path: PEOPLE_PATH, element: <PeoplePage /> },
      { path: SEARCH_PATH, element: <SearchPage /> },
      { path: DUPLICATES_PATH, element: <DuplicatesPage /> },
      { path: DOCUMENT_SETTINGS_PATH, element: <DocumentSettingsPage /> },
      { path: PATHS.changePassword, element: <ChangePasswordPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
