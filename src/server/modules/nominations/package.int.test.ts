/**
 * The package to the next level over HTTP (SPEC F5, M1; issue #9 items 6–7): exported
 * only once approved, checksum over the canonical form; imported by the province's office
 * as the town's nominations to the province's conference; the same package twice adds
 * nobody; wrong version, broken checksum, unknown unit and a non-JSON file refused in
 * Vietnamese with nothing saved; the town's office cannot import into its own level.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { canonicalJson, type NominationPackage, packageBody } from "../../../domain/nomination-package.ts";
import { nominationEntries, nominations } from "../../db/schema/index.ts";
import { docxPlainText } from "../../documents/docx-text.ts";
import { readZipText } from "../../files/zip-entries.ts";
import { multipart } from "../delegate-lists/testing/multipart.ts";
import { sha256 } from "./package-service.ts";
import { receivingConference } from "./testing/fixtures.ts";
import { approvedTownList } from "./testing/flow.ts";

let t: TestApp;
let office: Client;
let province: Client;
let pkg: NominationPackage;
let provinceConf: { id: string };

const upload = (c: Client, content: Buffer | string, contentType = "application/json") =>
  c.request({
    method: "POST",
    url: "/api/nomination-packages",
    ...multipart({ content: Buffer.from(content), filename: "goi.json", contentType }),
  });
const provinceEntries = async () => {
  const r = await t.database.db.execute(sql`
    select count(*)::int as n from nomination_entries e join nominations n on n.id = e.nomination_id
    where n.conference_id = ${provinceConf.id}`);
  return Number((r as unknown as { rows: { n: number }[] }).rows[0]!.n);
};

beforeAll(async () => {
  t = await createTestApp();
  provinceConf = await receivingConference(t.database.db, "tinhthanhhoa");
  await receivingConference(t.database.db); // the town's office has opened its conference
  office = await t.as("vanphong");
  province = await t.as("tinh_vanphong");
});
afterAll(() => t?.close());

describe("package to the next level", () => {
  it("is refused until the chairman approved the list", async () => {
    const res = await office.get("/api/nomination-list/package.json");
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/Chủ tịch đã phê duyệt/u);
  });

  it("carries the plan, the sender, every person with their fields and a SHA-256 over the canonical form", async () => {
    await approvedTownList(t);
    const res = await office.get("/api/nomination-list/package.json");
    expect(res.statusCode).toBe(200);
    pkg = res.json();
    expect(pkg).toMatchObject({
      format: "thidua.nomination-package",
      formatVersion: 1,
      sender: { unit: { code: "bimson", name: "Thị xã Bỉm Sơn", kindCode: "thi_xa" } },
      plan: { numberSymbol: "…/KH-UBND" },
    });
    expect(pkg.people.filter((p) => p.role === "exemplar")).toHaveLength(4);
    expect(pkg.people.filter((p) => p.role === "guest")).toHaveLength(1);
    const first = pkg.people[0]!;
    expect(first.nominatedBy?.code).toMatch(/^(badinh|halan)$/u);
    expect(first.achievement).toMatch(/^Thành tích số/u);
    expect(Object.keys(first).sort()).toEqual(
      [
        "achievement",
        "birthYear",
        "categories",
        "economicSector",
        "emulationLevel",
        "ethnicityCode",
        "ethnicityName",
        "fullName",
        "gender",
        "nominatedBy",
        "order",
        "position",
        "role",
        "workplace",
      ].sort(),
    );
    expect(pkg.checksum.value).toBe(sha256(canonicalJson(packageBody(pkg))));
  });

  it("gives the Tờ trình, the grouped trích ngang and the xlsx of the approved list", async () => {
    const ttr = await office.get("/api/nomination-list/proposal.docx");
    expect(ttr.statusCode).toBe(200);
    const doc = docxPlainText(readZipText(ttr.rawPayload, "word/document.xml")!);
    expect(doc).toContain("TỜ TRÌNH");
    expect(doc).toMatch(/Số:\s+\/TTr-NV/u);
    expect(doc).toContain("Kính gửi: Chủ tịch Ủy ban nhân dân thị xã Bỉm Sơn");
    expect(doc).toContain(
      "Tổng số đại biểu: 5 người, trong đó 4 đại biểu điển hình tiên tiến (chỉ tiêu 4 đại biểu điển hình) và 1 đại biểu khách mời.",
    );
    const list = await office.get("/api/nomination-list/list.docx");
    const listText = docxPlainText(readZipText(list.rawPayload, "word/document.xml")!);
    expect(listText).toContain("Phường Ba Đình (2 người)");
    expect(listText).toContain("Đại biểu khách mời (1 người)");
    const xlsx = await (await t.as("chutich")).get("/api/nomination-list/list.xlsx");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    expect(readZipText(xlsx.rawPayload, "xl/sharedStrings.xml")).toContain("Đơn vị đề cử");
    // A unit user reads no list documents.
    expect((await (await t.as("badinh")).get("/api/nomination-list/proposal.docx")).statusCode).toBe(403);
  });

  it("is refused for the town's office: the town is not a participant of its own plan", async () => {
    const res = await upload(office, JSON.stringify(pkg));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toBe(
      "Đơn vị gửi “Thị xã Bỉm Sơn” (mã bimson) không có trong danh sách đơn vị tham gia kế hoạch của cấp này. Hãy thêm đơn vị vào kế hoạch (đúng mã) rồi nhập lại.",
    );
  });

  it("refuses a wrong version, a broken checksum and a file that is not JSON, saving nothing", async () => {
    const v2 = await upload(province, JSON.stringify({ ...pkg, formatVersion: 2 }));
    expect(v2.statusCode).toBe(422);
    expect(v2.json().error.message).toMatch(/phiên bản định dạng 2, hệ thống chỉ đọc được phiên bản 1/u);
    const edited = {
      ...pkg,
      people: pkg.people.map((p, i) => (i === 0 ? { ...p, fullName: `${p.fullName} Sửa` } : p)),
    };
    const broken = await upload(province, JSON.stringify(edited));
    expect(broken.statusCode).toBe(422);
    expect(broken.json().error.message).toMatch(/^Mã kiểm tra \(SHA-256\) của gói không khớp/u);
    const pdf = await upload(province, "%PDF-1.4 not a package", "application/json");
    expect(pdf.statusCode).toBe(415);
    const garbage = await upload(province, "{ not json");
    expect(garbage.statusCode).toBe(415);
    expect(garbage.json().error.message).toMatch(/không phải JSON hợp lệ/u);
    expect(await provinceEntries()).toBe(0);
  });

  it("imports the town's exemplars as its nominations to the province's conference; twice adds nobody", async () => {
    const first = await upload(province, JSON.stringify(pkg));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      unitCode: "bimson",
      added: 4,
      alreadyImported: false,
      guestsSkipped: 1,
    });
    expect(await provinceEntries()).toBe(4);
    // Key order and white space do not matter: the same package.
    const again = await upload(province, JSON.stringify(JSON.parse(JSON.stringify(pkg)), null, 4));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ added: 0, alreadyImported: true });
    expect(await provinceEntries()).toBe(4);

    const ov = (await province.get("/api/nominations")).json();
    expect(ov.conference.unitName).toBe("Tỉnh Thanh Hóa");
    expect(ov.units.items[0]).toMatchObject({
      unitCode: "bimson",
      status: "submitted",
      source: "package",
      count: 4,
    });
    const [n] = await t.database.db
      .select()
      .from(nominations)
      .where(eq(nominations.conferenceId, provinceConf.id));
    const entries = await t.database.db
      .select()
      .from(nominationEntries)
      .where(eq(nominationEntries.nominationId, n!.id));
    expect(entries.map((e) => e.achievement).sort()).toEqual(
      pkg.people
        .filter((p) => p.role === "exemplar")
        .map((p) => p.achievement)
        .sort(),
    );
  });

  it("keeps each level to its own conference: the province's office does not see the town's list (404)", async () => {
    const town = await receivingConference(t.database.db);
    expect((await province.get(`/api/nominations?conferenceId=${town.id}`)).statusCode).toBe(404);
    expect((await office.get(`/api/nominations?conferenceId=${provinceConf.id}`)).statusCode).toBe(404);
  });
});
