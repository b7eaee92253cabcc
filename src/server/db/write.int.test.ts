/**
 * The write helpers on a real database (issue #7 item 5): versioned update (409 / 404),
 * the transaction context, pg error codes through Drizzle's wrapper. PGlite and PostgreSQL.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/helpers/db.ts";
import { AppError } from "../http/errors.ts";
import type { Database } from "./client.ts";
import { conflictOnUnique, PG_ERROR, pgErrorCode } from "./pg-errors.ts";
import { units } from "./schema/index.ts";
import { versionedUpdate, withTx } from "./write.ts";

let database: Database;
const at = new Date("2026-03-02T03:00:00Z");
const ctx = () => ({ db: database.db, clock: { now: () => at } });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

async function someUnit() {
  const [u] = await database.db.select().from(units).where(eq(units.code, "bimson"));
  return u!;
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("versionedUpdate", () => {
  it("updates, bumps the version and updated_at in one statement and returns the row", async () => {
    const before = await someUnit();
    const after = await versionedUpdate(ctx(), units, {
      id: before.id,
      version: before.version,
      set: { address: "Số 1 Trần Phú" },
    });
    expect(after).toMatchObject({ id: before.id, address: "Số 1 Trần Phú", version: before.version + 1 });
    expect(after.updatedAt.toISOString()).toBe(at.toISOString());
    expect((await someUnit()).version).toBe(before.version + 1);
  });

  it("refuses the version read once someone saved first: 409 STALE, nothing written", async () => {
    const before = await someUnit();
    await versionedUpdate(ctx(), units, { id: before.id, version: before.version, set: { address: "A" } });
    const err = await rejection(
      versionedUpdate(ctx(), units, { id: before.id, version: before.version, set: { address: "B" } }),
    );
    expect(err).toMatchObject({ code: "STALE", status: 409 });
    expect((await someUnit()).address).toBe("A");
  });

  it("answers 404 for a row that does not exist, with the message given", async () => {
    const err = await rejection(
      versionedUpdate(ctx(), units, {
        id: "00000000-0000-4000-8000-000000000000",
        version: 1,
        set: { address: "X" },
        notFound: "Không tìm thấy đơn vị.",
      }),
    );
    expect(err).toMatchObject({ code: "NOT_FOUND", status: 404, message: "Không tìm thấy đơn vị." });
  });

  it("checks extra conditions in the same statement and says why through `conflict`", async () => {
    const before = await someUnit();
    const err = await rejection(
      versionedUpdate(ctx(), units, {
        id: before.id,
        version: before.version,
        set: { address: "C" },
        where: eq(units.active, false),
        conflict: (row) => new AppError("CONFLICT", `Đơn vị "${row.name}" đang hoạt động.`),
      }),
    );
    expect(err).toMatchObject({ code: "CONFLICT", message: `Đơn vị "${before.name}" đang hoạt động.` });
    expect((await someUnit()).version).toBe(before.version);
    const noReason = await rejection(
      versionedUpdate(ctx(), units, {
        id: before.id,
        version: before.version,
        set: { address: "C" },
        where: eq(units.active, false),
      }),
    );
    expect(noReason.code).toBe("STALE");
  });

  it("without a version read, bumps whatever version is current", async () => {
    const before = await someUnit();
    const after = await versionedUpdate(ctx(), units, { id: before.id, set: { address: "D" } });
    expect(after.version).toBe(before.version + 1);
  });
});

describe("withTx", () => {
  it("hands the callback a context on the transaction: a failure rolls every write back", async () => {
    const before = await someUnit();
    const outer = ctx();
    const failed = withTx(outer, async (txCtx) => {
      expect(txCtx.db).not.toBe(database.db);
      expect(txCtx.clock).toBe(outer.clock);
      await versionedUpdate(txCtx, units, { id: before.id, version: before.version, set: { address: "E" } });
      throw new AppError("CONFLICT", "dừng lại");
    });
    await expect(failed).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await someUnit()).toMatchObject({ version: before.version, address: before.address });

    const v = await withTx(ctx(), async (txCtx) => {
      const row = await versionedUpdate(txCtx, units, { id: before.id, version: before.version, set: {} });
      return row.version;
    });
    expect(v).toBe(before.version + 1);
  });
});

describe("pg errors", () => {
  const duplicate = async () => {
    const u = await someUnit();
    await database.db
      .insert(units)
      .values({ code: u.code, name: "Trùng mã", searchKey: "trung ma", kindCode: u.kindCode });
  };

  it("reads the SQLSTATE through Drizzle's wrapper on both drivers", async () => {
    const err = await duplicate().then(
      () => null,
      (e: unknown) => e,
    );
    expect(pgErrorCode(err)).toBe(PG_ERROR.uniqueViolation);
    expect(pgErrorCode(new Error("không phải lỗi SQL"))).toBeUndefined();
    expect(pgErrorCode({ cause: { cause: { code: "23503" } } })).toBe(PG_ERROR.foreignKeyViolation);
  });

  it("maps a unique violation to 409 CONFLICT naming the field, and rethrows anything else", async () => {
    const err = await rejection(
      duplicate().catch(conflictOnUnique("code", 'Mã đơn vị "bimson" đã tồn tại.')),
    );
    expect(err).toMatchObject({
      code: "CONFLICT",
      status: 409,
      details: { fields: { code: 'Mã đơn vị "bimson" đã tồn tại.' } },
    });
    const other = new Error("khác");
    await expect(Promise.reject(other).catch(conflictOnUnique("code", "x"))).rejects.toBe(other);
  });
});
