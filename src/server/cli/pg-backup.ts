/**
 * PostgreSQL backups for `npm run db:backup` / `db:restore` (O3, issue #12 item 8): `pg_dump -Fc`
 * of the whole database as the tables' owner (MIGRATION_DATABASE_URL), encrypted like the PGlite
 * backup; restored with `pg_restore` into an empty database only, then the app role gets its
 * rights again (ADR 0007). The password travels in PGPASSWORD, never on the command line.
 */
import { spawn } from "node:child_process";
import pg from "pg";

/** The first bytes of a pg_dump custom-format archive. */
export const PG_DUMP_MAGIC = Buffer.from("PGDMP", "ascii");

export class PgToolError extends Error {}

/** postgres://user:pass@host/db → the URL without its password, and the password for PGPASSWORD. */
function splitPassword(url: string): { url: string; env: Record<string, string> } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { url: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** Runs a PostgreSQL client program, feeding `input` and collecting its output. */
function runTool(program: string, args: string[], url: string, input?: Buffer): Promise<Buffer> {
  const target = splitPassword(url);
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...args, `--dbname=${target.url}`], {
      env: { ...process.env, ...target.env },
      stdio: [input ? "pipe" : "ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e: NodeJS.ErrnoException) => {
      reject(
        new PgToolError(
          e.code === "ENOENT"
            ? `Không tìm thấy chương trình ${program} trên PATH: hãy cài gói postgresql-client (cùng phiên bản chính với máy chủ PostgreSQL) rồi chạy lại.`
            : `Không chạy được ${program}: ${e.message}`,
        ),
      );
    });
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else
        reject(
          new PgToolError(`${program} dừng với mã ${code}: ${Buffer.concat(err).toString("utf8").trim()}`),
        );
    });
    if (input && child.stdin) {
      child.stdin.on("error", () => {}); // the tool may exit early; its exit code says why
      child.stdin.end(input);
    }
  });
}

/** The whole database as a pg_dump custom-format archive (compressed by pg_dump). */
export async function dumpPostgres(ownerUrl: string): Promise<Buffer> {
  const dump = await runTool("pg_dump", ["--format=custom", "--no-password"], ownerUrl);
  if (!dump.subarray(0, PG_DUMP_MAGIC.length).equals(PG_DUMP_MAGIC))
    throw new PgToolError("pg_dump không trả về tệp định dạng custom (-Fc).");
  return dump;
}

/** How many tables the target database already has outside the system schemas. */
export async function userTableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    );
    return r.rows[0]!.n;
  } finally {
    await client.end();
  }
}

/**
 * Restores a pg_dump archive into `ownerUrl`'s database, which must be empty: all or nothing
 * (one transaction). Objects belong to the restoring user; grants are given afresh afterwards.
 */
export async function restorePostgres(ownerUrl: string, archive: Buffer): Promise<void> {
  if (!archive.subarray(0, PG_DUMP_MAGIC.length).equals(PG_DUMP_MAGIC))
    throw new PgToolError(
      "Bản sao lưu này không phải của PostgreSQL (có thể là bản sao lưu PGlite): không khôi phục vào PostgreSQL được.",
    );
  const tables = await userTableCount(ownerUrl);
  if (tables > 0)
    throw new PgToolError(
      `Cơ sở dữ liệu đích không trống (đã có ${tables} bảng): hãy tạo một cơ sở dữ liệu mới, trống (createdb) và đặt DATABASE_URL trỏ tới nó rồi khôi phục.`,
    );
  await runTool(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--no-password"],
    ownerUrl,
    archive,
  );
}
