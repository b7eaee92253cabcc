/**
 * Encrypted backups (issue #12 item 8): personal data leaves the server only encrypted.
 * AES-256-GCM; the key comes from BACKUP_PASSPHRASE through scrypt with a random salt.
 *
 * Layout: "THIDUABK" | version (1 byte) | log2 N, r, p (1 byte each) | salt (16) | iv (12) |
 * ciphertext | tag (16). The header is authenticated too (GCM additional data), so a changed
 * byte anywhere, or another passphrase, fails the check instead of giving garbage.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";

const MAGIC = Buffer.from("THIDUABK", "ascii");
const VERSION = 1;
const SALT = 16;
const IV = 12;
const TAG = 16;
const HEADER = MAGIC.length + 1 + 3 + SALT + IV;
/** scrypt cost: N = 2^15, r = 8, p = 1 (about 32 MiB and a tenth of a second). */
const COST = { log2N: 15, r: 8, p: 1 };

export class BackupCryptoError extends Error {}

function key(passphrase: string, salt: Buffer, log2N: number, r: number, p: number): Buffer {
  const N = 2 ** log2N;
  return scryptSync(passphrase.normalize("NFC"), salt, 32, { N, r, p, maxmem: 256 * N * r });
}

export function isEncryptedBackup(data: Uint8Array): boolean {
  return data.length >= MAGIC.length && Buffer.from(data.subarray(0, MAGIC.length)).equals(MAGIC);
}

export function encryptBackup(plain: Uint8Array, passphrase: string): Buffer {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION, COST.log2N, COST.r, COST.p]), salt, iv]);
  const cipher = createCipheriv("aes-256-gcm", key(passphrase, salt, COST.log2N, COST.r, COST.p), iv);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

export function decryptBackup(data: Uint8Array, passphrase: string): Buffer {
  const buf = Buffer.from(data);
  if (!isEncryptedBackup(buf) || buf.length < HEADER + TAG)
    throw new BackupCryptoError("Tệp không phải bản sao lưu mã hóa của thidua (hoặc đã bị cắt cụt).");
  const version = buf[MAGIC.length];
  if (version !== VERSION)
    throw new BackupCryptoError(
      `Bản sao lưu có phiên bản định dạng ${version}, chương trình này chỉ đọc được ${VERSION}.`,
    );
  const [log2N, r, p] = [buf[MAGIC.length + 1]!, buf[MAGIC.length + 2]!, buf[MAGIC.length + 3]!];
  if (log2N < 10 || log2N > 22 || r < 1 || r > 32 || p < 1 || p > 16)
    throw new BackupCryptoError("Tham số mã hóa trong tệp sao lưu không hợp lệ.");
  const salt = buf.subarray(MAGIC.length + 4, MAGIC.length + 4 + SALT);
  const iv = buf.subarray(MAGIC.length + 4 + SALT, HEADER);
  const decipher = createDecipheriv("aes-256-gcm", key(passphrase, salt, log2N, r, p), iv);
  decipher.setAAD(buf.subarray(0, HEADER));
  decipher.setAuthTag(buf.subarray(buf.length - TAG));
  try {
    return Buffer.concat([decipher.update(buf.subarray(HEADER, buf.length - TAG)), decipher.final()]);
  } catch {
    throw new BackupCryptoError(
      "Không giải mã được tệp sao lưu: sai mật khẩu sao lưu (BACKUP_PASSPHRASE) hoặc tệp đã bị sửa.",
    );
  }
}
