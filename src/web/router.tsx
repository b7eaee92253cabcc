import { createBrowserRouter } from "react-router";
import { PageLoader } from "./components/PageLoader.tsx";
import { page } from "./lazyPage.tsx";
import { PATHS } from "./paths.ts";

export const router = createBrowserRouter([
  {
    path: PATHS.login,
    HydrateFallback: PageLoader,
    lazy: page(() => import("./features/auth/LoginPage.tsx"), "LoginPage"),
  },
  {
    // Every page is loaded when first opened (issue #11 item 2); a spinner meanwhile.
    HydrateFallback: PageLoader,
    lazy: page(() => import("./components/AppLayout.tsx"), "AppLayout"),
    children: [
      { index: true, lazy: page(() => import("./features/home/HomePage.tsx"), "HomePage") },
      { path: PATHS.plan, lazy: page(() => import("./features/plan/PlanPage.tsx"), "PlanPage") },
      {
        path: PATHS.planSettings,
        lazy: page(
          () => import("./features/plan-settings/PlanSettingsPage.tsx"),
          "PlanSettingsPage",
          "plans.manage",
        ),
      },
      { path: PATHS.units, lazy: page(() => import("./features/units/UnitsPage.tsx"), "UnitsPage") },
      {
        path: PATHS.conferences,
        lazy: page(() => import("./features/conferences/ConferencesPage.tsx"), "ConferencesPage"),
      },
      {
        path: PATHS.conference,
        lazy: page(() => import("./features/conferences/ConferencePage.tsx"), "ConferencePage"),
      },
      {
        path: PATHS.unitPlans,
        lazy: page(() => import("./features/unit-plans/UnitPlansPage.tsx"), "UnitPlansPage"),
      },
      {
        path: PATHS.dossiers,
        lazy: page(() => import("./features/dossiers/DossiersPage.tsx"), "DossiersPage"),
      },
      {
        path: PATHS.dossierUnit,
        lazy: page(() => import("./features/dossiers/DossierUnitPage.tsx"), "DossierUnitPage"),
      },
      {
        path: PATHS.conferenceAwards,
        lazy: page(() => import("./features/awards/AwardsPage.tsx"), "AwardsPage"),
      },
      {
        path: PATHS.certificateLayout,
        lazy: page(() => import("./features/awards/CertificateLayoutPage.tsx"), "CertificateLayoutPage"),
      },
      {
        path: PATHS.awardData,
        lazy: page(
          () => import("./features/awards/AwardDataPage.tsx"),
          "AwardDataPage",
          "awards.manage_data",
        ),
      },
      {
        path: PATHS.users,
        lazy: page(() => import("./features/users/UsersPage.tsx"), "UsersPage", "users.manage"),
      },
      {
        path: PATHS.audit,
        lazy: page(() => import("./features/audit/AuditPage.tsx"), "AuditPage", "audit.read"),
      },
      { path: PATHS.people, lazy: page(() => import("./features/people/PeoplePage.tsx"), "PeoplePage") },
      { path: PATHS.search, lazy: page(() => import("./features/search/SearchPage.tsx"), "SearchPage") },
      {
        path: PATHS.duplicates,
        lazy: page(() => import("./features/duplicates/DuplicatesPage.tsx"), "DuplicatesPage"),
      },
      {
        path: PATHS.progress,
        lazy: page(() => import("./features/progress/ProgressPage.tsx"), "ProgressPage"),
      },
      {
        path: PATHS.documentSettings,
        lazy: page(
          () => import("./features/document-settings/DocumentSettingsPage.tsx"),
          "DocumentSettingsPage",
        ),
      },
      {
        path: PATHS.quotas,
        lazy: page(() => import("./features/quotas/QuotasPage.tsx"), "QuotasPage", "quotas.read_all"),
      },
      {
        path: PATHS.briefing,
        lazy: page(() => import("./features/briefing/BriefingPage.tsx"), "BriefingPage", "briefing.read"),
      },
      {
        path: PATHS.outbox,
        lazy: page(() => import("./features/outbox/OutboxPage.tsx"), "OutboxPage", "outbox.manage"),
      },
      {
        path: PATHS.changePassword,
        lazy: page(() => import("./features/auth/ChangePasswordPage.tsx"), "ChangePasswordPage"),
      },
      {
        path: PATHS.accountSecurity,
        lazy: page(() => import("./features/security/AccountSecurityPage.tsx"), "AccountSecurityPage"),
      },
      {
        path: PATHS.securityLog,
        lazy: page(
          () => import("./features/security-log/SecurityLogPage.tsx"),
          "SecurityLogPage",
          "security.read",
        ),
      },
      { path: PATHS.budgets, lazy: page(() => import("./features/budget/BudgetsPage.tsx"), "BudgetsPage") },
      { path: PATHS.budget, lazy: page(() => import("./features/budget/BudgetPage.tsx"), "BudgetPage") },
      {
        path: PATHS.propaganda,
        lazy: page(() => import("./features/propaganda/PropagandaPage.tsx"), "PropagandaPage"),
      },
      {
        path: PATHS.changePassword,
        lazy: page(() => import("./features/auth/ChangePasswordPage.tsx"), "ChangePasswordPage"),
      },
      {
        path: PATHS.nominations,
        lazy: page(
          () => import("./features/nominations/MyNominationsPage.tsx"),
          "MyNominationsPage",
          "nominations.edit_own",
        ),
      },
      {
        path: PATHS.nominationList,
        lazy: page(
          () => import("./features/nominations/CompiledListPage.tsx"),
          "CompiledListPage",
          "nominations.read_all",
        ),
      },
      {
        path: PATHS.nominationImport,
        lazy: page(
          () => import("./features/nominations/ImportPackagePage.tsx"),
          "ImportPackagePage",
          "nominations.review",
        ),
      },
      { path: "*", lazy: page(() => import("./components/NotFoundPage.tsx"), "NotFoundPage") },
    ],
  },
]);
