/** The to-do list's addresses and dates (issue #8 item 5). */
import { describe, expect, it } from "vitest";
import { todoPath, todoWhen } from "./todoLinks.ts";

describe("todoPath", () => {
  it("leads each line to the page where the work is done", () => {
    expect(todoPath({ kind: "conference", id: "c1" })).toBe("/hoi-nghi/c1");
    expect(todoPath({ kind: "dossier", id: "u1" })).toBe("/ho-so/u1");
    expect(todoPath({ kind: "dossier", id: null })).toBe("/ho-so");
    expect(todoPath({ kind: "unit_plans", id: null })).toBe("/ke-hoach-don-vi");
    expect(todoPath({ kind: "progress", id: null })).toBe("/tien-do");
  });
});

describe("todoWhen", () => {
  it("writes the day as dd/mm/yyyy with what it means", () => {
    expect(todoWhen({ tone: "returned", at: "2020-03-24" })).toBe("Trả lại ngày 24/03/2020");
    expect(todoWhen({ tone: "review", at: "2020-03-02" })).toBe("Gửi ngày 02/03/2020");
    expect(todoWhen({ tone: "overdue", at: "2019-11-15" })).toBe("Hạn 15/11/2019");
    expect(todoWhen({ tone: "due", at: null })).toBe("");
  });
});
