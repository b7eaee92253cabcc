/**
 * A conference budget over HTTP on a real database (SPEC I1, issue #14 item 4): the public
 * shape of GET /api/conferences/:id/budget, the flow office → finance → chairman →
 * actuals → settlement with the roles of plan III.4, a stale save (409), another unit's
 * budget (404), the norm warning, and one audit row per step.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { FIXED_NOW } from "../../../../tests/helpers/constants.ts";
import type { BudgetSheet } from "../../../domain/budget/schemas.ts";
import { auditEvents } from "../../db/schema/index.ts";
import { conferenceOf } from "../delegate-lists/testing/fixtures.ts";

let t: TestApp;
let conf: string;
beforeAll(async () => {
  t = await createTestApp({ clock: { now: () => FIXED_NOW } });
  conf = await conferenceOf(t.database.db, "badinh", "draft", "unit");
});
afterAll(() => t?.close());

const LINES = [
  { category: "hall", label: "Thuê hội trường, âm thanh", quantity: 1, unit: "buổi", unitPrice: 2_500_000 },
  { category: "documents", label: "Tài liệu đại biểu", quantity: 60, unit: "bộ", unitPrice: 25_000 },
  { category: "meals", label: "Hỗ trợ tiền ăn khách mời", quantity: 20, unit: "người", unitPrice: 120_000 },
];

async function ok<T = BudgetSheet>(
  user: string,
  method: "get" | "post" | "put",
  url: string,
  body?: unknown,
) {
  const c = await t.as(user);
  const res = method === "get" ? await c.get(url) : await c[method](url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}

describe("a conference budget from estimate to settlement", () => {
  it("starts empty, and the unit drafts it at the commune class: a line over 100,000 đ is flagged", async () => {
    const empty = await ok("badinh", "get", `/api/conferences/${conf}/budget`);
    expect(empty).toEqual({
      lines: [],
      totalEstimate: 0,
      totalActual: 0,
      totalEstimateInWords: "Không đồng",
    });
    const s = await ok("badinh", "put", `/api/conferences/${conf}/budget/estimate`, {
      version: 0,
      venueClass: "commune",
      lines: LINES,
    });
    expect(s.status).toBe("draft");
    expect(s.totalEstimate).toBe(2_500_000 + 1_500_000 + 2_400_000);
    expect(s.violations).toHaveLength(1);
    expect(s.violations[0]!.message).toContain("100.000 đ/người/ngày");
    expect(s.lines[2]!.norm).toBe(100_000);
  });

  it("answers the public shape exactly, with the total in words", async () => {
    const b = await ok("vanphong", "get", `/api/conferences/${conf}/budget`);
    expect(Object.keys(b).sort()).toEqual(["lines", "totalActual", "totalEstimate", "totalEstimateInWords"]);
    expect(b).toEqual({
      lines: [
        { label: "Thuê hội trường, âm thanh", estimate: 2_500_000, actual: null },
        { label: "Tài liệu đại biểu", estimate: 1_500_000, actual: null },
        { label: "Hỗ trợ tiền ăn khách mời", estimate: 2_400_000, actual: null },
      ],
      totalEstimate: 6_400_000,
      totalActual: 0,
      totalEstimateInWords: "Sáu triệu bốn trăm nghìn đồng",
    });
  });

  it("refuses a stale save (409) and hides the budget from another unit (404)", async () => {
    const put = await (await t.as("badinh")).put(`/api/conferences/${conf}/budget/estimate`, {
      version: 0,
      venueClass: "commune",
      lines: LINES,
    });
    expect(put.statusCode).toBe(409);
    expect(put.json().error.code).toBe("STALE");
    const other = await t.as("ngoctrao");
    expect((await other.get(`/api/conferences/${conf}/budget`)).statusCode).toBe(404);
    expect((await other.get(`/api/conferences/${conf}/budget/sheet`)).statusCode).toBe(404);
    expect((await (await t.as("hoidong")).get(`/api/conferences/${conf}/budget`)).statusCode).toBe(403);
  });

  it("goes through finance and the chairman, who returns it with a comment, then approves", async () => {
    let s = await ok("badinh", "get", `/api/conferences/${conf}/budget/sheet`);
    const approveTooEarly = await (await t.as("chutich")).post(`/api/conferences/${conf}/budget/approve`, {
      version: s.version,
    });
    expect(approveTooEarly.statusCode).toBe(409);
    expect(approveTooEarly.json().error.message).toContain("Đang lập dự toán");
    s = await ok("badinh", "post", `/api/conferences/${conf}/budget/submit`, { version: s.version });
    expect(s.status).toBe("in_review");
    expect(
      (await (await t.as("badinh")).post(`/api/conferences/${conf}/budget/forward`, { version: s.version }))
        .statusCode,
    ).toBe(403);
    s = await ok("taichinh", "post", `/api/conferences/${conf}/budget/forward`, { version: s.version });
    expect(s.status).toBe("awaiting_approval");
    const todo = await ok<{
      sections: { key: string; total: number; lines: { target: { id: string } }[] }[];
    }>("chutich", "get", "/api/todo");
    const approvals = todo.sections.find((x) => x.key === "office_work")!;
    expect(approvals.lines.map((l) => l.target.id)).toContain(conf);
    const noComment = await (await t.as("chutich")).post(`/api/conferences/${conf}/budget/return`, {
      version: s.version,
    });
    expect(noComment.statusCode).toBe(400);
    s = await ok("chutich", "post", `/api/conferences/${conf}/budget/return`, {
      version: s.version,
      comment: "Hạ tiền ăn về định mức 100.000 đ.",
    });
    expect(s).toMatchObject({ status: "returned", reviewComment: "Hạ tiền ăn về định mức 100.000 đ." });
    s = await ok("badinh", "put", `/api/conferences/${conf}/budget/estimate`, {
      version: s.version,
      venueClass: "commune",
      lines: LINES.map((l) => (l.category === "meals" ? { ...l, unitPrice: 100_000 } : l)),
    });
    expect(s.violations).toEqual([]);
    s = await ok("badinh", "post", `/api/conferences/${conf}/budget/submit`, { version: s.version });
    s = await ok("taichinh", "post", `/api/conferences/${conf}/budget/forward`, { version: s.version });
    s = await ok("chutich", "post", `/api/conferences/${conf}/budget/approve`, { version: s.version });
    expect(s.status).toBe("approved");
  });

  it("records actuals, shows the variance, and finance settles", async () => {
    let s = await ok("badinh", "get", `/api/conferences/${conf}/budget/sheet`);
    s = await ok("vanphong", "put", `/api/conferences/${conf}/budget/actuals`, {
      version: s.version,
      lines: s.lines.map((l, i) => ({ id: l.id, actual: [2_300_000, 1_500_000, 1_900_000][i] })),
    });
    expect(s.lines.map((l) => l.variance)).toEqual([-200_000, 0, -100_000]);
    expect(s.totalActual).toBe(5_700_000);
    expect(s.variance).toBe(-300_000);
    const settle = await ok("taichinh", "post", `/api/conferences/${conf}/budget/settle`, {
      version: s.version,
    });
    expect(settle.status).toBe("settled");
    const late = await (await t.as("vanphong")).put(`/api/conferences/${conf}/budget/actuals`, {
      version: settle.version,
      lines: [],
    });
    expect(late.statusCode).toBe(409);
    const docx = await (await t.as("badinh")).get(`/api/conferences/${conf}/budget/settlement.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-type"]).toContain("wordprocessingml");
  });

  it("wrote one audit row per step, each from the closed list", async () => {
    const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityType, "budget"));
    expect(rows.map((r) => r.action)).toEqual([
      "budget.estimate",
      "budget.submit",
      "budget.forward",
      "budget.return",
      "budget.estimate",
      "budget.submit",
      "budget.forward",
      "budget.approve",
      "budget.actuals",
      "budget.settle",
      "budget.documents_export",
    ]);
  });
});
