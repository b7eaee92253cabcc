/**
 * `npm run db:restore -- file` (O3): replaces the PGlite data directory with a
 * backup made by db:backup. The current directory is kept beside it, renamed.
 * Stop the server first.
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { loadConfig } from "../config.ts";
import { PGLITE_EXTENSIONS } from "../db/client.ts";

const config = loadConfig();
const file = process.argv[2];
if (config.databaseUrl) {
  console.error("Đang dùng PostgreSQL: hãy khôi phục bằng pg_restore.");
  process.exit(2);
}
if (!file || !fs.existsSync(file)) {
  console.error("Cách dùng: npm run db:restore -- <tệp sao lưu .tar.gz>");
  process.exit(2);
}
const target = path.join(config.dataDir, "pglite");
if (fs.existsSync(target)) {
  const aside = `${target}.truoc-khoi-phuc-${Date.now()}`;
  fs.renameSync(target, aside);
  console.log(`Thư mục dữ liệu cũ được giữ lại tại ${aside}`);
}
const db = await PGlite.create({
  dataDir: target,
  loadDataDir: new Blob([fs.readFileSync(file)]),
  extensions: PGLITE_EXTENSIONS,
});
await db.query("select 1");
await db.close();
console.log(`Đã khôi phục cơ sở dữ liệu từ ${file}`);
