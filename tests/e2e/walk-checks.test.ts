import { describe, expect, it } from "vitest";
import {
  ALLOWED_WORDS,
  englishKeys,
  findEnglishKeys,
  findUuids,
  type PageFacts,
  pageProblems,
  titleProblem,
  walkReport,
} from "./walk-checks.ts";

const KEYS = englishKeys();
const fine: PageFacts = {
  text: "Kế hoạch đơn vị\nĐã nộp · Phường Ba Đình · tải tệp PDF, docx hoặc xlsx · email: a@b.vn",
  title: "Kế hoạch đơn vị – thidua",
  scrollWidth: 1440,
  clientWidth: 1440,
  overflowing: [],
  unnamed: [],
  consoleErrors: [],
};

describe("walk checks", () => {
  it("the key list comes from the code: states, roles, capabilities, audit actions, field keys", () => {
    for (const k of [
      "submitted",
      "not_submitted",
      "chairman",
      "plans.manage",
      "auth.login",
      "fullName",
      "co_so",
    ]) {
      expect(KEYS.has(k), k).toBe(true);
    }
    for (const k of ALLOWED_WORDS) expect(KEYS.has(k), k).toBe(false);
    expect([...KEYS].every((k) => k.length >= 4)).toBe(true);
  });

  it("a clean Vietnamese page passes", () => {
    expect(pageProblems(fine, KEYS)).toEqual([]);
  });

  it("an English status key and a UUID in the text fail, each named", () => {
    const text = `${fine.text}\nTrạng thái: submitted (3F2B8C1E-9a7d-4e21-b6f0-1c2d3e4f5a6b), vai trò office.`;
    const problems = pageProblems({ ...fine, text }, KEYS);
    expect(problems).toEqual([
      "hiện mã UUID: 3F2B8C1E-9a7d-4e21-b6f0-1c2d3e4f5a6b",
      "hiện khóa tiếng Anh của mã nguồn: submitted, office",
    ]);
  });

  it("keys are whole words, case-sensitive; addresses and paths are not words", () => {
    expect(findEnglishKeys("Submitted resubmitted submitted_x", KEYS)).toEqual([]);
    expect(findEnglishKeys("/ho-so/draft draft@x.vn", KEYS)).toEqual([]);
    expect(findEnglishKeys("«draft». auth.login_failed", KEYS)).toEqual(["draft", "auth.login_failed"]);
    expect(findUuids("không có mã")).toEqual([]);
  });

  it("overflow, unnamed controls, console errors and the title each make a line", () => {
    const problems = pageProblems(
      {
        ...fine,
        title: "thidua",
        scrollWidth: 684,
        clientWidth: 390,
        overflowing: ["<table> (đến 684 px)"],
        unnamed: ["<button><svg></svg></button>"],
        consoleErrors: ["Failed to load resource: 403"],
      },
      KEYS,
    );
    expect(problems).toEqual([
      "tràn ngang 294 px (scrollWidth 684 > 390) — <table> (đến 684 px)",
      "điều khiển không có tên truy cập được: <button><svg></svg></button>",
      "lỗi console: Failed to load resource: 403",
      'tiêu đề trang chưa đặt ("thidua")',
    ]);
    expect(pageProblems({ ...fine, scrollWidth: 1441 }, KEYS)).toEqual([]);
  });

  it("a title must be Vietnamese, not the app's name or a key", () => {
    expect(titleProblem("Tài khoản – thidua", KEYS)).toBeNull();
    expect(titleProblem("thidua – Hội nghị điển hình tiên tiến các cấp", KEYS)).toMatch(/chưa đặt/u);
    expect(titleProblem("Users – thidua", KEYS)).toMatch(/không phải tiếng Việt/u);
    expect(titleProblem("", KEYS)).toMatch(/chưa đặt/u);
  });

  it("the report puts every page's problems under its name and skips clean pages", () => {
    const report = walkReport([
      { name: "badinh phone de-cu", problems: ["a", "b"] },
      { name: "badinh phone nguoi", problems: [] },
    ]);
    expect(report).toBe("badinh phone de-cu:\n  - a\n  - b");
  });
});
