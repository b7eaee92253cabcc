/** Amounts in words, finance style (issue #14 item 2: "linh", "lăm", "mốt"; SPEC H1, I1). */
import { describe, expect, it } from "vitest";
import { formatDong, moneyInWords } from "./money-words.ts";

describe("moneyInWords", () => {
  it.each([
    [0, "Không đồng"],
    [5, "Năm đồng"],
    [10, "Mười đồng"],
    [15, "Mười lăm đồng"],
    [21, "Hai mươi mốt đồng"],
    [25, "Hai mươi lăm đồng"],
    [105, "Một trăm linh năm đồng"],
    [1_001, "Một nghìn không trăm linh một đồng"],
    [710_000, "Bảy trăm mười nghìn đồng"],
    [2_010_000, "Hai triệu không trăm mười nghìn đồng"],
    [1_000_005, "Một triệu không trăm linh năm đồng"],
    [1_000_000_000, "Một tỷ đồng"],
    [2_340_000, "Hai triệu ba trăm bốn mươi nghìn đồng"],
    [1_500_000_000_015, "Một nghìn năm trăm tỷ không trăm mười lăm đồng"],
  ])("%d → %s", (amount, words) => {
    expect(moneyInWords(amount)).toBe(words);
  });

  it("reads a bigint and refuses a fraction of a đồng", () => {
    expect(moneyInWords(21n)).toBe("Hai mươi mốt đồng");
    expect(() => moneyInWords(1.5)).toThrow(RangeError);
  });

  it("is NFC", () => {
    const words = moneyInWords(1_234_567);
    expect(words).toBe(words.normalize("NFC"));
  });
});

describe("formatDong", () => {
  it("groups thousands with dots", () => {
    expect(formatDong(0)).toBe("0");
    expect(formatDong(710_000)).toBe("710.000");
    expect(formatDong(1_000_000_000n)).toBe("1.000.000.000");
    expect(formatDong(-2_340_000)).toBe("-2.340.000");
  });
});
