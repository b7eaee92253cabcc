import { eq, sql } from "drizzle-orm";
import type { Me } from "../../../domain/auth.ts";
import type { Role } from "../../../domain/roles.ts";
import type { Db } from "../../db/client.ts";
import { loginThrottles, units, userMfa, users } from "../../db/schema/index.ts";
import { AppError } from "../../http/errors.ts";

export async function getMe(db: Db, userId: string): Promise<Omit<Me, "capabilities" | "mfa">> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      unitId: users.unitId,
      unitName: units.name,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) throw new AppError("UNAUTHENTICATED");
  return { ...row, role: row.role as Role };
}

/** Users with `locked` true while a sign-in back-off holds on the account (issue #12 item 1). */
export async function listUserRows(db: Db, id?: string, now: Date = new Date()) {
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      unitId: users.unitId,
      unitName: units.name,
      email: users.email,
      active: users.active,
      lockedAt: users.lockedAt,
      backoffUntil: sql<string | null>`(SELECT max(${loginThrottles.lockedUntil}) FROM ${loginThrottles}
        WHERE ${loginThrottles.username} = ${users.username})`,
      failedLogins: users.failedLogins,
      lastLoginAt: users.lastLoginAt,
      mfaEnabledAt: userMfa.enabledAt,
      version: users.version,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(userMfa, eq(userMfa.userId, users.id))
    .where(id ? eq(users.id, id) : undefined);
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.fullName,
    role: r.role as Role,
    unitId: r.unitId,
    unitName: r.unitName,
    email: r.email,
    active: r.active,
    locked: r.lockedAt !== null || (r.backoffUntil !== null && new Date(r.backoffUntil) > now),
    failedLogins: r.failedLogins,
    lastLoginAt: r.lastLoginAt ? r.lastLoginAt.toISOString() : null,
    mfaEnabled: r.mfaEnabledAt !== null,
    version: r.version,
  }));
}
