/**
 * Nothing to nominate yet (issue #13): before any conference of the level takes nominations,
 * the unit's page and the office's overview answer 200 with `conference: null` and the reason
 * in Vietnamese — a state, not an error, so no console error and no denial in the security
 * log — while a conference asked for by id that does not exist is still a 404.
 */
import { randomUUID } from "node:crypto";
import { like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { securityEvents } from "../../db/schema/index.ts";

let t: TestApp;
let badinh: Client;
let office: Client;

beforeAll(async () => {
  t = await createTestApp();
  [badinh, office] = await Promise.all([t.as("badinh"), t.as("vanphong")]);
});
afterAll(() => t?.close());

const logged = () =>
  t.database.db
    .select({ kind: securityEvents.kind, route: securityEvents.route, status: securityEvents.status })
    .from(securityEvents)
    .where(like(securityEvents.route, "/api/nominations%"));

describe("nothing to nominate yet", () => {
  it("the unit's nominations: 200, conference null and why", async () => {
    const res = await badinh.get("/api/nominations/mine");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      conference: null,
      reason:
        "Chưa có hội nghị cấp trên nhận đề cử. Khi Thường trực HĐ TĐKT tạo hội nghị cấp trên, đơn vị sẽ chọn người đề cử tại đây.",
    });
  });

  it("the office's overview: 200, conference null and why", async () => {
    const res = await office.get("/api/nominations?limit=50");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      conference: null,
      reason: expect.stringMatching(
        /^Chưa có hội nghị cấp trên nào nhận đề cử\. Khi Thường trực HĐ TĐKT tạo/u,
      ),
    });
  });

  it("records no denial in the security log; an unknown conference asked by id is still 404 and logged", async () => {
    expect(await logged()).toEqual([]);
    const missing = await office.get(`/api/nominations?conferenceId=${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(await logged()).toEqual([{ kind: "hidden", route: "/api/nominations", status: 404 }]);
  });
});
