/**
 * From parsed rows to what the import will do (E3): the role from "Đối tượng", the
 * duplicate key of each person (E6), rows naming the same person twice (an error:
 * the file is refused), and which people the unit already has.
 */
import { inArray, sql } from "drizzle-orm";
import { personIdentityKey, personSearchKey } from "../../../domain/persons.ts";
import { foldVietnamese } from "../../../domain/text.ts";
import type { Db } from "../../db/client.ts";
import { delegates, persons } from "../../db/schema/index.ts";
import type {
  DelegateImportError,
  DelegateListParseResult,
  ParsedDelegateRow,
} from "../../imports/delegate-list.ts";

export type PlannedRow = ParsedDelegateRow & { role: "exemplar" | "guest"; identityKey: string };

/** "Khách mời", "ĐB khách mời", "Guest" → guest; anything else (or nothing) → exemplar. */
export function roleOf(category: string | null): "exemplar" | "guest" {
  const c = category ? foldVietnamese(category) : "";
  return /\bkhach moi\b|\bguest\b/u.test(c) ? "guest" : "exemplar";
}

export function planRows(parsed: DelegateListParseResult): {
  rows: PlannedRow[];
  errors: DelegateImportError[];
} {
  const errors: DelegateImportError[] = [];
  const firstRowOf = new Map<string, number>();
  const column = parsed.mapping.fullName ?? "";
  const rows = parsed.rows.map((r) => {
    const identityKey = personIdentityKey(r);
    const first = firstRowOf.get(identityKey);
    if (first !== undefined) {
      errors.push({
        row: r.row,
        column,
        field: "fullName",
        message: `Dòng ${r.row}, cột ${column}: “${r.fullName}” trùng với dòng ${first} (cùng họ tên, năm sinh, giới tính). Hãy xóa dòng trùng, hoặc ghi năm sinh để phân biệt hai người.`,
      });
    } else firstRowOf.set(identityKey, r.row);
    return { ...r, role: roleOf(r.category), identityKey };
  });
  return { rows, errors };
}

/** Person values for a new person of the unit from a row of the list. */
export function personFromRow(r: PlannedRow, unitId: string, now: Date) {
  return {
    unitId,
    fullName: r.fullName,
    searchKey: personSearchKey({ fullName: r.fullName, position: r.position }),
    identityKey: r.identityKey,
    gender: r.gender,
    birthYear: r.birthYear,
    birthDate: r.birthDate,
    ethnicityCode: r.ethnicityCode,
    position: r.position,
    achievement: r.achievement,
    createdAt: now,
    updatedAt: now,
  };
}

export type Resolution = {
  /** identity key → the unit's existing person (the oldest when several). */
  existing: Map<string, string>;
  /** ids of people already on this conference's list. */
  listed: Set<string>;
};

const CHUNK = 1000;

export async function resolveExisting(
  db: Db,
  unitId: string,
  conferenceId: string,
  keys: string[],
): Promise<Resolution> {
  const existing = new Map<string, string>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const found = await db
      .select({ id: persons.id, key: persons.identityKey })
      .from(persons)
      .where(
        sql`${persons.unitId} = ${unitId} and ${inArray(persons.identityKey, unique.slice(i, i + CHUNK))}`,
      )
      .orderBy(persons.createdAt, persons.id);
    for (const p of found) if (!existing.has(p.key)) existing.set(p.key, p.id);
  }
  const ids = [...existing.values()];
  const listed = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select({ personId: delegates.personId })
      .from(delegates)
      .where(
        sql`${delegates.conferenceId} = ${conferenceId} and ${inArray(delegates.personId, ids.slice(i, i + CHUNK))}`,
      );
    for (const r of rows) if (r.personId) listed.add(r.personId);
  }
  return { existing, listed };
}

export function countPlan(rows: PlannedRow[], res: Resolution) {
  let created = 0;
  let reused = 0;
  let alreadyListed = 0;
  for (const r of rows) {
    const id = res.existing.get(r.identityKey);
    if (!id) created++;
    else {
      reused++;
      if (res.listed.has(id)) alreadyListed++;
    }
  }
  return { created, reused, alreadyListed, added: rows.length - alreadyListed };
}
