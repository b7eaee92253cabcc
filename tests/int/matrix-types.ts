import type { Client, TestApp } from "../helpers/app.ts";

export const WHO = ["anonymous", "office", "council", "chairman", "culture", "finance", "unit"] as const;
export type Who = (typeof WHO)[number];

/** The demo user that plays each role; the unit role is phường Ba Đình. */
export const USER_OF: Record<Exclude<Who, "anonymous">, string> = {
  office: "vanphong",
  council: "hoidong",
  chairman: "chutich",
  culture: "vanhoa",
  finance: "taichinh",
  unit: "badinh",
};

/** Ids the cases point at: "other" records belong to a unit that is not the unit user's. */
export type Fixtures = {
  t: TestApp;
  office: Client;
  ownUnitId: string;
  otherUnitId: string;
  userIdOf(username: string): Promise<string>;
  unitIdOf(code: string): Promise<string>;
  seq(): number;
};

export type Req = {
  url: string;
  payload?: unknown;
  /** multipart upload: one file field */
  file?: { field: string; filename: string; content: Buffer; contentType: string };
};

export type Case = {
  expect: Record<Who, number>;
  /** Defaults to the route's path with no params. */
  request?: (f: Fixtures, who: Who) => Promise<Req> | Req;
  /** Use a freshly signed-in client (for routes that end the session). */
  fresh?: boolean;
};

/**
 * ADR 0005: a user acts for its own unit's duties whatever its office role, so the offices
 * that are also participants (culture: Phòng Văn hóa – Thông tin, finance: Phòng Tài chính –
 * Kế hoạch) answer like a unit user on the unit routes.
 */
export const asUnit = (status: number) => ({ unit: status, culture: status, finance: status });
export const actsForUnit = (who: Who) => who === "unit" || who === "culture" || who === "finance";

export const all = (status: number, anonymous = 401): Record<Who, number> => ({
  anonymous,
  office: status,
  council: status,
  chairman: status,
  culture: status,
  finance: status,
  unit: status,
});

export const only = (
  allowed: Partial<Record<Exclude<Who, "anonymous">, number>>,
  denied = 403,
): Record<Who, number> => ({
  anonymous: 401,
  office: allowed.office ?? denied,
  council: allowed.council ?? denied,
  chairman: allowed.chairman ?? denied,
  culture: allowed.culture ?? denied,
  finance: allowed.finance ?? denied,
  unit: allowed.unit ?? denied,
});
