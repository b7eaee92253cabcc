/**
 * Second factor (issue #12 item 3; SPEC N1): TOTP (RFC 6238, 6 digits, 30 s) from an
 * authenticator app, or a one-time recovery code. Shapes shared by the API and the web.
 */
import { z } from "zod";
import "./zod-vi.ts";

/** How many recovery codes an enrolment gives; each is usable once. */
export const RECOVERY_CODE_COUNT = 10;
/** Recovery code letters: no 0/O, 1/I/L, so a code read aloud or on paper is not mistaken. */
export const RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** "abcde fghij", "ABCDE-FGHIJ" → "ABCDEFGHIJ"; digits and spaces of a TOTP → "123456". */
export function normaliseCode(input: string): string {
  return input.normalize("NFC").toUpperCase().replace(/[\s-]/gu, "");
}

/** A 6-digit code from the app (else it is read as a recovery code). */
export const isTotpCode = (normalised: string) => /^\d{6}$/u.test(normalised);

/** "ABCDEFGHIJ" → "ABCDE-FGHIJ" (how codes are shown and printed). */
export const formatRecoveryCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

export const MfaCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Mã xác thực: bắt buộc nhập")
    .max(40, "Mã xác thực: quá dài")
    .transform(normaliseCode),
});

export const MfaStatusSchema = z.object({
  /** Enrolment confirmed: sign-in asks for a code. */
  enabled: z.boolean(),
  /** The person's role must use it (MFA_REQUIRED_ROLES). */
  required: z.boolean(),
  enabledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
});
export type MfaStatus = z.infer<typeof MfaStatusSchema>;

export const MfaEnrolmentSchema = z.object({
  /** The secret in Base32, for typing into the app by hand. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** The QR code of `otpauthUri` as an SVG data URL. */
  qrDataUrl: z.string(),
});
export type MfaEnrolment = z.infer<typeof MfaEnrolmentSchema>;

export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodesSchema>;
