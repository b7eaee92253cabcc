import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { PlanDetail, PlanListItem } from "../../../domain/plan/record.ts";
import { auditEvents } from "../../db/schema/index.ts";

let t: TestApp;
let currentId: string;
let templateId: string;
beforeAll(async () => {
  t = await createTestApp();
  const items = (await (await t.as("vanphong")).get("/api/plans")).json().items as PlanListItem[];
  templateId = items.find((p) => p.isTemplate)!.id;
  currentId = items.find((p) => !p.isTemplate)!.id;
});
afterAll(() => t?.close());

const audits = (action: string, entityId: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));

async function detail(id = currentId): Promise<PlanDetail> {
  return (await (await t.as("vanphong")).get(`/api/plans/${id}`)).json();
}

describe("reading plans (A1): a public administrative document", () => {
  it("lists the template and the running plan to every role", async () => {
    for (const user of ["vanphong", "hoidong", "chutich", "vanhoa", "taichinh", "badinh"]) {
      const res = await (await t.as(user)).get("/api/plans");
      expect(res.statusCode).toBe(200);
      const items = res.json().items as PlanListItem[];
      // The template, the town's running plan, then the province's plan the town takes part in (M1).
      expect(items.map((p) => p.isTemplate)).toEqual([true, false, false]);
      expect(items[1]).toMatchObject({ status: "issued", numberSymbol: "…/KH-UBND", templateId });
      expect(items[2]!.id).not.toBe(items[1]!.id);
    }
    expect((await t.anonymous().get("/api/plans")).statusCode).toBe(401);
  });

  it("gives a plan with its rules, milestones and participants", async () => {
    const res = await (await t.as("badinh")).get(`/api/plans/${currentId}`);
    expect(res.statusCode).toBe(200);
    const plan = res.json() as PlanDetail;
    expect(plan.signerName).toBe("Bùi Huy Hùng");
    expect(plan.rules).toMatchObject({ caps: { unit: 150, town: 300 }, presidium: { min: 5, max: 7 } });
    expect(plan.milestones.map((m) => [m.code, m.dueOn])).toEqual([
      ["unit_plan", "2019-11-15"],
      ["pilot_conference", "2020-03-20"],
      ["unit_conference", "2020-03-31"],
      ["dossier", "2020-04-15"],
      ["town_conference", "2020-06-20"],
    ]);
    const pilots = plan.participants
      .filter((p) => p.role === "pilot")
      .map((p) => p.unitCode)
      .sort();
    expect(pilots).toEqual(["badinh", "hoiphunu", "moitruong"]);
    expect(plan.participants.find((p) => p.unitCode === "badinh")!.invitees).toContain(
      "Lãnh đạo các xã, phường",
    );
    expect(plan.legalBases.map((b) => b.code)).toContain("34-CT/TW");
  });

  it("answers 404 for an unknown plan and 400 for a malformed id", async () => {
    const office = await t.as("vanphong");
    expect((await office.get("/api/plans/00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await office.get("/api/plans/abc")).statusCode).toBe(400);
  });
});

describe("editing a plan (A1, A2, N2)", () => {
  it("saves settings and legal bases as versioned data, with an audit row", async () => {
    const office = await t.as("vanphong");
    const before = await detail();
    const legalBases = [
      ...before.legalBases,
      {
        code: "06/2022/QH15",
        title: "Luật Thi đua, khen thưởng số 06/2022/QH15",
        issuer: "Quốc hội",
        issuedOn: "2022-06-15",
        version: "áp dụng từ 01/01/2024",
      },
      { code: "152/2025/NĐ-CP", title: "Nghị định số 152/2025/NĐ-CP".normalize("NFD"), version: "hiện hành" },
    ];
    const res = await office.patch(`/api/plans/${currentId}`, {
      numberSymbol: " 245/KH-UBND ",
      issuedOn: "2019-09-20",
      legalBases,
      version: before.version,
    });
    expect(res.statusCode).toBe(200);
    const after = res.json() as PlanDetail;
    expect(after).toMatchObject({
      numberSymbol: "245/KH-UBND",
      issuedOn: "2019-09-20",
      version: before.version + 1,
    });
    expect(after.legalBases.at(-1)!.title).toBe("Nghị định số 152/2025/NĐ-CP".normalize("NFC"));
    expect(after.title).toBe(before.title);
    const rows = await audits("plan.update", currentId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorUsername: "vanphong", entityType: "plan" });
    expect((rows[0]!.before as { numberSymbol: string }).numberSymbol).toBe("…/KH-UBND");
    expect((rows[0]!.after as { numberSymbol: string }).numberSymbol).toBe("245/KH-UBND");
  });

  it("refuses a stale save with 409 and changes nothing", async () => {
    const office = await t.as("vanphong");
    const before = await detail();
    const first = await office.patch(`/api/plans/${currentId}`, {
      place: "Bỉm Sơn",
      version: before.version,
    });
    expect(first.statusCode).toBe(200);
    const staleSave = await office.patch(`/api/plans/${currentId}`, {
      title: "Bản sửa cũ",
      rules: { caps: { town: 200 } },
      version: before.version,
    });
    expect(staleSave.statusCode).toBe(409);
    expect(staleSave.json().error.code).toBe("STALE");
    expect(staleSave.json().error.message).toMatch(/tải lại/u);
    const now = await detail();
    expect(now.title).toBe(before.title);
    expect(now.rules).toMatchObject({ caps: { town: 300 } });
    expect(now.version).toBe(before.version + 1);
  });

  it("changes rule values as data, and names a bad one in Vietnamese (400)", async () => {
    const office = await t.as("vanphong");
    const before = await detail();
    const bad = await office.patch(`/api/plans/${currentId}`, {
      rules: { caps: { town: 0 }, exemplarShare: { target: 1.5 } },
      version: before.version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("VALIDATION");
    expect(bad.json().error.message).toMatch(/Số đại biểu tối đa của Hội nghị cấp trên/u);
    expect(bad.json().error.details.fields).toMatchObject({
      "rules.caps.town": expect.stringMatching(/^Số đại biểu tối đa/u),
      "rules.exemplarShare.target": expect.stringMatching(/^Tỷ lệ đại biểu điển hình tiên tiến/u),
    });
    expect((await detail()).version).toBe(before.version);

    const ok = await office.patch(`/api/plans/${currentId}`, {
      rules: { caps: { town: 250 }, enterpriseAtThreshold: "plenary" },
      version: before.version,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().rules).toMatchObject({
      caps: { town: 250, unit: 150 },
      enterpriseAtThreshold: "plenary",
    });
  });

  it("accepts only draft, issued or closed as status", async () => {
    const office = await t.as("vanphong");
    const { version } = await detail(templateId);
    const res = await office.patch(`/api/plans/${templateId}`, { status: "archived", version });
    expect(res.statusCode).toBe(400);
  });

  it("lets only the office write (403 for every other role)", async () => {
    const { version } = await detail();
    for (const user of ["hoidong", "chutich", "vanhoa", "taichinh", "badinh"]) {
      const res = await (await t.as(user)).patch(`/api/plans/${currentId}`, { title: "Không được", version });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe("milestones and participants (A3, B2)", () => {
  it("replaces the milestones as a list, versioned and audited", async () => {
    const office = await t.as("vanphong");
    const before = await detail();
    const milestones = before.milestones.map(({ code, label, dueOn, appliesTo, section }) => ({
      code,
      label,
      dueOn: code === "unit_plan" ? "2019-11-20" : dueOn,
      appliesTo,
      section,
    }));
    milestones.push({
      code: "briefing",
      label: "Giao ban Hội đồng",
      dueOn: "2020-02-10",
      appliesTo: "office",
      section: "III.6",
    });
    const res = await office.put(`/api/plans/${currentId}/milestones`, {
      milestones,
      version: before.version,
    });
    expect(res.statusCode).toBe(200);
    const after = res.json() as PlanDetail;
    expect(after.milestones.map((m) => m.code)).toEqual([
      ...before.milestones.map((m) => m.code),
      "briefing",
    ]);
    expect(after.milestones[0]!.dueOn).toBe("2019-11-20");
    const staleRes = await office.put(`/api/plans/${currentId}/milestones`, {
      milestones: [],
      version: before.version,
    });
    expect(staleRes.statusCode).toBe(409);
    expect((await detail()).milestones).toHaveLength(6);
    expect(await audits("plan.milestones", currentId)).toHaveLength(1);

    const dup = await office.put(`/api/plans/${currentId}/milestones`, {
      milestones: [milestones[0], milestones[0]],
      version: after.version,
    });
    expect(dup.statusCode).toBe(400);
    const badDate = await office.put(`/api/plans/${currentId}/milestones`, {
      milestones: [{ ...milestones[0], dueOn: "15/11/2019" }],
      version: after.version,
    });
    expect(badDate.statusCode).toBe(400);
  });

  it("replaces the participants, with pilot roles and invitees", async () => {
    const office = await t.as("vanphong");
    const before = await detail();
    const participants = before.participants.map(({ unitId, unitCode, role, invitees }) => ({
      unitId,
      role: unitCode === "ngoctrao" ? "pilot" : role,
      invitees: unitCode === "ngoctrao" ? ["Lãnh đạo các xã, phường"] : invitees,
    }));
    const res = await office.put(`/api/plans/${currentId}/participants`, {
      participants,
      version: before.version,
    });
    expect(res.statusCode).toBe(200);
    const after = res.json() as PlanDetail;
    expect(after.pilots.map((p) => p.unitName)).toContain("Phường Ngọc Trạo");
    expect(after.participants).toHaveLength(before.participants.length);
    expect(await audits("plan.participants", currentId)).toHaveLength(1);

    const unknown = await office.put(`/api/plans/${currentId}/participants`, {
      participants: [{ unitId: "00000000-0000-4000-8000-000000000000", role: "pilot" }],
      version: after.version,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields["participants.0.unitId"]).toBe("Đơn vị không tồn tại.");
    expect((await detail()).participants).toHaveLength(before.participants.length);
  });
});
