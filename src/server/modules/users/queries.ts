import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Me, User, UserListQuery } from "../../../domain/auth.ts";
import { offsetOf, type Page, type PageParams } from "../../../domain/paging.ts";
import type { Role } from "../../../domain/roles.ts";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import { loginThrottles, units, userMfa, users } from "../../db/schema/index.ts";
import { countSql, foldedSql, wordsMatch } from "../../db/text-sql.ts";
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
export async function listUserRows(db: Db, id?: string | string[], now: Date = new Date()) {
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
    .where(id === undefined ? undefined : Array.isArray(id) ? inArray(users.id, id) : eq(users.id, id));
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

function userWhere(f: Omit<UserListQuery, "page" | "limit">): SQL | undefined {
  const where: SQL[] = [];
  if (f.role) where.push(eq(users.role, f.role));
  if (f.unitId) where.push(eq(users.unitId, f.unitId));
  where.push(...wordsMatch(f.q, foldedSql(users.fullName), foldedSql(users.username), units.searchKey));
  return where.length ? and(...where) : undefined;
}

/**
 * One page of accounts (issue #11 item 5): words of the name, account name or unit name without
 * diacritics, role, unit; filtered, counted and cut in SQL, ordered by the
 * account name byte by byte (ascii by the account rule), then the id.
 */
export async function pageUserRows(db: Db, f: UserListQuery, now: Date): Promise<Page<User>> {
  const page: PageParams = { page: f.page, limit: f.limit };
  const [counted, ids] = await readTogether(db, [
    () =>
      db.select({ n: countSql }).from(users).leftJoin(units, eq(units.id, users.unitId)).where(userWhere(f)),
    () =>
      db
        .select({ id: users.id })
        .from(users)
        .leftJoin(units, eq(units.id, users.unitId))
        .where(userWhere(f))
        .orderBy(sql`${users.username} collate "C"`, users.id)
        .limit(page.limit)
        .offset(offsetOf(page)),
  ]);
  const rows = ids.length
    ? await listUserRows(
        db,
        ids.map((r) => r.id),
        now,
      )
    : [];
  const byId = new Map(rows.map((u) => [u.id, u]));
  return { items: ids.map((r) => byId.get(r.id)!), total: Number(counted[0]?.n ?? 0), ...page };
}
