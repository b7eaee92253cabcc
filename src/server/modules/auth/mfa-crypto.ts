/**
 * TOTP secrets at rest and recovery codes (issue #12 item 3; ASVS 5.0 6.5): secrets are
 * AES-256-GCM encrypted with a key from MFA_ENCRYPTION_KEY, or — for the demo — a random
 * key kept in DATA_DIR/mfa.key (mode 0600); recovery codes are kept only as an HMAC-SHA-256
 * under a pepper derived from the same key.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  randomInt,
} from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { RECOVERY_ALPHABET, RECOVERY_CODE_COUNT } from "../../../domain/mfa.ts";
import type { Config } from "../../config.ts";

const keys = new Map<string, Buffer>();

/** The 32-byte key: derived from MFA_ENCRYPTION_KEY, else read (or made once) under DATA_DIR. */
export function mfaKey(config: Pick<Config, "mfaEncryptionKey" | "dataDir">): Buffer {
  if (config.mfaEncryptionKey) return createHash("sha256").update(config.mfaEncryptionKey).digest();
  const file = path.join(config.dataDir, "mfa.key");
  const cached = keys.get(file);
  if (cached) return cached;
  fs.mkdirSync(config.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64"), { flag: "wx", mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const raw = Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  if (raw.length !== 32) throw new Error(`${file}: khóa mã hóa xác thực hai lớp không hợp lệ (cần 32 byte).`);
  keys.set(file, raw);
  return raw;
}

/** "v1:" + base64url(iv ‖ tag ‖ ciphertext). */
export function encryptSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

export function decryptSecret(key: Buffer, sealed: string): string {
  if (!sealed.startsWith("v1:")) throw new Error("unknown MFA secret format");
  const raw = Buffer.from(sealed.slice(3), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** The HMAC kept for a (normalised) recovery code. */
export function hashRecoveryCode(key: Buffer, code: string): string {
  const pepper = createHmac("sha256", key).update("thidua-recovery-codes").digest();
  return createHmac("sha256", pepper).update(code).digest("hex");
}

/** Fresh recovery codes: 10 letters each (≈ 49 bits), from a alphabet without look-alikes. */
export function newRecoveryCodes(): string[] {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) {
    let c = "";
    for (let i = 0; i < 10; i++) c += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    codes.add(c);
  }
  return [...codes];
}
