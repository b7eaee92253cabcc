/**
 * In Chromium: the office reads the audit log (SPEC N2, N3; issue #7 item 6). The Council
 * returns Ba Đình's pilot conference and the office edits a person of the unit (through
 * the API, as the setup); the office then opens both entries and sees only Vietnamese
 * words, names and formatted values — no id, no English key, no personal value.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/app.ts";
import { TEST_PASSWORD } from "../helpers/constants.ts";
import { type E2E, startE2E } from "./harness.ts";

let e: E2E;
let personName = "";
beforeAll(async () => {
  e = await startE2E();
  const office = new Client(e.app);
  await office.login("vanphong", TEST_PASSWORD);
  const council = new Client(e.app);
  await council.login("hoidong", TEST_PASSWORD);
  const units = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  const badinh = units.find((u) => u.code === "badinh")!.id;
  const [pilot] = (await office.get(`/api/conferences?unitId=${badinh}&kind=pilot`)).json().items;
  const submit = await office.post(`/api/conferences/${pilot.id}/submit`);
  if (submit.statusCode !== 200) throw new Error(`submit: ${submit.body}`);
  const back = await council.post(`/api/conferences/${pilot.id}/return`, { comment: "Bổ sung đại biểu nữ" });
  if (back.statusCode !== 200) throw new Error(`return: ${back.body}`);

  const people = (await office.get(`/api/people?unitId=${badinh}`)).json().items as {
    id: string;
    fullName: string;
    version: number;
  }[];
  const person = people[0]!;
  personName = person.fullName;
  const edit = await office.patch(`/api/people/${person.id}`, {
    birthYear: 1985,
    categories: ["good_deed"],
    position: "Tổ trưởng tổ dân phố số 9",
    version: person.version,
  });
  if (edit.statusCode !== 200) throw new Error(`edit person: ${edit.body}`);
});
afterAll(() => e?.close());

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/iu;
const ENGLISH = [
  "status",
  "reviewedBy",
  "reviewComment",
  "reviewedAt",
  "submitted",
  "returned",
  "conference",
  "birthYear",
  "categories",
  "good_deed",
  "person",
  "position",
  "version",
];

/** Picks an entity in the filter, opens the newest entry's details, returns the table's text. */
async function openNewest(page: Page, entity: string): Promise<string> {
  const filter = page.getByRole("form", { name: "Lọc nhật ký" });
  await filter.getByLabel("Đối tượng", { exact: true }).click();
  await page.getByRole("option", { name: entity, exact: true }).click();
  await filter.getByRole("button", { name: "Lọc", exact: true }).click();
  const rows = page.getByTestId("audit-row");
  await rows.first().filter({ hasText: entity }).waitFor({ timeout: 20_000 });
  await rows.first().getByRole("button", { name: "Xem chi tiết" }).click();
  const details = page.getByTestId("audit-details").first();
  await details.waitFor({ timeout: 20_000 });
  return (await page.getByRole("table", { name: "Nhật ký thay đổi" }).innerText()).normalize("NFC");
}

function expectOnlyWords(text: string) {
  expect(text).not.toMatch(UUID);
  for (const key of ENGLISH) expect(text, key).not.toMatch(new RegExp(`\\b${key}\\b`, "u"));
}

describe("audit log", () => {
  it("the office reads a returned conference and an edited person in words", async () => {
    const page = await e.newPage();
    await e.signIn(page, "vanphong");
    await page.getByText("Xin chào", { exact: false }).first().waitFor({ timeout: 20_000 });
    await page.goto(`${e.baseUrl}/nhat-ky`);
    await page.getByRole("heading", { name: "Nhật ký thay đổi" }).waitFor({ timeout: 20_000 });

    const conference = await openNewest(page, "Hội nghị");
    expect(conference).toContain("Trả lại hội nghị");
    expect(conference).toContain("Hội nghị điểm – Phường Ba Đình");
    expect(conference).toContain("Trạng thái");
    expect(conference).toContain("Đã nộp");
    expect(conference).toContain("Bị trả lại");
    expect(conference).toContain("Người duyệt");
    expect(conference).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/u);
    expect(conference).toContain("Bổ sung đại biểu nữ");
    expectOnlyWords(conference);
    await e.shot(page, "audit-01-conference-returned");

    const person = await openNewest(page, "Người");
    expect(person).toContain("Sửa thông tin người");
    expect(person).toContain(personName);
    expect(person).toContain("Gương người tốt, việc tốt");
    expect(person).toContain("Tổ trưởng tổ dân phố số 9");
    expect(person).toContain("dữ liệu cá nhân");
    expect(person).not.toContain("1985");
    expect(person).not.toContain("1.985");
    expectOnlyWords(person);
    await e.shot(page, "audit-02-person-edited");
    await page.close();
  });
});
