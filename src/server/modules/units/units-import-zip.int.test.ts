/**
 * The units import reads uploads through the one guarded xlsx reader (issue #7 item 4;
 * SPEC B1, G2): a ZIP that lies about its sizes is refused before any parsing, with the
 * delegate import's message, and the server's memory stays flat.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { buildZip, deflatedRepeat, MINIMAL_XLSX_PARTS } from "../../files/testing/zip-builder.ts";
import { conferenceOf } from "../delegate-lists/testing/fixtures.ts";
import { multipart } from "../delegate-lists/testing/multipart.ts";

let t: TestApp;
let office: Client;
let lyingZip: Buffer;

/** Unpacked size of the lying worksheet: far beyond any bound, declared as 2 kB. */
const TRUE_SIZE = 700 * 1024 * 1024;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.as("vanphong");
  const sheet = await deflatedRepeat(" ", TRUE_SIZE);
  lyingZip = buildZip({
    entries: [
      ...MINIMAL_XLSX_PARTS,
      { name: "xl/worksheets/sheet1.xml", deflated: sheet, declaredUncompressedSize: 2048 },
    ],
  });
}, 120_000);
afterAll(() => t?.close());

function post(c: Client, url: string, content: Buffer) {
  return c.request({ method: "POST", url, ...multipart({ content, filename: "don-vi.xlsx" }) });
}

describe("a ZIP that lies about its sizes", () => {
  it("is refused by the units import before parsing, as the delegate import refuses it; RSS stays flat", async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const units = await post(office, "/api/units/import?dryRun=true", lyingZip);
    const elapsed = performance.now() - started;
    const grown = process.memoryUsage().rss - before;

    expect(grown).toBeLessThan(150 * 1024 * 1024);
    expect(elapsed).toBeLessThan(10_000);
    expect(units.statusCode).toBe(415);
    expect(units.json().error.message).toContain("khai báo sai kích thước");
    expect(units.json().error.message).toContain("xl/worksheets/sheet1.xml");

    const conference = await conferenceOf(t.database.db, "bacson");
    const delegates = await post(
      office,
      `/api/conferences/${conference}/delegates/import?dryRun=true`,
      lyingZip,
    );
    expect(delegates.statusCode).toBe(units.statusCode);
    expect(delegates.json().error).toEqual(units.json().error);
  }, 60_000);

  it("a valid ZIP of random bytes is still refused as not a workbook", async () => {
    const res = await post(office, "/api/units/import", randomBytes(4096));
    expect(res.statusCode).toBe(415);
  });
});
