/**
 * Who may read and edit a unit's document settings (SPEC L1, N3): whoever may read the unit
 * reads them (a unit user: its own unit only, 404 otherwise); the unit itself and the
 * standing office edit them.
 */
import { reaches } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import { unitPolicy } from "../units/index.ts";

export const documentSettingsPolicy = {
  canRead: (a: Actor, unitId: string) => unitPolicy.canRead(a, unitId),
  canEdit: (a: Actor, unitId: string) =>
    reaches(a, "documents.settings_all", "documents.settings_own", unitId),
};
