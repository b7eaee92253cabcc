/**
 * `npm run db:backup [-- file]` (O3). PGlite: a tarball of the data directory,
 * taken while the database is open in this process (stop the server first),
 * encrypted with BACKUP_PASSPHRASE (AES-256-GCM, scrypt; issue #12 item 8) and
 * written readable by its owner only (0600, in a 0700 folder).
 * PostgreSQL: `pg_dump -Fc` as the tables' owner (pg-backup.ts), encrypted the same way.
 */
import fs from "node:fs";
import path from "node:path";
import { ConfigError, loadConfig } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import { encryptBackup } from "./backup-crypto.ts";
import { dumpPostgres, PgToolError } from "./pg-backup.ts";

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(2);
}
if (!config.backupPassphrase) {
  console.error(
    "Chưa đặt biến BACKUP_PASSPHRASE (mật khẩu sao lưu, ít nhất 12 ký tự): bản sao lưu chứa dữ liệu cá nhân nên luôn được mã hóa.",
  );
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/gu, "-");
const ownerUrl = config.migrationDatabaseUrl;
const file = path.resolve(
  process.argv[2] ??
    path.join(config.dataDir, "backups", `thidua-${stamp}.${ownerUrl ? "pgdump" : "tar.gz"}.enc`),
);
let plain: Uint8Array;
if (ownerUrl) {
  try {
    plain = await dumpPostgres(ownerUrl);
  } catch (err) {
    if (!(err instanceof PgToolError)) throw err;
    console.error(err.message);
    process.exit(2);
  }
} else {
  const database = await openDatabase({ dataDir: config.dataDir });
  const dump = await database.pglite!.dumpDataDir("gzip");
  await database.close();
  plain = new Uint8Array(await dump.arrayBuffer());
}
const encrypted = encryptBackup(plain, config.backupPassphrase);
fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
fs.writeFileSync(file, encrypted, { mode: 0o600 });
fs.chmodSync(file, 0o600);
console.log(`Đã sao lưu (mã hóa) cơ sở dữ liệu vào ${file}`);
