import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { compareVi } from "../../../domain/text.ts";
import { buildTree, type Unit, type UnitNode } from "../../../domain/units.ts";
import { auditEvents } from "../../db/schema/index.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("unit kinds and clusters are data (M1)", () => {
  it("every signed-in user reads the kinds; the office adds one", async () => {
    const unit = await t.as("badinh");
    const kinds = (await unit.get("/api/unit-kinds")).json().items as { code: string }[];
    expect(kinds.map((k) => k.code)).toEqual([
      "tinh",
      "thi_xa",
      "phuong",
      "xa",
      "co_quan",
      "doan_the",
      "doanh_nghiep",
    ]);
    expect((await t.anonymous().get("/api/unit-kinds")).statusCode).toBe(401);

    const office = await t.as("vanphong");
    const res = await office.post("/api/unit-kinds", {
      code: "dac_khu",
      name: "Đặc khu",
      sortOrder: 35,
      isArea: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      code: "dac_khu",
      name: "Đặc khu",
      sortOrder: 35,
      hasWorkforce: false,
      isArea: true,
      active: true,
    });
    const again = await office.post("/api/unit-kinds", { code: "dac_khu", name: "Khác" });
    expect(again.statusCode).toBe(409);
    const sameName = await office.post("/api/unit-kinds", { code: "dackhu2", name: "ĐẶC KHU" });
    expect(sameName.statusCode).toBe(409);
    expect(sameName.json().error.message).toMatch(/Đặc khu/u);
    const after = (await unit.get("/api/unit-kinds")).json().items as { code: string }[];
    expect(after.map((k) => k.code).indexOf("dac_khu")).toBe(3);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "unit_kind.create"));
    expect(audit.map((a) => a.entityId)).toEqual(["dac_khu"]);
  });

  it("clusters: read by all, added by the office, names unique ignoring case and diacritics", async () => {
    const office = await t.as("vanphong");
    const res = await office.post("/api/clusters", { name: "Cụm thi đua số 1", note: "Các phường" });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: "Cụm thi đua số 1", note: "Các phường" });
    expect((await office.post("/api/clusters", { name: "cum thi dua so 3" })).statusCode).toBe(409);
    const list = (await (await t.as("hoidong")).get("/api/clusters")).json().items as { name: string }[];
    expect(list.map((c) => c.name)).toEqual(["Cụm thi đua số 1", "Cụm thi đua số 3"]);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "cluster.create"));
    expect(audit).toHaveLength(1);
  });
});

describe("today's shape entered as data, no code change (M1)", () => {
  it("province → wards, a unit moved under a new ward, the town deactivated", async () => {
    const office = await t.as("vanphong");
    const byCode = async () =>
      new Map(
        ((await office.get("/api/units?includeInactive=true")).json().items as Unit[]).map((u) => [
          u.code,
          u,
        ]),
      );
    const create = async (body: Record<string, unknown>) => {
      const res = await office.post("/api/units", body);
      expect(res.statusCode).toBe(201);
      return res.json() as Unit;
    };

    // The demo already holds tỉnh Thanh Hóa above the town (issue #9 item 7).
    const province = (await byCode()).get("tinhthanhhoa")!;
    const quangTrung = await create({
      code: "p-quangtrung",
      name: "Phường Quang Trung",
      kind: "phuong",
      parentId: province.id,
    });
    const bimSon = await create({
      code: "p-bimson",
      name: "Phường Bỉm Sơn",
      kind: "phuong",
      parentId: province.id,
    });

    const before = await byCode();
    const ximang = before.get("ximang")!;
    const moved = await office.post(`/api/units/${ximang.id}/move`, {
      parentId: bimSon.id,
      version: ximang.version,
    });
    expect(moved.statusCode).toBe(200);
    const town = before.get("bimson")!;
    const off = await office.post(`/api/units/${town.id}/deactivate`, { version: town.version });
    expect(off.statusCode).toBe(200);

    const active = (await office.get("/api/units")).json().items as Unit[];
    expect(active[0]).toMatchObject({ code: "tinhthanhhoa", kind: "tinh", kindName: "Tỉnh" });
    expect(active.some((u) => u.code === "bimson")).toBe(false);
    const tree = buildTree(active, compareVi);
    const root = tree.find((n) => n.code === "tinhthanhhoa")!;
    const names = (n: UnitNode<Unit>) => n.children.map((c) => c.name);
    expect(names(root)).toEqual(["Phường Bỉm Sơn", "Phường Quang Trung", "Sở Nội vụ tỉnh Thanh Hóa"]);
    expect(names(root.children[0]!)).toEqual(["Công ty Cổ phần Xi măng Bỉm Sơn"]);
    expect(root.children[1]!.id).toBe(quangTrung.id);

    const all = await byCode();
    expect(all.get("bimson")).toMatchObject({ active: false });
    const fullTree = buildTree([...all.values()], compareVi);
    expect(fullTree.map((n) => n.name)).toEqual(["Tỉnh Thanh Hóa"]);
    const oldTown = fullTree[0]!.children.find((c) => c.code === "bimson")!;
    expect(oldTown.children.some((c) => c.code === "ximang")).toBe(false);
  });
});

describe("API documentation", () => {
  it("documents the unit routes", async () => {
    const res = await (await t.as("vanphong")).get("/api/docs/json");
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of [
      "/api/units",
      "/api/units/{id}/move",
      "/api/units/import",
      "/api/units/export.xlsx",
      "/api/unit-kinds",
      "/api/clusters",
    ]) {
      expect(paths).toContain(p);
    }
  });
});
