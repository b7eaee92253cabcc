/**
 * The demo's seed steps, run in this order inside the seed's transaction after units,
 * plans and users exist (SPEC "Demo data"). A feature adds its demo records by adding
 * one step here (dossiers: G1–G4 append theirs). Every date goes through `day`/`at`,
 * so the running plan's story stays "in flight" around the seed's today (in-flight.ts).
 */
import type { PlanRules } from "../../../domain/plan/rules.ts";
import type { Db } from "../client.ts";
import { seedCouncilAssignments } from "./demo-assignments.ts";
import { seedDemoBudgetsAndPropaganda } from "./demo-budget-propaganda.ts";
import { seedDemoConferences } from "./demo-conferences.ts";
import { seedDemoLevels } from "./demo-levels.ts";
import { seedDemoUnitPlans } from "./demo-unit-plans.ts";

export type SeedContext = {
  planId: string;
  unitIds: ReadonlyMap<string, string>;
  userIds: ReadonlyMap<string, string>;
  rules: PlanRules;
  /** The seed's clock instant. */
  now: Date;
  /** A day of the story (written as on IN_FLIGHT_DAY), moved to today's frame. */
  day(iso: string): string;
  /** `hhmm` in Vietnam on a day of the story, moved to today's frame. */
  at(iso: string, hhmm: string): Date;
};

export type SeedStep = (tx: Db, ctx: SeedContext) => Promise<void>;

export const DEMO_STEPS: readonly SeedStep[] = [
  seedDemoConferences,
  seedDemoUnitPlans,
  seedCouncilAssignments,
  seedDemoBudgetsAndPropaganda,
  seedDemoLevels,
];
