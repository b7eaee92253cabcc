/**
 * Forms checked in the browser with the server's own Zod schemas (issue #13 item 4): the
 * schema's issues become Mantine field errors, field by field, in the schema's Vietnamese
 * words (zod-vi.ts, field-labels.ts). A field's label already stands above its input, so a
 * message's leading "Nhãn: " (the field's name) is dropped there.
 */
import type { z } from "zod";
import "../../domain/zod-vi.ts";

export type FieldErrors = Record<string, string>;

/** The first issue of each field, keyed by its dotted path ("answers.plannedDate"). */
export function zodFieldErrors(schema: z.ZodType, input: unknown): FieldErrors {
  const r = schema.safeParse(input);
  if (r.success) return {};
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const key = issue.path.map(String).join(".");
    if (!key || key in errors) continue;
    errors[key] = sentence(issue.message.replace(FIELD_PREFIX, ""));
  }
  return errors;
}

/** "Tên đăng nhập: 3–40 ký tự …" → "3–40 ký tự …": the name before the first colon. */
const FIELD_PREFIX = /^[^:\d]{1,40}: (?=\S)/u;
const sentence = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/**
 * A Mantine `validate` function: `toInput` turns the form's values into what the API receives
 * (the same shape the schema parses on the server); `extra` adds checks that span fields.
 */
export function zodValidate<V>(
  schema: z.ZodType,
  toInput: (values: V) => unknown,
  extra?: (values: V) => FieldErrors,
): (values: V) => FieldErrors {
  return (values) => ({ ...zodFieldErrors(schema, toInput(values)), ...(extra?.(values) ?? {}) });
}
