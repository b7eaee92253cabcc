/**
 * Permission matrix: dossiers (G1–G4). The office, Council and chairman read every
 * unit's dossier; a unit user only its own (another unit's → 404); only the unit writes
 * its own items; only the office accepts or returns them.
 */
import type { Client } from "../helpers/app.ts";
import { actsForUnit, asUnit, type Case, type Fixtures, only, USER_OF, type Who } from "./matrix-types.ts";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  "latin1",
);

type Item = { id: string | null; status: string; version: number; person: { id: string } | null };
type Dossier = { lines: { code: string; items: Item[] }[] };

const clients = new WeakMap<Fixtures, Client>();
async function badinh(f: Fixtures): Promise<Client> {
  if (!clients.has(f)) clients.set(f, await f.t.as("badinh"));
  return clients.get(f)!;
}
async function dossierOf(f: Fixtures, unitId: string): Promise<Dossier> {
  return (await f.office.get(`/api/dossiers/units/${unitId}`)).json();
}
const itemOf = (d: Dossier, code: string) => d.lines.find((l) => l.code === code)!.items[0];

/**
 * The acting unit's own item of `code`, with a file and open to change (returned by the office
 * if it was sent): Ba Đình's, or for culture and finance their own office's (ADR 0005), whose
 * only item that needs no conference to draft from is the summary report.
 */
async function ownOpen(f: Fixtures, code: string, who: Who = "unit"): Promise<Item> {
  const office = who === "culture" || who === "finance";
  const unit = office ? await f.t.as(USER_OF[who]) : await badinh(f);
  const unitId = office ? await f.unitIdOf(who === "culture" ? "vhtt" : "tckh") : f.ownUnitId;
  if (office) code = "summary_report";
  let i = itemOf(await dossierOf(f, unitId), code)!;
  if (i.status === "missing") {
    await unit.post("/api/dossiers/mine/generate", { requirement: code, version: 0 });
    i = itemOf(await dossierOf(f, unitId), code)!;
  }
  if (i.status === "submitted") {
    await f.office.post(`/api/dossiers/items/${i.id}/return`, { version: i.version, comment: "Thử quyền." });
    i = itemOf(await dossierOf(f, unitId), code)!;
  }
  return i;
}

/** A sent item of Hội LH Phụ nữ's seeded dossier (sent again by its unit when a case has reviewed it). */
async function sentOther(f: Fixtures, code: string): Promise<Item> {
  const unitId = await f.unitIdOf("hoiphunu");
  let i = itemOf(await dossierOf(f, unitId), code)!;
  if (i.status !== "submitted") {
    const unit = await f.t.as("hoiphunu");
    if (i.status === "accepted") return i;
    await unit.post("/api/dossiers/mine/submit", { items: [{ id: i.id, version: i.version }] });
    i = itemOf(await dossierOf(f, unitId), code)!;
  }
  return i;
}

/** A draft báo cáo thành tích of one of Ba Đình's people, created when missing. */
async function nomineeDraft(f: Fixtures): Promise<Item> {
  const unit = await badinh(f);
  const people = (await unit.get(`/api/people?unitId=${f.ownUnitId}`)).json().items as { id: string }[];
  const personId = people.at(-1)!.id;
  const line = (await dossierOf(f, f.ownUnitId)).lines.find((l) => l.code === "achievement_report")!;
  const found = line.items.find((i) => i.person?.id === personId);
  if (found) return found;
  const boundary = "----thiduamatrixdossier";
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Thành tích.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    PDF,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await unit.request({
    method: "POST",
    url: `/api/dossiers/mine/files?requirement=achievement_report&personId=${personId}&version=0`,
    payload,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  });
  const d = res.json() as Dossier;
  return d.lines.find((l) => l.code === "achievement_report")!.items.find((i) => i.person?.id === personId)!;
}

export const DOSSIER_CASES: Record<string, Case> = {
  "GET /api/dossiers": { expect: only({ office: 200, council: 200, chairman: 200 }) },
  "GET /api/dossiers/units/:unitId": {
    // Ngọc Trạo's dossier: Ba Đình gets 404.
    expect: { ...only({ office: 200, council: 200, chairman: 200 }), ...asUnit(404) },
    request: (f) => ({ url: `/api/dossiers/units/${f.otherUnitId}` }),
  },
  "POST /api/dossiers/mine/files": {
    expect: only(asUnit(200)),
    request: async (f, who) => {
      const i = await ownOpen(f, "summary_report", who);
      return {
        url: `/api/dossiers/mine/files?requirement=summary_report&version=${i.version}`,
        file: { field: "file", filename: "Báo cáo.pdf", content: PDF, contentType: "application/pdf" },
      };
    },
  },
  "POST /api/dossiers/mine/generate": {
    expect: only(asUnit(200)),
    request: async (f, who) => {
      const code = actsForUnit(who) && who !== "unit" ? "summary_report" : "submission";
      const i = await ownOpen(f, code, who);
      return {
        url: "/api/dossiers/mine/generate",
        payload: { requirement: code, version: i.version },
      };
    },
  },
  "POST /api/dossiers/mine/submit": {
    expect: only(asUnit(200)),
    request: async (f, who) => {
      const i = await ownOpen(f, "minutes", who);
      return { url: "/api/dossiers/mine/submit", payload: { items: [{ id: i.id, version: i.version }] } };
    },
  },
  "DELETE /api/dossiers/items/:id": {
    // Ba Đình's draft: culture and finance (another unit's item) 404.
    expect: { ...only({ unit: 200 }), culture: 404, finance: 404 },
    request: async (f) => {
      const i = await nomineeDraft(f);
      return { url: `/api/dossiers/items/${i.id}?version=${i.version}` };
    },
  },
  "POST /api/dossiers/items/:id/accept": {
    // Hội LH Phụ nữ's item: Ba Đình, culture and finance get 404.
    expect: { ...only({ office: 200 }), ...asUnit(404) },
    request: async (f) => {
      const i = await sentOther(f, "summary_report");
      return { url: `/api/dossiers/items/${i.id}/accept`, payload: { version: i.version } };
    },
  },
  "POST /api/dossiers/items/:id/return": {
    expect: { ...only({ office: 200 }), ...asUnit(404) },
    request: async (f) => {
      const i = await sentOther(f, "submission");
      return {
        url: `/api/dossiers/items/${i.id}/return`,
        payload: { version: i.version, comment: "Tờ trình chưa ghi số đại biểu." },
      };
    },
  },
};
