/**
 * Every API route × every role, with the expected status (issue #2 item 6, SPEC N3).
 * A route the app serves that is missing here fails the test, so a new route
 * cannot ship without deciding who may call it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../helpers/app.ts";
import { CONFERENCE_CASES } from "./matrix-conferences.ts";
import { CORE_CASES } from "./matrix-core.ts";
import { DELEGATE_LIST_CASES } from "./matrix-delegate-lists.ts";
import { DOCUMENT_CASES } from "./matrix-documents.ts";
import { PLAN_CASES } from "./matrix-plans.ts";
import { type Case, type Fixtures, type Req, USER_OF, WHO, type Who } from "./matrix-types.ts";
import { UNIT_CASES } from "./matrix-units.ts";

const CASES: Record<string, Case> = {
  ...CORE_CASES,
  ...UNIT_CASES,
  ...PLAN_CASES,
  ...CONFERENCE_CASES,
  ...DELEGATE_LIST_CASES,
  ...DOCUMENT_CASES,
};

let t: TestApp;
let f: Fixtures;
const clients = new Map<Who, Client>();

beforeAll(async () => {
  t = await createTestApp();
  const office = await t.as("vanphong");
  const units = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  const users = (await office.get("/api/users")).json().items as { id: string; username: string }[];
  let n = 0;
  f = {
    t,
    office,
    ownUnitId: units.find((u) => u.code === "badinh")!.id,
    otherUnitId: units.find((u) => u.code === "ngoctrao")!.id,
    userIdOf: async (username) => users.find((u) => u.username === username)!.id,
    unitIdOf: async (code) => {
      const all = (await office.get("/api/units?includeInactive=true")).json().items as {
        id: string;
        code: string;
      }[];
      return all.find((u) => u.code === code)!.id;
    },
    seq: () => ++n,
  };
  for (const who of WHO) if (who !== "anonymous") clients.set(who, await t.as(USER_OF[who]));
});
afterAll(() => t?.close());

async function send(client: Client, method: string, req: Req) {
  if (req.file) {
    const boundary = "----thiduamatrix";
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${req.file.field}"; filename="${req.file.filename}"\r\nContent-Type: ${req.file.contentType}\r\n\r\n`,
      ),
      req.file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return client.request({
      method: method as "POST",
      url: req.url,
      payload: body,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
  }
  return client.request({ method: method as "POST", url: req.url, payload: req.payload as object });
}

describe("permission matrix", () => {
  it("covers every route the app serves", () => {
    const served = [...new Set(t.app.apiRoutes)].sort();
    const missing = served.filter((r) => !(r in CASES));
    expect(missing, "routes missing from the permission matrix").toEqual([]);
    const stale = Object.keys(CASES).filter((r) => !served.includes(r));
    expect(stale, "matrix entries for routes that no longer exist").toEqual([]);
  });

  for (const [route, c] of Object.entries(CASES)) {
    it(route, async () => {
      const [method, path] = route.split(" ") as [string, string];
      const got: Partial<Record<Who, number>> = {};
      for (const who of WHO) {
        const req = c.request ? await c.request(f, who) : { url: path };
        // Anonymous is a new client every time: the login case signs its client in.
        const client =
          who === "anonymous"
            ? t.anonymous()
            : c.fresh
              ? await t.as(USER_OF[who])
              : (clients.get(who) as Client);
        if (who === "anonymous" && method !== "GET") await client.fetchCsrf();
        const res = await send(client, method, req);
        got[who] = res.statusCode;
      }
      expect(got).toEqual(c.expect);
    });
  }
});
