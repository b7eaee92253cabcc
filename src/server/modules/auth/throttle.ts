/**
 * Sign-in back-off in the database (issue #12 item 1), so it holds across app servers.
 * `lockedFor` answers how long an attempt must wait; `countFailure` and `clearAfterSuccess`
 * keep the counts. The rule itself is pure: `src/domain/login-backoff.ts`.
 */
import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";
import {
  BACKOFF_MEMORY_HOURS,
  backoffKeys,
  backoffRules,
  lockMinutes,
} from "../../../domain/login-backoff.ts";
import type { Db } from "../../db/client.ts";
import { loginThrottles } from "../../db/schema/index.ts";

/** Seconds the attempt must wait (0: it may go on). */
export async function lockedFor(db: Db, username: string, address: string, now: Date): Promise<number> {
  const keys = backoffKeys(username, address).map((k) => k.key);
  const rows = await db
    .select({ lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(and(inArray(loginThrottles.key, keys), gt(loginThrottles.lockedUntil, now)));
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Counts one failure against every key; returns the longest lock it starts, in minutes. */
export async function countFailure(
  db: Db,
  username: string,
  address: string,
  now: Date,
  threshold: number,
): Promise<number> {
  const rules = backoffRules(threshold);
  const forgetBefore = new Date(now.getTime() - BACKOFF_MEMORY_HOURS * 3600_000);
  await db.delete(loginThrottles).where(lt(loginThrottles.lastFailureAt, forgetBefore));
  let longest = 0;
  for (const { scope, key } of backoffKeys(username, address)) {
    const [row] = await db
      .insert(loginThrottles)
      .values({
        key,
        username: scope === "address" ? null : username.trim().toLowerCase(),
        failures: 1,
        lastFailureAt: now,
      })
      .onConflictDoUpdate({
        target: loginThrottles.key,
        set: { failures: sql`${loginThrottles.failures} + 1`, lastFailureAt: now },
      })
      .returning({ failures: loginThrottles.failures });
    const minutes = lockMinutes(row?.failures ?? 1, rules[scope]);
    if (minutes > 0) {
      await db
        .update(loginThrottles)
        .set({ lockedUntil: new Date(now.getTime() + minutes * 60_000) })
        .where(eq(loginThrottles.key, key));
      longest = Math.max(longest, minutes);
    }
  }
  return longest;
}

/** A right password clears the account's counts at that address and everywhere. */
export async function clearAfterSuccess(db: Db, username: string, address: string): Promise<void> {
  const keys = backoffKeys(username, address)
    .filter((k) => k.scope !== "address")
    .map((k) => k.key);
  await db.delete(loginThrottles).where(inArray(loginThrottles.key, keys));
}

/**
 * The name second-factor codes are throttled under (issue #12 item 3): apart from the
 * password's counts, so a right password does not clear the code failures.
 */
export const mfaThrottleName = (username: string) => `${username.trim().toLowerCase()}#mfa`;

/** The office (or the operator's command) lifts every lock on an account, its code locks too. */
export async function clearAccount(db: Db, username: string): Promise<number> {
  const name = username.trim().toLowerCase();
  const rows = await db
    .delete(loginThrottles)
    .where(inArray(loginThrottles.username, [name, mfaThrottleName(name)]))
    .returning({ key: loginThrottles.key });
  return rows.length;
}
