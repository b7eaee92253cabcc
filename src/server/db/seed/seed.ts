/**
 * Loads the demo data on an empty database (O1, SPEC "Demo data"): unit kinds,
 * Bỉm Sơn's units, the seed's plan as a template (its own dates) and as the running
 * plan (re-dated "in flight" around the seed's today: in-flight.ts), its milestones and
 * pilot units, one user per role plus one per unit, then the ordered DEMO_STEPS.
 */
import { sql } from "drizzle-orm";
import { SEED_PLAN_RULES } from "../../../domain/plan/rules.ts";
import { foldVietnamese } from "../../../domain/text.ts";
import type { Clock } from "../../http/context.ts";
import { recordAudit } from "../../modules/audit/index.ts";
import { generatePassword, hashPassword } from "../../modules/auth/index.ts";
import type { Db } from "../client.ts";
import {
  clusters,
  milestones,
  planParticipants,
  plans,
  unitDocumentSettings,
  unitKinds,
  units,
  users,
} from "../schema/index.ts";
import { demoDocumentSettings } from "./demo-document-settings.ts";
import { seedDemoDossiers } from "./demo-dossiers.ts";
import { SEED_MILESTONES, SEED_PILOTS, SEED_PLAN } from "./demo-plan.ts";
import {
  DEMO_CLUSTER,
  DEMO_KINDS,
  DEMO_ROLE_USERS,
  DEMO_UNITS,
  UNITS_WITHOUT_UNIT_USER,
} from "./demo-units.ts";
import { inFlightShift, shiftAt, shiftDay } from "./in-flight.ts";
import { DEMO_STEPS, type SeedContext } from "./steps.ts";

const ORGANISERS = new Set(["bimson", "noivu"]);

export type SeedResult =
  | { seeded: false }
  | { seeded: true; password: string; generated: boolean; usernames: string[]; planId: string };

export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db.execute(sql`select count(*)::int as n from users`);
  const n = (rows as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
  return n === 0;
}

export async function seedDemo(db: Db, opts: { password?: string; clock: Clock }): Promise<SeedResult> {
  if (!(await isEmpty(db))) return { seeded: false };
  const password = opts.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const now = opts.clock.now();
  const shift = inFlightShift(now);

  return db.transaction(async (tx) => {
    await tx.insert(unitKinds).values(DEMO_KINDS).onConflictDoNothing();
    const [cluster] = await tx.insert(clusters).values({ name: DEMO_CLUSTER }).returning();

    const unitIds = new Map<string, string>();
    for (const u of DEMO_UNITS) {
      const [row] = await tx
        .insert(units)
        .values({
          code: u.code,
          name: u.name,
          searchKey: foldVietnamese(u.name),
          kindCode: u.kind,
          parentId: u.parent ? unitIds.get(u.parent)! : null,
          workforce: u.workforce ?? null,
          population: u.population ?? null,
          clusterId: u.cluster ? cluster!.id : null,
          isDemo: u.isDemo ?? false,
        })
        .returning({ id: units.id });
      unitIds.set(u.code, row!.id);
    }
    await tx
      .insert(unitDocumentSettings)
      .values(
        [...demoDocumentSettings()].map(([code, settings]) => ({ unitId: unitIds.get(code)!, ...settings })),
      );

    const base = {
      ...SEED_PLAN,
      rules: SEED_PLAN_RULES as unknown as Record<string, unknown>,
      issuingUnitId: unitIds.get("bimson")!,
    };
    const [template] = await tx
      .insert(plans)
      .values({ ...base, isTemplate: true, status: "issued" })
      .returning();
    const [plan] = await tx
      .insert(plans)
      .values({ ...base, isTemplate: false, isDemo: true, status: "issued", templateId: template!.id })
      .returning();
    for (const [p, moved] of [
      [template!, 0],
      [plan!, shift],
    ] as const) {
      await tx.insert(milestones).values(
        SEED_MILESTONES.map((m, i) => ({
          ...m,
          dueOn: shiftDay(m.dueOn, moved),
          planId: p.id,
          sortOrder: i + 1,
        })),
      );
    }
    // The town itself and its standing office (Phòng Nội vụ) run the plan; they do not take part in it.
    const participants = DEMO_UNITS.filter((u) => !ORGANISERS.has(u.code)).map((u) => ({
      planId: plan!.id,
      unitId: unitIds.get(u.code)!,
      role: SEED_PILOTS[u.code] ? "pilot" : "ordinary",
      invitees: SEED_PILOTS[u.code] ?? [],
    }));
    await tx.insert(planParticipants).values(participants);

    const userRows = [
      ...DEMO_ROLE_USERS.map((u) => ({
        username: u.username,
        fullName: u.fullName,
        role: u.role,
        unitId: u.unit ? unitIds.get(u.unit)! : null,
      })),
      ...DEMO_UNITS.filter((u) => !UNITS_WITHOUT_UNIT_USER.has(u.code)).map((u) => ({
        username: u.code,
        fullName: `Cán bộ ${u.name}`,
        role: "unit",
        unitId: unitIds.get(u.code)!,
      })),
    ];
    const inserted = await tx
      .insert(users)
      .values(userRows.map((u) => ({ ...u, passwordHash, createdAt: now, updatedAt: now })))
      .returning({ id: users.id, username: users.username });
    const ctx: SeedContext = {
      planId: plan!.id,
      unitIds,
      userIds: new Map(inserted.map((u) => [u.username, u.id])),
      rules: SEED_PLAN_RULES,
      now,
      day: (iso) => shiftDay(iso, shift),
      at: (iso, hhmm) => shiftAt(iso, hhmm, shift),
    };
    for (const step of DEMO_STEPS) await step(tx, ctx);
    // Dossier requirements go on the template and the running plan; demo items on the latter (G1).
    await seedDemoDossiers(tx, { planIds: [template!.id, plan!.id], planId: plan!.id, unitIds, now });
    await recordAudit(
      tx,
      { db: tx, clock: opts.clock, actor: null, logger: undefined as never },
      {
        action: "seed.demo",
        entityType: "system",
        after: { units: DEMO_UNITS.length, users: userRows.length, planId: plan!.id },
      },
    );
    return {
      seeded: true,
      password,
      generated: opts.password === undefined,
      usernames: userRows.map((u) => u.username),
      planId: plan!.id,
    };
  });
}
