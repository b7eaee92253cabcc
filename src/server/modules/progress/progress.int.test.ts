import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { FIXED_NOW } from "../../../../tests/helpers/constants.ts";
import { cellState, milestoneApplies, type ProgressBoard, vnDate } from "../../../domain/progress.ts";
import {
  auditEvents,
  conferences,
  dossierItems,
  dossierRequirements,
  milestones,
  planParticipants,
  plans,
  unitPlanSubmissions,
  units,
} from "../../db/schema/index.ts";

/** 09:00 on 25/03/2020 in Vietnam: the demo plan's own day (no dates moved). */
const clock = { now: () => FIXED_NOW };
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t?.close());

const board = async (user: string, query = "") => {
  const res = await (await t.as(user)).get(`/api/progress${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ProgressBoard;
};

/** Counts from the raw rows, with the pure cell function: no SQL shared with the board. */
async function expectedCounts(filter: (u: { kindCode: string }) => boolean = () => true) {
  const db = t.database.db;
  const [plan] = await db.select().from(plans).where(eq(plans.isTemplate, false));
  const ms = await db.select().from(milestones).where(eq(milestones.planId, plan!.id));
  const parts = await db.select().from(planParticipants).where(eq(planParticipants.planId, plan!.id));
  const allUnits = new Map((await db.select().from(units)).map((u) => [u.id, u]));
  const subs = await db.select().from(unitPlanSubmissions).where(eq(unitPlanSubmissions.planId, plan!.id));
  const confs = await db.select().from(conferences).where(eq(conferences.planId, plan!.id));
  const reqs = await db.select().from(dossierRequirements).where(eq(dossierRequirements.planId, plan!.id));
  const items = await db.select().from(dossierItems).where(eq(dossierItems.planId, plan!.id));
  /** G3: done when every required slot is sent; on the day of the last sending. */
  const dossierDone = (unitId: string): string | null => {
    const sent = items.filter((i) => i.unitId === unitId && ["submitted", "accepted"].includes(i.status));
    const complete =
      reqs.length > 0 &&
      reqs.every((r) => {
        const added = items.filter((i) => i.unitId === unitId && i.requirementCode === r.code).length;
        const need = r.perNominee ? Math.max(r.minCount, added) : 1;
        return sent.filter((i) => i.requirementCode === r.code).length >= need;
      });
    if (!complete) return null;
    const last = Math.max(...sent.map((i) => i.submittedAt!.getTime()));
    return vnDate(new Date(last));
  };
  const rows = [
    ...parts.map((p) => ({ unitId: p.unitId, role: p.role })),
    { unitId: plan!.issuingUnitId!, role: "office" },
  ].filter((r) => filter(allUnits.get(r.unitId)!));
  const today = vnDate(FIXED_NOW);
  const counts: Record<string, Record<string, number>> = {};
  for (const m of ms) {
    counts[m.code] = { on_time: 0, late: 0, overdue: 0, not_due: 0, na: 0 };
    for (const r of rows) {
      let doneOn: string | null = null;
      if (m.code === "unit_plan") {
        const s = subs.find((x) => x.unitId === r.unitId && ["submitted", "accepted"].includes(x.status));
        doneOn = s?.submittedAt ? vnDate(s.submittedAt) : null;
      } else if (m.code.endsWith("_conference")) {
        const kind = m.code.replace("_conference", "");
        const c = confs.find(
          (x) => x.unitId === r.unitId && x.kind === kind && ["held", "closed"].includes(x.status),
        );
        doneOn = c ? (c.date ?? vnDate(c.heldAt!)) : null;
      } else if (m.code === "dossier") {
        doneOn = dossierDone(r.unitId);
      }
      const { state } = cellState({
        applies: milestoneApplies(m.appliesTo, r.role),
        dueOn: m.dueOn,
        doneOn,
        today,
      });
      counts[m.code]![state]! += 1;
    }
  }
  return { counts, rows: rows.length };
}

describe("the progress board (K2)", () => {
  it("counts every cell as the raw rows say, one row per participant plus the town's", async () => {
    const b = await board("vanphong");
    const expected = await expectedCounts();
    expect(b.counts).toEqual(expected.counts);
    expect(b.total).toBe(expected.rows);
    expect(b.units).toHaveLength(expected.rows);
    expect(b.milestones.map((m) => m.code)).toEqual([
      "unit_plan",
      "pilot_conference",
      "unit_conference",
      "dossier",
      "town_conference",
    ]);
    // every state is present in the demo
    const states = new Set(
      Object.values(b.counts).flatMap((c) => Object.keys(c).filter((k) => c[k as "na"] > 0)),
    );
    expect([...states].sort()).toEqual(["late", "na", "not_due", "on_time", "overdue"]);
  });

  it("shows each cell's state, days, when and who", async () => {
    const b = await board("vanphong", "?limit=100");
    const row = (name: string) => b.units.find((u) => u.name === name)!;
    expect(row("Phường Phú Sơn").cells.unit_plan).toMatchObject({
      state: "late",
      days: 7,
      status: "submitted",
    });
    expect(row("Công ty Cổ phần Môi trường và công trình đô thị Bỉm Sơn").cells.unit_plan).toMatchObject({
      state: "on_time",
      days: null,
      status: "submitted",
      by: null,
    });
    expect(row("Trung tâm Văn hóa – Thể dục thể thao").cells.unit_plan).toMatchObject({
      state: "on_time",
      status: "accepted",
      by: "Thường trực HĐ TĐKT (Phòng Nội vụ)",
    });
    expect(row("Xã Quang Trung").cells.unit_plan).toMatchObject({
      state: "overdue",
      days: 131,
      status: "returned",
    });
    expect(row("Xã Hà Lan").cells.unit_conference).toMatchObject({ state: "on_time", status: "held" });
    expect(row("Xã Hà Lan").cells.pilot_conference!.state).toBe("na");
    expect(row("Phường Ba Đình").cells.pilot_conference).toMatchObject({
      state: "overdue",
      days: 5,
      status: "draft",
    });
    expect(row("Phường Ngọc Trạo").cells.unit_conference).toMatchObject({ state: "not_due", days: 6 });
    expect(row("Thị xã Bỉm Sơn").cells.town_conference).toMatchObject({ state: "not_due", days: 87 });
    expect(row("Thị xã Bỉm Sơn").cells.unit_plan!.state).toBe("na");
    expect(row("Phường Ba Đình").cells.dossier).toMatchObject({ state: "not_due", days: 21, doneAt: null });
  });

  it("marks a dossier done on the day its last required item was sent (G3), as the dossier list says", async () => {
    const b = await board("vanphong", "?limit=100");
    const dossiers = (await (await t.as("vanphong")).get("/api/dossiers?limit=100")).json() as {
      items: { unitId: string; completedAt: string | null; state: string }[];
    };
    const done = dossiers.items.filter((d) => d.completedAt);
    expect(done.length).toBeGreaterThan(0);
    for (const d of dossiers.items) {
      const cell = b.units.find((u) => u.id === d.unitId)!.cells.dossier!;
      expect(cell.doneAt && new Date(cell.doneAt).toISOString()).toBe(d.completedAt);
      expect(cell.status).toBe(d.state);
      expect(cell.itemId).toBe(d.unitId);
    }
    const firstDone = b.units.find((u) => u.id === done[0]!.unitId)!.cells.dossier!;
    expect(["on_time", "late"]).toContain(firstDone.state);
  });

  it("filters by kind, cluster and state, with counts of the filtered units", async () => {
    const all = await board("vanphong");
    const wards = await board("vanphong", "?kind=phuong");
    expect(wards.units.length).toBe(6);
    expect(wards.counts).toEqual((await expectedCounts((u) => u.kindCode === "phuong")).counts);
    expect(wards.counts.unit_plan!.overdue).toBeLessThan(all.counts.unit_plan!.overdue);
    const [cluster] = await t.database.db.select().from(units).where(eq(units.code, "ximang"));
    const inCluster = await board("vanphong", `?clusterId=${cluster!.clusterId}`);
    expect(inCluster.units.map((u) => u.kind).every((k) => k === "doanh_nghiep")).toBe(true);
    const late = await board("vanphong", "?state=late&milestone=unit_plan");
    expect(late.units.map((u) => u.name).sort()).toEqual(["Phường Phú Sơn", "Thị đoàn"]);
    const sorted = await board("vanphong", "?sort=milestone&milestone=unit_plan");
    expect(sorted.units[0]!.cells.unit_plan!.state).toBe("overdue");
    const paged = await board("vanphong", "?limit=5&page=2");
    expect(paged.units).toHaveLength(5);
    expect(paged.total).toBe(all.total);
    expect(paged.units[0]!.id).toBe(all.units[5]!.id);
  });

  it("starts a Council member with their units; 'all' shows every unit", async () => {
    const mine = await board("hoidong");
    expect(mine.units).toHaveLength(6);
    expect(mine.memberId).not.toBeNull();
    expect(mine.units.every((u) => u.members.includes("Thành viên Hội đồng TĐKT thị xã"))).toBe(true);
    const all = await board("hoidong", "?memberId=all");
    expect(all.memberId).toBeNull();
    expect(all.total).toBeGreaterThan(20);
    const office = await board("vanphong", `?memberId=${mine.memberId}`);
    expect(office.units.map((u) => u.id)).toEqual(mine.units.map((u) => u.id));
  });

  it("gives a unit user only its own row, whatever the filters", async () => {
    for (const q of ["", "?memberId=all", "?kind=doan_the"]) {
      const b = await board("badinh", q);
      expect(b.units.map((u) => u.name)).toEqual(q === "?kind=doan_the" ? [] : ["Phường Ba Đình"]);
    }
    // ADR 0005: Phòng Văn hóa – Thông tin is a participant; its staff see its own row only.
    const culture = await board("vanhoa", "?memberId=all");
    expect(culture.units.map((u) => u.name)).toEqual(["Phòng Văn hóa – Thông tin"]);
  });

  it("exports the board as xlsx", async () => {
    const res = await (await t.as("chutich")).get("/api/progress/export.xlsx?kind=phuong");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});

describe("council assignments (K1)", () => {
  it("the office replaces a member's units, audited; a stale set is 409; others 403", async () => {
    const office = await t.as("vanphong");
    const { members } = (await office.get("/api/council-assignments")).json() as {
      members: { id: string; username: string; unitIds: string[] }[];
    };
    const second = members.find((m) => m.username === "hoidong2")!;
    expect(second.unitIds).toHaveLength(6);
    const keep = second.unitIds.slice(0, 2);
    const res = await office.put(`/api/council-assignments/${second.id}`, {
      unitIds: keep,
      previous: second.unitIds,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().unitIds).toEqual([...keep].sort());
    const again = await office.put(`/api/council-assignments/${second.id}`, {
      unitIds: [],
      previous: second.unitIds,
    });
    expect(again.statusCode).toBe(409);
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, second.id));
    expect(audits.map((a) => a.action)).toEqual(["council_assignment.set"]);
    expect((await board("hoidong2")).units).toHaveLength(2);
    const council = await t.as("hoidong");
    expect(
      (await council.put(`/api/council-assignments/${second.id}`, { unitIds: [], previous: keep }))
        .statusCode,
    ).toBe(403);
  });
});
