import { and, eq } from "drizzle-orm";
import type { User, UserCreate, UserUpdate } from "../../../domain/auth.ts";
import { compareVi } from "../../../domain/text.ts";
import { units, users } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden, notFound, stale, validation } from "../../http/errors.ts";
import { recordAudit } from "../audit/record.ts";
import { generatePassword, hashPassword } from "../auth/passwords.ts";
import { deleteUserSessions } from "../auth/sessions.ts";
import { userPolicy } from "./policy.ts";
import { listUserRows } from "./queries.ts";

function requireManager(ctx: ServiceContext) {
  if (!userPolicy.canManage(ctx.actor))
    throw forbidden("Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được quản lý tài khoản.");
}

async function loadUser(ctx: ServiceContext, id: string): Promise<User> {
  const [user] = await listUserRows(ctx.db, id);
  if (!user) throw notFound("Không tìm thấy tài khoản.");
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

export async function listUsers(ctx: ServiceContext): Promise<User[]> {
  requireManager(ctx);
  const rows = await listUserRows(ctx.db);
  return rows.sort((a, b) => compareVi(a.username, b.username));
}

export async function createUser(
  ctx: ServiceContext,
  input: UserCreate & { username: string; fullName: string },
) {
  requireManager(ctx);
  await checkUnit(ctx, input.role, input.unitId);
  const [taken] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  if (taken) {
    throw new AppError("CONFLICT", `Tên đăng nhập "${input.username}" đã có người dùng.`, {
      fields: { username: "Tên đăng nhập đã tồn tại." },
    });
  }
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const id = await ctx.db.transaction(async (tx) => {
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
  });
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
  await ctx.db.transaction(async (tx) => {
    const changed = await tx
      .update(users)
      .set({
        fullName: input.fullName ?? before.fullName,
        role,
        unitId,
        email: input.email === undefined ? before.email : input.email,
        active: input.active ?? before.active,
        version: before.version + 1,
        updatedAt: ctx.clock.now(),
      })
      .where(and(eq(users.id, id), eq(users.version, input.version)))
      .returning({ id: users.id });
    if (changed.length === 0) throw stale();
    if (input.active === false) await deleteUserSessions(tx, id);
    await recordAudit(tx, ctx, {
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
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLogins: 0,
        lockedAt: null,
        version: before.version + 1,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(users.id, id));
    await deleteUserSessions(tx, id);
    await recordAudit(tx, ctx, {
      action: "user.reset_password",
      entityType: "user",
      entityId: id,
      unitId: before.unitId,
    });
  });
  return { user: await loadUser(ctx, id), password };
}

/** Lifts the lock set after repeated wrong passwords. */
export async function unlockUser(ctx: ServiceContext, id: string): Promise<User> {
  requireManager(ctx);
  const before = await loadUser(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedAt: null, version: before.version + 1, updatedAt: ctx.clock.now() })
      .where(eq(users.id, id));
    await recordAudit(tx, ctx, {
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
