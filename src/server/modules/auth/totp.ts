/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s) through otplib, always at the injected clock's
 * time, so tests run on a fake clock. A code one step before or after is accepted (the
 * phone's clock drifts); `afterTimeStep` refuses a code of an already used step.
 */
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = "thidua";

export const newTotpSecret = (): string => generateSecret();

/** The time step the code belongs to, or null when it is wrong, out of the window or already used. */
export async function checkTotp(
  secret: string,
  code: string,
  now: Date,
  lastTimeStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/u.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(lastTimeStep === null ? {} : { afterTimeStep: lastTimeStep }),
  });
  return result.valid && "timeStep" in result ? (result.timeStep as number) : null;
}

export function otpauthUri(username: string, secret: string): string {
  return generateURI({ issuer: ISSUER, label: username, secret });
}

/** The QR code of the otpauth URI, as an SVG data URL (the CSP allows `data:` images). */
export async function qrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
