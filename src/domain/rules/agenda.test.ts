import { describe, expect, it } from "vitest";
import { SEED_PLAN_RULES } from "../plan/rules.ts";
import { checkAgenda } from "./agenda.ts";
import { codes, coreAgenda, validInput } from "./test-fixtures.ts";
import type { RuleAgendaItem } from "./types.ts";

const withAgenda = (agenda: RuleAgendaItem[]) => checkAgenda(validInput({ agenda }));
const titles = SEED_PLAN_RULES.coreAgenda.map((i) => i.title);

describe("D7 agenda: the nine core items of 3.1, in order", () => {
  it("accepts the core items, with extra items and media anywhere", () => {
    expect(withAgenda(coreAgenda())).toEqual([]);
    const extras = [
      ...coreAgenda(),
      { order: 5, coreCode: null, title: "Văn nghệ chào mừng" },
      { order: 35, coreCode: null, title: "Chiếu phóng sự, video clip" },
      { order: 1000, coreCode: null, title: "Chụp ảnh lưu niệm" },
    ];
    expect(withAgenda(extras)).toEqual([]);
  });

  it("names each missing core item", () => {
    const agenda = coreAgenda().filter((i) => i.coreCode !== "flag_salute" && i.coreCode !== "commendation");
    expect(withAgenda(agenda)).toEqual([
      {
        code: "D7_CORE_ITEM_MISSING",
        severity: "error",
        section: "3.1",
        message: "Chương trình thiếu mục bắt buộc “Chào cờ” (mục 1/9 theo kế hoạch).",
        hint: "Thêm mục “Chào cờ” vào chương trình, trước các mục bắt buộc khác.",
        field: "agenda",
      },
      {
        code: "D7_CORE_ITEM_MISSING",
        severity: "error",
        section: "3.1",
        message:
          "Chương trình thiếu mục bắt buộc “Biểu dương, khen thưởng các điển hình tiêu biểu” (mục 5/9 theo kế hoạch).",
        hint: `Thêm mục “Biểu dương, khen thưởng các điển hình tiêu biểu” vào chương trình, sau mục “${titles[3]}”.`,
        field: "agenda",
      },
    ]);
  });

  it("reports all nine items of an empty agenda", () => {
    const out = withAgenda([]);
    expect(codes(out)).toEqual(Array(9).fill("D7_CORE_ITEM_MISSING"));
    expect(out[2]?.hint).toBe(`Thêm mục “${titles[2]}” vào chương trình, sau mục “${titles[1]}”.`);
    expect(out.map((v) => v.message)).toEqual(
      titles.map((t, i) => expect.stringContaining(`“${t}” (mục ${i + 1}/9`)),
    );
  });

  it("rejects core items out of order, judged by the order field", () => {
    const swapped = coreAgenda().map((item) =>
      item.coreCode === "testimonies" ? { ...item, order: 55 } : item,
    );
    const out = withAgenda(swapped);
    expect(codes(out)).toEqual(["D7_CORE_ORDER"]);
    expect(out[0]?.message).toBe(
      `Mục “${titles[4]}” (mục 5/9) đang đứng trước mục “${titles[3]}” (mục 4/9), sai thứ tự chương trình của kế hoạch.`,
    );
    // the array order alone does not matter
    expect(withAgenda([...coreAgenda()].reverse())).toEqual([]);
  });

  it("keeps equal order values in array order", () => {
    const tied = coreAgenda().map((item) => ({ ...item, order: 1 }));
    expect(withAgenda(tied)).toEqual([]);
    expect(codes(withAgenda([...tied].reverse()))).toEqual(["D7_CORE_ORDER"]);
  });

  it("warns about a core item listed twice and an unknown core code", () => {
    const agenda = [
      ...coreAgenda(),
      { order: 95, coreCode: "closing", title: "Bế mạc (lần hai)" },
      { order: 96, coreCode: "lunch", title: "Liên hoan" },
    ];
    const out = withAgenda(agenda);
    expect(codes(out)).toEqual(["D7_CORE_ITEM_DUPLICATE", "D7_CORE_CODE_UNKNOWN"]);
    expect(out.every((v) => v.severity === "warning")).toBe(true);
    expect(out[1]?.message).toContain("“Liên hoan”");
  });
});
