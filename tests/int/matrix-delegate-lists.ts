/**
 * Permission matrix: delegate-list import/export (E3, E4), people search (E5),
 * duplicates across units (E6). The unit role is phường Ba Đình.
 */
import { simpleList, toBuffer } from "../../src/server/imports/testing/delegate-workbooks.ts";
import { addPeople, conferenceOf } from "../../src/server/modules/delegate-lists/testing/fixtures.ts";
import { XLSX_TYPE } from "../../src/server/modules/delegate-lists/testing/multipart.ts";
import type { Case, Fixtures } from "./matrix-types.ts";
import { asUnit, only } from "./matrix-types.ts";

/** Ba Đình's own "unit" conference, kept in draft for these cases only (the seed's pilot one is left alone). */
const ownConference = (f: Fixtures) => conferenceOf(f.t.database.db, "badinh", "draft", "unit");
/** Hội Phụ nữ's conference: another unit's, for the unit user's 404. */
const otherConference = (f: Fixtures) => conferenceOf(f.t.database.db, "hoiphunu", "submitted");

async function listFile(): Promise<Buffer> {
  return toBuffer(simpleList(["STT", "Họ và tên", "Năm sinh"], [[1, "Nguyễn Văn Thử", 1970]]));
}

/** Two people of two units with the same name, birth year and gender: a fresh duplicate pair. */
async function freshPair(f: Fixtures): Promise<[string, string]> {
  const p = { fullName: `Trùng Thử Quyền ${f.seq()}`, gender: "male" as const, birthYear: 1971 };
  const [a] = await addPeople(f.t.database.db, "badinh", [p]);
  const [b] = await addPeople(f.t.database.db, "ngoctrao", [p]);
  return [a!, b!];
}

export const DELEGATE_LIST_CASES: Record<string, Case> = {
  "POST /api/conferences/:id/delegates/import": {
    // Dry run on the unit's own draft conference: nothing is saved, so every role gets the same file.
    expect: only({ office: 200, unit: 200 }),
    request: async (f) => ({
      url: `/api/conferences/${await ownConference(f)}/delegates/import?dryRun=true`,
      file: { field: "file", filename: "danh-sach.xlsx", content: await listFile(), contentType: XLSX_TYPE },
    }),
  },
  "GET /api/conferences/:id/delegates.xlsx": {
    expect: only({ office: 200, council: 200, chairman: 200, unit: 200 }),
    request: async (f) => ({ url: `/api/conferences/${await ownConference(f)}/delegates.xlsx` }),
  },
  "GET /api/conferences/:id/delegates.docx": {
    // Another unit's conference: the unit user gets 404; culture and finance 403 (personal data).
    expect: { ...only({ office: 200, council: 200, chairman: 200 }), unit: 404 },
    request: async (f) => ({ url: `/api/conferences/${await otherConference(f)}/delegates.docx` }),
  },
  "GET /api/search/people": {
    expect: only({ office: 200, council: 200, chairman: 200, ...asUnit(200) }),
    request: () => ({ url: "/api/search/people?q=nguyen%20van" }),
  },
  "GET /api/duplicates": { expect: only({ office: 200, council: 200, chairman: 200 }) },
  "POST /api/duplicates/dismiss": {
    expect: only({ office: 201 }),
    request: async (f) => {
      const [personIdA, personIdB] = await freshPair(f);
      return { url: "/api/duplicates/dismiss", payload: { personIdA, personIdB, note: "Thử quyền" } };
    },
  },
  "DELETE /api/duplicates/dismiss/:id": {
    expect: only({ office: 204 }),
    request: async (f) => {
      const [personIdA, personIdB] = await freshPair(f);
      const res = await f.office.post("/api/duplicates/dismiss", { personIdA, personIdB });
      return { url: `/api/duplicates/dismiss/${res.json().id}` };
    },
  },
};
