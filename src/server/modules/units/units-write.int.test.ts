import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { Unit } from "../../../domain/units.ts";
import { auditEvents } from "../../db/schema/index.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function unitsByCode(): Promise<Map<string, Unit>> {
  const office = await t.as("vanphong");
  const items = (await office.get("/api/units?includeInactive=true")).json().items as Unit[];
  return new Map(items.map((u) => [u.code, u]));
}

const auditRows = (action: string, entityId: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));

describe("unit writes by the office (B1, N2)", () => {
  it("creates a unit, with an audit row in the same change", async () => {
    const office = await t.as("vanphong");
    const town = (await unitsByCode()).get("bimson")!;
    const res = await office.post("/api/units", {
      code: "CtyMoi",
      name: "  Công ty TNHH  Mới ",
      kind: "doanh_nghiep",
      parentId: town.id,
      workforce: 120,
    });
    expect(res.statusCode).toBe(201);
    const unit = res.json() as Unit;
    expect(unit).toMatchObject({
      code: "ctymoi",
      name: "Công ty TNHH Mới",
      kind: "doanh_nghiep",
      kindName: "Doanh nghiệp",
      workforce: 120,
      version: 1,
      active: true,
    });
    const rows = await auditRows("unit.create", unit.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUsername: "vanphong", unitId: unit.id, before: null });
    expect(rows[0]!.after).toMatchObject({ code: "ctymoi", workforce: 120 });
  });

  it("stores NFC and a diacritic-free search key", async () => {
    const office = await t.as("vanphong");
    const nfd = "Phường Đông Hải".normalize("NFD");
    const res = await office.post("/api/units", { code: "donghai", name: nfd, kind: "phuong" });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe("Phường Đông Hải".normalize("NFC"));
  });

  it("refuses a duplicate code (409 naming it), an unknown kind, and workforce on a kind without one", async () => {
    const office = await t.as("vanphong");
    const dup = await office.post("/api/units", { code: "badinh", name: "Trùng", kind: "phuong" });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: "CONFLICT" });
    expect(dup.json().error.message).toMatch(/"badinh".*"Phường Ba Đình"/u);

    const kind = await office.post("/api/units", { code: "abc", name: "ABC", kind: "khongco" });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.details.fields.kind).toBe('Không có loại đơn vị "khongco".');

    const wf = await office.post("/api/units", { code: "abc", name: "ABC", kind: "phuong", workforce: 10 });
    expect(wf.statusCode).toBe(400);
    expect(wf.json().error.details.fields.workforce).toMatch(/"Phường" không có số lao động/u);

    const parent = await office.post("/api/units", {
      code: "abc",
      name: "ABC",
      kind: "phuong",
      parentId: "00000000-0000-4000-8000-000000000000",
    });
    expect(parent.statusCode).toBe(400);
    expect(parent.json().error.details.fields.parentId).toMatch(/không tồn tại/u);
    expect((await unitsByCode()).has("abc")).toBe(false);
  });

  it("edits with the version read; a stale edit gets 409 and changes nothing", async () => {
    const office = await t.as("vanphong");
    const before = (await unitsByCode()).get("khvina")!;
    const ok = await office.patch(`/api/units/${before.id}`, {
      version: before.version,
      workforce: 640,
      address: "Bỉm Sơn",
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ workforce: 640, address: "Bỉm Sơn", version: before.version + 1 });

    const stale = await office.patch(`/api/units/${before.id}`, { version: before.version, workforce: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("STALE");
    expect(stale.json().error.message).toMatch(/người khác thay đổi/u);
    const now = (await unitsByCode()).get("khvina")!;
    expect(now).toMatchObject({ workforce: 640, version: before.version + 1 });

    const taken = await office.patch(`/api/units/${before.id}`, {
      version: before.version + 1,
      code: "ngoctrao",
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toMatch(/"ngoctrao"/u);
    const cycle = await office.patch(`/api/units/${before.id}`, {
      version: before.version + 1,
      parentId: before.id,
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.message).toMatch(/cấp trên của chính nó/u);

    const audit = await auditRows("unit.update", before.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toMatchObject({ workforce: 620 });
    expect(audit[0]!.after).toMatchObject({ workforce: 640 });
  });

  it("moves a unit and refuses a cycle in Vietnamese", async () => {
    const office = await t.as("vanphong");
    const units = await unitsByCode();
    const badinh = units.get("badinh")!;
    const halan = units.get("halan")!;
    const moved = await office.post(`/api/units/${halan.id}/move`, {
      parentId: badinh.id,
      version: halan.version,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: badinh.id, version: halan.version + 1 });

    const town = units.get("bimson")!;
    const cycle = await office.post(`/api/units/${town.id}/move`, {
      parentId: halan.id,
      version: town.version,
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.message).toMatch(/vòng lặp/u);
    const self = await office.post(`/api/units/${badinh.id}/move`, {
      parentId: badinh.id,
      version: badinh.version,
    });
    expect(self.json().error.message).toBe('Đơn vị "Phường Ba Đình" không thể là cấp trên của chính nó.');
    // Unchanged: the town stays under the province the demo holds (issue #9 item 7).
    expect((await unitsByCode()).get("bimson")!.parentId).toBe(town.parentId);
    expect(await auditRows("unit.move", halan.id)).toHaveLength(1);
  });

  it("deactivates and activates again, each audited; stale is refused", async () => {
    const office = await t.as("vanphong");
    const u = (await unitsByCode()).get("vantailamson")!;
    const off = await office.post(`/api/units/${u.id}/deactivate`, { version: u.version });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    const list = (await office.get("/api/units")).json().items as Unit[];
    expect(list.some((x) => x.id === u.id)).toBe(false);
    expect((await office.post(`/api/units/${u.id}/activate`, { version: u.version })).statusCode).toBe(409);
    const on = await office.post(`/api/units/${u.id}/activate`, { version: u.version + 1 });
    expect(on.json()).toMatchObject({ active: true, version: u.version + 2 });
    expect(await auditRows("unit.deactivate", u.id)).toHaveLength(1);
    expect(await auditRows("unit.activate", u.id)).toHaveLength(1);
  });

  it("deletes only a unit without data", async () => {
    const office = await t.as("vanphong");
    const units = await unitsByCode();
    const withData = await office.delete(`/api/units/${units.get("ngoctrao")!.id}`);
    expect(withData.statusCode).toBe(409);
    expect(withData.json().error.message).toMatch(/đã có dữ liệu.*Ngừng hoạt động/u);
    const town = await office.delete(`/api/units/${units.get("bimson")!.id}`);
    expect(town.json().error.message).toMatch(/đơn vị cấp dưới/u);

    const fresh = units.get("donghai")!;
    const gone = await office.delete(`/api/units/${fresh.id}`);
    expect(gone.statusCode).toBe(204);
    expect((await office.get(`/api/units/${fresh.id}`)).statusCode).toBe(404);
    const audit = await auditRows("unit.delete", fresh.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toMatchObject({ code: "donghai" });
  });
});

describe("who may write (N3)", () => {
  it("a unit user gets 403 on every write and sees only its own unit", async () => {
    const units = await unitsByCode();
    const own = units.get("badinh")!;
    const other = units.get("ngoctrao")!;
    const c = await t.as("badinh");
    const writes = [
      await c.post("/api/units", { code: "x-new", name: "X", kind: "phuong" }),
      await c.patch(`/api/units/${own.id}`, { version: own.version, name: "Đổi tên" }),
      await c.post(`/api/units/${own.id}/move`, { parentId: null, version: own.version }),
      await c.post(`/api/units/${own.id}/deactivate`, { version: own.version }),
      await c.post(`/api/units/${own.id}/activate`, { version: own.version }),
      await c.delete(`/api/units/${own.id}`),
      await c.post("/api/unit-kinds", { code: "khu_pho", name: "Khu phố" }),
      await c.post("/api/clusters", { name: "Cụm số 9" }),
    ];
    for (const res of writes) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toMatch(/Chỉ Thường trực HĐ TĐKT/u);
    }
    expect((await c.get(`/api/units/${other.id}`)).statusCode).toBe(404);
    expect((await c.get(`/api/units/${own.id}`)).statusCode).toBe(200);
    const list = (await c.get("/api/units")).json().items as Unit[];
    expect(list.map((u) => u.code)).toEqual(["badinh"]);
    expect((await unitsByCode()).get("badinh")!.name).toBe("Phường Ba Đình");
  });

  it("the chairman, council, culture and finance may read but not write", async () => {
    for (const who of ["chutich", "hoidong", "vanhoa", "taichinh"]) {
      const c = await t.as(who);
      expect((await c.get("/api/units")).statusCode).toBe(200);
      expect((await c.post("/api/units", { code: "khac", name: "Khác", kind: "phuong" })).statusCode).toBe(
        403,
      );
    }
    expect(
      (await t.anonymous().post("/api/units", { code: "khac", name: "Khác", kind: "phuong" })).statusCode,
    ).toBe(401);
  });
});
