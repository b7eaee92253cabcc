/**
 * Permission matrix: people, collectives and conferences (D, E1, E2, N3, III.1).
 * The unit role is phường Ba Đình; every record it is pointed at belongs to another
 * unit, so its 404 proves it cannot see them. Conferences are made through the API
 * by the office, one per case, for units no other matrix file uses for conferences.
 */
import { actsForUnit, all, asUnit, type Case, type Fixtures, only } from "./matrix-types.ts";

/** Fixtures built once per case (the first role asks; the others reuse it). */
const cache = new WeakMap<Fixtures, Map<string, Promise<unknown>>>();
function once<T>(f: Fixtures, key: string, make: () => Promise<T>): Promise<T> {
  let m = cache.get(f);
  if (!m) {
    m = new Map();
    cache.set(f, m);
  }
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as Promise<T>;
}

type Conf = {
  id: string;
  version: number;
  status: string;
  agenda: { id: string; coreCode: string | null; title: string }[];
};

async function conference(f: Fixtures, id: string): Promise<Conf> {
  return (await f.office.get(`/api/conferences/${id}`)).json();
}

/** A draft unit conference of `code`, created by the office. */
async function draftOf(f: Fixtures, code: string): Promise<string> {
  const res = await f.office.post("/api/conferences", { unitId: await f.unitIdOf(code) });
  if (res.statusCode !== 201) throw new Error(`create conference ${code}: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** A delegate added by the office to conference `id`. */
async function delegateOf(f: Fixtures, id: string): Promise<string> {
  const res = await f.office.post(`/api/conferences/${id}/delegates`, {
    person: { fullName: `Nguyễn Văn Quyền ${f.seq()}`, gender: "male" },
  });
  return res.json().delegate.id;
}

/** A conference of `code` that passes every rule, taken to `status` by the office. */
async function validOf(f: Fixtures, code: string, status: "draft" | "submitted" | "approved" | "held") {
  const id = await draftOf(f, code);
  let c = await conference(f, id);
  await f.office.patch(`/api/conferences/${id}`, {
    form: "Hội nghị tuyên dương điển hình tiên tiến",
    date: "2020-03-25",
    startTime: "08:00",
    endTime: "11:00",
    version: c.version,
  });
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) {
    const guest = i >= 7;
    const res = await f.office.post(`/api/conferences/${id}/delegates`, {
      person: {
        fullName: `Lê Thị Ma Trận ${f.seq()}`,
        categories: guest ? ["leader"] : ["emulation_fighter"],
      },
      role: guest ? "guest" : "exemplar",
    });
    ids.push(res.json().delegate.id);
  }
  c = await conference(f, id);
  const members = [ids[7], ids[8], ids[0], ids[1], ids[2]].map((delegateId) => ({ delegateId }));
  await f.office.put(`/api/conferences/${id}/presidium`, { members, version: c.version });
  const steps = {
    draft: [],
    submitted: ["submit"],
    approved: ["submit", "approve"],
    held: ["submit", "approve", "hold"],
  };
  for (const step of steps[status]) {
    const res = await f.office.post(`/api/conferences/${id}/${step}`);
    if (res.statusCode !== 200) throw new Error(`${step} ${code}: ${res.statusCode} ${res.body}`);
  }
  return id;
}

/** The shared draft conference of another unit (Hội Nông dân) for reads and content edits. */
const shared = (f: Fixtures) => once(f, "shared", () => draftOf(f, "hoinongdan"));
const otherPerson = (f: Fixtures) =>
  once(f, "person", async () => {
    const res = await f.office.post("/api/people", { fullName: "Trịnh Văn Khác", unitId: f.otherUnitId });
    return res.json().id as string;
  });
const otherCollective = (f: Fixtures) =>
  once(f, "collective", async () => {
    const res = await f.office.post("/api/collectives", { name: "Tổ dân phố số 9", unitId: f.otherUnitId });
    return res.json().id as string;
  });

/** Ba Đình's demo pilot conference (draft): the unit role's own, for uploads that leave it unchanged. */
const ownPilot = (f: Fixtures) =>
  once(f, "own-pilot", async () => {
    const res = await f.office.get(`/api/conferences?unitId=${f.ownUnitId}&kind=pilot`);
    return (res.json().items as { id: string }[])[0]!.id;
  });
/** A 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

/** Office only; the unit user (another unit's record) 404. */
const officeOnly = (status: number) => ({ ...only({ office: status }), unit: 404 });
/** Office only; a unit's staff, culture and finance (another unit's person, ADR 0005) 404. */
const officeOnlyPeople = (status: number) => ({ ...only({ office: status }), ...asUnit(404) });
/** Every role reads; the unit user (another unit's record) 404. */
const readAll = { ...all(200), unit: 404 };
/** People: every unit by the followers, its own unit's by a unit's staff, culture and finance (ADR 0005). */
const peopleRead = only({ office: 200, council: 200, chairman: 200, ...asUnit(200) });

const transition = (
  key: string,
  code: string,
  status: Parameters<typeof validOf>[2],
  payload?: unknown,
): Case => ({
  expect: officeOnly(200),
  request: async (f) => ({
    url: `/api/conferences/${await once(f, key, () => validOf(f, code, status))}/${key}`,
    payload,
  }),
});

export const CONFERENCE_CASES: Record<string, Case> = {
  "GET /api/people": { expect: peopleRead },
  "POST /api/people": {
    expect: only({ office: 201, ...asUnit(201) }),
    request: (f, who) => ({
      url: "/api/people",
      payload: {
        fullName: `Phạm Thị Thử ${f.seq()}`,
        ...(actsForUnit(who) ? {} : { unitId: f.otherUnitId }),
      },
    }),
  },
  "GET /api/people/:id": {
    expect: { ...peopleRead, ...asUnit(404) },
    request: async (f) => ({ url: `/api/people/${await otherPerson(f)}` }),
  },
  "PATCH /api/people/:id": {
    expect: officeOnlyPeople(200),
    request: async (f) => {
      const id = await otherPerson(f);
      const { version } = (await f.office.get(`/api/people/${id}`)).json();
      return { url: `/api/people/${id}`, payload: { position: "Trưởng khu phố", version } };
    },
  },
  "GET /api/collectives": { expect: peopleRead },
  "POST /api/collectives": {
    expect: only({ office: 201, ...asUnit(201) }),
    request: (f, who) => ({
      url: "/api/collectives",
      payload: { name: `Tập thể thử ${f.seq()}`, ...(actsForUnit(who) ? {} : { unitId: f.otherUnitId }) },
    }),
  },
  "PATCH /api/collectives/:id": {
    expect: officeOnlyPeople(200),
    request: async (f) => {
      const id = await otherCollective(f);
      const list = (await f.office.get(`/api/collectives?unitId=${f.otherUnitId}`)).json().items;
      const { version } = list.find((c: { id: string }) => c.id === id);
      return { url: `/api/collectives/${id}`, payload: { name: "Tổ dân phố số 9", version } };
    },
  },

  "GET /api/conferences": { expect: all(200) },
  "POST /api/conferences": {
    // Ba Đình already has its pilot conference (demo), so the unit user's own request is a duplicate: 409.
    // Culture and finance open their own office's conference (ADR 0005).
    expect: only({ office: 201, unit: 409, culture: 201, finance: 201 }),
    request: async (f, who) => ({
      url: "/api/conferences",
      payload: actsForUnit(who) ? {} : { unitId: await f.unitIdOf("ttvhtt") },
    }),
  },
  "GET /api/conferences/:id": {
    expect: readAll,
    request: async (f) => ({ url: `/api/conferences/${await shared(f)}` }),
  },
  "PATCH /api/conferences/:id": {
    expect: officeOnly(200),
    request: async (f) => {
      const c = await conference(f, await shared(f));
      return {
        url: `/api/conferences/${c.id}`,
        payload: { venue: "Hội trường Hội Nông dân", version: c.version },
      };
    },
  },
  "GET /api/conferences/:id/check": {
    expect: readAll,
    request: async (f) => ({ url: `/api/conferences/${await shared(f)}/check` }),
  },
  "POST /api/conferences/:id/delegates": {
    expect: officeOnly(201),
    request: async (f) => ({
      url: `/api/conferences/${await shared(f)}/delegates`,
      payload: { person: { fullName: `Hoàng Văn Mới ${f.seq()}` }, role: "exemplar" },
    }),
  },
  "PATCH /api/conferences/:id/delegates/:delegateId": {
    expect: officeOnly(200),
    request: async (f) => {
      const id = await shared(f);
      const d = await once(f, "patch-delegate", () => delegateOf(f, id));
      return { url: `/api/conferences/${id}/delegates/${d}`, payload: { status: "confirmed" } };
    },
  },
  "DELETE /api/conferences/:id/delegates/:delegateId": {
    expect: officeOnly(200),
    request: async (f) => {
      const id = await shared(f);
      return {
        url: `/api/conferences/${id}/delegates/${await once(f, "delete-delegate", () => delegateOf(f, id))}`,
      };
    },
  },
  "PUT /api/conferences/:id/presidium": {
    expect: officeOnly(200),
    request: async (f) => {
      const c = await conference(f, await shared(f));
      return { url: `/api/conferences/${c.id}/presidium`, payload: { members: [], version: c.version } };
    },
  },
  "PUT /api/conferences/:id/agenda": {
    expect: officeOnly(200),
    request: async (f) => {
      const c = await conference(f, await shared(f));
      const items = c.agenda.map((a) => ({ id: a.id, coreCode: a.coreCode, title: a.title }));
      return { url: `/api/conferences/${c.id}/agenda`, payload: { items, version: c.version } };
    },
  },
  "POST /api/conferences/:id/agenda/media": {
    // Upload only (the agenda is not changed), on Ba Đình's own draft: the office and the unit itself.
    expect: only({ office: 201, unit: 201 }),
    request: async (f) => ({
      url: `/api/conferences/${await ownPilot(f)}/agenda/media`,
      file: { field: "file", filename: "Ảnh minh họa.png", content: PNG, contentType: "image/png" },
    }),
  },
  "POST /api/conferences/:id/submit": transition("submit", "mttq", "draft"),
  "POST /api/conferences/:id/approve": transition("approve", "thidoan", "submitted"),
  "POST /api/conferences/:id/return": transition("return", "hoiccb", "submitted", {
    comment: "Bổ sung đại biểu",
  }),
  "POST /api/conferences/:id/hold": transition("hold", "ldld", "approved"),
  "POST /api/conferences/:id/close": transition("close", "khvina", "held"),
  "POST /api/conferences/:id/reopen": transition("reopen", "daitth", "approved", {
    reason: "Sửa chương trình",
  }),
};
