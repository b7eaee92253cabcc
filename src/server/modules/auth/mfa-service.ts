/**
 * Second factor (issue #12 item 3; SPEC N1; ASVS 5.0 V6): enrolment (QR code, manual key,
 * confirmation by a code, ten recovery codes shown once), the code step of sign-in, and its
 * removal by the office. Codes are throttled with the sign-in back-off (`throttle.ts`) under
 * the account's own MFA name; each TOTP step and each recovery code is accepted once.
 */
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import {
  formatRecoveryCode,
  isTotpCode,
  type MfaEnrolment,
  type MfaStatus,
  type RecoveryCodes,
} from "../../../domain/mfa.ts";
import type { Role } from "../../../domain/roles.ts";
import type { Db } from "../../db/client.ts";
import { mfaRecoveryCodes, userMfa, users } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { decryptSecret, encryptSecret, hashRecoveryCode, newRecoveryCodes } from "./mfa-crypto.ts";
import { tooManyAttempts } from "./service.ts";
import { createSession, deleteSession, type SessionPolicy } from "./sessions.ts";
import { clearAfterSuccess, countFailure, lockedFor, mfaThrottleName } from "./throttle.ts";
import { checkTotp, newTotpSecret, otpauthUri, qrDataUrl } from "./totp.ts";

export type MfaSettings = {
  key: Buffer;
  requiredRoles: readonly Role[];
  maxFailures: number;
  session: SessionPolicy;
};

const codeRefused = () =>
  new AppError("MFA_CODE_INVALID", undefined, {
    fields: { code: "Mã không đúng, đã hết hạn hoặc đã dùng rồi." },
  });

async function mfaRow(db: Db, userId: string) {
  const [row] = await db.select().from(userMfa).where(eq(userMfa.userId, userId)).limit(1);
  return row;
}

export async function mfaStatus(ctx: ServiceContext, requiredRoles: readonly Role[]): Promise<MfaStatus> {
  const row = await mfaRow(ctx.db, ctx.actor.userId);
  const [left] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(mfaRecoveryCodes)
    .where(and(eq(mfaRecoveryCodes.userId, ctx.actor.userId), isNull(mfaRecoveryCodes.usedAt)));
  const enabled = Boolean(row?.enabledAt);
  return {
    enabled,
    required: requiredRoles.includes(ctx.actor.role),
    enabledAt: row?.enabledAt ? row.enabledAt.toISOString() : null,
    recoveryCodesLeft: enabled ? (left?.n ?? 0) : 0,
  };
}

/** A new secret waiting for its first code; shown as a QR code and as text. */
export async function startEnrolment(ctx: ServiceContext, key: Buffer): Promise<MfaEnrolment> {
  const row = await mfaRow(ctx.db, ctx.actor.userId);
  if (row?.enabledAt) {
    throw new AppError(
      "CONFLICT",
      "Xác thực hai lớp đã được bật. Muốn dùng điện thoại khác, hãy nhờ Phòng Nội vụ đặt lại xác thực hai lớp.",
    );
  }
  const secret = newTotpSecret();
  const pendingSecretEnc = encryptSecret(key, secret);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(userMfa)
      .values({ userId: ctx.actor.userId, pendingSecretEnc, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: userMfa.userId, set: { pendingSecretEnc, updatedAt: now } });
    await recordAudit(tx, ctx, {
      action: "auth.mfa_enrol_started",
      entityType: "user",
      entityId: ctx.actor.userId,
      unitId: ctx.actor.unitId,
    });
  });
  const uri = otpauthUri(ctx.actor.username, secret);
  return { secret, otpauthUri: uri, qrDataUrl: await qrDataUrl(uri) };
}

/** Seconds to wait before another code may be tried (0: go on). */
async function codeWait(ctx: ServiceContext): Promise<void> {
  const wait = await lockedFor(
    ctx.db,
    mfaThrottleName(ctx.actor.username),
    ctx.ip ?? "không rõ",
    ctx.clock.now(),
  );
  if (wait > 0) throw tooManyAttempts(wait);
}

async function countCodeFailure(ctx: ServiceContext, maxFailures: number): Promise<never> {
  await countFailure(
    ctx.db,
    mfaThrottleName(ctx.actor.username),
    ctx.ip ?? "không rõ",
    ctx.clock.now(),
    maxFailures,
  );
  throw codeRefused();
}

/** The first code from the app confirms the enrolment; the recovery codes are returned once. */
export async function confirmEnrolment(
  ctx: ServiceContext,
  code: string,
  settings: Pick<MfaSettings, "key" | "maxFailures">,
): Promise<RecoveryCodes> {
  await codeWait(ctx);
  const row = await mfaRow(ctx.db, ctx.actor.userId);
  if (row?.enabledAt) throw new AppError("CONFLICT", "Xác thực hai lớp đã được bật.");
  if (!row?.pendingSecretEnc) {
    throw new AppError("CONFLICT", "Hãy bấm “Bắt đầu” để nhận mã QR trước khi nhập mã xác thực.");
  }
  const step = await checkTotp(
    decryptSecret(settings.key, row.pendingSecretEnc),
    code,
    ctx.clock.now(),
    null,
  );
  if (step === null) return countCodeFailure(ctx, settings.maxFailures);
  const codes = newRecoveryCodes();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await clearAfterSuccess(tx, mfaThrottleName(ctx.actor.username), ctx.ip ?? "không rõ");
    await tx
      .update(userMfa)
      .set({
        secretEnc: row.pendingSecretEnc,
        pendingSecretEnc: null,
        enabledAt: now,
        lastTimeStep: step,
        updatedAt: now,
      })
      .where(eq(userMfa.userId, ctx.actor.userId));
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, ctx.actor.userId));
    await tx.insert(mfaRecoveryCodes).values(
      codes.map((c) => ({
        userId: ctx.actor.userId,
        codeHash: hashRecoveryCode(settings.key, c),
        createdAt: now,
      })),
    );
    await recordAudit(tx, ctx, {
      action: "auth.mfa_enabled",
      entityType: "user",
      entityId: ctx.actor.userId,
      unitId: ctx.actor.unitId,
      before: { mfaEnabled: false },
      after: { mfaEnabled: true },
    });
  });
  return { recoveryCodes: codes.map(formatRecoveryCode) };
}

/** Accepts a TOTP code (its step once) or an unused recovery code; "totp" / "recovery" / null. */
async function acceptCode(
  ctx: ServiceContext,
  key: Buffer,
  code: string,
): Promise<"totp" | "recovery" | null> {
  const row = await mfaRow(ctx.db, ctx.actor.userId);
  if (!row?.enabledAt || !row.secretEnc) return null;
  const now = ctx.clock.now();
  if (isTotpCode(code)) {
    const step = await checkTotp(decryptSecret(key, row.secretEnc), code, now, row.lastTimeStep);
    if (step === null) return null;
    // One statement: of two requests with the same code, only one moves the step forward.
    const moved = await ctx.db
      .update(userMfa)
      .set({ lastTimeStep: step, updatedAt: now })
      .where(
        and(
          eq(userMfa.userId, ctx.actor.userId),
          or(isNull(userMfa.lastTimeStep), lt(userMfa.lastTimeStep, step)),
        ),
      )
      .returning({ userId: userMfa.userId });
    return moved.length ? "totp" : null;
  }
  const used = await ctx.db
    .update(mfaRecoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(mfaRecoveryCodes.userId, ctx.actor.userId),
        eq(mfaRecoveryCodes.codeHash, hashRecoveryCode(key, code)),
        isNull(mfaRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: mfaRecoveryCodes.id });
  return used.length ? "recovery" : null;
}

/**
 * The code step of sign-in: the pending session is replaced by a new, full one (a new token,
 * so a token seen before the second factor is worth nothing after it).
 */
export async function verifySignIn(
  ctx: ServiceContext,
  code: string,
  pendingToken: string,
  settings: MfaSettings,
  meta: { userAgent?: string },
): Promise<string> {
  if (!ctx.actor.mfaPending) {
    throw new AppError("CONFLICT", "Phiên đăng nhập này đã xác thực xong, không cần nhập mã nữa.");
  }
  await codeWait(ctx);
  const method = await acceptCode(ctx, settings.key, code);
  if (!method) return countCodeFailure(ctx, settings.maxFailures);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await clearAfterSuccess(tx, mfaThrottleName(ctx.actor.username), ctx.ip ?? "không rõ");
    await deleteSession(tx, pendingToken);
    const token = await createSession(tx, ctx.actor.userId, now, settings.session, {
      ip: ctx.ip,
      userAgent: meta.userAgent,
    });
    await tx.update(users).set({ failedLogins: 0, lastLoginAt: now }).where(eq(users.id, ctx.actor.userId));
    await recordAudit(
      tx,
      { ...ctx, actor: { ...ctx.actor, mfaPending: false } },
      {
        action: "auth.login",
        entityType: "user",
        entityId: ctx.actor.userId,
        unitId: ctx.actor.unitId,
        after: { mfaMethod: method === "totp" ? "mã từ ứng dụng xác thực" : "mã khôi phục" },
      },
    );
    return token;
  });
}

/** Removes a user's second factor (the office's reset or the operator's); true when it was on. */
export async function removeMfa(db: Db, userId: string): Promise<boolean> {
  const gone = await db
    .delete(userMfa)
    .where(eq(userMfa.userId, userId))
    .returning({ enabledAt: userMfa.enabledAt });
  await db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  return Boolean(gone[0]?.enabledAt);
}
