/**
 * `npm run db:backup [-- file]` (O3). PGlite: a tarball of the data directory,
 * taken while the database is open in this process (stop the server first).
 * PostgreSQL: use pg_dump — this command says so instead of guessing.
 */
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/client.ts";

const config = loadConfig();
if (config.databaseUrl) {
  console.error(
    'Đang dùng PostgreSQL: hãy sao lưu bằng pg_dump, ví dụ: pg_dump "$DATABASE_URL" -Fc -f thidua.dump',
  );
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/gu, "-");
const file = path.resolve(process.argv[2] ?? path.join(config.dataDir, "backups", `thidua-${stamp}.tar.gz`));
const database = await openDatabase({ dataDir: config.dataDir });
const dump = await database.pglite!.dumpDataDir("gzip");
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
await database.close();
console.log(`Đã sao lưu cơ sở dữ liệu vào ${file}`);
