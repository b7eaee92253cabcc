import type { Actor } from "../../../domain/roles.ts";
import {
  missingAnswers,
  timeliness,
  timelinessLabel,
  UNIT_PLAN_STATUS_LABELS,
  type UnitPlan,
  type UnitPlanAnswers,
  UnitPlanAnswersSchema,
  type UnitPlanStatus,
} from "../../../domain/unit-plans.ts";
import { unitPlanPolicy } from "./policy.ts";
import type { UnitPlanRow } from "./queries.ts";

export function storedAnswers(raw: unknown): UnitPlanAnswers {
  const parsed = UnitPlanAnswersSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/** The API view of one participant's unit plan for `actor`; lateness against `dueOn`, counted at `today`. */
export function toUnitPlan(actor: Actor, row: UnitPlanRow, dueOn: string | null, today: Date): UnitPlan {
  const s = row.submission;
  const status = (s?.status ?? "not_submitted") as UnitPlanStatus;
  const answers = storedAnswers(s?.answers ?? {});
  const t = dueOn ? timeliness(dueOn, s?.submittedAt ?? null, today) : null;
  return {
    id: s?.id ?? null,
    planId: row.planId,
    unitId: row.unitId,
    unitCode: row.unitCode,
    unitName: row.unitName,
    role: row.role,
    status,
    statusLabel: UNIT_PLAN_STATUS_LABELS[status] ?? status,
    answers,
    missingAnswers: missingAnswers(answers),
    file: row.file ? { ...row.file, uploadedAt: row.file.uploadedAt.toISOString() } : null,
    submittedAt: s?.submittedAt?.toISOString() ?? null,
    reviewedAt: s?.reviewedAt?.toISOString() ?? null,
    reviewComment: s?.reviewComment ?? null,
    timeliness: t ? { ...t, label: timelinessLabel(t) } : null,
    version: s?.version ?? 0,
    can: unitPlanPolicy.can(actor, { unitId: row.unitId, role: row.role, status }),
  };
}
