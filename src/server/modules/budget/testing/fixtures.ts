/** Test data for budgets, written straight to the database: a conference's budget with lines, in a given state. */
import { eq } from "drizzle-orm";
import type { BudgetStatus } from "../../../../domain/budget-lifecycle.ts";
import type { Db } from "../../../db/client.ts";
import { budgetLines, budgets, conferences } from "../../../db/schema/index.ts";

/** Two lines; the meal support one is over the 150,000 đ norm of a thị xã's conference. */
export const SAMPLE_LINES = [
  { category: "hall", label: "Thuê hội trường", quantity: 1, unit: "buổi", unitPrice: 3_000_000 },
  { category: "meals", label: "Hỗ trợ tiền ăn khách mời", quantity: 40, unit: "người", unitPrice: 180_000 },
] as const;

/** The conference's budget (created with SAMPLE_LINES when missing) put in `status`; returns its version. */
export async function budgetIn(db: Db, conferenceId: string, status: BudgetStatus): Promise<number> {
  let [b] = await db.select().from(budgets).where(eq(budgets.conferenceId, conferenceId));
  if (!b) {
    const [c] = await db
      .select({ unitId: conferences.unitId })
      .from(conferences)
      .where(eq(conferences.id, conferenceId));
    [b] = await db
      .insert(budgets)
      .values({ conferenceId, unitId: c!.unitId, venueClass: "provincial" })
      .returning();
    await db
      .insert(budgetLines)
      .values(SAMPLE_LINES.map((l, i) => ({ ...l, budgetId: b!.id, sortOrder: i })));
  }
  const [after] = await db
    .update(budgets)
    .set({ status, version: b!.version + 1 })
    .where(eq(budgets.id, b!.id))
    .returning({ version: budgets.version });
  return after!.version;
}

export async function budgetLineIds(db: Db, conferenceId: string): Promise<string[]> {
  const [b] = await db.select({ id: budgets.id }).from(budgets).where(eq(budgets.conferenceId, conferenceId));
  const rows = await db
    .select({ id: budgetLines.id })
    .from(budgetLines)
    .where(eq(budgetLines.budgetId, b!.id));
  return rows.map((r) => r.id);
}
