import { describe, expect, it } from "vitest";
import { checkPresidium } from "./presidium.ts";
import { codes, presidiumOf, validInput } from "./test-fixtures.ts";

// validInput(): d0…d69 exemplars (Chiến sỹ thi đua), d70…d99 guests who are leaders
const withPresidium = (ids: string[]) => validInput({ presidium: presidiumOf(ids) });

describe("D6 presidium of 5 to 7 people (3.2)", () => {
  it("rejects 4, accepts 5 and 7, rejects 8", () => {
    expect(checkPresidium(withPresidium(["d70", "d0", "d1", "d2"]))).toEqual([
      {
        code: "D6_PRESIDIUM_TOO_FEW",
        severity: "error",
        section: "3.2",
        message: "Đoàn Chủ tọa có 4 người, ít hơn mức tối thiểu 5 người (từ 5 đến 7 người).",
        hint: "Bổ sung ít nhất 1 đại biểu vào đoàn Chủ tọa, gồm đại diện lãnh đạo cấp ủy, chính quyền, đoàn thể và đại diện Anh hùng, Chiến sỹ thi đua, điển hình tiên tiến.",
        field: "presidium",
      },
    ]);
    expect(checkPresidium(withPresidium(["d70", "d0", "d1", "d2", "d3"]))).toEqual([]);
    expect(checkPresidium(withPresidium(["d70", "d71", "d0", "d1", "d2", "d3", "d4"]))).toEqual([]);
    const eight = checkPresidium(withPresidium(["d70", "d71", "d72", "d0", "d1", "d2", "d3", "d4"]));
    expect(codes(eight)).toEqual(["D6_PRESIDIUM_TOO_MANY"]);
    expect(eight[0]?.message).toBe("Đoàn Chủ tọa có 8 người, vượt mức tối đa 7 người (từ 5 đến 7 người).");
    expect(eight[0]?.hint).toMatch(/^Bớt ít nhất 1 người/u);
  });

  it("requires a leader", () => {
    const out = checkPresidium(withPresidium(["d0", "d1", "d2", "d3", "d4"]));
    expect(codes(out)).toEqual(["D6_PRESIDIUM_NO_LEADER"]);
    expect(out[0]?.message).toBe(
      "Đoàn Chủ tọa chưa có đại diện lãnh đạo cấp ủy Đảng, chính quyền, đoàn thể.",
    );
  });

  it("requires a hero, emulation fighter or exemplar", () => {
    const out = checkPresidium(withPresidium(["d70", "d71", "d72", "d73", "d74"]));
    expect(codes(out)).toEqual(["D6_PRESIDIUM_NO_EXEMPLAR"]);
    expect(out[0]?.section).toBe("3.2");
  });

  it("reports both missing groups, and the size, independently", () => {
    const input = withPresidium(["d0", "d70"]);
    input.delegates = input.delegates.map((d) =>
      d.id === "d0" || d.id === "d70" ? { ...d, categories: [] } : d,
    );
    expect(codes(checkPresidium(input))).toEqual([
      "D6_PRESIDIUM_TOO_FEW",
      "D6_PRESIDIUM_NO_LEADER",
      "D6_PRESIDIUM_NO_EXEMPLAR",
    ]);
  });

  it("reports only the size of an empty presidium", () => {
    expect(codes(checkPresidium(withPresidium([])))).toEqual(["D6_PRESIDIUM_TOO_FEW"]);
  });

  it("requires presidium members to be delegates of the conference", () => {
    const out = checkPresidium(withPresidium(["d70", "d0", "d1", "d2", "stranger"]));
    expect(codes(out)).toEqual(["D6_PRESIDIUM_NOT_DELEGATE"]);
    expect(out[0]?.message).toBe(
      "Thành viên thứ 5 của đoàn Chủ tọa không có trong danh sách đại biểu của Hội nghị.",
    );
  });

  it("does not count a person twice, and says so", () => {
    const out = checkPresidium(withPresidium(["d70", "d0", "d1", "d2", "d2"]));
    expect(codes(out)).toEqual(["D6_PRESIDIUM_DUPLICATE", "D6_PRESIDIUM_TOO_FEW"]);
    expect(out[0]?.message).toBe("Lê Văn Chi có tên nhiều lần trong đoàn Chủ tọa.");
  });

  it("uses the presidium order, not the array order, for positions", () => {
    const input = validInput({
      presidium: [
        { delegateId: "ghost", order: 1 },
        { delegateId: "d70", order: 2 },
        { delegateId: "d0", order: 3 },
        { delegateId: "d1", order: 4 },
        { delegateId: "d2", order: 5 },
      ].reverse(),
    });
    expect(checkPresidium(input)[0]?.message).toContain("Thành viên thứ 1 ");
  });
});
