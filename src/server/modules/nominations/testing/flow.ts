/** Drives the town's list to "approved" over HTTP: two units nominate, the office accepts and sends, the chairman approves. */
import { expect } from "vitest";
import type { Client, TestApp } from "../../../../../tests/helpers/app.ts";
import { conferenceOf, publishQuotas, receivingConference } from "./fixtures.ts";

async function nominate(c: Client, n: number) {
  const items = (await c.get(`/api/nominations/mine/candidates?limit=${n}`)).json().items as {
    personId: string;
  }[];
  const saved = await c.put("/api/nominations/mine", {
    version: 0,
    entries: items.map((p, i) => ({ personId: p.personId, achievement: `Thành tích số ${i + 1}` })),
  });
  expect(saved.statusCode).toBe(200);
  const sent = await c.post("/api/nominations/mine/submit", { version: saved.json().nomination.version });
  expect(sent.statusCode).toBe(200);
}

export async function approvedTownList(t: TestApp, opts: { guest?: boolean } = {}) {
  const db = t.database.db;
  const town = await receivingConference(db);
  await publishQuotas(db, town.id, { badinh: 2, halan: 2 });
  await conferenceOf(db, "badinh", "held", "pilot");
  const [badinh, halan, office, chairman] = await Promise.all(
    ["badinh", "halan", "vanphong", "chutich"].map((u) => t.as(u)),
  );
  await nominate(badinh!, 2);
  await nominate(halan!, 2);
  const ov = (await office!.get("/api/nominations")).json();
  for (const u of ov.units.items.filter((x: { status: string }) => x.status === "submitted")) {
    const res = await office!.post(`/api/nominations/${u.nominationId}/accept`, { version: u.version });
    expect(res.statusCode).toBe(200);
  }
  let version = ov.list.version as number;
  if (opts.guest !== false) {
    const g = await office!.post("/api/nomination-list/guests", {
      version,
      fullName: "Trịnh Văn Khách",
      gender: "male",
      birthYear: 1966,
      position: "Phó Bí thư Thường trực Thị ủy",
      workplace: null,
    });
    expect(g.statusCode).toBe(200);
    version = g.json().version;
  }
  const sent = await office!.post("/api/nomination-list/send", { version });
  expect(sent.statusCode).toBe(200);
  const ok = await chairman!.post("/api/nomination-list/approve", { version: sent.json().version });
  expect(ok.statusCode).toBe(200);
  return { town, office: office!, chairman: chairman! };
}
