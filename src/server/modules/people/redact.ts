/**
 * N3: birth year and ethnicity are personal data, shown only to the roles that
 * need them (`people.read_personal`, domain/access.ts). Every response that carries a
 * person goes through here.
 */
import { seesPersonalData } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";

type Personal = { birthYear: number | null; ethnicityCode: string | null; ethnicityName: string | null };

export function redactPersonal<T extends Personal>(actor: Actor, person: T): T {
  if (seesPersonalData(actor)) return person;
  return { ...person, birthYear: null, ethnicityCode: null, ethnicityName: null };
}
