import type { Role } from "../../../domain/roles.ts";

export const DUPLICATES_PATH = "/trung-lap";

/** Duplicate people across units (E6): read by the office, the Council and the chairman. */
export const canSeeDuplicates = (role: Role) =>
  role === "office" || role === "council" || role === "chairman";

/** Only the office marks two people "not the same person" (and undoes it). */
export const canDismissDuplicates = (role: Role) => role === "office";
