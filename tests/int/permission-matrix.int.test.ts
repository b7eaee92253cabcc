/**
 * Every API route × every role, with the expected status (issue #2 item 6, SPEC N3).
 * A route the app serves that is missing here fails the test, so a new route
 * cannot ship without deciding who may call it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../helpers/app.ts";
import { AWARD_CASES } from "./matrix-awards.ts";
import { BUDGET_PROPAGANDA_CASES } from "./matrix-budget-propaganda.ts";
import { CONFERENCE_CASES } from "./matrix-conferences.ts";
import { CORE_CASES } from "./matrix-core.ts";
import { DELEGATE_LIST_CASES } from "./matrix-delegate-lists.ts";
import { DOCUMENT_CASES } from "./matrix-documents.ts";
import { DOSSIER_CASES } from "./matrix-dossiers.ts";
import { makeFixtures, send } from "./matrix-fixtures.ts";
import { NOMINATION_CASES } from "./matrix-nominations.ts";
import { PLAN_CASES } from "./matrix-plans.ts";
import { PROGRESS_CASES } from "./matrix-progress.ts";
import { QUOTA_CASES } from "./matrix-quotas.ts";
import { REMINDER_CASES } from "./matrix-reminders.ts";
import { SECURITY_CASES } from "./matrix-security.ts";
import { type Case, type Fixtures, USER_OF, WHO, type Who } from "./matrix-types.ts";
import { UNIT_CASES } from "./matrix-units.ts";

const CASES: Record<string, Case> = {
  ...CORE_CASES,
  ...UNIT_CASES,
  ...PLAN_CASES,
  ...CONFERENCE_CASES,
  ...DELEGATE_LIST_CASES,
  ...PROGRESS_CASES,
  ...DOSSIER_CASES,
  ...REMINDER_CASES,
  ...DOCUMENT_CASES,
  ...SECURITY_CASES,
  ...QUOTA_CASES,
  ...BUDGET_PROPAGANDA_CASES,
  ...NOMINATION_CASES,
  ...AWARD_CASES,
};

let t: TestApp;
let f: Fixtures;
const clients = new Map<Who, Client>();

beforeAll(async () => {
  t = await createTestApp();
  f = await makeFixtures(t);
  for (const who of WHO) if (who !== "anonymous") clients.set(who, await t.as(USER_OF[who]));
});
afterAll(() => t?.close());

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
