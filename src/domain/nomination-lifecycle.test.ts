/** The nominations' two lifecycles as tables (SPEC F4; issue #9 item 4): who takes which step, when. */
import { describe, expect, it } from "vitest";
import {
  LIST_LIFECYCLE,
  LIST_STATUSES,
  listCan,
  NOMINATION_LIFECYCLE,
  NOMINATION_STATUSES,
  nominationCan,
  nominationWrongState,
} from "./nomination-lifecycle.ts";
import type { Actor, Role } from "./roles.ts";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const actor = (role: Role, unitId: string | null = null): Actor => ({
  userId: role,
  username: role,
  fullName: role,
  role,
  unitId,
});

describe("a unit's nominations", () => {
  it("every step leaves from known states to a known state", () => {
    for (const s of Object.values(NOMINATION_LIFECYCLE)) {
      expect(NOMINATION_STATUSES).toContain(s.to);
      for (const f of s.from) expect(NOMINATION_STATUSES).toContain(f);
    }
  });

  it("the unit edits and submits its own, only in draft or returned, only while the list is open", () => {
    const unit = actor("unit", A);
    expect(nominationCan(unit, { unitId: A, status: "draft" }, true)).toEqual({
      edit: true,
      submit: true,
      accept: false,
      return: false,
    });
    expect(nominationCan(unit, { unitId: A, status: "returned" }, true).submit).toBe(true);
    expect(nominationCan(unit, { unitId: A, status: "submitted" }, true)).toEqual({
      edit: false,
      submit: false,
      accept: false,
      return: false,
    });
    expect(nominationCan(unit, { unitId: B, status: "draft" }, true).edit).toBe(false);
    expect(nominationCan(unit, { unitId: A, status: "draft" }, false).edit).toBe(false);
  });

  it("the office accepts or returns a submitted one, returns an accepted one; council and chairman only read", () => {
    const office = actor("office", B);
    expect(nominationCan(office, { unitId: A, status: "submitted" }, true)).toEqual({
      edit: false,
      submit: false,
      accept: true,
      return: true,
    });
    expect(nominationCan(office, { unitId: A, status: "accepted" }, true)).toMatchObject({
      accept: false,
      return: true,
    });
    for (const role of ["council", "chairman"] as const) {
      expect(
        Object.values(nominationCan(actor(role), { unitId: A, status: "submitted" }, true)).some(Boolean),
      ).toBe(false);
    }
  });

  it("says in words why a step is not possible now", () => {
    expect(nominationWrongState("accept", "draft")).toBe(
      "Không thể chấp nhận: đề cử đang ở trạng thái “Đang soạn”. Chỉ chấp nhận được khi đơn vị đã gửi đề cử.",
    );
  });
});

describe("the compiled list", () => {
  it("every step leaves from known states", () => {
    for (const s of Object.values(LIST_LIFECYCLE)) {
      expect(LIST_STATUSES).toContain(s.to);
      for (const f of s.from) expect(LIST_STATUSES).toContain(f);
    }
  });

  it("the office sends a draft or returned list; only the chairman approves or returns a sent one", () => {
    const office = actor("office", B);
    const chairman = actor("chairman", A);
    expect(listCan(office, { unitId: A, status: "draft" })).toEqual({
      editGuests: true,
      send: true,
      approve: false,
      return: false,
    });
    expect(listCan(office, { unitId: A, status: "returned" }).send).toBe(true);
    expect(listCan(office, { unitId: A, status: "sent" })).toEqual({
      editGuests: false,
      send: false,
      approve: false,
      return: false,
    });
    expect(listCan(chairman, { unitId: A, status: "sent" })).toEqual({
      editGuests: false,
      send: false,
      approve: true,
      return: true,
    });
    expect(listCan(chairman, { unitId: A, status: "approved" }).approve).toBe(false);
    expect(Object.values(listCan(actor("council"), { unitId: A, status: "sent" })).some(Boolean)).toBe(false);
  });
});
