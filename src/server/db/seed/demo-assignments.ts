/**
 * Demo council assignments (K1, issue #8 item 4): each Council member follows a handful
 * of units on the progress board and home page.
 */
import { councilAssignments } from "../schema/index.ts";
import type { SeedStep } from "./steps.ts";

export const DEMO_ASSIGNMENTS: Record<string, string[]> = {
  hoidong: ["badinh", "ngoctrao", "hoiphunu", "moitruong", "ximang", "dongson"],
  hoidong2: ["bacson", "lamson", "quangtrung", "halan", "thidoan", "khvina"],
};

export const seedCouncilAssignments: SeedStep = async (tx, ctx) => {
  const office = ctx.userIds.get("vanphong") ?? null;
  const rows = Object.entries(DEMO_ASSIGNMENTS).flatMap(([member, codes]) => {
    const memberId = ctx.userIds.get(member);
    if (!memberId) return [];
    return codes
      .filter((c) => ctx.unitIds.has(c))
      .map((c) => ({
        memberId,
        unitId: ctx.unitIds.get(c)!,
        assignedBy: office,
        assignedAt: ctx.at("2019-11-08", "09:00"),
      }));
  });
  if (rows.length > 0) await tx.insert(councilAssignments).values(rows);
};
