/**
 * Permission matrix: progress board (K2), giao ban report (K3) and council assignments (K1). The board is
 * read by the office, Council, chairman and a unit user (its own row only, checked in
 * progress.int.test.ts); assignments are read by the office, Council and chairman and
 * set by the office alone.
 */
import { all, asUnit, type Case, type Fixtures, only } from "./matrix-types.ts";

/** hoidong2's current units, sent back unchanged: the office's call succeeds and changes nothing. */
async function sameSet(f: Fixtures) {
  const id = await f.userIdOf("hoidong2");
  const { members } = (await f.office.get("/api/council-assignments")).json() as {
    members: { id: string; unitIds: string[] }[];
  };
  const unitIds = members.find((m) => m.id === id)!.unitIds;
  return { url: `/api/council-assignments/${id}`, payload: { unitIds, previous: unitIds } };
}

export const PROGRESS_CASES: Record<string, Case> = {
  "GET /api/progress": { expect: only({ office: 200, council: 200, chairman: 200, ...asUnit(200) }) },
  "GET /api/progress/export.xlsx": {
    expect: only({ office: 200, council: 200, chairman: 200, ...asUnit(200) }),
  },
  // Every role has a home page and its to-do list (issue #8 item 5); scoping in todo.int.test.ts.
  "GET /api/todo": { expect: all(200) },
  "GET /api/briefing": { expect: only({ office: 200, council: 200, chairman: 200 }) },
  "GET /api/briefing/export.docx": { expect: only({ office: 200, council: 200, chairman: 200 }) },
  "GET /api/council-assignments": { expect: only({ office: 200, council: 200, chairman: 200 }) },
  "PUT /api/council-assignments/:memberId": { expect: only({ office: 200 }), request: sameSet },
};
