/** Name case and cut names (issue #10 items 2 and 4). */
import { describe, expect, it } from "vitest";
import { nameNeedsCase, nameShapeProblem, properCaseName } from "./names.ts";

describe("names", () => {
  it("writes capitals and lower case in proper Vietnamese case", () => {
    expect(properCaseName("NGUYỄN VĂN HÙNG")).toBe("Nguyễn Văn Hùng");
    expect(properCaseName("đặng thị ánh")).toBe("Đặng Thị Ánh");
    expect(properCaseName("ĐINH  LA   THĂNG")).toBe("Đinh La Thăng");
    expect(nameNeedsCase("NGUYỄN VĂN HÙNG")).toBe(true);
    expect(nameNeedsCase("Nguyễn Thị ánh")).toBe(true);
    expect(nameNeedsCase("Nguyễn Văn Hùng")).toBe(false);
  });

  it("says when a name looks cut", () => {
    expect(nameShapeProblem("Nguyễn Văn")).toBe("ends-in-middle");
    expect(nameShapeProblem("Trần Thị")).toBe("ends-in-middle");
    expect(nameShapeProblem("Hùng")).toBe("one-word");
    expect(nameShapeProblem("Nguyễn Thị Vân")).toBeNull();
    expect(nameShapeProblem("Lê Thi")).toBeNull();
  });
});
