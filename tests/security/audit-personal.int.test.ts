/**
 * Audit rows say that a sensitive field changed, never its value (issue #12 item 8; SPEC N3;
 * NĐ 13/2023: ethnicity is sensitive): adding a person and changing one leaves no birth year,
 * birth date or ethnicity in the change audit — also not inside a derived key.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SENSITIVE_MARK } from "../../src/domain/audit/vocabulary.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";
import { figure } from "./figures.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** Every leaf value of a JSON document, with its path. */
function leaves(value: unknown, at = ""): Array<[string, unknown]> {
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${at}.${k}`));
  return [[at, value]];
}

async function auditRows(entityId: string) {
  const r = (await t.database.ownerDb.execute(
    sql`select action, before, after from audit_events where entity_id = ${entityId} order by id`,
  )) as unknown as { rows: Array<{ action: string; before: unknown; after: unknown }> };
  return r.rows;
}

describe("personal data in the change audit", () => {
  it("keeps that birth year, birth date and ethnicity changed, never their values", async () => {
    const office = await t.as("vanphong");
    const [unit] = (
      (await t.database.ownerDb.execute(sql`select unit_id from persons limit 1`)) as unknown as {
        rows: Array<{ unit_id: string }>;
      }
    ).rows;
    const created = await office.post("/api/people", {
      unitId: unit!.unit_id,
      fullName: "Hà Thị Lan",
      gender: "female",
      birthYear: 1988,
      ethnicityCode: "17",
      position: "Tổ trưởng tổ sản xuất",
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    // A full birth date as a delegate list would bring it.
    await t.database.ownerDb.execute(sql`update persons set birth_date = '1988-04-30' where id = ${id}`);
    const current = (await office.get(`/api/people/${id}`)).json();
    const changed = await office.patch(`/api/people/${id}`, {
      ethnicityCode: "04",
      position: "Tổ phó tổ sản xuất",
      version: current.version,
    });
    expect(changed.statusCode, changed.body).toBe(200);

    const rows = await auditRows(id);
    expect(rows.map((r) => r.action)).toEqual(["person.create", "person.update"]);
    const values = rows.flatMap((r) => [...leaves(r.before, "before"), ...leaves(r.after, "after")]);
    const leaked = values.filter(
      ([, v]) =>
        v === 1988 ||
        v === "17" ||
        v === "04" ||
        (typeof v === "string" && (/1988/u.test(v) || /Thái|Mường/u.test(v))),
    );
    expect(leaked).toEqual([]);
    // The change is still told: the ethnicity changed, its value is not there.
    const update = rows[1]!;
    expect((update.before as Record<string, unknown>).ethnicityCode).toBe(SENSITIVE_MARK);
    expect((update.after as Record<string, unknown>).ethnicityCode).toBe(SENSITIVE_MARK);
    expect((update.after as Record<string, unknown>).position).toBe("Tổ phó tổ sản xuất");
    figure(
      8,
      `audit rows of a person added and changed: ${values.length} values, ${leaked.length} sensitive values (birth year, birth date, ethnicity)`,
    );
  });
});
