import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseCode } from "../../../domain/mfa.ts";
import { decryptSecret, encryptSecret, hashRecoveryCode, mfaKey, newRecoveryCodes } from "./mfa-crypto.ts";
import { checkTotp } from "./totp.ts";

describe("MFA secrets and recovery codes at rest (issue #12 item 3)", () => {
  it("encrypts with AES-256-GCM: a fresh IV each time, tampering refused, another key refused", () => {
    const key = mfaKey({ mfaEncryptionKey: "a-key-of-at-least-thirty-two-characters", dataDir: "/none" });
    const a = encryptSecret(key, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    const b = encryptSecret(key, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    expect(a).not.toBe(b);
    expect(decryptSecret(key, a)).toBe("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    const raw = Buffer.from(a.slice(3), "base64url");
    raw[raw.length - 1]! ^= 1;
    expect(() => decryptSecret(key, `v1:${raw.toString("base64url")}`)).toThrow();
    const other = mfaKey({ mfaEncryptionKey: "another-key-of-thirty-two-characters!", dataDir: "/none" });
    expect(() => decryptSecret(other, a)).toThrow();
  });

  it("without MFA_ENCRYPTION_KEY keeps one random key in DATA_DIR/mfa.key, mode 0600", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-mfa-"));
    const k1 = mfaKey({ mfaEncryptionKey: undefined, dataDir: dir });
    expect(k1).toHaveLength(32);
    expect(fs.statSync(path.join(dir, "mfa.key")).mode & 0o777).toBe(0o600);
    expect(mfaKey({ mfaEncryptionKey: undefined, dataDir: dir }).equals(k1)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("makes ten distinct recovery codes; only their peppered hash depends on the key", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[A-HJ-NP-Z2-9]{10}$/u);
    const k1 = mfaKey({ mfaEncryptionKey: "a-key-of-at-least-thirty-two-characters", dataDir: "/none" });
    const k2 = mfaKey({ mfaEncryptionKey: "another-key-of-thirty-two-characters!", dataDir: "/none" });
    expect(hashRecoveryCode(k1, codes[0]!)).not.toBe(hashRecoveryCode(k2, codes[0]!));
    expect(hashRecoveryCode(k1, normaliseCode("abcde fghjk"))).toBe(hashRecoveryCode(k1, "ABCDEFGHJK"));
  });

  it("checks TOTP at the given time against RFC 6238's SHA-1 vector", async () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits) → 287082.
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(await checkTotp(secret, "287082", new Date(59_000), null)).toBe(1);
    expect(await checkTotp(secret, "287082", new Date(59_000), 1)).toBeNull();
    expect(await checkTotp(secret, "287083", new Date(59_000), null)).toBeNull();
    expect(await checkTotp(secret, "28708", new Date(59_000), null)).toBeNull();
  });
});
