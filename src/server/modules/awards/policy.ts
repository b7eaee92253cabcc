/**
 * Who may read and record award decisions (SPEC H1, N3; issue #14 item 6): a thin wrapper
 * over domain/access.ts. A unit (and the participant offices) its own conferences'
 * decisions; the office any conference's (the town conference included); council,
 * chairman and finance read every conference's. Another unit's decisions are "not found".
 */
import { has, reaches } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";

export const awardPolicy = {
  canRead: (a: Actor, c: { unitId: string }) => reaches(a, "awards.read_all", "awards.read_own", c.unitId),
  canEdit: (a: Actor, c: { unitId: string }) => reaches(a, "awards.edit_all", "awards.edit_own", c.unitId),
  canManageData: (a: Actor) => has(a, "awards.manage_data"),
};

export const AWARD_NOT_FOUND = "Không tìm thấy quyết định khen thưởng này.";
export const CONFERENCE_NOT_FOUND = "Không tìm thấy hội nghị này.";
