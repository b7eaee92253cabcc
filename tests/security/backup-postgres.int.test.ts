/**
 * PostgreSQL backups (O3, issue #12 item 8): `npm run db:backup` runs pg_dump -Fc and writes the
 * archive encrypted and 0600; `npm run db:restore` puts it into an empty scratch database with
 * pg_restore, where every table holds as many rows as before and the audit chain still verifies;
 * a database that is not empty is refused. Needs pg_dump and pg_restore on PATH.
 */
import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { testDatabaseUrl } from "../../src/server/config.ts";
import { openPostgres } from "../../src/server/db/client.ts";
import { verifyAuditChain } from "../../src/server/modules/audit/index.ts";
import { withDatabase } from "../helpers/global-setup.ts";
import { figure } from "./figures.ts";

const run = promisify(execFile);
const PASS = "cụm-mật-khẩu-sao-lưu-pg-2020";

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const onPostgres = process.env.THIDUA_TEST_DB === "postgres";
const tools = hasTool("pg_dump") && hasTool("pg_restore");
const title = tools
  ? "PostgreSQL backup → restore (pg_dump -Fc, encrypted)"
  : "PostgreSQL backup → restore — bỏ qua: không có pg_dump/pg_restore trên PATH";

let dir = "";
const names = { source: "", target: "" };

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: testDatabaseUrl()! });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function cli(script: string, args: string[], database: string) {
  const url = withDatabase(testDatabaseUrl()!, database);
  try {
    const r = await run(process.execPath, ["--import", "tsx", script, ...args], {
      env: {
        PATH: process.env.PATH,
        DATA_DIR: dir,
        NODE_ENV: "production",
        DATABASE_URL: url,
        BACKUP_PASSPHRASE: PASS,
      },
      timeout: 180_000,
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

/** Rows per table of the public schema, by name. */
async function counts(database: string): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: withDatabase(testDatabaseUrl()!, database) });
  await c.connect();
  try {
    const tables = await c.query<{ t: string }>(
      `select tablename as t from pg_tables where schemaname = 'public' order by 1`,
    );
    const out: Record<string, number> = {};
    for (const { t } of tables.rows) {
      const r = await c.query<{ n: number }>(`select count(*)::int as n from "${t}"`);
      out[t] = r.rows[0]!.n;
    }
    return out;
  } finally {
    await c.end();
  }
}

describe.runIf(onPostgres)(title, () => {
  beforeAll(async () => {
    if (!tools) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-pgbackup-"));
    const tag = randomBytes(5).toString("hex");
    names.source = `thidua_bk_src_${tag}`;
    names.target = `thidua_bk_dst_${tag}`;
    await admin(async (c) => {
      await c.query(`CREATE DATABASE ${names.source} TEMPLATE ${inject("pgTemplate")}`);
      await c.query(`CREATE DATABASE ${names.target}`);
    });
  }, 120_000);
  afterAll(async () => {
    if (!tools) return;
    fs.rmSync(dir, { recursive: true, force: true });
    await admin(async (c) => {
      for (const n of [names.source, names.target]) await c.query(`DROP DATABASE IF EXISTS ${n}`);
    });
  });

  it.skipIf(!tools)(
    "backs up with pg_dump, encrypted 0600, and restores into an empty database",
    async () => {
      const file = path.join(dir, "backups", "thidua.pgdump.enc");
      const made = await cli("src/server/cli/backup.ts", [file], names.source);
      expect(made.code, made.out).toBe(0);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const bytes = fs.readFileSync(file);
      expect(bytes.subarray(0, 8).toString("ascii")).toBe("THIDUABK");
      expect(bytes.includes(Buffer.from("PGDMP"))).toBe(false);
      expect(bytes.includes(Buffer.from("vanphong"))).toBe(false);

      const before = await counts(names.source);
      expect(before.users).toBeGreaterThan(5);
      expect(before.audit_events).toBeGreaterThan(0);

      const restored = await cli("src/server/cli/restore.ts", [file], names.target);
      expect(restored.code, restored.out).toBe(0);
      expect(restored.out).toMatch(/Đã khôi phục cơ sở dữ liệu PostgreSQL/u);
      expect(await counts(names.target)).toEqual(before);
      figure(
        8,
        `PostgreSQL backup: ${fs.statSync(file).size} bytes, mode 0600, ${Object.keys(before).length} tables / ${Object.values(before).reduce((a, b) => a + b, 0)} rows restored equal`,
      );

      // The restored trail is the same chain, and the app role owns nothing there either.
      const owner = await openPostgres(withDatabase(testDatabaseUrl()!, names.target), 1);
      try {
        const report = await verifyAuditChain(owner.db);
        expect(report.ok, JSON.stringify(report)).toBe(true);
        const r = (await owner.db.execute(
          sql`select count(*)::int as n from pg_tables where schemaname = 'public' and tableowner = 'thidua_app'`,
        )) as unknown as { rows: { n: number }[] };
        expect(r.rows[0]!.n).toBe(0);
      } finally {
        await owner.close();
      }

      // A database that is not empty is never overwritten.
      const again = await cli("src/server/cli/restore.ts", [file], names.target);
      expect(again.code).toBe(2);
      expect(again.out).toMatch(/Cơ sở dữ liệu đích không trống \(đã có \d+ bảng\)/u);
      expect(await counts(names.target)).toEqual(before);
    },
    300_000,
  );

  it.skipIf(!tools)(
    "says so in Vietnamese when pg_dump is not on PATH",
    async () => {
      const r = await run(
        process.execPath,
        ["--import", "tsx", "src/server/cli/backup.ts", path.join(dir, "x.enc")],
        {
          env: {
            PATH: dir, // a folder with no programs in it
            DATA_DIR: dir,
            NODE_ENV: "production",
            DATABASE_URL: withDatabase(testDatabaseUrl()!, names.source),
            BACKUP_PASSPHRASE: PASS,
          },
          timeout: 120_000,
        },
      ).catch((err: { code?: number; stdout?: string; stderr?: string }) => ({
        code: err.code,
        stdout: err.stdout ?? "",
        stderr: err.stderr ?? "",
      }));
      expect("code" in r ? r.code : 0).toBe(2);
      expect(`${r.stdout}${r.stderr}`).toMatch(/Không tìm thấy chương trình pg_dump trên PATH/u);
      expect(fs.existsSync(path.join(dir, "x.enc"))).toBe(false);
    },
    150_000,
  );
});
