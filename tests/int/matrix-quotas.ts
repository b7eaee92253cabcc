/**
 * Permission matrix: seats of the higher conference, quota allocations and composition
 * targets (SPEC F1–F3, issue #9 items 1–3). The office manages; the Council and the
 * chairman read; a unit (and the offices acting for their own unit, ADR 0005) reads only
 * its own published quota.
 */
import type { Case, Fixtures } from "./matrix-types.ts";
import { only } from "./matrix-types.ts";

const READERS = { office: 200, council: 200, chairman: 200 };

/** The running plan's higher conference, created by the office the first time it is needed. */
async function higherConference(f: Fixtures): Promise<string> {
  const overview = (await f.office.get("/api/quotas")).json();
  if (overview.conference) return overview.conference.id as string;
  const res = await f.office.post("/api/conferences", { kind: "town" });
  if (res.statusCode !== 201) throw new Error(`higher conference: ${res.body}`);
  return res.json().id as string;
}

const ALLOCATION = { total: 210, basis: "population", minimum: 2 };

/** A freshly saved (unpublished) version, and the newest version number after it. */
async function newVersion(f: Fixtures): Promise<{ id: string; latest: number }> {
  await higherConference(f);
  const latest = (await f.office.get("/api/quotas")).json().latestVersionNo as number;
  const res = await f.office.post("/api/quotas/versions", { ...ALLOCATION, latestVersionNo: latest });
  if (res.statusCode !== 201) throw new Error(`new version: ${res.body}`);
  return { id: res.json().id, latest: latest + 1 };
}

export const QUOTA_CASES: Record<string, Case> = {
  "GET /api/quotas": { expect: only(READERS) },
  "POST /api/quotas/simulate": {
    expect: only({ office: 200 }),
    request: () => ({ url: "/api/quotas/simulate", payload: ALLOCATION }),
  },
  "GET /api/quotas/seats": {
    expect: only(READERS),
    request: async (f) => ({ url: `/api/quotas/seats?conferenceId=${await higherConference(f)}` }),
  },
  "PUT /api/quotas/seats": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const conferenceId = await higherConference(f);
      const { version } = (await f.office.get(`/api/quotas/seats?conferenceId=${conferenceId}`)).json();
      return {
        url: "/api/quotas/seats",
        payload: { conferenceId, total: 300, exemplars: 210, guests: 90, version },
      };
    },
  },
  "GET /api/quotas/versions": {
    expect: only(READERS),
    request: async (f) => ({ url: `/api/quotas/versions?conferenceId=${await higherConference(f)}` }),
  },
  "POST /api/quotas/versions": {
    expect: only({ office: 201 }),
    request: async (f) => {
      const conferenceId = await higherConference(f);
      const latest = (await f.office.get("/api/quotas")).json().latestVersionNo as number;
      return {
        url: "/api/quotas/versions",
        payload: { ...ALLOCATION, conferenceId, latestVersionNo: latest },
      };
    },
  },
  "GET /api/quotas/versions/:id": {
    expect: only(READERS),
    request: async (f) => ({ url: `/api/quotas/versions/${(await newVersion(f)).id}` }),
  },
  "POST /api/quotas/versions/:id/publish": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const { id, latest } = await newVersion(f);
      return { url: `/api/quotas/versions/${id}/publish`, payload: { latestVersionNo: latest } };
    },
  },
  "GET /api/quotas/mine": { expect: only({ unit: 200, culture: 200, finance: 200 }) },
  "GET /api/quotas/targets": { expect: only(READERS) },
  "PUT /api/quotas/targets": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const { targets, version } = (await f.office.get("/api/quotas/targets")).json();
      return { url: "/api/quotas/targets", payload: { targets, version } };
    },
  },
};
