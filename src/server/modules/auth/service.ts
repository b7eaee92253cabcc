import { eq } from "drizzle-orm";
import type { LoginInput, Me } from "../../../domain/auth.ts";
import { waitInWords } from "../../../domain/login-backoff.ts";
import type { Actor, Role } from "../../../domain/roles.ts";
import type { Db } from "../../db/client.ts";
import { userMfa, users } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { AnonymousContext, ServiceContext } from "../../http/context.ts";
import { AppError } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { getMe } from "../users/index.ts";
import { assertAcceptablePassword, dummyPasswordHash, hashPassword, verifyPassword } from "./passwords.ts";
import { authPolicy } from "./policy.ts";
import { createSession, deleteSession, deleteUserSessions, type SessionPolicy } from "./sessions.ts";
import { clearAfterSuccess, countFailure, lockedFor } from "./throttle.ts";

export type LoginSettings = SessionPolicy & { maxFailures: number };

/** 429 with how long to wait, in words and in `Retry-After` (the error handler sets it). */
export function tooManyAttempts(seconds: number): AppError {
  return new AppError(
    "RATE_LIMITED",
    `Bạn đã nhập sai nhiều lần nên tạm thời chưa đăng nhập được. Hãy thử lại sau ${waitInWords(seconds)}.`,
    { retryAfterSeconds: seconds },
  );
}

/**
 * The signed-in person with what the web may offer them (their role's capabilities) and
 * where they stand with the second factor (issue #12 item 3).
 */
export async function currentUser(
  db: Db,
  actor: Pick<Actor, "userId" | "mfaPending">,
  mfaRequiredRoles: readonly Role[],
): Promise<Me> {
  const me = await getMe(db, actor.userId);
  const [mfa] = await db
    .select({ enabledAt: userMfa.enabledAt })
    .from(userMfa)
    .where(eq(userMfa.userId, actor.userId))
    .limit(1);
  const pending = actor.mfaPending ?? false;
  return {
    ...me,
    // A session still waiting for its code learns nothing of what the role may do.
    capabilities: pending ? [] : authPolicy.capabilities(me.role),
    mfa: {
      enabled: Boolean(mfa?.enabledAt),
      required: mfaRequiredRoles.includes(me.role),
      pending,
    },
  };
}

/**
 * Sign-in (N1, issue #12 item 1): argon2id check. Wrong passwords back off per account
 * at an address, per address and per account (`throttle.ts`), never for good. An unknown
 * user and a wrong password get the same answer after the same work (a dummy hash check).
 */
export async function login(
  ctx: AnonymousContext,
  input: LoginInput,
  settings: LoginSettings,
  meta: { userAgent?: string },
): Promise<{ token: string; actor: Actor }> {
  const now = ctx.clock.now();
  const address = ctx.ip ?? "không rõ";
  const wait = await lockedFor(ctx.db, input.username, address, now);
  if (wait > 0) throw tooManyAttempts(wait);

  const [user] = await ctx.db.select().from(users).where(eq(users.username, input.username)).limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) {
    await ctx.db.transaction(async (tx) => {
      const lockedMinutes = await countFailure(tx, input.username, address, now, settings.maxFailures);
      if (!user) return;
      const failures = user.failedLogins + 1;
      await tx.update(users).set({ failedLogins: failures }).where(eq(users.id, user.id));
      await recordAudit(
        tx,
        { ...ctx, actor: null },
        {
          action: lockedMinutes > 0 ? "auth.locked" : "auth.login_failed",
          entityType: "user",
          entityId: user.id,
          unitId: user.unitId,
          after: { username: user.username, failedLogins: failures },
        },
      );
    });
    throw new AppError("INVALID_CREDENTIALS");
  }
  if (user.lockedAt) {
    throw new AppError("LOCKED", "Tài khoản đang bị khóa. Hãy liên hệ Phòng Nội vụ để được mở khóa.");
  }
  if (!user.active) throw new AppError("FORBIDDEN", "Tài khoản đã bị vô hiệu hóa. Hãy liên hệ Phòng Nội vụ.");

  // With a second factor on, the session waits for the code (issue #12 item 3).
  const [mfa] = await ctx.db
    .select({ enabledAt: userMfa.enabledAt })
    .from(userMfa)
    .where(eq(userMfa.userId, user.id))
    .limit(1);
  const mfaPending = Boolean(mfa?.enabledAt);

  return ctx.db.transaction(async (tx) => {
    await clearAfterSuccess(tx, user.username, address);
    await tx
      .update(users)
      .set(mfaPending ? { failedLogins: 0 } : { failedLogins: 0, lastLoginAt: now })
      .where(eq(users.id, user.id));
    const token = await createSession(tx, user.id, now, settings, {
      ip: ctx.ip,
      userAgent: meta.userAgent,
      mfaPending,
    });
    const actor: Actor = {
      userId: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role as Role,
      unitId: user.unitId,
      mfaPending,
      mfaEnabled: mfaPending,
    };
    await recordAudit(
      tx,
      { ...ctx, actor },
      {
        action: mfaPending ? "auth.mfa_pending" : "auth.login",
        entityType: "user",
        entityId: user.id,
        unitId: user.unitId,
      },
    );
    return { token, actor };
  });
}

export async function logout(ctx: ServiceContext, token: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, token);
    await recordAudit(tx, ctx, {
      action: "auth.logout",
      entityType: "user",
      entityId: ctx.actor.userId,
      unitId: ctx.actor.unitId,
    });
  });
}

/** Any signed-in user changes their own password; other sessions end. */
export async function changePassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string },
  currentToken: string,
): Promise<void> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId)).limit(1);
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", "Mật khẩu hiện tại không đúng.", {
      fields: { currentPassword: "Mật khẩu hiện tại không đúng." },
    });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError("VALIDATION", "Mật khẩu mới phải khác mật khẩu hiện tại.", {
      fields: { newPassword: "Mật khẩu mới phải khác mật khẩu hiện tại." },
    });
  }
  await assertAcceptablePassword(input.newPassword, { username: user.username, field: "newPassword" });
  const passwordHash = await hashPassword(input.newPassword);
  await withTx(ctx, async (tx) => {
    await versionedUpdate(tx, users, { id: user.id, set: { passwordHash, mustChangePassword: false } });
    await deleteUserSessions(tx.db, user.id, currentToken);
    await recordAudit(tx.db, tx, {
      action: "auth.password_changed",
      entityType: "user",
      entityId: user.id,
      unitId: user.unitId,
    });
  });
}
