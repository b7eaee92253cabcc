/**
 * Permission matrix: plans (A1–A3), unit plans (C1) and file downloads (G2).
 * Plans are read by every signed-in role and written by the office; unit plans are
 * followed by the office, Council and chairman, written by the unit itself, reviewed
 * by the office (and the Council for pilot units); a unit user gets 404 for another
 * unit's unit plan or file.
 */
import type { Client } from "../helpers/app.ts";
import {
  actsForUnit,
  all,
  asUnit,
  type Case,
  type Fixtures,
  only,
  USER_OF,
  type Who,
} from "./matrix-types.ts";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);
const FORM = {
  conferenceForm: "Hội nghị tuyên dương điển hình tiên tiến",
  plannedDate: "2020-03-15",
  expectedDelegates: 100,
  contactName: "Cán bộ thử quyền",
  contactPhone: "0912 345 678",
};

type Cache = { clients: Map<string, Client>; draftPlanId?: string; fileId?: string };
const caches = new WeakMap<Fixtures, Cache>();
function cache(f: Fixtures): Cache {
  const found = caches.get(f);
  if (found) return found;
  const c: Cache = { clients: new Map() };
  caches.set(f, c);
  return c;
}

async function as(f: Fixtures, username: string): Promise<Client> {
  const c = cache(f);
  if (!c.clients.has(username)) c.clients.set(username, await f.t.as(username));
  return c.clients.get(username)!;
}

async function plans(f: Fixtures) {
  return (await f.office.get("/api/plans")).json().items as {
    id: string;
    isTemplate: boolean;
    status: string;
  }[];
}

/** A draft plan made from the template for the write cases, so the running plan stays as seeded. */
async function draftPlan(f: Fixtures): Promise<{ id: string; version: number; milestones: unknown[] }> {
  const c = cache(f);
  if (!c.draftPlanId) {
    const templateId = (await plans(f)).find((p) => p.isTemplate)!.id;
    const res = await f.office.post("/api/plans/from-template", { templateId, title: "Kế hoạch thử quyền" });
    c.draftPlanId = res.json().id as string;
  }
  return (await f.office.get(`/api/plans/${c.draftPlanId}`)).json();
}

type Mine = { id: string | null; status: string; version: number; file: unknown };
const mine = async (client: Client): Promise<Mine> => (await client.get("/api/unit-plans/mine")).json();

/** The unit's plan, submitted (the form filled in first when needed); returns its id and version. */
async function submitted(f: Fixtures, code: string): Promise<{ id: string; version: number }> {
  const unit = await as(f, code);
  let m = await mine(unit);
  if (["not_submitted", "draft", "returned"].includes(m.status)) {
    m = (await unit.put("/api/unit-plans/mine", { answers: FORM, version: m.version })).json();
    m = (await unit.post("/api/unit-plans/mine/submit", { version: m.version })).json();
  }
  return { id: m.id!, version: m.version };
}

/** The acting user's unit (Ba Đình for every role that has none, ADR 0005). */
const actorOf = (who: Who) => (actsForUnit(who) ? USER_OF[who as "unit" | "culture" | "finance"] : "badinh");

/** The acting unit's own plan, editable again (returned by the office if it was submitted). */
async function ownEditable(f: Fixtures, who: Who): Promise<Mine> {
  const unit = await as(f, actorOf(who));
  const m = await mine(unit);
  if (m.status !== "submitted") return m;
  await f.office.post(`/api/unit-plans/${m.id}/return`, {
    version: m.version,
    comment: "Trả lại để thử quyền.",
  });
  return mine(unit);
}

/**
 * The unit whose submission each role reviews: fresh ones for the roles that succeed.
 * (Not phuson or halan: the core cases reset their passwords and names.)
 */
const reviewTarget = (who: Who, forOffice: string, forCouncil: string, other: string) =>
  who === "office" ? forOffice : who === "council" ? forCouncil : other;

export const PLAN_CASES: Record<string, Case> = {
  "GET /api/plans/current": { expect: all(200) },
  "GET /api/plans": { expect: all(200) },
  "GET /api/plans/:id": {
    expect: all(200),
    request: async (f) => ({ url: `/api/plans/${(await plans(f)).find((p) => !p.isTemplate)!.id}` }),
  },
  "PATCH /api/plans/:id": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const plan = await draftPlan(f);
      return { url: `/api/plans/${plan.id}`, payload: { place: "Bỉm Sơn", version: plan.version } };
    },
  },
  "PUT /api/plans/:id/milestones": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const plan = await draftPlan(f);
      const milestones = (plan.milestones as Record<string, unknown>[]).map(
        ({ code, label, dueOn, appliesTo, section }) => ({ code, label, dueOn, appliesTo, section }),
      );
      return { url: `/api/plans/${plan.id}/milestones`, payload: { milestones, version: plan.version } };
    },
  },
  "PUT /api/plans/:id/participants": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const plan = await draftPlan(f);
      return {
        url: `/api/plans/${plan.id}/participants`,
        payload: {
          participants: [{ unitId: f.ownUnitId, role: "pilot", invitees: [] }],
          version: plan.version,
        },
      };
    },
  },
  "POST /api/plans/from-template": {
    expect: only({ office: 201 }),
    request: async (f) => ({
      url: "/api/plans/from-template",
      payload: { templateId: (await plans(f)).find((p) => p.isTemplate)!.id, dateShiftDays: 7 },
    }),
  },

  "GET /api/unit-plans": { expect: only({ office: 200, council: 200, chairman: 200, ...asUnit(200) }) },
  "GET /api/unit-plans/mine": { expect: only(asUnit(200)) },
  "PUT /api/unit-plans/mine": {
    expect: only(asUnit(200)),
    request: async (f, who) => ({
      url: "/api/unit-plans/mine",
      payload: { answers: FORM, version: (await ownEditable(f, who)).version },
    }),
  },
  "POST /api/unit-plans/mine/file": {
    expect: only(asUnit(200)),
    request: async (f, who) => {
      await ownEditable(f, who);
      return {
        url: "/api/unit-plans/mine/file",
        file: { field: "file", filename: "Kế hoạch.pdf", content: PDF, contentType: "application/pdf" },
      };
    },
  },
  "POST /api/unit-plans/mine/submit": {
    expect: only(asUnit(200)),
    request: async (f, who) => {
      let m = await ownEditable(f, who);
      if (m.status === "not_submitted") {
        m = (
          await (await as(f, actorOf(who))).put("/api/unit-plans/mine", { answers: FORM, version: 0 })
        ).json();
      }
      return { url: "/api/unit-plans/mine/submit", payload: { version: m.version } };
    },
  },
  "POST /api/unit-plans/:id/accept": {
    // The Council approves pilot units' plans (III.1); Ba Đình asks for Lam Sơn's: 404.
    expect: { ...only({ office: 200, council: 200 }), ...asUnit(404) },
    request: async (f, who) => {
      const s = await submitted(f, reviewTarget(who, "bacson", "hoiphunu", "lamson"));
      return { url: `/api/unit-plans/${s.id}/accept`, payload: { version: s.version } };
    },
  },
  "POST /api/unit-plans/:id/return": {
    expect: { ...only({ office: 200, council: 200 }), ...asUnit(404) },
    request: async (f, who) => {
      const s = await submitted(f, reviewTarget(who, "dongson", "moitruong", "quangtrung"));
      return {
        url: `/api/unit-plans/${s.id}/return`,
        payload: { version: s.version, comment: "Bổ sung thành phần đại biểu." },
      };
    },
  },

  "GET /api/files/:id": {
    // Ngọc Trạo's file: the office, Council and chairman read it; Ba Đình gets 404.
    expect: {
      anonymous: 401,
      office: 200,
      council: 200,
      chairman: 200,
      culture: 404,
      finance: 404,
      unit: 404,
    },
    request: async (f) => {
      const c = cache(f);
      if (!c.fileId) {
        const boundary = "----thiduamatrixplans";
        const payload = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="KH Ngọc Trạo.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
          ),
          PDF,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        const res = await (await as(f, "ngoctrao")).request({
          method: "POST",
          url: "/api/unit-plans/mine/file",
          payload,
          headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        });
        c.fileId = res.json().file.id as string;
      }
      return { url: `/api/files/${c.fileId}` };
    },
  },
};
