/**
 * What the machine's operator does from the shell when no office account can sign in
 * (issue #12 item 1): lift the sign-in back-off of an account, or give it a new one-time
 * password. Audited like the office's own actions, with no signed-in actor.
 */
import { eq } from "drizzle-orm";
import { users } from "../../db/schema/index.ts";
import type { AnonymousContext } from "../../http/context.ts";
import { AppError } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import {
  clearAccount,
  deleteUserSessions,
  generatePassword,
  hashPassword,
  removeMfa,
} from "../auth/index.ts";

async function findUser(ctx: AnonymousContext, username: string) {
  const name = username.trim().toLowerCase();
  const [user] = await ctx.db.select().from(users).where(eq(users.username, name)).limit(1);
  if (!user) throw new AppError("NOT_FOUND", `Không có tài khoản "${name}".`);
  return user;
}

export async function operatorUnlock(ctx: AnonymousContext, username: string): Promise<void> {
  const user = await findUser(ctx, username);
  await ctx.db.transaction(async (tx) => {
    await clearAccount(tx, user.username);
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedAt: null, version: user.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(users.id, user.id));
    await recordAudit(tx, ctx, {
      action: "user.unlock",
      entityType: "user",
      entityId: user.id,
      unitId: user.unitId,
      before: { failedLogins: user.failedLogins },
      after: { failedLogins: 0 },
    });
  });
}

/** A new one-time password (returned once); the user must change it at next sign-in. */
export async function operatorResetPassword(ctx: AnonymousContext, username: string): Promise<string> {
  const user = await findUser(ctx, username);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    await clearAccount(tx, user.username);
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLogins: 0,
        lockedAt: null,
        version: user.version + 1,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(users.id, user.id));
    await deleteUserSessions(tx, user.id);
    await recordAudit(tx, ctx, {
      action: "user.reset_password",
      entityType: "user",
      entityId: user.id,
      unitId: user.unitId,
    });
  });
  return password;
}

/** The operator removes an account's second factor (issue #12 item 3); it enrols again at next sign-in. */
export async function operatorResetMfa(ctx: AnonymousContext, username: string): Promise<boolean> {
  const user = await findUser(ctx, username);
  return ctx.db.transaction(async (tx) => {
    const wasEnabled = await removeMfa(tx, user.id);
    await clearAccount(tx, user.username);
    await tx
      .update(users)
      .set({ version: user.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(users.id, user.id));
    await deleteUserSessions(tx, user.id);
    await recordAudit(tx, ctx, {
      action: "user.mfa_reset",
      entityType: "user",
      entityId: user.id,
      unitId: user.unitId,
      before: { mfaEnabled: wasEnabled },
      after: { mfaEnabled: false },
    });
    return wasEnabled;
  });
}
