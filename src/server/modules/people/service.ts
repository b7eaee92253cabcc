import type { Page, PageParams } from "../../../domain/paging.ts";
import {
  type Person,
  type PersonCreate,
  type PersonInput,
  type PersonUpdate,
  personIdentityKey,
  personSearchKey,
} from "../../../domain/persons.ts";
import type { Db } from "../../db/client.ts";
import { persons } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { peoplePolicy, requirePeopleAccess, requirePeopleEditor } from "./policy.ts";
import { findPerson, pagePersons, unitExists } from "./queries.ts";
import { redactPersonal } from "./redact.ts";

const PERSON_NOT_FOUND = "Không tìm thấy người này.";

/** The unit whose list the caller reads or writes; another unit's is "not found" for a unit user. */
export async function resolveListUnit(
  ctx: ServiceContext,
  unitId: string | undefined,
): Promise<string | undefined> {
  if (unitId && !peoplePolicy.canRead(ctx.actor, unitId)) throw notFound("Không tìm thấy đơn vị.");
  if (peoplePolicy.readAll(ctx.actor)) return unitId;
  return ctx.actor.unitId!;
}

export async function listPeople(
  ctx: ServiceContext,
  query: { q?: string; unitId?: string } & PageParams,
): Promise<Page<Person>> {
  requirePeopleAccess(ctx.actor);
  const unitId = await resolveListUnit(ctx, query.unitId);
  const page = await pagePersons(ctx.db, { unitId, q: query.q }, query);
  return { ...page, items: page.items.map((p) => redactPersonal(ctx.actor, p)) };
}

/** A person the caller may read, or 404. */
export async function readablePerson(ctx: ServiceContext, db: Db, id: string): Promise<Person> {
  const person = await findPerson(db, id);
  if (!person || !peoplePolicy.canRead(ctx.actor, person.unitId)) throw notFound(PERSON_NOT_FOUND);
  return person;
}

export async function getPerson(ctx: ServiceContext, id: string): Promise<Person> {
  requirePeopleAccess(ctx.actor);
  return redactPersonal(ctx.actor, await readablePerson(ctx, ctx.db, id));
}

function personValues(input: PersonInput) {
  return {
    fullName: input.fullName,
    searchKey: personSearchKey(input),
    identityKey: personIdentityKey(input),
    gender: input.gender ?? null,
    birthYear: input.birthYear ?? null,
    ethnicityCode: input.ethnicityCode ?? null,
    position: input.position ?? null,
    workplace: input.workplace ?? null,
    categories: input.categories ?? [],
    emulationLevel: input.emulationLevel ?? null,
    economicSector: input.economicSector ?? null,
    titles: input.titles ?? null,
    achievement: input.achievement ?? null,
  };
}

/** Inserts a person of `unitId` inside the caller's transaction, with its audit row. */
export async function insertPerson(
  tx: Db,
  ctx: ServiceContext,
  unitId: string,
  input: PersonInput,
): Promise<string> {
  const now = ctx.clock.now();
  const [row] = await tx
    .insert(persons)
    .values({ ...personValues(input), unitId, createdAt: now, updatedAt: now })
    .returning({ id: persons.id });
  const after = await findPerson(tx, row!.id);
  await recordAudit(tx, ctx, {
    action: "person.create",
    entityType: "person",
    entityId: row!.id,
    unitId,
    after,
  });
  return row!.id;
}

/** The unit a new record goes to: a unit user's own; the office names one. */
export async function targetUnit(ctx: ServiceContext, unitId: string | undefined): Promise<string> {
  requirePeopleEditor(ctx.actor);
  if (!peoplePolicy.editsAll(ctx.actor)) {
    if (unitId && unitId !== ctx.actor.unitId) {
      throw forbidden("Cán bộ đơn vị chỉ được thêm người, tập thể của đơn vị mình.");
    }
    return ctx.actor.unitId!;
  }
  if (!unitId) throw validation("Hãy chọn đơn vị.", { fields: { unitId: "Đơn vị: bắt buộc chọn" } });
  if (!(await unitExists(ctx.db, unitId))) {
    throw validation("Đơn vị không tồn tại.", { fields: { unitId: "Đơn vị không tồn tại." } });
  }
  return unitId;
}

export async function createPerson(ctx: ServiceContext, input: PersonCreate): Promise<Person> {
  const unitId = await targetUnit(ctx, input.unitId);
  const id = await ctx.db.transaction((tx) => insertPerson(tx, ctx, unitId, input));
  return getPerson(ctx, id);
}

export async function updatePerson(ctx: ServiceContext, id: string, input: PersonUpdate): Promise<Person> {
  requirePeopleAccess(ctx.actor);
  const before = await readablePerson(ctx, ctx.db, id);
  if (!peoplePolicy.canEdit(ctx.actor, before.unitId)) {
    throw forbidden("Chỉ Thường trực HĐ TĐKT và cán bộ của đơn vị được sửa người này.");
  }
  const merged = { ...before } as unknown as PersonInput & Record<string, unknown>;
  for (const [k, v] of Object.entries(input)) if (v !== undefined && k !== "version") merged[k] = v;
  await withTx(ctx, async (tx) => {
    const set = personValues(merged);
    await versionedUpdate(tx, persons, {
      id,
      version: input.version,
      set,
      notFound: "Không tìm thấy người này.",
    });
    const after = await findPerson(tx.db, id);
    await recordAudit(tx.db, tx, {
      action: "person.update",
      entityType: "person",
      entityId: id,
      unitId: before.unitId,
      before,
      after,
    });
  });
  return getPerson(ctx, id);
}
