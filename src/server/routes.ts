import type { FastifyInstance } from "fastify";
import type { Database } from "./db/client.ts";
import type { AppDeps } from "./http/session-plugin.ts";
import { auditRoutes } from "./modules/audit/index.ts";
import { authRoutes } from "./modules/auth/index.ts";
import { awardDataRoutes, awardDecisionRoutes, awardDocumentRoutes } from "./modules/awards/index.ts";
import { briefingRoutes } from "./modules/briefing/index.ts";
import { budgetRoutes } from "./modules/budget/index.ts";
import { conferenceDocumentRoutes } from "./modules/conference-documents/index.ts";
import { conferenceRoutes } from "./modules/conferences/index.ts";
import { delegateListRoutes } from "./modules/delegate-lists/index.ts";
import { documentSettingsRoutes } from "./modules/document-settings/index.ts";
import { dossierRoutes } from "./modules/dossiers/index.ts";
import { duplicatesRoutes } from "./modules/duplicates/index.ts";
import { fileRoutes } from "./modules/files/index.ts";
import { healthRoutes } from "./modules/health/index.ts";
import { nominationRoutes } from "./modules/nominations/index.ts";
import { notificationRoutes } from "./modules/notifications/index.ts";
import type { Mailer } from "./modules/outbox/index.ts";
import { outboxRoutes } from "./modules/outbox/index.ts";
import { peopleRoutes } from "./modules/people/index.ts";
import { planRoutes } from "./modules/plans/index.ts";
import { progressRoutes } from "./modules/progress/index.ts";
import { propagandaRoutes } from "./modules/propaganda/index.ts";
import { quotaRoutes } from "./modules/quotas/index.ts";
import { reminderRoutes } from "./modules/reminders/index.ts";
import { searchRoutes } from "./modules/search/index.ts";
import { securityLogRoutes } from "./modules/security-log/index.ts";
import { todoRoutes } from "./modules/todo/index.ts";
import { unitPlanRoutes } from "./modules/unit-plans/index.ts";
import { unitRoutes } from "./modules/units/index.ts";
import { userRoutes } from "./modules/users/index.ts";

/** Every feature's routes, registered in one place. */
export async function registerRoutes(
  app: FastifyInstance,
  deps: AppDeps & { database: Database; mailer: Mailer | null },
) {
  await healthRoutes(app, deps.database);
  await authRoutes(app, deps);
  await unitRoutes(app, deps);
  await userRoutes(app, deps);
  await auditRoutes(app, deps);
  await securityLogRoutes(app, deps);
  await planRoutes(app, deps);
  await peopleRoutes(app, deps);
  await conferenceRoutes(app, deps);
  await unitPlanRoutes(app, deps);
  await fileRoutes(app, deps);
  await delegateListRoutes(app, deps);
  await documentSettingsRoutes(app);
  await conferenceDocumentRoutes(app);
  await searchRoutes(app);
  await duplicatesRoutes(app);
  await progressRoutes(app);
  await briefingRoutes(app);
  await dossierRoutes(app, deps);
  await notificationRoutes(app);
  await reminderRoutes(app);
  await outboxRoutes(app, deps);
  await todoRoutes(app);
  await nominationRoutes(app, deps);
  await quotaRoutes(app);
  await budgetRoutes(app);
  await propagandaRoutes(app);
  await awardDataRoutes(app);
  await awardDecisionRoutes(app);
  await awardDocumentRoutes(app);
}
