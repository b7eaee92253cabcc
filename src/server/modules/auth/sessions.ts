import { createHash, randomBytes } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { Actor, Role } from "../../../domain/roles.ts";
import type { Db } from "../../db/client.ts";
import { sessions, userMfa, users } from "../../db/schema/index.ts";

export type SessionPolicy = { idleMinutes: number; maxHours: number };

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  policy: SessionPolicy,
  meta: { ip?: string; userAgent?: string; mfaPending?: boolean },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.maxHours * 3600_000),
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    mfaPending: meta.mfaPending ?? false,
  });
  return token;
}

/**
 * The actor behind a session token, or null when the session is unknown,
 * idle for too long, past its maximum age, or its user is disabled/locked.
 * Touches last_seen_at at most once a minute.
 */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<Actor | null> {
  const id = hashToken(token);
  const rows = await db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      unitId: users.unitId,
      active: users.active,
      lockedAt: users.lockedAt,
      mustChangePassword: users.mustChangePassword,
      mfaPending: sessions.mfaPending,
      mfaEnabledAt: userMfa.enabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(userMfa, eq(userMfa.userId, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const idleLimit = row.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  if (now.getTime() > idleLimit || now >= row.expiresAt || !row.active || row.lockedAt) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  // The idle limit slides with activity (issue #12 item 4): the last-seen time is written at
  // most once a minute, and more often when the idle limit is short.
  const refreshMs = Math.min(60_000, (policy.idleMinutes * 60_000) / 10);
  if (now.getTime() - row.lastSeenAt.getTime() > refreshMs) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return {
    userId: row.userId,
    username: row.username,
    fullName: row.fullName,
    role: row.role as Role,
    unitId: row.unitId,
    mustChangePassword: row.mustChangePassword,
    mfaPending: row.mfaPending,
    mfaEnabled: row.mfaEnabledAt !== null,
  };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

export async function deleteUserSessions(db: Db, userId: string, exceptToken?: string): Promise<void> {
  const rows = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
  const keep = exceptToken ? hashToken(exceptToken) : undefined;
  for (const r of rows) if (r.id !== keep) await db.delete(sessions).where(eq(sessions.id, r.id));
}

export async function purgeExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(and(lt(sessions.expiresAt, now)));
}
