import { describe, expect, it } from "vitest";
import { SECRET_MARK, SENSITIVE_MARK } from "../../../domain/audit/vocabulary.ts";
import { scrub, scrubPair } from "./record.ts";

describe("scrubPair (N3)", () => {
  it("keeps only that a sensitive field changed, never its value", () => {
    const { before, after } = scrubPair(
      { fullName: "Lò Văn Páo", birthYear: 1984, ethnicityCode: "03", ethnicityName: "Thái" },
      { fullName: "Lò Văn Páo", birthYear: 1985, ethnicityCode: "03", ethnicityName: "Thái" },
    );
    expect(before).toEqual({ fullName: "Lò Văn Páo", birthYear: SENSITIVE_MARK });
    expect(after).toEqual({ fullName: "Lò Văn Páo", birthYear: SENSITIVE_MARK });
    expect(JSON.stringify([before, after])).not.toMatch(/1984|1985|Thái/u);
  });

  it("marks a sensitive value given on creation and leaves an empty one empty", () => {
    const { before, after } = scrubPair(null, { fullName: "A", birthYear: 1990, ethnicityCode: null });
    expect(before).toBeNull();
    expect(after).toEqual({ fullName: "A", birthYear: SENSITIVE_MARK, ethnicityCode: null });
  });

  it("hides secrets and nested sensitive values, and writes dates as ISO", () => {
    expect(
      scrub({
        passwordHash: "$argon2id$…",
        at: new Date("2026-11-30T01:02:03Z"),
        added: [{ fullName: "B", birthYear: 1970 }],
      }),
    ).toEqual({
      passwordHash: SECRET_MARK,
      at: "2026-11-30T01:02:03.000Z",
      added: [{ fullName: "B", birthYear: SENSITIVE_MARK }],
    });
  });
});
