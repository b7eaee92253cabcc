/** How people and collectives read on screen, in the words offices use. */
import { GENDER_LABELS } from "../../../domain/persons.ts";
import { PERSON_CATEGORY_LABELS, type PersonCategory } from "../../../domain/rules/categories.ts";

export const genderLabel = (g: string | null): string =>
  g === "male" || g === "female" ? GENDER_LABELS[g] : "";

/** Category codes as their Vietnamese names (an unknown code is shown as is). */
export const categoryLabels = (codes: readonly string[]): string[] =>
  codes.map((c) => PERSON_CATEGORY_LABELS[c as PersonCategory] ?? c);

/** "Chức vụ – đơn vị công tác": the position, then the workplace when the position does not name it already. */
export function positionLine(p: { position: string | null; workplace: string | null }): string {
  const parts = [p.position, p.workplace].filter((s): s is string => !!s?.trim());
  if (parts.length === 2 && parts[0]!.toLocaleLowerCase("vi").includes(parts[1]!.toLocaleLowerCase("vi")))
    return parts[0]!;
  return parts.join(", ");
}

export const DEMO_PERSON_HINT =
  "Người này là số liệu mẫu để chạy thử phần mềm, không phải người thật của đơn vị.";
