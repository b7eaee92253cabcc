/**
 * Permission matrix: unit document settings (L1) and a conference's programme, presidium
 * list and invitations (issue #10 items 9–10). The unit role is phường Ba Đình.
 */
import { conferenceOf } from "../../src/server/modules/delegate-lists/testing/fixtures.ts";
import type { Case, Fixtures } from "./matrix-types.ts";
import { all, only } from "./matrix-types.ts";

/** Hội Phụ nữ's conference: another unit's, for the unit user's 404. */
const otherConference = (f: Fixtures) => conferenceOf(f.t.database.db, "hoiphunu", "submitted");
const ownConference = (f: Fixtures) => conferenceOf(f.t.database.db, "badinh", "draft", "unit");

/** The own unit's current settings with the version read, so each role's save is not stale. */
async function currentSettings(f: Fixtures) {
  const res = await f.office.get(`/api/units/${f.ownUnitId}/document-settings`);
  const { settings, version } = res.json();
  return { url: `/api/units/${f.ownUnitId}/document-settings`, payload: { settings, version } };
}

export const DOCUMENT_CASES: Record<string, Case> = {
  "GET /api/units/:id/document-settings": {
    expect: { ...all(200), unit: 404 },
    request: (f) => ({ url: `/api/units/${f.otherUnitId}/document-settings` }),
  },
  "PUT /api/units/:id/document-settings": {
    expect: only({ office: 200, unit: 200 }),
    request: (f) => currentSettings(f),
  },
  "GET /api/conferences/:id/programme.docx": {
    expect: all(200),
    request: async (f) => ({ url: `/api/conferences/${await ownConference(f)}/programme.docx` }),
  },
  "GET /api/conferences/:id/presidium.docx": {
    expect: { ...all(200), unit: 404 },
    request: async (f) => ({ url: `/api/conferences/${await otherConference(f)}/presidium.docx` }),
  },
  "GET /api/conferences/:id/invitations.docx": {
    expect: all(200),
    request: async (f) => ({ url: `/api/conferences/${await ownConference(f)}/invitations.docx` }),
  },
};
