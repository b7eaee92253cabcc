/**
 * Backups hold personal data (issue #12 item 8): `npm run db:backup` writes them encrypted with
 * BACKUP_PASSPHRASE and readable by the owner only; `npm run db:restore` gives the data back with
 * the right passphrase and refuses, in Vietnamese and without touching the data, with a wrong one.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const run = promisify(execFile);
const PASS = "cụm-mật-khẩu-sao-lưu-2020";
let dir = "";

async function cli(script: string, args: string[], passphrase?: string) {
  try {
    const r = await run(process.execPath, ["--import", "tsx", script, ...args], {
      env: {
        PATH: process.env.PATH,
        DATA_DIR: dir,
        NODE_ENV: "production",
        ...(passphrase ? { BACKUP_PASSPHRASE: passphrase } : {}),
      },
      timeout: 120_000,
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

async function userCount(): Promise<number> {
  const db = await PGlite.create({ dataDir: path.join(dir, "pglite") });
  const r = await db.query<{ n: number }>("select count(*)::int as n from users");
  await db.close();
  return r.rows[0]!.n;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-backup-"));
  const dump = fs.readFileSync(inject("pgliteDump"));
  const db = await PGlite.create({ dataDir: path.join(dir, "pglite"), loadDataDir: new Blob([dump]) });
  await db.close();
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.runIf(process.env.THIDUA_TEST_DB !== "postgres")("encrypted backup → restore", () => {
  it("refuses to back up without a passphrase", async () => {
    const r = await cli("src/server/cli/backup.ts", [path.join(dir, "x.enc")]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/BACKUP_PASSPHRASE/u);
  }, 150_000);

  it("writes an encrypted 0600 file and restores it with the passphrase only", async () => {
    const users = await userCount();
    expect(users).toBeGreaterThan(5);
    const file = path.join(dir, "backups", "thidua.tar.gz.enc");
    const made = await cli("src/server/cli/backup.ts", [file], PASS);
    expect(made.code, made.out).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 8).toString("ascii")).toBe("THIDUABK");
    // Neither a gzip stream nor any name of the seed in the clear.
    expect(bytes.indexOf(Buffer.from([0x1f, 0x8b]))).not.toBe(8 + 4 + 16 + 12);
    expect(bytes.includes(Buffer.from("vanphong"))).toBe(false);

    const wrong = await cli("src/server/cli/restore.ts", [file], "mật-khẩu-sai-hoàn-toàn");
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/Không giải mã được tệp sao lưu: sai mật khẩu sao lưu/u);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith("pglite.truoc-khoi-phuc"))).toEqual([]);

    const restored = await cli("src/server/cli/restore.ts", [file], PASS);
    expect(restored.code, restored.out).toBe(0);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith("pglite.truoc-khoi-phuc"))).toHaveLength(1);
    expect(await userCount()).toBe(users);
  }, 300_000);
});
