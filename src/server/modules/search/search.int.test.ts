import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/helpers/app.ts";
import { createTestApp } from "../../../../tests/helpers/app.ts";
import { comparePersonNames } from "../../../domain/text.ts";
import { addPeople, conferenceOf, unitIdOf } from "../delegate-lists/testing/fixtures.ts";
import type { PeopleSearchItem } from "./schemas.ts";

let t: TestApp;
let ngocTraoId: string;
let conferenceId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ngocTraoId = await unitIdOf(db, "ngoctrao");
  conferenceId = await conferenceOf(db, "badinh");
  await addPeople(
    db,
    "badinh",
    [
      { fullName: "Nguyễn Văn An", gender: "male", birthYear: 1975, position: "Chủ tịch UBND phường" },
      { fullName: "Đỗ Thị Hà", gender: "female", birthYear: 1982, position: "Giáo viên" },
    ],
    conferenceId,
  );
  await addPeople(db, "badinh", [
    { fullName: "Nguyễn Văn Anh", gender: "male", birthYear: 1990 },
    { fullName: "Trần Nguyễn Văn An", gender: "male", birthYear: 1991 },
    { fullName: "Lê Văn Bình", workplace: "Hợp tác xã Nguyễn Văn An" },
    ...["Ánh", "Anh", "Ân", "Ấn", "Ăn", "An", "Bảo", "Hải", "Hà"].map((g, i) => ({
      fullName: `Phạm Thử ${g}`,
      birthYear: 1970 + i,
      workplace: "Tổ Xqzw",
    })),
  ]);
  await addPeople(db, "ngoctrao", [
    { fullName: "Nguyễn Văn An", gender: "male", birthYear: 1980, position: "Công an phường" },
    { fullName: "Đinh Công Đoàn", gender: "male", birthYear: 1966, workplace: "Hợp tác xã Zetaq" },
  ]);
});
afterAll(() => t?.close());

async function search(user: string, query: string) {
  const c = await t.as(user);
  return c.get(`/api/search/people?${query}`);
}
const items = (res: { json(): unknown }) => (res.json() as { items: PeopleSearchItem[] }).items;

describe("GET /api/search/people (E5)", () => {
  it("finds “Nguyễn Văn An” from “nguyen van an”, exact matches first, then name prefixes", async () => {
    const res = await search("vanphong", "q=nguyen%20van%20an");
    expect(res.statusCode).toBe(200);
    const list = items(res);
    const exact = list.filter((i) => i.match === "exact");
    expect(exact.length).toBeGreaterThanOrEqual(2);
    expect(exact.every((i) => i.fullName === "Nguyễn Văn An")).toBe(true);
    expect(list.slice(0, exact.length)).toEqual(exact);
    const kinds = list.map((i) => ["exact", "prefix", "words", "other"].indexOf(i.match));
    expect([...kinds].sort((a, b) => a - b)).toEqual(kinds);
    expect(list.find((i) => i.fullName === "Nguyễn Văn Anh")?.match).toBe("prefix");
    expect(list.find((i) => i.fullName === "Trần Nguyễn Văn An")?.match).toBe("words");
    expect(list.find((i) => i.fullName === "Lê Văn Bình")?.match).toBe("other");
  });

  it("folds đ and case: “do” finds “Đỗ Thị Hà”, “ĐINH CÔNG ĐOÀN” finds itself", async () => {
    expect(items(await search("vanphong", "q=do")).map((i) => i.fullName)).toContain("Đỗ Thị Hà");
    const upper = items(await search("vanphong", `q=${encodeURIComponent("ĐINH CÔNG ĐOÀN")}`));
    expect(upper[0]).toMatchObject({ fullName: "Đinh Công Đoàn", match: "exact" });
  });

  it("matches the unit's name too, and tells the conferences a person is a delegate of", async () => {
    const list = items(await search("vanphong", "q=ngoc%20trao%20nguyen%20an"));
    expect(list.map((i) => i.unitId)).toEqual([ngocTraoId]);
    const an = items(await search("vanphong", "q=nguyen%20van%20an")).find(
      (i) => i.fullName === "Nguyễn Văn An" && i.birthYear === 1975,
    );
    expect(an?.conferences.map((c) => c.conferenceId)).toEqual([conferenceId]);
  });

  it("orders ties the Vietnamese way (given name a ă â …) and cuts the list correctly", async () => {
    const all = items(await search("vanphong", "q=xqzw&limit=200"));
    expect(all.map((i) => i.fullName.split(" ").at(-1))).toEqual([
      "An",
      "Anh",
      "Ánh",
      "Ăn",
      "Ân",
      "Ấn",
      "Bảo",
      "Hà",
      "Hải",
    ]);
    const sorted = [...all].sort((a, b) => comparePersonNames(a.fullName, b.fullName));
    expect(all).toEqual(sorted);
    for (const limit of [1, 2, 3, 5]) {
      const cut = await search("vanphong", `q=xqzw&limit=${limit}`);
      expect(items(cut)).toEqual(all.slice(0, limit));
      expect(cut.json().total).toBe(all.length);
    }
  });

  it("a unit user searches its own unit only; another unit's id is 404", async () => {
    const own = await unitIdOf(t.database.db, "badinh");
    const list = items(await search("badinh", "q=nguyen"));
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((i) => i.unitId === own)).toBe(true);
    expect(items(await search("badinh", "q=zetaq"))).toEqual([]);
    expect(items(await search("vanphong", "q=zetaq")).map((i) => i.fullName)).toEqual(["Đinh Công Đoàn"]);
    expect((await search("badinh", `q=an&unitId=${ngocTraoId}`)).statusCode).toBe(404);
    expect(items(await search("ngoctrao", "q=nguyen%20van%20an")).every((i) => i.unitId === ngocTraoId)).toBe(
      true,
    );
  });

  it("culture and finance search their own office's people only (ADR 0005); council and chairman all", async () => {
    for (const who of ["vanhoa", "taichinh"]) {
      const res = await search(who, "q=an");
      expect(res.statusCode).toBe(200);
      const own = who === "vanhoa" ? "Phòng Văn hóa – Thông tin" : "Phòng Tài chính – Kế hoạch";
      for (const p of res.json().items as { unitName: string }[]) expect(p.unitName).toBe(own);
    }
    expect((await search("hoidong", "q=an")).statusCode).toBe(200);
    expect((await search("chutich", "q=an")).statusCode).toBe(200);
    expect((await t.anonymous().get("/api/search/people?q=an")).statusCode).toBe(401);
  });

  it("treats LIKE wildcards in the query as text", async () => {
    expect(items(await search("vanphong", "q=%25"))).toEqual([]);
    expect(items(await search("vanphong", "q=_"))).toEqual([]);
  });
});
