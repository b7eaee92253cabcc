/**
 * An audit trail you can trust (issue #12 item 6, ADR 0007): every row is chained to the one
 * before by a SHA-256 hash, `verifyAuditChain` (npm run audit:verify) finds the first row changed
 * behind the app's back, and on PostgreSQL the app's role can neither switch the triggers off
 * nor change or remove audit rows.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgErrorCode } from "../../src/server/db/pg-errors.ts";
import { withTx } from "../../src/server/db/write.ts";
import { recordAudit, verifyAuditChain } from "../../src/server/modules/audit/index.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";
import { FIXED_NOW } from "../helpers/constants.ts";
import { figure } from "./figures.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const clock = { now: () => FIXED_NOW };
const rows = async <T>(q: Promise<unknown>) => ((await q) as { rows: T[] }).rows;

async function failure(q: Promise<unknown>): Promise<string | undefined> {
  try {
    await q;
  } catch (err) {
    return pgErrorCode(err) ?? String(err);
  }
  return undefined;
}

describe("audit hash chain", () => {
  it("chains every row, also rows written at the same time", async () => {
    const office = await t.as("vanphong");
    expect((await office.post("/api/auth/logout")).statusCode).toBeLessThan(300);
    const ctx = { db: t.database.db, actor: null, clock, logger: t.app.log };
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        withTx(ctx, (tx) =>
          recordAudit(tx.db, tx, { action: "user.update", entityType: "user", entityId: `song-song-${i}` }),
        ),
      ),
    );
    const report = await verifyAuditChain(t.database.db);
    expect(report).toEqual({ ok: true, rows: expect.any(Number) });
    const [{ n } = { n: 0 }] = await rows<{ n: number }>(
      t.database.db.execute(sql`select count(*)::int as n from audit_events`),
    );
    expect(report.rows).toBe(n);
    expect(n).toBeGreaterThan(12);
  });

  it("finds the first row changed behind the app's back (as the owner, trigger off)", async () => {
    const owner = t.database.ownerDb;
    const [{ seq, id, who } = { seq: 0, id: 0, who: null }] = await rows<{
      seq: number;
      id: number;
      who: string | null;
    }>(
      owner.execute(
        sql`select chain_seq::int as seq, id::int as id, actor_username as who from audit_events order by chain_seq offset 4 limit 1`,
      ),
    );
    const setWho = async (value: string | null) => {
      await owner.execute(sql`alter table audit_events disable trigger audit_events_no_update`);
      await owner.execute(sql`update audit_events set actor_username = ${value} where chain_seq = ${seq}`);
      await owner.execute(sql`alter table audit_events enable trigger audit_events_no_update`);
    };
    await setWho("ke-gian");
    const report = await verifyAuditChain(t.database.db);
    expect(report).toMatchObject({ ok: false, seq, id, rows: seq - 1 });
    figure(
      6,
      `audit:verify: row ${seq} changed as the owner → reported broken at row ${report.ok ? "none" : report.seq}`,
    );
    if (!report.ok) expect(report.reason).toMatch(/bị sửa/u);
    // Put back as it was, the chain is whole again.
    await setWho(who);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it("notices the last rows removed", async () => {
    const owner = t.database.ownerDb;
    await owner.execute(sql`alter table audit_events disable trigger audit_events_no_update`);
    const [{ last } = { last: 0 }] = await rows<{ last: number }>(
      owner.execute(sql`select max(chain_seq)::int as last from audit_events`),
    );
    await owner.execute(sql`delete from audit_events where chain_seq = ${last}`);
    await owner.execute(sql`alter table audit_events enable trigger audit_events_no_update`);
    const report = await verifyAuditChain(t.database.db);
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.reason).toMatch(/dòng cuối đã bị xóa/u);
  });
});

describe.runIf(process.env.THIDUA_TEST_DB === "postgres")("the app's PostgreSQL role", () => {
  it("owns nothing: cannot disable the audit triggers, change, remove or truncate audit rows", async () => {
    const db = t.database.db;
    const [who] = await rows<{ u: string; owner: string }>(
      db.execute(
        sql`select current_user as u, (select tableowner from pg_tables where tablename = 'audit_events') as owner`,
      ),
    );
    expect(who!.u).toBe("thidua_app");
    expect(who!.owner).not.toBe("thidua_app");
    expect(
      await failure(db.execute(sql`alter table audit_events disable trigger audit_events_no_update`)),
    ).toBe("42501");
    expect(await failure(db.execute(sql`alter table audit_events disable trigger all`))).toBe("42501");
    expect(await failure(db.execute(sql`update audit_events set action = 'x'`))).toBe("42501");
    expect(await failure(db.execute(sql`delete from audit_events`))).toBe("42501");
    expect(await failure(db.execute(sql`truncate audit_events`))).toBe("42501");
    expect(await failure(db.execute(sql`update audit_chain_head set seq = 0`))).toBe("42501");
    expect(await failure(db.execute(sql`drop trigger audit_events_chain on audit_events`))).toBe("42501");
    // It still reads and appends.
    expect(await failure(db.execute(sql`select count(*) from audit_events`))).toBeUndefined();
  });
});
