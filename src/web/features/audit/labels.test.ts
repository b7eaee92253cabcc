import { describe, expect, it } from "vitest";
import { diffRows } from "./labels.ts";

const lookups = {
  unitName: (id: string) => (id === "u1" ? "Phường Ba Đình" : undefined),
  kindName: () => undefined,
};

describe("diffRows", () => {
  it("names fields and values in Vietnamese and puts changes first", () => {
    const rows = diffRows(
      { fullName: "A", role: "unit", active: true },
      { fullName: "A", role: "office", active: false, unitId: "u1" },
      lookups,
    );
    expect(rows.filter((r) => r.changed).map((r) => [r.label, r.before, r.after])).toEqual([
      ["Vai trò", "Cán bộ đơn vị", "Thường trực HĐ TĐKT (Phòng Nội vụ)"],
      ["Hoạt động", "Có", "Không"],
      ["Đơn vị", null, "Phường Ba Đình"],
    ]);
    expect(rows.at(-1)).toMatchObject({ label: "Họ và tên", changed: false });
  });
});
