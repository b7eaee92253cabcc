import { describe, expect, it } from "vitest";
import { auditChanges, formatAuditValue, SENSITIVE_BEFORE_TEXT, SENSITIVE_TEXT } from "./format.ts";
import { SENSITIVE_MARK } from "./vocabulary.ts";

const REVIEWER = "0b6c3c1e-8d0a-4d39-9f5e-4d0a3b7c9e11";
const UNIT = "5f1e2d3c-4b5a-4968-8776-655443322110";
const names = (key: string) =>
  ({ [REVIEWER]: "Lê Văn Hội Đồng", [UNIT]: "Phường Ba Đình", "kind:phuong": "Phường" })[key];

describe("auditChanges", () => {
  it("shows a returned conference in words: statuses, the reviewer's name, the time in Vietnam", () => {
    const changes = auditChanges(
      {
        action: "conference.return",
        entityType: "conference",
        before: { status: "submitted", version: 4 },
        after: {
          status: "returned",
          reviewedBy: REVIEWER,
          reviewedAt: "2026-11-29T17:30:00.000Z",
          reviewComment: "Bổ sung đại biểu",
          version: 5,
        },
      },
      names,
    );
    expect(changes).toEqual([
      { field: "status", label: "Trạng thái", before: "Đã nộp", after: "Bị trả lại" },
      { field: "reviewedBy", label: "Người duyệt", before: "(trống)", after: "Lê Văn Hội Đồng" },
      { field: "reviewedAt", label: "Thời điểm duyệt", before: "(trống)", after: "30/11/2026 00:30" },
      { field: "reviewComment", label: "Ý kiến khi duyệt", before: "(trống)", after: "Bổ sung đại biểu" },
    ]);
  });

  it("lists only the fields that changed, with categories as words and the sensitive one masked", () => {
    const person = { fullName: "Nguyễn Thị Hoa", categories: ["good_deed"], gender: "female", unitId: UNIT };
    const changes = auditChanges(
      {
        action: "person.update",
        entityType: "person",
        before: { ...person, birthYear: SENSITIVE_MARK },
        after: { ...person, categories: ["good_deed", "farmer"], birthYear: SENSITIVE_MARK, isDemo: false },
      },
      names,
    );
    expect(changes).toEqual([
      {
        field: "categories",
        label: "Đối tượng",
        before: "Gương người tốt, việc tốt",
        after: "Gương người tốt, việc tốt, Điển hình tiên tiến là nông dân",
      },
      { field: "birthYear", label: "Năm sinh", before: SENSITIVE_BEFORE_TEXT, after: SENSITIVE_TEXT },
      { field: "isDemo", label: "Số liệu mẫu", before: "(trống)", after: "Không" },
    ]);
  });

  it("shows a creation field by field, names for ids, and skips what is empty", () => {
    const changes = auditChanges(
      {
        action: "unit.create",
        entityType: "unit",
        before: null,
        after: {
          id: UNIT,
          name: "Phường Ba Đình",
          kind: "phuong",
          parentId: null,
          workforce: 1200,
          active: true,
        },
      },
      names,
    );
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Tên", null, "Phường Ba Đình"],
      ["Loại", null, "Phường"],
      ["Số lao động", null, "1.200"],
      ["Hoạt động", null, "Có"],
    ]);
  });

  it("names a list stored whole (plan participants) and each of its items", () => {
    const changes = auditChanges(
      {
        action: "plan.participants",
        entityType: "plan",
        before: [],
        after: [{ unitId: UNIT, role: "pilot", invitees: [] }],
      },
      names,
    );
    expect(changes).toEqual([
      {
        field: "participants",
        label: "Đơn vị tham gia",
        before: "(trống)",
        after: "Phường Ba Đình (Đơn vị điểm)",
      },
    ]);
  });
});

describe("formatAuditValue", () => {
  const ctx = { action: "person.update", entityType: "person", names };
  it("writes years without a thousands separator and other numbers with one", () => {
    expect(formatAuditValue("birthYear", 1985, ctx)).toBe("1985");
    expect(formatAuditValue("population", 12500, ctx)).toBe("12.500");
  });
  it("writes dates dd/mm/yyyy and times in Vietnam's time zone", () => {
    expect(formatAuditValue("date", "2026-03-25", ctx)).toBe("25/03/2026");
    expect(formatAuditValue("submittedAt", "2026-03-24T18:05:00.000Z", ctx)).toBe("25/03/2026 01:05");
  });
  it("writes booleans as Có/Không and codes as words", () => {
    expect(formatAuditValue("active", false, ctx)).toBe("Không");
    expect(formatAuditValue("gender", "male", ctx)).toBe("Nam");
    expect(formatAuditValue("role", "council", ctx)).toBe("Thành viên Hội đồng TĐKT");
    expect(formatAuditValue("mime", "application/pdf", ctx)).toBe("PDF");
  });
  it("uses the status words of the record: a delegate's, a unit plan's, a plan's", () => {
    expect(formatAuditValue("status", "confirmed", { ...ctx, action: "conference.delegate_update" })).toBe(
      "Đã xác nhận",
    );
    expect(formatAuditValue("status", "accepted", { ...ctx, entityType: "unit_plan" })).toBe("Đã chấp nhận");
    expect(formatAuditValue("status", "issued", { ...ctx, entityType: "plan" })).toBe("Đã ban hành");
  });
  it("never shows an id: an unknown one reads as a record that is gone", () => {
    expect(formatAuditValue("personId", "11111111-2222-4333-8444-555555555555", ctx)).toBe(
      "(bản ghi không còn)",
    );
  });
});
