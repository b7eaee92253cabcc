import type { FastifyInstance } from "fastify";
import type { Database } from "./db/client.ts";
import type { AppDeps } from "./http/session-plugin.ts";
import { auditRoutes } from "./modules/audit/routes.ts";
import { authRoutes } from "./modules/auth/routes.ts";
import { briefingRoutes } from "./modules/briefing/routes.ts";
import { conferenceRoutes } from "./modules/conferences/routes.ts";
import { delegateListRoutes } from "./modules/delegate-lists/routes.ts";
import { dossierRoutes } from "./modules/dossiers/routes.ts";
import { duplicatesRoutes } from "./modules/duplicates/routes.ts";
import { fileRoutes } from "./modules/files/routes.ts";
import { healthRoutes } from "./modules/health/routes.ts";
import { notificationRoutes } from "./modules/notifications/routes.ts";
import type { Mailer } from "./modules/outbox/mailer.ts";
import { outboxRoutes } from "./modules/outbox/routes.ts";
import { peopleRoutes } from "./modules/people/routes.ts";
import { planRoutes } from "./modules/plans/routes.ts";
import { progressRoutes } from "./modules/progress/routes.ts";
import { reminderRoutes } from "./modules/reminders/routes.ts";
import { searchRoutes } from "./modules/search/routes.ts";
import { unitPlanRoutes } from "./modules/unit-plans/routes.ts";
import { unitRoutes } from "./modules/units/routes.ts";
import { userRoutes } from "./modules/users/routes.ts";

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
  await planRoutes(app, deps);
  await peopleRoutes(app, deps);
  await conferenceRoutes(app, deps);
  await unitPlanRoutes(app, deps);
  await fileRoutes(app, deps);
  await delegateListRoutes(app, deps);
  await searchRoutes(app);
  await duplicatesRoutes(app);
  await progressRoutes(app);
  await briefingRoutes(app);
  await dossierRoutes(app, deps);
  await notificationRoutes(app);
  await reminderRoutes(app);
  await outboxRoutes(app, deps);
}
