import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePersonNames } from "../../../domain/text.ts";
import { givenNameKey, NAME_KEY_FROM, NAME_KEY_TO } from "./name-key.ts";
import { orderRows } from "./order.ts";

const SYLLABLES = [
  "An",
  "Ân",
  "Ấn",
  "Anh",
  "Ánh",
  "Ăn",
  "Bình",
  "Bính",
  "Cường",
  "Chi",
  "Dũng",
  "Dương",
  "Đạt",
  "Đức",
  "Giang",
  "Hà",
  "Hạ",
  "Hải",
  "Hằng",
  "Hương",
  "Hưng",
  "Khoa",
  "Lan",
  "Lân",
  "Linh",
  "Lò",
  "Mai",
  "Minh",
  "Nga",
  "Ngà",
  "Ngọc",
  "Nguyễn",
  "Nhung",
  "Ơn",
  "Ôn",
  "On",
  "Phúc",
  "Quân",
  "Sơn",
  "Thảo",
  "Thị",
  "Trần",
  "Tú",
  "Tư",
  "Uyên",
  "Ưng",
  "Văn",
  "Vy",
  "Xuân",
  "Yến",
  "Zin",
  "Jan",
  "Wang",
  "Fa",
  "ĐỖ",
  "đỗ",
  "Y",
];

describe("given-name key (SQL order key for Vietnamese names)", () => {
  it("maps character for character", () => {
    expect([...NAME_KEY_FROM].length).toBe([...NAME_KEY_TO].length);
    expect(givenNameKey("Đỗ Văn Đức")).toBe(givenNameKey("Trần đức"));
    expect(givenNameKey("Lê Ánh")).toBe(givenNameKey("Lê Anh"));
  });

  it("orders the alphabet a ă â b c d đ e ê …", () => {
    const keys = ["A", "Ă", "Â", "B", "C", "D", "Đ", "E", "Ê", "G", "O", "Ô", "Ơ", "U", "Ư", "Y"].map(
      givenNameKey,
    );
    expect([...keys].sort()).toEqual(keys);
  });

  it("never contradicts comparePersonNames: key(x) < key(y) ⇒ x before y", () => {
    const name = fc
      .array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 4 })
      .map((w) => w.join(" "));
    fc.assert(
      fc.property(name, name, (x, y) => {
        const kx = givenNameKey(x);
        const ky = givenNameKey(y);
        if (kx < ky) expect(comparePersonNames(x, y)).toBeLessThan(0);
        if (kx > ky) expect(comparePersonNames(x, y)).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("orderRows", () => {
  it("orders by rank, then exactly as comparePersonNames", () => {
    const name = fc
      .array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 4 })
      .map((w) => w.join(" "));
    const row = fc.record({ id: fc.uuid(), fullName: name, rank: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const got = orderRows(rows);
        for (let i = 1; i < got.length; i++) {
          const [a, b] = [got[i - 1]!, got[i]!];
          expect(
            a.rank < b.rank || (a.rank === b.rank && comparePersonNames(a.fullName, b.fullName) <= 0),
          ).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("the stored people order key (migration 0021) uses these letter codes", () => {
  it("schema constants equal name-key's, and the migration holds the schema's expression", async () => {
    const fs = await import("node:fs");
    const schema = await import("../../db/schema/people.ts");
    expect(schema.PERSON_SORT_FROM).toBe(NAME_KEY_FROM);
    expect(schema.PERSON_SORT_TO).toBe(NAME_KEY_TO);
    const expr = schema.PERSON_SORT_KEY_EXPR.replaceAll("${PERSON_SORT_FROM}", () => NAME_KEY_FROM)
      .replaceAll("${PERSON_SORT_TO}", () => NAME_KEY_TO)
      .replaceAll("${PERSON_SORT_TONES}", () => schema.PERSON_SORT_TONES);
    const migration = fs.readFileSync(
      new URL("../../../../migrations/0021_paging_indexes.sql", import.meta.url),
      "utf8",
    );
    expect(migration).toContain(`GENERATED ALWAYS AS (${expr}) STORED`);
  });
});
