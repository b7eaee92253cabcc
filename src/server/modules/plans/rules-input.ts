/**
 * Changing a plan's rules (A2): the office sends the values it changes, they are merged
 * into the current document and the whole is validated by PlanRulesSchema. A refused
 * value answers 400 naming the field in Vietnamese.
 */
import { ruleLabel } from "../../../domain/plan/rule-labels.ts";
import { type PlanRules, PlanRulesSchema } from "../../../domain/plan/rules.ts";
import { validation } from "../../http/errors.ts";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays and plain values replace; null removes (the default comes back). */
export function mergeRules(current: Json, patch: Json): Json {
  const out: Json = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (isObject(value) && isObject(out[key])) out[key] = mergeRules(out[key] as Json, value);
    else out[key] = value;
  }
  return out;
}

/** Keys the schema does not know, as paths: a misspelt key would otherwise be dropped silently. */
function unknownKeys(schema: unknown, value: unknown, path: string[] = []): string[][] {
  type Node = { _zod?: { def?: Record<string, unknown> } } | undefined;
  const WRAPPERS = ["default", "prefault", "optional", "nullable"];
  let s = schema as Node;
  while (WRAPPERS.includes(s?._zod?.def?.type as string)) s = s?._zod?.def?.innerType as Node;
  const def = s?._zod?.def;
  if (def?.type !== "object" || !isObject(value)) return [];
  const shape = def.shape as Record<string, unknown>;
  return Object.entries(value).flatMap(([k, v]) =>
    k in shape ? unknownKeys(shape[k], v, [...path, k]) : [[...path, k]],
  );
}

export function parseRules(current: Json, patch: Json): PlanRules {
  const merged = mergeRules(current, patch);
  const fields: Record<string, string> = {};
  for (const path of unknownKeys(PlanRulesSchema, patch)) {
    fields[["rules", ...path].join(".")] = `Không có quy định "${path.join(".")}" trong kế hoạch.`;
  }
  const parsed = PlanRulesSchema.safeParse(merged);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = ["rules", ...issue.path.map(String)].join(".");
      fields[key] ??= `${ruleLabel(issue.path)}: ${issue.message}`;
    }
  }
  const messages = Object.values(fields);
  if (messages.length > 0) {
    throw validation(`Quy định của kế hoạch chưa hợp lệ: ${messages.join("; ")}`, { fields });
  }
  return parsed.data!;
}
