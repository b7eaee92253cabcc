/** Issue #13 item 4: the browser checks a form with the API's own schema, in Vietnamese, field by field. */
import { describe, expect, it } from "vitest";
import { UserCreateSchema } from "../../domain/auth.ts";
import { PersonInputSchema } from "../../domain/persons.ts";
import { UnitInputSchema } from "../../domain/units.ts";
import { zodFieldErrors, zodValidate } from "./zodForm.ts";

describe("zodFieldErrors", () => {
  it("names a bad username under its field, without repeating the label", () => {
    const errors = zodFieldErrors(UserCreateSchema, { username: "Nguyễn A", fullName: "An", role: "unit" });
    expect(errors).toEqual({ username: "3–40 ký tự, chữ không dấu, số, '.', '-' hoặc '_'" });
  });

  it("gives each field its first problem, in Vietnamese", () => {
    const errors = zodFieldErrors(UnitInputSchema, { code: "", name: "  ", kind: "" });
    expect(Object.keys(errors).sort()).toEqual(["code", "kind", "name"]);
    expect(errors.name).toBe("Bắt buộc nhập");
    expect(errors.kind).toBe("Bắt buộc chọn");
    for (const m of Object.values(errors)) expect(m).not.toMatch(/[A-Za-z]+_[a-z]+|expected|Invalid/u);
  });

  it("is empty for a valid person, and names the birth year when it is out of range", () => {
    expect(zodFieldErrors(PersonInputSchema, { fullName: "Lê Văn Tám", birthYear: 1990 })).toEqual({});
    expect(zodFieldErrors(PersonInputSchema, { fullName: "Lê Văn Tám", birthYear: 1800 })).toEqual({
      birthYear: "Từ 1900",
    });
  });

  it("zodValidate adds the form's cross-field checks", () => {
    const validate = zodValidate<{ name: string }>(
      PersonInputSchema,
      (v) => ({ fullName: v.name }),
      (v): Record<string, string> => (v.name === "x" ? { extra: "Không được" } : {}),
    );
    expect(validate({ name: "" })).toEqual({ fullName: "Bắt buộc nhập" });
    expect(validate({ name: "x" })).toEqual({ extra: "Không được" });
  });
});
