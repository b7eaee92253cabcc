/**
 * Permission matrix: award forms, base salaries, movements and award decisions (SPEC H1, H2;
 * issue #14 items 1–3, 6). The unit role is phường Ba Đình; Hội Phụ nữ's conference is
 * another unit's. Culture reads conferences but only its own unit's awards (404 here);
 * finance reads every conference's awards (it pays the money) but records none of others'.
 */
import { samplePng } from "../../src/server/files/testing/samples.ts";
import { addPeople, conferenceOf } from "../../src/server/modules/delegate-lists/testing/fixtures.ts";
import type { Case, Fixtures } from "./matrix-types.ts";
import { all, only } from "./matrix-types.ts";

const people = new WeakMap<Fixtures, Map<string, string>>();

/** One person of the unit, made once per fixtures. */
async function personOf(f: Fixtures, code: string): Promise<string> {
  let map = people.get(f);
  if (!map) {
    map = new Map();
    people.set(f, map);
  }
  if (!map.has(code)) {
    const [id] = await addPeople(f.t.database.db, code, [
      { fullName: `Người được khen ${code}`, gender: "female" },
    ]);
    map.set(code, id!);
  }
  return map.get(code)!;
}

const ownConference = (f: Fixtures) => conferenceOf(f.t.database.db, "badinh", "draft", "unit");
const otherConference = (f: Fixtures) => conferenceOf(f.t.database.db, "hoiphunu", "submitted");

const decisionBody = async (f: Fixtures, unit: string) => ({
  number: `${f.seq()}/QĐ-KT`,
  date: "2024-08-15",
  form: "giay_khen_xa",
  movement: "nong_thon_moi",
  recipients: [{ personId: await personOf(f, unit), achievement: "Hoàn thành xuất sắc nhiệm vụ" }],
});

/** A fresh decision recorded by the office at the conference; returns its id and version. */
async function freshDecision(
  f: Fixtures,
  own: boolean,
): Promise<{ id: string; version: number; body: object }> {
  const conference = own ? await ownConference(f) : await otherConference(f);
  const body = await decisionBody(f, own ? "badinh" : "hoiphunu");
  const res = await f.office.post(`/api/conferences/${conference}/awards`, body);
  if (res.statusCode !== 201) throw new Error(`fixture decision: ${res.statusCode} ${res.body}`);
  const { id, version } = res.json();
  return { id, version, body };
}

/** Refused for another unit's conference: culture (awards of its own unit only). */
const unitWriter = { office: 201, unit: 201, culture: 404 };

export const AWARD_CASES: Record<string, Case> = {
  "GET /api/award-forms": { expect: all(200) },
  "PUT /api/award-forms/:code": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const forms = (await f.office.get("/api/award-forms")).json().items as Record<string, unknown>[];
      const form = forms.find((x) => x.code === "giay_khen_thu_truong")!;
      return {
        url: "/api/award-forms/giay_khen_thu_truong",
        payload: {
          name: form.name,
          certificate: form.certificate,
          individualPerMille: form.individualPerMille,
          collectivePerMille: form.collectivePerMille,
          legalBasis: `${form.legalBasis ?? ""}`.replace(/ \(\d+\)$/u, "") + ` (${f.seq()})`,
          active: true,
          version: form.version,
        },
      };
    },
  },
  "POST /api/award-forms": {
    expect: only({ office: 201 }),
    request: (f) => ({
      url: "/api/award-forms",
      payload: {
        code: `hinh_thuc_ma_tran_${f.seq()}`,
        kind: "award",
        name: "Giấy khen của ma trận quyền",
        certificate: "giay_khen",
        individualPerMille: 300,
        collectivePerMille: null,
        legalBasis: null,
        active: false,
      },
    }),
  },
  "GET /api/base-salaries": { expect: all(200) },
  "POST /api/base-salaries": {
    expect: only({ office: 201 }),
    request: (f) => ({
      url: "/api/base-salaries",
      payload: {
        effectiveFrom: `${3000 + f.seq()}-07-01`,
        amount: 2_340_000,
        legalBasis: "Mức thử của ma trận quyền",
      },
    }),
  },
  "PUT /api/base-salaries/:id": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const list = (await f.office.get("/api/base-salaries?limit=100")).json().items as {
        id: string;
        effectiveFrom: string;
        version: number;
      }[];
      const s = list.find((x) => x.effectiveFrom === "2019-07-01")!;
      return {
        url: `/api/base-salaries/${s.id}`,
        payload: {
          effectiveFrom: s.effectiveFrom,
          amount: 1_490_000 + (f.seq() % 2),
          legalBasis: "Nghị định số 38/2019/NĐ-CP",
          version: s.version,
        },
      };
    },
  },
  "GET /api/movements": { expect: all(200) },
  "GET /api/conferences/:id/awards": {
    expect: { ...all(200), culture: 404, unit: 404 },
    request: async (f) => ({ url: `/api/conferences/${await otherConference(f)}/awards` }),
  },
  "POST /api/conferences/:id/awards": {
    expect: only(unitWriter),
    request: async (f) => ({
      url: `/api/conferences/${await ownConference(f)}/awards`,
      payload: await decisionBody(f, "badinh"),
    }),
  },
  "GET /api/awards/:id": {
    expect: { ...all(200), culture: 404, unit: 404 },
    request: async (f) => ({ url: `/api/awards/${(await freshDecision(f, false)).id}` }),
  },
  "PUT /api/awards/:id": {
    expect: only({ office: 200, unit: 200, culture: 404 }),
    request: async (f) => {
      const d = await freshDecision(f, true);
      return { url: `/api/awards/${d.id}`, payload: { ...d.body, version: d.version } };
    },
  },
  "DELETE /api/awards/:id": {
    expect: only({ office: 204, unit: 204, culture: 404 }),
    request: async (f) => {
      const d = await freshDecision(f, true);
      return { url: `/api/awards/${d.id}?version=${d.version}` };
    },
  },
  "GET /api/awards/:id/decision.docx": {
    expect: { ...all(200), culture: 404, unit: 404 },
    request: async (f) => ({ url: `/api/awards/${(await freshDecision(f, false)).id}/decision.docx` }),
  },
  "GET /api/awards/:id/certificates.pdf": {
    expect: { ...all(200), culture: 404, unit: 404 },
    request: async (f) => ({ url: `/api/awards/${(await freshDecision(f, false)).id}/certificates.pdf` }),
  },
  "GET /api/conferences/:id/awards/list.docx": {
    expect: { ...all(200), culture: 404, unit: 404 },
    request: async (f) => ({ url: `/api/conferences/${await otherConference(f)}/awards/list.docx` }),
  },
  "GET /api/units/:id/certificate-layouts/:certificate": {
    expect: { ...all(200), culture: 404, unit: 404 },
    request: (f) => ({ url: `/api/units/${f.otherUnitId}/certificate-layouts/giay_khen` }),
  },
  "GET /api/units/:id/certificate-layouts/:certificate/calibration.pdf": {
    expect: { ...all(200), culture: 404, unit: 404 },
    request: (f) => ({ url: `/api/units/${f.otherUnitId}/certificate-layouts/bang_khen/calibration.pdf` }),
  },
  "PUT /api/units/:id/certificate-layouts/:certificate": {
    expect: only({ office: 200, unit: 200, culture: 404 }),
    request: async (f) => {
      const url = `/api/units/${f.ownUnitId}/certificate-layouts/giay_khen`;
      const current = (await f.office.get(url)).json();
      return {
        url,
        payload: {
          widthMm: 297,
          heightMm: 210 - (f.seq() % 2),
          fields: current.fields,
          version: current.version,
        },
      };
    },
  },
  "POST /api/units/:id/certificate-layouts/:certificate/blank": {
    expect: only({ office: 200, unit: 200, culture: 404 }),
    request: async (f) => {
      const url = `/api/units/${f.ownUnitId}/certificate-layouts/bang_khen`;
      const { version } = (await f.office.get(url)).json();
      return {
        url: `${url}/blank?version=${version}`,
        file: {
          field: "file",
          filename: "Phôi bằng khen.png",
          content: samplePng(),
          contentType: "image/png",
        },
      };
    },
  },
};
