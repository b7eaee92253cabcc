/** Dossiers (G1–G4): the office, Council and chairman follow every unit's; a unit prepares its own. */
import type { Role } from "../../../domain/roles.ts";

export const DOSSIERS_PATH = "/ho-so";
export const DOSSIER_UNIT_PATH = "/ho-so/:unitId";
export const dossierUnitPath = (unitId: string) => `/ho-so/${unitId}`;

export const canSeeDossiers = (role: Role) =>
  role === "office" || role === "council" || role === "chairman" || role === "unit";
export const canReadAllDossiers = (role: Role) =>
  role === "office" || role === "council" || role === "chairman";
export const canReviewDossiers = (role: Role) => role === "office";
