/**
 * Permission matrix: nominations to the higher conference, the compiled list, its documents
 * and the package (SPEC F4, F5; issue #9 items 4–7). The unit role is phường Ba Đình; the
 * "other" unit's nominations are xã Hà Lan's. Each request first puts the records in the
 * state its step needs (written straight to the database), so every role's call is judged
 * on permission alone.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { canonicalJson, PACKAGE_FORMAT, type PackageBody } from "../../src/domain/nomination-package.ts";
import { personIdentityKey, personSearchKey } from "../../src/domain/persons.ts";
import {
  nominationEntries,
  nominationListGuests,
  nominationLists,
  nominations,
  persons,
} from "../../src/server/db/schema/index.ts";
import { conferenceOf, unitIdOf } from "../../src/server/modules/delegate-lists/testing/fixtures.ts";
import { sha256 } from "../../src/server/modules/nominations/package-service.ts";
import { receivingConference } from "../../src/server/modules/nominations/testing/fixtures.ts";
import type { Case, Fixtures } from "./matrix-types.ts";
import { asUnit, only } from "./matrix-types.ts";

const readers = { office: 200, council: 200, chairman: 200 };

async function person(f: Fixtures, unitCode: string, fullName: string): Promise<string> {
  const p = { fullName, gender: "female" as const, birthYear: 1980 + (f.seq() % 20) };
  const [row] = await f.t.database.db
    .insert(persons)
    .values({
      ...p,
      unitId: await unitIdOf(f.t.database.db, unitCode),
      searchKey: personSearchKey(p),
      identityKey: personIdentityKey(p),
    })
    .returning({ id: persons.id });
  return row!.id;
}

/** A unit's nominations to the town conference in `status`, with one entry; returns id and version. */
async function nominationAt(f: Fixtures, unitCode: string, status: string) {
  const db = f.t.database.db;
  const town = await receivingConference(db);
  const unitId = await unitIdOf(db, unitCode);
  let [n] = await db
    .select()
    .from(nominations)
    .where(and(eq(nominations.conferenceId, town.id), eq(nominations.unitId, unitId)));
  if (!n) {
    [n] = await db.insert(nominations).values({ conferenceId: town.id, unitId }).returning();
    const personId = await person(f, unitCode, `Người Đề Cử ${unitCode}`);
    await db
      .insert(nominationEntries)
      .values({ nominationId: n!.id, personId, order: 1, achievement: "Tiêu biểu" });
  }
  const [moved] = await db.update(nominations).set({ status }).where(eq(nominations.id, n!.id)).returning();
  return { id: moved!.id, version: moved!.version };
}

/** The town's compiled list in `status`, with Hà Lan's nominations accepted; returns its version. */
async function listAt(f: Fixtures, status: string): Promise<number> {
  const db = f.t.database.db;
  await nominationAt(f, "halan", "accepted");
  const town = await receivingConference(db);
  let [l] = await db.select().from(nominationLists).where(eq(nominationLists.conferenceId, town.id));
  if (!l) [l] = await db.insert(nominationLists).values({ conferenceId: town.id }).returning();
  const [moved] = await db
    .update(nominationLists)
    .set({ status })
    .where(eq(nominationLists.id, l!.id))
    .returning();
  return moved!.version;
}

async function ownOpen(f: Fixtures) {
  await conferenceOf(f.t.database.db, "badinh", "held", "pilot");
  const own = await nominationAt(f, "badinh", "draft");
  const [entry] = await f.t.database.db
    .select({ personId: nominationEntries.personId })
    .from(nominationEntries)
    .where(eq(nominationEntries.nominationId, own.id));
  return { ...own, personId: entry!.personId };
}

function packageFile(unit: { code: string; name: string }) {
  const body: PackageBody = {
    format: PACKAGE_FORMAT,
    formatVersion: 1,
    packageId: randomUUID(),
    createdAt: new Date().toISOString(),
    plan: { numberSymbol: "…/KH-UBND", title: "Kế hoạch của cấp dưới", issuedOn: null },
    sender: { unit: { ...unit, kindCode: "doan_the", kindName: "Đoàn thể" } },
    conference: { title: "Hội nghị điển hình tiên tiến", date: null, approvedAt: new Date().toISOString() },
    people: [
      {
        order: 1,
        role: "exemplar",
        fullName: "Phạm Thị Gói",
        gender: "female",
        birthYear: 1985,
        ethnicityCode: "01",
        ethnicityName: "Kinh",
        position: "Hội viên",
        workplace: null,
        categories: [],
        emulationLevel: null,
        economicSector: null,
        achievement: "Tiêu biểu",
        nominatedBy: null,
      },
    ],
  };
  const content = Buffer.from(
    JSON.stringify({ ...body, checksum: { algorithm: "sha256", value: sha256(canonicalJson(body)) } }),
  );
  return { field: "file", filename: "goi.json", content, contentType: "application/json" };
}

const docs = (name: string): Case => ({
  expect: only(readers),
  request: async (f) => {
    await listAt(f, "draft");
    return { url: `/api/nomination-list/${name}` };
  },
});

export const NOMINATION_CASES: Record<string, Case> = {
  "GET /api/nominations/mine": { expect: only(asUnit(200)) },
  "GET /api/nominations/mine/candidates": { expect: only(asUnit(200)) },
  "PUT /api/nominations/mine": {
    // Phòng Văn hóa and Phòng Tài chính have held no conference of their own yet: not open.
    expect: only({ unit: 200, culture: 409, finance: 409 }),
    request: async (f) => {
      const own = await ownOpen(f);
      return {
        url: "/api/nominations/mine",
        payload: { version: own.version, entries: [{ personId: own.personId, achievement: "Tiêu biểu" }] },
      };
    },
  },
  "POST /api/nominations/mine/submit": {
    expect: only({ unit: 200, culture: 409, finance: 409 }),
    request: async (f) => {
      await listAt(f, "draft");
      const own = await ownOpen(f);
      return { url: "/api/nominations/mine/submit", payload: { version: own.version } };
    },
  },
  "GET /api/nominations": { expect: only(readers) },
  "GET /api/nominations/:id": {
    expect: only({ ...readers, ...asUnit(404) }),
    request: async (f) => ({ url: `/api/nominations/${(await nominationAt(f, "halan", "submitted")).id}` }),
  },
  "POST /api/nominations/:id/accept": {
    expect: only({ office: 200 }),
    request: async (f) => {
      await listAt(f, "draft");
      const n = await nominationAt(f, "halan", "submitted");
      return { url: `/api/nominations/${n.id}/accept`, payload: { version: n.version } };
    },
  },
  "POST /api/nominations/:id/return": {
    expect: only({ office: 200 }),
    request: async (f) => {
      await listAt(f, "draft");
      const n = await nominationAt(f, "halan", "submitted");
      return {
        url: `/api/nominations/${n.id}/return`,
        payload: { version: n.version, comment: "Bổ sung thành tích." },
      };
    },
  },
  "GET /api/nomination-list/people": { expect: only(readers) },
  "POST /api/nomination-list/guests": {
    expect: only({ office: 200 }),
    request: async (f) => ({
      url: "/api/nomination-list/guests",
      payload: {
        version: await listAt(f, "draft"),
        fullName: `Khách Mời Số ${f.seq()}`,
        gender: "male",
        birthYear: 1970,
        position: "Đại biểu HĐND thị xã",
        workplace: null,
      },
    }),
  },
  "DELETE /api/nomination-list/guests/:personId": {
    expect: only({ office: 200 }),
    request: async (f) => {
      const version = await listAt(f, "draft");
      const db = f.t.database.db;
      const [l] = await db
        .select()
        .from(nominationLists)
        .where(eq(nominationLists.conferenceId, (await receivingConference(db)).id));
      const personId = await person(f, "bimson", `Khách Bỏ Số ${f.seq()}`);
      await db.insert(nominationListGuests).values({ listId: l!.id, personId, order: 99 });
      return { url: `/api/nomination-list/guests/${personId}?version=${version}` };
    },
  },
  "POST /api/nomination-list/send": {
    expect: only({ office: 200 }),
    request: async (f) => ({
      url: "/api/nomination-list/send",
      payload: { version: await listAt(f, "draft") },
    }),
  },
  "POST /api/nomination-list/approve": {
    expect: only({ chairman: 200 }),
    request: async (f) => ({
      url: "/api/nomination-list/approve",
      payload: { version: await listAt(f, "sent") },
    }),
  },
  "POST /api/nomination-list/return": {
    expect: only({ chairman: 200 }),
    request: async (f) => ({
      url: "/api/nomination-list/return",
      payload: { version: await listAt(f, "sent"), comment: "Bổ sung đại biểu nữ." },
    }),
  },
  "GET /api/nomination-list/proposal.docx": docs("proposal.docx"),
  "GET /api/nomination-list/list.docx": docs("list.docx"),
  "GET /api/nomination-list/list.xlsx": docs("list.xlsx"),
  "GET /api/nomination-list/package.json": {
    expect: only({ office: 200 }),
    request: async (f) => {
      await listAt(f, "approved");
      return { url: "/api/nomination-list/package.json" };
    },
  },
  "POST /api/nomination-packages": {
    expect: only({ office: 200 }),
    request: async (f) => {
      await listAt(f, "draft");
      return {
        url: "/api/nomination-packages",
        file: packageFile({ code: "ldld", name: "Liên đoàn Lao động thị xã" }),
      };
    },
  },
};
