/**
 * Nominations over HTTP (SPEC F4; issue #9 item 4): open only after the unit's own
 * conference is held; within the published quota (over quota flagged, not accepted);
 * return with a comment → the unit's to-do → resubmit → accept; people of another unit
 * refused; another unit's nominations 404; a list with nobody on it not sent (422); the compiled list sent, returned and approved
 * by the chairman fills the conference's delegates, exemplars marked with their unit.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { auditEvents, delegates, units } from "../../db/schema/index.ts";
import { addPeople, conferenceOf, publishQuotas, receivingConference } from "./testing/fixtures.ts";

let t: TestApp;
let town: { id: string };
let badinh: Client;
let halan: Client;
let office: Client;

type Candidate = { personId: string; fullName: string };
async function candidates(c: Client, q = ""): Promise<Candidate[]> {
  const res = await c.get(`/api/nominations/mine/candidates?limit=20&q=${encodeURIComponent(q)}`);
  expect(res.statusCode).toBe(200);
  return res.json().items;
}
const save = (c: Client, version: number, people: Candidate[]) =>
  c.put("/api/nominations/mine", {
    version,
    entries: people.map((p, i) => ({
      personId: p.personId,
      achievement: `Thành tích tiêu biểu số ${i + 1}`,
    })),
  });
const mine = async (c: Client) => (await c.get("/api/nominations/mine")).json();

beforeAll(async () => {
  t = await createTestApp();
  town = await receivingConference(t.database.db);
  await publishQuotas(t.database.db, town.id, { badinh: 2, halan: 1, ngoctrao: 1 });
  [badinh, halan, office] = await Promise.all([t.as("badinh"), t.as("halan"), t.as("vanphong")]);
});
afterAll(() => t?.close());

describe("nominations", () => {
  it("opens only after the unit's own conference is held", async () => {
    await conferenceOf(t.database.db, "badinh", "approved", "pilot");
    const before = await mine(badinh);
    expect(before).toMatchObject({ open: false, quota: 2, nomination: null });
    expect(before.closedReason).toMatch(/đã tổ chức/u);
    const picked = (await candidates(badinh)).slice(0, 2);
    const refused = await save(badinh, 0, picked);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/^Chưa thể đề cử/u);
  });

  it("refuses to send a list with nobody on it to the chairman (422, in Vietnamese), and keeps nothing", async () => {
    const ov = (await office.get("/api/nominations")).json();
    expect(ov.list).toMatchObject({ status: "draft", version: 0, exemplars: 0, guests: 0 });
    const refused = await office.post("/api/nomination-list/send", { version: 0 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toBe(
      "Danh sách chưa có ai: hãy chấp nhận đề cử của ít nhất một đơn vị rồi mới trình Chủ tịch.",
    );
    expect((await office.get("/api/nominations")).json().list).toMatchObject({ id: null, status: "draft" });
  });

  it("lets the unit nominate within its quota, in order, found without diacritics, and submit", async () => {
    await conferenceOf(t.database.db, "badinh", "held", "pilot");
    const [someone] = await candidates(badinh);
    const folded = someone!.fullName
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/gu, "d")
      .replace(/Đ/gu, "D")
      .toLowerCase();
    const found = await candidates(badinh, folded);
    expect(found.map((c) => c.personId)).toContain(someone!.personId);

    const picked = (await candidates(badinh)).slice(0, 2);
    const saved = await save(badinh, 0, picked);
    expect(saved.statusCode).toBe(200);
    const n = saved.json().nomination;
    expect(n.entries.map((e: { fullName: string; order: number }) => [e.order, e.fullName])).toEqual([
      [1, picked[0]!.fullName],
      [2, picked[1]!.fullName],
    ]);
    expect(n.can).toMatchObject({ edit: true, submit: true, accept: false });
    const sent = await badinh.post("/api/nominations/mine/submit", { version: n.version });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().nomination).toMatchObject({
      status: "submitted",
      can: { edit: false, submit: false },
    });
    const audit = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, n.id));
    expect(audit.map((a) => a.action).sort()).toEqual(["nomination.save", "nomination.submit"]);
  });

  it("refuses people of another unit and hides another unit's nominations (404)", async () => {
    const [stranger] = await addPeople(t.database.db, "ngoctrao", [{ fullName: "Người Của Ngọc Trạo" }]);
    const res = await halan.put("/api/nominations/mine", {
      version: 0,
      entries: [{ personId: stranger, achievement: "x" }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/không thuộc danh sách của đơn vị/u);
    const badinhId = (await mine(badinh)).nomination.id;
    expect((await halan.get(`/api/nominations/${badinhId}`)).statusCode).toBe(404);
    expect((await office.get(`/api/nominations/${badinhId}`)).statusCode).toBe(200);
  });

  it("flags a unit over its quota; the office returns it with a comment, the unit resubmits, the office accepts", async () => {
    const picked = (await candidates(halan)).slice(0, 2);
    const saved = (await save(halan, 0, picked)).json().nomination;
    await halan.post("/api/nominations/mine/submit", { version: saved.version });

    const ov = (await office.get("/api/nominations?limit=50")).json();
    const row = (code: string) => ov.units.items.find((u: { unitCode: string }) => u.unitCode === code);
    expect(row("halan")).toMatchObject({ count: 2, quota: 1, overQuota: true, status: "submitted" });
    expect(row("badinh")).toMatchObject({ count: 2, quota: 2, overQuota: false });
    expect(ov.summary).toMatchObject({ overQuotaUnits: 1, nominated: 4 });
    expect(ov.units.total).toBeGreaterThan(20);

    const halanId = row("halan").nominationId;
    const accept = await office.post(`/api/nominations/${halanId}/accept`, { version: row("halan").version });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.message).toMatch(/vượt chỉ tiêu 1/u);
    const noComment = await office.post(`/api/nominations/${halanId}/return`, {
      version: row("halan").version,
      comment: " ",
    });
    expect(noComment.statusCode).toBe(400);
    const ret = await office.post(`/api/nominations/${halanId}/return`, {
      version: row("halan").version,
      comment: "Vượt chỉ tiêu: chỉ được đề cử 1 người.",
    });
    expect(ret.statusCode).toBe(200);

    const todo = (await halan.get("/api/todo")).json();
    const returned = todo.sections.find((s: { key: string }) => s.key === "returned");
    expect(
      returned.lines.some(
        (l: { text: string; comment: string }) =>
          /^Đề cử đại biểu/u.test(l.text) && l.comment.includes("chỉ tiêu"),
      ),
    ).toBe(true);

    const again = (await mine(halan)).nomination;
    expect(again).toMatchObject({
      status: "returned",
      reviewComment: "Vượt chỉ tiêu: chỉ được đề cử 1 người.",
    });
    const fixed = (await save(halan, again.version, picked.slice(0, 1))).json().nomination;
    expect((await halan.post("/api/nominations/mine/submit", { version: fixed.version })).statusCode).toBe(
      200,
    );
    const nowHalan = (await office.get(`/api/nominations/${halanId}`)).json();
    expect(
      (await office.post(`/api/nominations/${halanId}/accept`, { version: nowHalan.version })).statusCode,
    ).toBe(200);
    const badinhRow = (await office.get("/api/nominations?limit=50"))
      .json()
      .units.items.find((u: { unitCode: string }) => u.unitCode === "badinh");
    expect(
      (await office.post(`/api/nominations/${badinhRow.nominationId}/accept`, { version: badinhRow.version }))
        .statusCode,
    ).toBe(200);
    // A unit user cannot accept.
    expect((await halan.post(`/api/nominations/${halanId}/accept`, { version: 1 })).statusCode).toBe(403);
  });

  it("compiles the list with a guest; the chairman returns it, then approves: the delegates are filled", async () => {
    const ov = (await office.get("/api/nominations")).json();
    expect(ov.list).toMatchObject({
      status: "draft",
      exemplars: 3,
      guests: 0,
      can: { send: true, approve: false },
    });
    const guest = await office.post("/api/nomination-list/guests", {
      version: ov.list.version,
      fullName: "Lê Văn Khách",
      gender: "male",
      birthYear: 1968,
      position: "Bí thư Thị ủy",
      workplace: null,
    });
    expect(guest.statusCode).toBe(200);
    const chairman = await t.as("chutich");
    expect(
      (await chairman.post("/api/nomination-list/approve", { version: guest.json().version })).statusCode,
    ).toBe(409);
    const sent = await office.post("/api/nomination-list/send", { version: guest.json().version });
    expect(sent.statusCode).toBe(200);
    // Sent: the office can no longer change units' nominations or guests.
    expect(
      (
        await office.post("/api/nomination-list/guests", {
          version: sent.json().version,
          fullName: "X",
          gender: null,
          birthYear: null,
          position: null,
          workplace: null,
        })
      ).statusCode,
    ).toBe(409);

    const todo = (await chairman.get("/api/todo")).json();
    const work = todo.sections.find((s: { key: string }) => s.key === "office_work");
    expect(work.lines[0].text).toMatch(/^Phê duyệt danh sách 4 đại biểu/u);

    const ret = await chairman.post("/api/nomination-list/return", {
      version: sent.json().version,
      comment: "Bổ sung đại biểu nữ.",
    });
    expect(ret.statusCode).toBe(200);
    expect(ret.json().status).toBe("returned");
    const resent = await office.post("/api/nomination-list/send", { version: ret.json().version });
    const ok = await chairman.post("/api/nomination-list/approve", { version: resent.json().version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: "approved", added: 4 });

    const rows = await t.database.db
      .select({ role: delegates.role, unit: units.code })
      .from(delegates)
      .leftJoin(units, eq(units.id, delegates.nominatedByUnitId))
      .where(eq(delegates.conferenceId, town.id));
    expect(
      rows
        .filter((r) => r.role === "exemplar")
        .map((r) => r.unit)
        .sort(),
    ).toEqual(["badinh", "badinh", "halan"]);
    expect(rows.filter((r) => r.role === "guest")).toEqual([{ role: "guest", unit: null }]);
    const marked = await t.database.db
      .select({ id: delegates.id })
      .from(delegates)
      .where(and(eq(delegates.conferenceId, town.id), isNotNull(delegates.nominatedByUnitId)));
    expect(marked).toHaveLength(3);
  });
});
