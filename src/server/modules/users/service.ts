import { eq } from "drizzle-orm";
import type { User, UserCreate, UserListQuery, UserUpdate } from "../../../domain/auth.ts";
import type { Page } from "../../../domain/paging.ts";
import { conflictOnUnique } from "../../db/pg-errors.ts";
import { units, users } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, notFound, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import {
  assertAcceptablePassword,
  clearAccount,
  deleteUserSessions,
  generatePassword,
  hashPassword,
  removeMfa,
} from "../auth/index.ts";
import { userPolicy } from "./policy.ts";
import { listUserRows, pageUserRows } from "./queries.ts";

function requireManager(ctx: ServiceContext) {
  if (!userPolicy.canManage(ctx.actor))
    throw forbidden("Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được quản lý tài khoản.");
}

const NO_USER = "Không tìm thấy tài khoản.";

async function loadUser(ctx: ServiceContext, id: string): Promise<User> {
  const [user] = await listUserRows(ctx.db, id, ctx.clock.now());
  if (!user) throw notFound(NO_USER);
  return user;
}

async function checkUnit(ctx: ServiceContext, role: string, unitId: string | null | undefined) {
  if (role === "unit" && !unitId) {
    throw validation("Tài khoản cán bộ đơn vị phải gắn với một đơn vị.", {
      fields: { unitId: "Hãy chọn đơn vị." },
    });
  }
  if (unitId) {
    const [u] = await ctx.db.select({ id: units.id }).from(units).where(eq(units.id, unitId)).limit(1);
    if (!u) throw validation("Đơn vị không tồn tại.", { fields: { unitId: "Đơn vị không tồn tại." } });
  }
}

/** The office's accounts, one page at a time (issue #11 item 5). */
export async function listUsers(ctx: ServiceContext, query: UserListQuery): Promise<Page<User>> {
  requireManager(ctx);
  return pageUserRows(ctx.db, query, ctx.clock.now());
}

export async function createUser(
  ctx: ServiceContext,
  input: UserCreate & { username: string; fullName: string },
) {
  requireManager(ctx);
  await checkUnit(ctx, input.role, input.unitId);
  const [taken] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  const usernameTaken = `Tên đăng nhập "${input.username}" đã có người dùng.`;
  if (taken) {
    throw new AppError("CONFLICT", usernameTaken, { fields: { username: "Tên đăng nhập đã tồn tại." } });
  }
  if (input.password) {
    await assertAcceptablePassword(input.password, { username: input.username, field: "password" });
  }
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const id = await ctx.db
    .transaction(async (tx) => {
      const now = ctx.clock.now();
      const [row] = await tx
        .insert(users)
        .values({
          username: input.username,
          fullName: input.fullName,
          role: input.role,
          unitId: input.unitId ?? null,
          email: input.email ?? null,
          passwordHash,
          mustChangePassword: true,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: users.id });
      await recordAudit(tx, ctx, {
        action: "user.create",
        entityType: "user",
        entityId: row!.id,
        unitId: input.unitId ?? null,
        after: {
          username: input.username,
          fullName: input.fullName,
          role: input.role,
          unitId: input.unitId ?? null,
          email: input.email ?? null,
        },
      });
      return row!.id;
    })
    .catch(conflictOnUnique("username", usernameTaken, "Tên đăng nhập đã tồn tại."));
  return { user: await loadUser(ctx, id), password };
}

export async function updateUser(ctx: ServiceContext, id: string, input: UserUpdate): Promise<User> {
  requireManager(ctx);
  const before = await loadUser(ctx, id);
  if (id === ctx.actor.userId && (input.active === false || (input.role && input.role !== before.role))) {
    throw validation("Bạn không thể tự vô hiệu hóa hoặc đổi vai trò của chính mình.");
  }
  const role = input.role ?? before.role;
  const unitId = input.unitId === undefined ? before.unitId : input.unitId;
  await checkUnit(ctx, role, unitId);
  await withTx(ctx, async (tx) => {
    await versionedUpdate(tx, users, {
      id,
      version: input.version,
      set: {
        fullName: input.fullName ?? before.fullName,
        role,
        unitId,
        email: input.email === undefined ? before.email : input.email,
        active: input.active ?? before.active,
      },
      notFound: NO_USER,
    });
    if (input.active === false) await deleteUserSessions(tx.db, id);
    await recordAudit(tx.db, tx, {
      action: "user.update",
      entityType: "user",
      entityId: id,
      unitId,
      before,
      after: {
        ...before,
        fullName: input.fullName ?? before.fullName,
        role,
        unitId,
        email: input.email === undefined ? before.email : input.email,
        active: input.active ?? before.active,
      },
    });
  });
  return loadUser(ctx, id);
}

/** New one-time password, shown once; unlocks the account and ends its sessions. */
export async function resetPassword(ctx: ServiceContext, id: string) {
  requireManager(ctx);
  const before = await loadUser(ctx, id);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await withTx(ctx, async (tx) => {
    await versionedUpdate(tx, users, {
      id,
      set: { passwordHash, mustChangePassword: true, failedLogins: 0, lockedAt: null },
      notFound: NO_USER,
    });
    await deleteUserSessions(tx.db, id);
    await recordAudit(tx.db, tx, {
      action: "user.reset_password",
      entityType: "user",
      entityId: id,
      unitId: before.unitId,
    });
  });
  return { user: await loadUser(ctx, id), password };
}

/** Lifts every sign-in back-off on the account (issue #12 item 1). */
export async function unlockUser(ctx: ServiceContext, id: string): Promise<User> {
  requireManager(ctx);
  const before = await loadUser(ctx, id);
  await withTx(ctx, async (tx) => {
    await versionedUpdate(tx, users, { id, set: { failedLogins: 0, lockedAt: null }, notFound: NO_USER });
    await clearAccount(tx.db, before.username);
    await recordAudit(tx.db, tx, {
      action: "user.unlock",
      entityType: "user",
      entityId: id,
      unitId: before.unitId,
      before: { locked: before.locked, failedLogins: before.failedLogins },
      after: { locked: false, failedLogins: 0 },
    });
  });
  return loadUser(ctx, id);
}

/**
 * The office removes a user's second factor (issue #12 item 3), e.g. after a lost phone:
 * the secret and recovery codes go, every session ends, the user enrols again at next
 * sign-in. Not one's own: a stolen session must not be able to swap the owner's phone.
 */
export async function resetUserMfa(ctx: ServiceContext, id: string): Promise<User> {
  requireManager(ctx);
  if (id === ctx.actor.userId) {
    throw forbidden(
      "Bạn không thể tự đặt lại xác thực hai lớp của mình. Hãy nhờ một tài khoản Phòng Nội vụ khác, hoặc người quản trị máy chủ (npm run user:mfa-reset).",
    );
  }
  const before = await loadUser(ctx, id);
  await withTx(ctx, async (tx) => {
    await versionedUpdate(tx, users, { id, set: {}, notFound: NO_USER });
    await removeMfa(tx.db, id);
    await deleteUserSessions(tx.db, id);
    await recordAudit(tx.db, tx, {
      action: "user.mfa_reset",
      entityType: "user",
      entityId: id,
      unitId: before.unitId,
      before: { mfaEnabled: before.mfaEnabled },
      after: { mfaEnabled: false },
    });
  });
  return loadUser(ctx, id);
}
