/** The conference lifecycle table (issue #7 item 2; III.1): every step × role × state, and what stays editable. */
import { describe, expect, it } from "vitest";
import {
  ATTENDANCE_EDITABLE,
  CONFERENCE_LIFECYCLE,
  CONFERENCE_STATUS_LABELS,
  CONFERENCE_STATUSES,
  CONFERENCE_TRANSITIONS,
  CONTENT_EDITABLE,
  type ConferenceStatus,
  type ConferenceTransition,
  conferenceCan,
  LOCKED_REASON,
  wrongStateMessage,
} from "./conference-lifecycle.ts";
import type { ConferenceKind } from "./plan/rules.ts";
import { type Actor, ROLES, type Role } from "./roles.ts";

const OWN = "00000000-0000-4000-8000-00000000000a";
const OTHER = "00000000-0000-4000-8000-00000000000b";
const actor = (role: Role): Actor => ({
  userId: `u-${role}`,
  username: role,
  fullName: role,
  role,
  unitId: role === "unit" ? OWN : null,
});
/** "unit" acts on its own unit's conference; "unit-other" on another unit's. */
type Who = Role | "unit-other";
const WHO: Who[] = [...ROLES, "unit-other"];

/** Written out by hand from plan III.1 and today's behaviour. */
const FROM: Record<ConferenceTransition, ConferenceStatus[]> = {
  submit: ["draft", "returned"],
  approve: ["submitted"],
  return: ["submitted"],
  hold: ["approved"],
  close: ["held"],
  reopen: ["approved", "held"],
};
const TO: Record<ConferenceTransition, ConferenceStatus> = {
  submit: "submitted",
  approve: "approved",
  return: "returned",
  hold: "held",
  close: "closed",
  reopen: "draft",
};
function expectedWho(step: ConferenceTransition, kind: ConferenceKind): Who[] {
  if (step === "approve" || step === "return") return kind === "pilot" ? ["council"] : ["office"];
  if (step === "close") return ["office"];
  return ["office", "unit"];
}

function take(who: Who, kind: ConferenceKind, status: ConferenceStatus) {
  const a = actor(who === "unit-other" ? "unit" : who);
  return conferenceCan(a, { unitId: who === "unit-other" ? OTHER : OWN, kind, status });
}

describe("conference steps", () => {
  it("has the six steps, each from and to the planned states", () => {
    expect([...CONFERENCE_TRANSITIONS]).toEqual(["submit", "approve", "return", "hold", "close", "reopen"]);
    for (const t of CONFERENCE_TRANSITIONS) {
      expect([...CONFERENCE_LIFECYCLE[t].from].sort()).toEqual([...FROM[t]].sort());
      expect(CONFERENCE_LIFECYCLE[t].to).toBe(TO[t]);
    }
  });

  const cases = CONFERENCE_TRANSITIONS.flatMap((t) =>
    (["pilot", "unit", "town"] as ConferenceKind[]).flatMap((kind) =>
      CONFERENCE_STATUSES.flatMap((status) => WHO.map((who) => [t, kind, status, who] as const)),
    ),
  );
  it.each(cases)("%s of a %s conference in %s by %s", (t, kind, status, who) => {
    const expected = FROM[t].includes(status) && expectedWho(t, kind).includes(who);
    expect(take(who, kind, status)[t]).toBe(expected);
  });
});

describe("what stays editable", () => {
  it("content only while draft or returned; attendance also once approved or held", () => {
    expect([...CONTENT_EDITABLE].sort()).toEqual(["draft", "returned"]);
    expect([...ATTENDANCE_EDITABLE].sort()).toEqual(["approved", "draft", "held", "returned"]);
  });

  it.each(CONFERENCE_STATUSES.flatMap((s) => WHO.map((w) => [s, w] as const)))(
    "in %s, %s edits content / attendance as the table says",
    (status, who) => {
      const editor = who === "office" || who === "unit";
      const can = take(who, "unit", status);
      expect(can.editor).toBe(editor);
      expect(can.edit).toBe(editor && (status === "draft" || status === "returned"));
      expect(can.editAttendance).toBe(editor && !["submitted", "closed"].includes(status));
    },
  );
});

describe("Vietnamese words", () => {
  it("names every state, every step, and why a locked state is locked", () => {
    for (const s of CONFERENCE_STATUSES) expect(CONFERENCE_STATUS_LABELS[s]).toMatch(/\p{L}/u);
    for (const t of CONFERENCE_TRANSITIONS) expect(CONFERENCE_LIFECYCLE[t].label).toMatch(/\p{L}/u);
    for (const s of CONFERENCE_STATUSES) {
      expect(LOCKED_REASON[s] === "").toBe(CONTENT_EDITABLE.includes(s));
    }
  });

  it("explains a step taken in the wrong state", () => {
    expect(wrongStateMessage("approve", "draft")).toBe(
      "Không thể duyệt: hội nghị đang ở trạng thái “Dự thảo”. Chỉ duyệt được khi hội nghị đã nộp, đang chờ duyệt.",
    );
  });

  it("tells a unit that the Council approves pilot conferences (III.1)", () => {
    expect(CONFERENCE_LIFECYCLE.approve.denied({ kind: "pilot" })).toMatch(/Hội đồng Thi đua – Khen thưởng/u);
    expect(CONFERENCE_LIFECYCLE.approve.denied({ kind: "unit" })).toMatch(/Thường trực HĐ TĐKT/u);
  });
});
