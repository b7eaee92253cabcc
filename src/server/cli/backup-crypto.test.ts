import { describe, expect, it } from "vitest";

// scrypt is meant to be slow (about 0.1 s a key, more on a busy machine): each test gets a minute.
import { BackupCryptoError, decryptBackup, encryptBackup, isEncryptedBackup } from "./backup-crypto.ts";

const PASS = "cụm mật khẩu sao lưu dài";

describe("backup encryption (issue #12 item 8)", () => {
  it("round-trips, with a fresh salt and iv each time", () => {
    const plain = Buffer.from("Nguyễn Văn An, 1975, Kinh ".repeat(1000));
    const a = encryptBackup(plain, PASS);
    const b = encryptBackup(plain, PASS);
    expect(isEncryptedBackup(a)).toBe(true);
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from("Nguyễn"))).toBe(false);
    expect(decryptBackup(a, PASS).equals(plain)).toBe(true);
  }, 60_000);

  it("refuses another passphrase and any changed byte, in Vietnamese", () => {
    const enc = encryptBackup(Buffer.from("dữ liệu"), PASS);
    expect(() => decryptBackup(enc, "mật khẩu khác hẳn")).toThrow(/sai mật khẩu sao lưu/u);
    for (const at of [10, 20, enc.length - 20, enc.length - 1]) {
      const bad = Buffer.from(enc);
      bad[at] = bad[at]! ^ 1;
      expect(() => decryptBackup(bad, PASS)).toThrow(BackupCryptoError);
    }
    expect(() => decryptBackup(Buffer.from("not a backup"), PASS)).toThrow(/không phải bản sao lưu/u);
  }, 60_000);
});
