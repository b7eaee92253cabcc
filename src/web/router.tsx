import { createBrowserRouter } from "react-router";
import { AppLayout } from "./components/AppLayout.tsx";
import { NotFoundPage } from "./components/NotFoundPage.tsx";
import { RequireRole } from "./components/RequireRole.tsx";
import { AuditPage } from "./features/audit/AuditPage.tsx";
import { ChangePasswordPage } from "./features/auth/ChangePasswordPage.tsx";
import { LoginPage } from "./features/auth/LoginPage.tsx";
import { HomePage } from "./features/home/HomePage.tsx";
import { PlanPage } from "./features/plan/PlanPage.tsx";
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
      { path: PATHS.units, element: <UnitsPage /> },
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
      { path: PATHS.changePassword, element: <ChangePasswordPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
