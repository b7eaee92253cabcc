import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeFormulaText, isFormulaLike, unescapeFormulaText } from "./formula-escape.ts";

describe("formula escape (issue #12 item 9, ASVS 1.2.10)", () => {
  it("prefixes text that would start a formula, and only that", () => {
    expect(escapeFormulaText("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(escapeFormulaText("-5 năm")).toBe("'-5 năm");
    expect(escapeFormulaText("+84 912")).toBe("'+84 912");
    expect(escapeFormulaText("@x")).toBe("'@x");
    expect(escapeFormulaText("\tA")).toBe("'\tA");
    expect(escapeFormulaText("\rA")).toBe("'\rA");
    expect(escapeFormulaText("Nguyễn Văn An")).toBe("Nguyễn Văn An");
    expect(escapeFormulaText("'Ngọc")).toBe("'Ngọc");
    // A genuine ' before a formula character or another ': one more, so reading back is exact.
    expect(escapeFormulaText("'=x")).toBe("''=x");
    expect(escapeFormulaText("''")).toBe("'''");
    expect(isFormulaLike("-1")).toBe(true);
  });

  it("reads back exactly what was written, whatever the text", () => {
    const text = fc.string({ unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "a", "Đ", " ") });
    fc.assert(
      fc.property(text, (s) => {
        const written = escapeFormulaText(s);
        expect(isFormulaLike(written)).toBe(false);
        expect(unescapeFormulaText(written)).toBe(s);
      }),
    );
  });

  it("leaves text written by people alone unless it is our escape", () => {
    expect(unescapeFormulaText("'Ngọc")).toBe("'Ngọc");
    expect(unescapeFormulaText("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(unescapeFormulaText("Nguyễn")).toBe("Nguyễn");
  });
});
