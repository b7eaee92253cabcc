/**
 * Who may do what (SPEC "Users (roles)", N3; issue #7 item 3): one closed list of
 * capabilities, the capabilities of each role, the "own unit" check and the
 * personal-data rule. Server policies wrap this file; the web reads the role's
 * capabilities from /api/auth/me and the `can` map of each record.
 */
import { z } from "zod";
import type { Actor, Role } from "./roles.ts";

export const CAPABILITIES = [
  "plans.manage",
  "units.read_all",
  "units.read_own",
  "units.manage",
  "units.export",
  "users.manage",
  "audit.read",
  /** The security log and its alerts (issue #12 item 7). */
  "security.read",
  "conferences.read_all",
  "conferences.read_own",
  "conferences.create_all",
  "conferences.create_own",
  /** Content and steps of any unit's conference; `_own`: of the actor's own unit. */
  "conferences.edit_all",
  "conferences.edit_own",
  /** Approve / return unit and town conferences; `_pilot`: pilot conferences (III.1). */
  "conferences.review",
  "conferences.review_pilot",
  "conferences.close",
  "unit_plans.read_all",
  "unit_plans.read_own",
  "unit_plans.edit_own",
  /** Accept / return any unit plan; `_pilot`: pilot units' plans only (III.1). */
  "unit_plans.review",
  "unit_plans.review_pilot",
  "people.read_all",
  "people.read_own",
  "people.edit_all",
  "people.edit_own",
  /** Birth year and ethnicity (N3): not culture, not finance. */
  "people.read_personal",
  "duplicates.read",
  "duplicates.dismiss",
  "files.read_all",
  "files.read_own",
  /** The progress board (K2): every unit's row, or the unit's own row. */
  "progress.read_all",
  "progress.read_own",
  /** The giao ban report for the chairman (K3). */
  "briefing.read",
  /** Review the outbox: send now, skip, automatic sending (K4). */
  "outbox.manage",
  /** Assign units to Council members (K1). */
  "council.assign",
  /** Dossiers after the conference (G1–G4): read every unit's, prepare one's own, review. */
  "dossiers.read_all",
  "dossiers.edit_own",
  "dossiers.review",
  /** A unit's document settings (L1): any unit's, or one's own. */
  "documents.settings_all",
  "documents.settings_own",
  /** Nominations to the higher conference (F4): read every unit's, nominate for one's own unit. */
  "nominations.read_all",
  "nominations.edit_own",
  /** Review units' nominations, compile the list, send it, export it, import a package (F4, F5). */
  "nominations.review",
  /** Approve or return the compiled list (the chairman, F4). */
  "nominations.approve",
  /** The higher conference's seats, quota allocations and composition targets (F1–F3). */
  "quotas.manage",
  /** Read the allocations and targets (every unit's), or one's own unit's published quota. */
  "quotas.read_all",
  "quotas.read_own",
  /** A conference's budget (I1): read every unit's or one's own; draft it (office and finance, or one's own). */
  "budget.read_all",
  "budget.read_own",
  "budget.edit_all",
  "budget.edit_own",
  /** Finance reviews the estimate and settles it; the chairman approves (plan III.4). */
  "budget.review",
  "budget.approve",
  "budget.settle",
  /** Propaganda (J1): read every unit's tasks and items; assign tasks and log for any unit (culture); log one's own. */
  "propaganda.read_all",
  "propaganda.manage",
  "propaganda.log_own",
  /** Award decisions at conferences (H1): every conference's, or the own unit's; `edit_*` records them. */
  "awards.read_all",
  "awards.read_own",
  "awards.edit_all",
  "awards.edit_own",
  /** Award forms, base salaries (lương cơ sở) and movements as data (H1, H2). */
  "awards.manage_data",
] as const;
export type Capability = (typeof CAPABILITIES)[number];
export const CapabilitySchema = z.enum(CAPABILITIES);

const FOLLOWERS: readonly Capability[] = [
  "units.read_all",
  "units.export",
  "conferences.read_all",
  "unit_plans.read_all",
  "people.read_all",
  "people.read_personal",
  "duplicates.read",
  "files.read_all",
  "progress.read_all",
  "dossiers.read_all",
  "briefing.read",
  "nominations.read_all",
  "quotas.read_all",
  "awards.read_all",
];

/**
 * A participant's duties over its own unit (plan III.1–III.2, II.3.3: "Thủ trưởng các ngành, cơ quan,
 * đơn vị" send a plan, hold a conference, send a dossier). Held by every role whose users
 * work for one unit, whatever their office role (ADR 0005): unit staff, and the offices
 * that are also participants (Phòng Văn hóa – Thông tin, Phòng Tài chính – Kế hoạch).
 * Personal data (N3) is not a duty: it stays with `people.read_personal`.
 */
export const UNIT_DUTIES: readonly Capability[] = [
  "units.read_own",
  "conferences.read_own",
  "conferences.create_own",
  "conferences.edit_own",
  "unit_plans.read_own",
  "unit_plans.edit_own",
  "people.read_own",
  "people.edit_own",
  "files.read_own",
  "progress.read_own",
  "dossiers.edit_own",
  "documents.settings_own",
  "nominations.edit_own",
  "quotas.read_own",
  "budget.read_own",
  "budget.edit_own",
  "propaganda.log_own",
  "awards.read_own",
  "awards.edit_own",
];

export const ROLE_CAPABILITIES: Record<Role, readonly Capability[]> = {
  office: [
    ...FOLLOWERS,
    "plans.manage",
    "units.manage",
    "users.manage",
    "audit.read",
    "security.read",
    "conferences.create_all",
    "conferences.edit_all",
    "conferences.review",
    "conferences.close",
    "unit_plans.review",
    "people.edit_all",
    "duplicates.dismiss",
    "council.assign",
    "dossiers.review",
    "documents.settings_all",
    "outbox.manage",
    "nominations.review",
    "quotas.manage",
    "budget.read_all",
    "budget.edit_all",
    "propaganda.read_all",
    "awards.edit_all",
    "awards.manage_data",
  ],
  council: [...FOLLOWERS, "conferences.review_pilot", "unit_plans.review_pilot", "propaganda.read_all"],
  chairman: [...FOLLOWERS, "budget.read_all", "budget.approve", "propaganda.read_all", "nominations.approve"],
  unit: [...UNIT_DUTIES, "people.read_personal"],
  culture: [
    "units.read_all",
    "conferences.read_all",
    ...UNIT_DUTIES,
    "propaganda.read_all",
    "propaganda.manage",
  ],
  finance: [
    "units.read_all",
    "conferences.read_all",
    ...UNIT_DUTIES,
    "budget.read_all",
    "budget.edit_all",
    "budget.review",
    "budget.settle",
    /** Finance pays the award money (issue #14 item 6): it reads every conference's decisions. */
    "awards.read_all",
  ],
};

/** The role's capabilities, in the order of CAPABILITIES (sent to the web with /api/auth/me). */
export function capabilitiesOf(role: Role): Capability[] {
  const own = new Set(ROLE_CAPABILITIES[role]);
  return CAPABILITIES.filter((c) => own.has(c));
}

export function has(actor: Pick<Actor, "role">, capability: Capability): boolean {
  return ROLE_CAPABILITIES[actor.role].includes(capability);
}

/**
 * The actor works for `unitId` and carries that unit's duties (`UNIT_DUTIES`): a unit's
 * staff member, or an office that is also a participant (ADR 0005).
 */
export function ownsUnit(actor: Pick<Actor, "role" | "unitId">, unitId: string | null | undefined): boolean {
  return (
    has(actor, "progress.read_own") && actor.unitId !== null && unitId != null && actor.unitId === unitId
  );
}

/** `all` over every unit, or `own` over the actor's own unit. */
export function reaches(
  actor: Pick<Actor, "role" | "unitId">,
  all: Capability,
  own: Capability,
  unitId: string | null | undefined,
): boolean {
  return has(actor, all) || (has(actor, own) && ownsUnit(actor, unitId));
}

/** Either capability, for a feature used over every unit or over one's own unit. */
export function hasAny(actor: Pick<Actor, "role" | "unitId">, all: Capability, own: Capability): boolean {
  return has(actor, all) || (has(actor, own) && actor.unitId !== null);
}

/** N3: birth year and ethnicity are shown only to roles with `people.read_personal`. */
export const seesPersonalData = (actor: Pick<Actor, "role">) => has(actor, "people.read_personal");
