/** Test data written straight to the database: units by code, conferences, people, delegates. */
import { and, count, eq } from "drizzle-orm";
import { personIdentityKey, personSearchKey } from "../../../../domain/persons.ts";
import type { Db } from "../../../db/client.ts";
import { conferences, delegates, persons, units } from "../../../db/schema/index.ts";
import { currentPlanId } from "../../units/queries.ts";

export async function unitIdOf(db: Db, code: string): Promise<string> {
  const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  if (!u) throw new Error(`no unit ${code}`);
  return u.id;
}

/**
 * The unit's conference in the running plan (of `kind` when given; created as a
 * "unit" conference when missing), put in `status`.
 */
export async function conferenceOf(
  db: Db,
  code: string,
  status = "draft",
  kind?: "unit" | "pilot",
): Promise<string> {
  const unitId = await unitIdOf(db, code);
  const planId = (await currentPlanId(db))!;
  const where = [eq(conferences.unitId, unitId), eq(conferences.planId, planId)];
  if (kind) where.push(eq(conferences.kind, kind));
  let [c] = await db
    .select({ id: conferences.id })
    .from(conferences)
    .where(and(...where));
  if (!c) {
    [c] = await db
      .insert(conferences)
      .values({ planId, unitId, kind: kind ?? "unit", title: "Hội nghị điển hình tiên tiến năm 2020" })
      .returning({ id: conferences.id });
  }
  await db.update(conferences).set({ status }).where(eq(conferences.id, c!.id));
  return c!.id;
}

export type PersonSeed = {
  fullName: string;
  gender?: "male" | "female" | null;
  birthYear?: number | null;
  position?: string | null;
  workplace?: string | null;
  ethnicityCode?: string | null;
};

/** Inserts people of the unit (and makes them delegates of `conferenceId` when given); returns ids. */
export async function addPeople(
  db: Db,
  code: string,
  people: PersonSeed[],
  conferenceId?: string,
): Promise<string[]> {
  const unitId = await unitIdOf(db, code);
  const rows = await db
    .insert(persons)
    .values(
      people.map((p) => ({
        unitId,
        fullName: p.fullName,
        searchKey: personSearchKey(p),
        identityKey: personIdentityKey(p),
        gender: p.gender ?? null,
        birthYear: p.birthYear ?? null,
        position: p.position ?? null,
        workplace: p.workplace ?? null,
        ethnicityCode: p.ethnicityCode ?? null,
      })),
    )
    .returning({ id: persons.id });
  const ids = rows.map((r) => r.id);
  if (conferenceId) await db.insert(delegates).values(ids.map((personId) => ({ conferenceId, personId })));
  return ids;
}

export async function delegateCount(db: Db, conferenceId: string): Promise<number> {
  const [r] = await db.select({ n: count() }).from(delegates).where(eq(delegates.conferenceId, conferenceId));
  return Number(r!.n);
}

export async function personCount(db: Db): Promise<number> {
  const [r] = await db.select({ n: count() }).from(persons);
  return Number(r!.n);
}
