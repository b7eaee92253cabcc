import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asciiSlug,
  cleanText,
  comparePersonNames,
  compareVi,
  foldVietnamese,
  formatDateVi,
  formatDays,
  groupDigits,
  matchesSearch,
  parseDateVi,
  sortByPersonName,
} from "./text.ts";

describe("Vietnamese text", () => {
  it("normalises NFD input to NFC and collapses spaces", () => {
    const nfd = "Nguyễn  Văn   An".normalize("NFD");
    expect(nfd).not.toBe("Nguyễn Văn An");
    expect(cleanText(nfd)).toBe("Nguyễn Văn An");
  });

  it("folds diacritics, case and đ/Đ (E5)", () => {
    expect(foldVietnamese("Nguyễn Văn An")).toBe("nguyen van an");
    expect(foldVietnamese("Đỗ Thị Đào")).toBe("do thi dao");
    expect(matchesSearch("Nguyễn Văn An", "nguyen van an")).toBe(true);
    expect(matchesSearch("Phường Đông Sơn", "dong son")).toBe(true);
    expect(matchesSearch("Phường Đông Sơn", "bac son")).toBe(false);
  });

  it("orders letters the Vietnamese way: a ă â b c d đ e ê", () => {
    const letters = ["đ", "ê", "b", "â", "e", "a", "d", "ă", "c"];
    expect([...letters].sort(compareVi)).toEqual(["a", "ă", "â", "b", "c", "d", "đ", "e", "ê"]);
    expect(["Ân", "Anh", "Ăn"].sort(compareVi)).toEqual(["Anh", "Ăn", "Ân"]);
  });

  it("sorts people by given name, then middle, then family name (E4)", () => {
    const names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Đỗ Đức Đạt", "Phạm Dũng", "Bùi Thị Ánh"];
    // Same given name "An": middle name decides (Thị before Văn), not the family name.
    expect(sortByPersonName(names, (n) => n)).toEqual([
      "Nguyễn Thị An",
      "Lê Văn An",
      "Bùi Thị Ánh",
      "Trần Văn Bình",
      "Phạm Dũng",
      "Đỗ Đức Đạt",
    ]);
    expect(comparePersonNames("Lê Văn An", "Lê Văn An".normalize("NFD"))).toBe(0);
  });

  it("formats and parses dd/mm/yyyy", () => {
    expect(formatDateVi("2020-03-31")).toBe("31/03/2020");
    expect(parseDateVi("31/3/2020")).toBe("2020-03-31");
    expect(parseDateVi("31/02/2020")).toBeNull();
    expect(parseDateVi("2020-03-31")).toBeNull();
  });

  it("makes ascii slugs", () => {
    expect(asciiSlug("Ngọc Trạo")).toBe("ngoctrao");
    expect(asciiSlug("Đông Sơn", "-")).toBe("dong-son");
  });
});

describe("sortByPersonName (names split once per item, issue #11 item 4)", () => {
  it("orders exactly as sorting by comparePersonNames", () => {
    const word = fc.constantFrom(
      "Nguyễn",
      "Văn",
      "An",
      "Ân",
      "Ánh",
      "Anh",
      "Thị",
      "Đỗ",
      "Đức",
      "dung",
      "Dũng",
      "Bình",
    );
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 30 }), (names) => {
        expect(sortByPersonName(names, (n) => n)).toEqual([...names].sort(comparePersonNames));
      }),
    );
  });
});

describe("counts as a clerk reads them (O4, walk screenshots)", () => {
  it("groups thousands with a dot, days included", () => {
    expect(groupDigits(0)).toBe("0");
    expect(groupDigits(999)).toBe("999");
    expect(groupDigits(2572)).toBe("2.572");
    expect(groupDigits(-1234567)).toBe("-1.234.567");
    expect(groupDigits(10_000_000_000n)).toBe("10.000.000.000");
    expect(formatDays(1)).toBe("1 ngày");
    expect(formatDays(2572)).toBe("2.572 ngày");
  });
});
