import { eq } from "drizzle-orm";
import type { LoginInput, Me } from "../../../domain/auth.ts";
import type { Actor, Role } from "../../../domain/roles.ts";
import type { Db } from "../../db/client.ts";
import { users } from "../../db/schema/index.ts";
import type { AnonymousContext, ServiceContext } from "../../http/context.ts";
import { AppError } from "../../http/errors.ts";
import { recordAudit } from "../audit/record.ts";
import { getMe } from "../users/queries.ts";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./passwords.ts";
import { authPolicy } from "./policy.ts";
import { createSession, deleteSession, deleteUserSessions, type SessionPolicy } from "./sessions.ts";

export type LoginSettings = SessionPolicy & { maxFailures: number };

/** The signed-in person with what the web may offer them (their role's capabilities). */
export async function currentUser(db: Db, userId: string): Promise<Me> {
  const me = await getMe(db, userId);
  return { ...me, capabilities: authPolicy.capabilities(me.role) };
}

/**
 * Sign-in (N1): argon2id check; after `maxFailures` wrong passwords in a row the
 * account locks until the office lifts it. The same message is given for an
 * unknown user and a wrong password.
 */
export async function login(
  ctx: AnonymousContext,
  input: LoginInput,
  settings: LoginSettings,
  meta: { userAgent?: string },
): Promise<{ token: string; actor: Actor }> {
  const [user] = await ctx.db.select().from(users).where(eq(users.username, input.username)).limit(1);
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new AppError("INVALID_CREDENTIALS");
  }
  if (user.lockedAt) {
    throw new AppError(
      "LOCKED",
      "Tài khoản đã bị khóa do nhập sai mật khẩu nhiều lần. Hãy liên hệ Phòng Nội vụ để được mở khóa.",
    );
  }
  if (!user.active) throw new AppError("FORBIDDEN", "Tài khoản đã bị vô hiệu hóa. Hãy liên hệ Phòng Nội vụ.");

  const ok = await verifyPassword(user.passwordHash, input.password);
  const now = ctx.clock.now();
  const actorOf = (): Actor => ({
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role as Role,
    unitId: user.unitId,
  });
  if (!ok) {
    const failures = user.failedLogins + 1;
    const lock = failures >= settings.maxFailures;
    await ctx.db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ failedLogins: failures, lockedAt: lock ? now : null })
        .where(eq(users.id, user.id));
      await recordAudit(
        tx,
        { ...ctx, actor: null },
        {
          action: lock ? "auth.locked" : "auth.login_failed",
          entityType: "user",
          entityId: user.id,
          unitId: user.unitId,
          after: { username: user.username, failedLogins: failures },
        },
      );
    });
    if (lock) {
      throw new AppError(
        "LOCKED",
        `Bạn đã nhập sai mật khẩu ${failures} lần nên tài khoản bị khóa. Hãy liên hệ Phòng Nội vụ để được mở khóa.`,
      );
    }
    const left = settings.maxFailures - failures;
    throw new AppError(
      "INVALID_CREDENTIALS",
      `Tên đăng nhập hoặc mật khẩu không đúng. Còn ${left} lần thử trước khi tài khoản bị khóa.`,
    );
  }

  return ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lastLoginAt: now }).where(eq(users.id, user.id));
    const token = await createSession(tx, user.id, now, settings, {
      ip: ctx.ip,
      userAgent: meta.userAgent,
    });
    const actor = actorOf();
    await recordAudit(
      tx,
      { ...ctx, actor },
      {
        action: "auth.login",
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
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: ctx.clock.now(), version: user.version + 1 })
      .where(eq(users.id, user.id));
    await deleteUserSessions(tx, user.id, currentToken);
    await recordAudit(tx, ctx, {
      action: "auth.password_changed",
      entityType: "user",
      entityId: user.id,
      unitId: user.unitId,
    });
  });
}
