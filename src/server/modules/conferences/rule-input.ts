/**
 * The one place that loads stored conferences for the rules engine (D1–D9): plan rules
 * (validated), unit kind and workforce, the plan's milestones, today in Vietnam's time
 * zone. Only loading and reshaping here; every decision (the cap, which milestone is the
 * deadline, the checks) is a pure function of `src/domain/rules/`.
 */
import { inArray } from "drizzle-orm";
import { type PlanRules, PlanRulesSchema } from "../../../domain/plan/rules.ts";
import {
  type CapDecision,
  capFor,
  checkConference,
  conferenceDeadline,
  type RuleDelegate,
  type RuleInput,
  type Violation,
} from "../../../domain/rules/index.ts";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import { milestones, plans } from "../../db/schema/index.ts";
import type { Clock } from "../../http/context.ts";
import {
  type AgendaRow,
  type ConferenceRow,
  type DelegateRow,
  groupBy,
  listAgendaRows,
  listDelegateRows,
  listPresidiumRows,
  type PresidiumRow,
} from "./queries.ts";

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Made once: building an Intl formatter costs about a millisecond, every read asks for today. */
const DAY_FORMAT = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** ISO yyyy-mm-dd of the clock's instant in Vietnam. */
export function todayIso(clock: Clock): string {
  return DAY_FORMAT.format(clock.now());
}

export type PlanContext = { rules: PlanRules; deadlines: Map<string, string> };

export async function loadPlanContexts(db: Db, planIds: string[]): Promise<Map<string, PlanContext>> {
  const ids = [...new Set(planIds)];
  const out = new Map<string, PlanContext>();
  if (ids.length === 0) return out;
  const [planRows, msRows] = await readTogether(db, [
    () => db.select({ id: plans.id, rules: plans.rules }).from(plans).where(inArray(plans.id, ids)),
    () =>
      db
        .select({ planId: milestones.planId, code: milestones.code, dueOn: milestones.dueOn })
        .from(milestones)
        .where(inArray(milestones.planId, ids)),
  ]);
  for (const p of planRows) {
    const deadlines = new Map<string, string>();
    for (const m of msRows) if (m.planId === p.id) deadlines.set(m.code, m.dueOn);
    out.set(p.id, { rules: parsedRules(p.rules), deadlines });
  }
  return out;
}

/**
 * The plan's rules, validated. Validating them cost more than every query of a conference
 * read together (issue #11 item 4), and they change seldom: the result is kept per stored
 * text (the key is the rules themselves, so an edit by any path is never served stale).
 */
const rulesCache = new Map<string, PlanRules>();
export function parsedRules(raw: unknown): PlanRules {
  const key = JSON.stringify(raw ?? {});
  const hit = rulesCache.get(key);
  if (hit) return structuredClone(hit);
  const rules = PlanRulesSchema.parse(raw ?? {});
  if (rulesCache.size >= 64) rulesCache.delete(rulesCache.keys().next().value!);
  rulesCache.set(key, rules);
  return structuredClone(rules);
}

export type ConferenceBundle = {
  row: ConferenceRow;
  rules: PlanRules;
  deadline: string | null;
  delegates: DelegateRow[];
  presidium: PresidiumRow[];
  agenda: AgendaRow[];
  input: RuleInput;
  capDecision: CapDecision;
  violations: Violation[];
};

function ruleDelegate(d: DelegateRow): RuleDelegate {
  const gender = d.person?.gender;
  return {
    id: d.id,
    personId: d.personId ?? `collective:${d.collectiveId}`,
    fullName: d.fullName,
    role: d.role,
    status: d.status,
    gender: gender === "male" || gender === "female" ? gender : null,
    ethnicityCode: d.person?.ethnicityCode ?? null,
    categories: d.person?.categories ?? [],
  };
}

/** Everything the rules engine and the detail view need, for many conferences at once. */
export async function loadBundles(
  db: Db,
  rows: ConferenceRow[],
  opts: { today: string; phase?: "draft" | "final" },
): Promise<ConferenceBundle[]> {
  const ids = rows.map((r) => r.id);
  // Independent reads go out together on the pool; inside a transaction one after another (readTogether).
  const [plansById, delegateList, presidiumList, agendaList] = await readTogether(db, [
    () =>
      loadPlanContexts(
        db,
        rows.map((r) => r.planId),
      ),
    () => listDelegateRows(db, ids),
    () => listPresidiumRows(db, ids),
    () => listAgendaRows(db, ids),
  ]);
  const delegateRows = groupBy(delegateList);
  const presidiumRows = groupBy(presidiumList);
  const agendaRows = groupBy(agendaList);
  return rows.map((row) => {
    const plan = plansById.get(row.planId);
    const rules = plan?.rules ?? PlanRulesSchema.parse({});
    const deadline = conferenceDeadline(row.kind, plan?.deadlines ?? new Map());
    const delegates = delegateRows.get(row.id) ?? [];
    const presidium = presidiumRows.get(row.id) ?? [];
    const agenda = agendaRows.get(row.id) ?? [];
    const input: RuleInput = {
      rules,
      unit: {
        id: row.unitId,
        name: row.unitName,
        kindCode: row.unitKind,
        hasWorkforce: row.hasWorkforce,
        workforce: row.workforce,
      },
      conference: {
        kind: row.kind,
        form: row.form,
        date: row.date,
        startTime: row.startTime,
        endTime: row.endTime,
        budgetSource: row.budgetSource,
        deadline,
        phase: opts.phase ?? "draft",
      },
      delegates: delegates.map(ruleDelegate),
      presidium: presidium.map((p) => ({ delegateId: p.delegateId, order: p.order })),
      agenda: agenda.map((a) => ({ order: a.order, coreCode: a.coreCode, title: a.title })),
      today: opts.today,
    };
    const capDecision = capFor(
      rules,
      { kindCode: row.unitKind, hasWorkforce: row.hasWorkforce },
      row.workforce,
      row.kind,
    );
    return {
      row,
      rules,
      deadline,
      delegates,
      presidium,
      agenda,
      input,
      capDecision,
      violations: checkConference(input),
    };
  });
}
