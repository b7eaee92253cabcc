/**
 * Permission matrix: a conference's budget (I1) and propaganda (J1), issue #14 items 4–6.
 * Budgets: the office, finance and the chairman read every one; a unit its own conference's
 * (another unit's → 404); the office, finance and the unit draft; finance reviews and
 * settles; the chairman approves or returns. Each step's call first puts the budget in the
 * state the step starts from. Propaganda: the culture office gives tasks; units log their own.
 */
import { propagandaTasks } from "../../src/server/db/schema/index.ts";
import { budgetIn, budgetLineIds, SAMPLE_LINES } from "../../src/server/modules/budget/testing/fixtures.ts";
import { conferenceOf } from "../../src/server/modules/delegate-lists/testing/fixtures.ts";
import type { Case, Fixtures } from "./matrix-types.ts";
import { all, only } from "./matrix-types.ts";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);
/** Ba Đình's own conference (the unit role's). */
const ownConference = (f: Fixtures) => conferenceOf(f.t.database.db, "badinh", "draft", "unit");
/** Readers of every budget, the unit on its own, culture (not its conference) 404, the Council 403. */
const READERS = { ...all(200), council: 403, culture: 404 };
const denied = (allowed: Parameters<typeof only>[0]) => ({ ...only(allowed), culture: 404 });

async function inState(f: Fixtures, status: Parameters<typeof budgetIn>[2], step: string, comment?: string) {
  const id = await ownConference(f);
  const version = await budgetIn(f.t.database.db, id, status);
  return {
    url: `/api/conferences/${id}/budget/${step}`,
    payload: { version, ...(comment ? { comment } : {}) },
  };
}

async function badinhTask(f: Fixtures) {
  const [task] = await f.t.database.db
    .insert(propagandaTasks)
    .values({ unitId: f.ownUnitId, title: "Phát thanh gương người tốt, việc tốt", dueDate: "2020-04-10" })
    .returning({ id: propagandaTasks.id });
  return { url: `/api/propaganda/tasks/${task!.id}/status`, payload: { status: "in_progress", version: 1 } };
}

export const BUDGET_PROPAGANDA_CASES: Record<string, Case> = {
  "GET /api/budgets": { expect: { ...all(200), council: 403 } },
  "GET /api/conferences/:id/budget": {
    expect: READERS,
    request: async (f) => ({ url: `/api/conferences/${await ownConference(f)}/budget` }),
  },
  "GET /api/conferences/:id/budget/sheet": {
    expect: READERS,
    request: async (f) => ({ url: `/api/conferences/${await ownConference(f)}/budget/sheet` }),
  },
  "PUT /api/conferences/:id/budget/estimate": {
    expect: denied({ office: 200, finance: 200, unit: 200 }),
    request: async (f) => {
      const id = await ownConference(f);
      const version = await budgetIn(f.t.database.db, id, "draft");
      return {
        url: `/api/conferences/${id}/budget/estimate`,
        payload: { version, venueClass: "provincial", lines: SAMPLE_LINES },
      };
    },
  },
  "POST /api/conferences/:id/budget/submit": {
    expect: denied({ office: 200, finance: 200, unit: 200 }),
    request: (f) => inState(f, "draft", "submit"),
  },
  "POST /api/conferences/:id/budget/forward": {
    expect: denied({ finance: 200 }),
    request: (f) => inState(f, "in_review", "forward"),
  },
  "POST /api/conferences/:id/budget/approve": {
    expect: denied({ chairman: 200 }),
    request: (f) => inState(f, "awaiting_approval", "approve"),
  },
  "POST /api/conferences/:id/budget/return": {
    expect: denied({ chairman: 200 }),
    request: (f) => inState(f, "awaiting_approval", "return", "Giảm khoản hỗ trợ tiền ăn về định mức."),
  },
  "POST /api/conferences/:id/budget/settle": {
    expect: denied({ finance: 200 }),
    request: (f) => inState(f, "approved", "settle"),
  },
  "PUT /api/conferences/:id/budget/actuals": {
    expect: denied({ office: 200, finance: 200, unit: 200 }),
    request: async (f) => {
      const id = await ownConference(f);
      const version = await budgetIn(f.t.database.db, id, "approved");
      const [line] = await budgetLineIds(f.t.database.db, id);
      return {
        url: `/api/conferences/${id}/budget/actuals`,
        payload: { version, lines: [{ id: line, actual: 2_000_000 + f.seq() }] },
      };
    },
  },
  "POST /api/conferences/:id/budget/lines/:lineId/receipt": {
    expect: denied({ office: 200, finance: 200, unit: 200 }),
    request: async (f) => {
      const id = await ownConference(f);
      await budgetIn(f.t.database.db, id, "approved");
      const [line] = await budgetLineIds(f.t.database.db, id);
      return {
        url: `/api/conferences/${id}/budget/lines/${line}/receipt`,
        file: { field: "file", filename: "hoa-don.pdf", content: PDF, contentType: "application/pdf" },
      };
    },
  },
  "GET /api/conferences/:id/budget/estimate.docx": {
    expect: READERS,
    request: async (f) => {
      const id = await ownConference(f);
      await budgetIn(f.t.database.db, id, "draft");
      return { url: `/api/conferences/${id}/budget/estimate.docx` };
    },
  },
  "GET /api/conferences/:id/budget/settlement.docx": {
    expect: READERS,
    request: async (f) => {
      const id = await ownConference(f);
      await budgetIn(f.t.database.db, id, "settled");
      return { url: `/api/conferences/${id}/budget/settlement.docx` };
    },
  },

  "GET /api/propaganda/tasks": { expect: all(200) },
  "POST /api/propaganda/tasks": {
    expect: only({ culture: 201 }),
    request: (f) => ({
      url: "/api/propaganda/tasks",
      payload: { unitId: f.ownUnitId, title: "Mở chuyên mục người tốt, việc tốt", dueDate: "2020-04-15" },
    }),
  },
  "POST /api/propaganda/tasks/:id/status": {
    // Finance logs for its own office only: Ba Đình's task is not found.
    expect: { ...only({ culture: 200, unit: 200 }), finance: 404 },
    request: (f) => badinhTask(f),
  },
  "GET /api/propaganda/items": { expect: all(200) },
  "POST /api/propaganda/items": {
    expect: only({ culture: 201, finance: 201, unit: 201 }),
    request: () => ({
      url: "/api/propaganda/items",
      payload: {
        kind: "article",
        channel: "website",
        title: "Gương sáng phường Ba Đình",
        date: "2020-03-20",
        link: "https://bimson.thanhhoa.gov.vn/tin-tuc/guong-sang",
      },
    }),
  },
  "POST /api/propaganda/files": {
    expect: only({ culture: 201, finance: 201, unit: 201 }),
    request: () => ({
      url: "/api/propaganda/files",
      file: { field: "file", filename: "bai-viet.pdf", content: PDF, contentType: "application/pdf" },
    }),
  },
  "GET /api/propaganda/counts": {
    expect: all(200),
    request: () => ({ url: "/api/propaganda/counts?month=2020-03" }),
  },
  "GET /api/propaganda/report.docx": {
    expect: all(200),
    request: () => ({ url: "/api/propaganda/report.docx?month=2020-03" }),
  },
};
