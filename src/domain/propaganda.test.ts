/** Propaganda items' input rules and month ranges (SPEC J1). */
import { describe, expect, it } from "vitest";
import { ItemInputSchema, monthRange, monthWords } from "./propaganda.ts";

const base = { kind: "broadcast", channel: "radio", title: "Gương người tốt", date: "2020-03-10" };

describe("propaganda", () => {
  it("an item needs a link or a file", () => {
    const r = ItemInputSchema.safeParse(base);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe("Hãy ghi đường dẫn hoặc đính kèm tệp của tin bài.");
    expect(ItemInputSchema.safeParse({ ...base, link: "https://example.vn/a" }).success).toBe(true);
    expect(ItemInputSchema.safeParse({ ...base, link: "javascript:alert(1)" }).success).toBe(false);
  });

  it("a month runs from its first to its last day, leap years included", () => {
    expect(monthRange("2020-02")).toEqual({ from: "2020-02-01", to: "2020-02-29" });
    expect(monthRange("2019-12")).toEqual({ from: "2019-12-01", to: "2019-12-31" });
    expect(monthWords("2020-03")).toBe("tháng 3/2020");
  });
});
