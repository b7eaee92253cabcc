/** Permission matrix: units, kinds, clusters, unit list import/export (B1, M1, N3). */
import { all, type Case, type Fixtures, only } from "./matrix-types.ts";

async function versionOf(f: Fixtures, id: string): Promise<number> {
  return (await f.office.get(`/api/units/${id}`)).json().version;
}

async function freshUnit(f: Fixtures): Promise<string> {
  const res = await f.office.post("/api/units", {
    code: `mtx${f.seq()}`,
    name: "Đơn vị thử quyền",
    kind: "co_quan",
  });
  return res.json().id;
}

export const UNIT_CASES: Record<string, Case> = {
  "GET /api/units": { expect: all(200) },
  "GET /api/units/:id": {
    // The unit user (Ba Đình) asks for Ngọc Trạo: 404, its existence does not leak.
    expect: { ...all(200), unit: 404 },
    request: (f) => ({ url: `/api/units/${f.otherUnitId}` }),
  },
  "POST /api/units": {
    expect: only({ office: 201 }),
    request: (f) => ({
      url: "/api/units",
      payload: { code: `mtc${f.seq()}`, name: "Phòng thử quyền", kind: "co_quan" },
    }),
  },
  "PATCH /api/units/:id": {
    expect: only({ office: 200 }),
    request: async (f) => ({
      url: `/api/units/${f.otherUnitId}`,
      payload: { address: "Phường Ngọc Trạo", version: await versionOf(f, f.otherUnitId) },
    }),
  },
  "POST /api/units/:id/move": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const id = await f.unitIdOf("vantailamson");
      return {
        url: `/api/units/${id}/move`,
        payload: { parentId: await f.unitIdOf("bimson"), version: await versionOf(f, id) },
      };
    },
  },
  "POST /api/units/:id/deactivate": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const id = await f.unitIdOf("gachtuynel");
      return { url: `/api/units/${id}/deactivate`, payload: { version: await versionOf(f, id) } };
    },
  },
  "POST /api/units/:id/activate": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const id = await f.unitIdOf("gachtuynel");
      return { url: `/api/units/${id}/activate`, payload: { version: await versionOf(f, id) } };
    },
  },
  "DELETE /api/units/:id": {
    expect: only({ office: 204 }),
    request: async (f) => ({ url: `/api/units/${await freshUnit(f)}` }),
  },
  "GET /api/unit-kinds": { expect: all(200) },
  "POST /api/unit-kinds": {
    expect: only({ office: 201 }),
    request: (f) => ({
      url: "/api/unit-kinds",
      payload: { code: `loai_mt${f.seq()}`, name: `Loại thử quyền ${f.seq()}` },
    }),
  },
  "GET /api/clusters": { expect: all(200) },
  "POST /api/clusters": {
    expect: only({ office: 201 }),
    request: (f) => ({ url: "/api/clusters", payload: { name: `Cụm thử quyền ${f.seq()}` } }),
  },
  "GET /api/units/export.xlsx": { expect: only({ office: 200, chairman: 200, council: 200 }) },
  "POST /api/units/import": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const xlsx = (await f.office.get("/api/units/export.xlsx")).rawPayload;
      return {
        url: "/api/units/import?dryRun=true",
        file: {
          field: "file",
          filename: "don-vi.xlsx",
          content: xlsx,
          contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        },
      };
    },
  },
};
