/** Sign-in and account shapes (N1). */
import { z } from "zod";
import { CapabilitySchema } from "./access.ts";
import { pageQuery } from "./paging.ts";
import { RoleSchema } from "./roles.ts";
import "./zod-vi.ts";

export const LoginSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, "Tên đăng nhập: bắt buộc nhập").max(100),
  password: z.string().min(1, "Mật khẩu: bắt buộc nhập").max(200),
});
export type LoginInput = z.infer<typeof LoginSchema>;

/** ASVS 5.0 6.2.1: at least 10 characters (issue #12 item 2). */
export const PASSWORD_MIN = 10;
export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Mật khẩu mới: cần ít nhất ${PASSWORD_MIN} ký tự`)
  .max(200, "Mật khẩu mới: tối đa 200 ký tự");

/**
 * What is wrong with a new password beyond its length, in Vietnamese, or null (issue #12
 * item 2): equal to the user name, or in a list of common passwords (the server holds
 * the list; `isCommon` asks it).
 */
export function passwordProblem(
  password: string,
  opts: { username?: string; isCommon: (lowercased: string) => boolean },
): string | null {
  const lower = password.normalize("NFC").toLowerCase();
  if (opts.username && lower === opts.username.trim().toLowerCase())
    return "Mật khẩu mới không được trùng tên đăng nhập.";
  if (opts.isCommon(lower) || /^(.)\1*$/u.test(lower))
    return "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác (ví dụ một câu ngắn dễ nhớ).";
  return null;
}

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Mật khẩu hiện tại: bắt buộc nhập"),
  newPassword: NewPasswordSchema,
});

export const MeSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: RoleSchema,
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  mustChangePassword: z.boolean(),
  /** What the web may offer this person (domain/access.ts). */
  capabilities: z.array(CapabilitySchema),
  /**
   * Second factor (issue #12 item 3): `pending` — the code step of sign-in is still due;
   * `required && !enabled` — the person must enrol before anything else.
   */
  mfa: z.object({ enabled: z.boolean(), required: z.boolean(), pending: z.boolean() }),
});
export type Me = z.infer<typeof MeSchema>;

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/u, "Tên đăng nhập: 3–40 ký tự, chữ không dấu, số, '.', '-' hoặc '_'");

export const UserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: RoleSchema,
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  /** Where reminders are e-mailed (K4); null: in the app only. */
  email: z.string().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  failedLogins: z.number().int(),
  lastLoginAt: z.string().nullable(),
  /** Second factor confirmed (issue #12 item 3). */
  mfaEnabled: z.boolean(),
  version: z.number().int(),
});
export type User = z.infer<typeof UserSchema>;

/**
 * `GET /api/users` (issue #11 item 5): words of the name, account name or unit name without diacritics,
 * a role, a unit; pages of 100 by default (today's seed fits in one), at most 500.
 */
export const UserListQuerySchema = z
  .object({
    q: z.string().max(200, "Từ khóa: tối đa 200 ký tự").optional(),
    role: RoleSchema.optional(),
    unitId: z.uuid("Đơn vị: không hợp lệ").optional(),
  })
  .extend(pageQuery(100, 500).shape);
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

export const UserCreateSchema = z.object({
  username: UsernameSchema,
  fullName: z
    .string()
    .transform((s) => s.normalize("NFC").replace(/\s+/gu, " ").trim())
    .pipe(z.string().min(1, "Họ và tên: bắt buộc nhập").max(200, "Họ và tên: tối đa 200 ký tự")),
  role: RoleSchema,
  unitId: z.uuid("Đơn vị: không hợp lệ").nullable().optional(),
  /** Optional e-mail for reminders (K4); an empty string clears it. */
  email: z
    .string()
    .trim()
    .toLowerCase()
    .transform((s) => (s === "" ? null : s))
    .pipe(z.email("Thư điện tử: địa chỉ không hợp lệ").max(200).nullable())
    .nullable()
    .optional(),
  /** Empty: the system generates one and shows it once. */
  password: NewPasswordSchema.optional(),
});
export type UserCreate = z.input<typeof UserCreateSchema>;

export const UserUpdateSchema = UserCreateSchema.omit({ username: true, password: true })
  .partial()
  .extend({ active: z.boolean().optional(), version: z.number().int().min(1) });
export type UserUpdate = z.input<typeof UserUpdateSchema>;

export const OneTimePasswordSchema = z.object({ user: UserSchema, password: z.string() });
