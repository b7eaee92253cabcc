/**
 * `npm run db:restore -- file` (O3): replaces the PGlite data directory with a
 * backup made by db:backup, decrypted with BACKUP_PASSPHRASE (issue #12 item 8).
 * The current directory is kept beside it, renamed. Stop the server first.
 * PostgreSQL: pg_restore into the (empty) database of DATABASE_URL / MIGRATION_DATABASE_URL,
 * then the app role's grants (pg-backup.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { ConfigError, loadConfig } from "../config.ts";
import { PGLITE_EXTENSIONS } from "../db/client.ts";
import { openAppDatabase } from "../db/startup.ts";
import { BackupCryptoError, decryptBackup } from "./backup-crypto.ts";
import { PgToolError, restorePostgres } from "./pg-backup.ts";

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(2);
}
const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error("Cách dùng: npm run db:restore -- <tệp sao lưu .tar.gz.enc hoặc .pgdump.enc>");
  process.exit(2);
}
if (!config.backupPassphrase) {
  console.error("Chưa đặt biến BACKUP_PASSPHRASE: cần mật khẩu sao lưu để giải mã tệp.");
  process.exit(2);
}
let plain: Buffer;
try {
  // Decrypted before anything is touched: a wrong passphrase leaves the data directory as it is.
  plain = decryptBackup(fs.readFileSync(file), config.backupPassphrase);
} catch (err) {
  if (!(err instanceof BackupCryptoError)) throw err;
  console.error(err.message);
  process.exit(1);
}
if (config.migrationDatabaseUrl) {
  try {
    await restorePostgres(config.migrationDatabaseUrl, plain);
  } catch (err) {
    if (!(err instanceof PgToolError)) throw err;
    console.error(err.message);
    process.exit(2);
  }
  // The app role's rights (and any migration newer than the backup), as at every start.
  const database = await openAppDatabase(config);
  await database.close();
  console.log(`Đã khôi phục cơ sở dữ liệu PostgreSQL từ ${file}`);
  process.exit(0);
}
const target = path.join(config.dataDir, "pglite");
if (fs.existsSync(target)) {
  const aside = `${target}.truoc-khoi-phuc-${Date.now()}`;
  fs.renameSync(target, aside);
  console.log(`Thư mục dữ liệu cũ được giữ lại tại ${aside}`);
}
const db = await PGlite.create({
  dataDir: target,
  loadDataDir: new Blob([new Uint8Array(plain)]),
  extensions: PGLITE_EXTENSIONS,
});
await db.query("select 1");
await db.close();
console.log(`Đã khôi phục cơ sở dữ liệu từ ${file}`);
