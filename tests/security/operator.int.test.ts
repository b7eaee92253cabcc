/**
 * The machine's operator gets the office back in from the shell (issue #12 item 1):
 * `npm run user:unlock -- vanphong` lifts every back-off of the account, and
 * `npm run user:reset-password -- vanphong` gives a one-time password that must be changed;
 * both audited with no signed-in actor. PGlite data directory, as the operator has it.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PGLITE_EXTENSIONS } from "../../src/server/db/client.ts";
import { figure } from "./figures.ts";

const run = promisify(execFile);
let dir = "";

async function cli(command: string, username: string) {
  try {
    const r = await run(
      process.execPath,
      ["--import", "tsx", "src/server/cli/user-account.ts", command, username],
      { env: { PATH: process.env.PATH, DATA_DIR: dir, NODE_ENV: "production" }, timeout: 120_000 },
    );
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

async function query<T>(text: string): Promise<T[]> {
  const db = await PGlite.create({ dataDir: path.join(dir, "pglite"), extensions: PGLITE_EXTENSIONS });
  try {
    return (await db.query<T>(text)).rows;
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-operator-"));
  const dump = fs.readFileSync(inject("pgliteDump"));
  const db = await PGlite.create({ dataDir: path.join(dir, "pglite"), loadDataDir: new Blob([dump]) });
  await db.close();
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.runIf(process.env.THIDUA_TEST_DB !== "postgres")("the operator's commands", () => {
  it("unlocks an account a stranger has slowed down, and resets its password", async () => {
    await query(`insert into login_throttles (key, username, failures, locked_until, last_failure_at) values
      ('account:vanphong', 'vanphong', 40, now() + interval '1 day', now()),
      ('account-at:203.0.113.7:vanphong', 'vanphong', 40, now() + interval '1 day', now())`);
    const unlocked = await cli("unlock", "vanphong");
    expect(unlocked.code, unlocked.out).toBe(0);
    expect(unlocked.out).toMatch(/Đã mở khóa đăng nhập cho tài khoản "vanphong"/u);
    expect(await query(`select key from login_throttles where username = 'vanphong'`)).toEqual([]);

    const [{ hash: before } = { hash: "" }] = await query<{ hash: string }>(
      `select password_hash as hash from users where username = 'vanphong'`,
    );
    const reset = await cli("reset-password", "vanphong");
    expect(reset.code, reset.out).toBe(0);
    const password = /Mật khẩu tạm thời của "vanphong": (\S+)/u.exec(reset.out)?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(10);
    const [after] = await query<{ hash: string; must: boolean }>(
      `select password_hash as hash, must_change_password as must from users where username = 'vanphong'`,
    );
    expect(after!.hash).not.toBe(before);
    expect(after!.must).toBe(true);

    const audit = await query<{ action: string; actor: string | null }>(
      `select action, actor_username as actor from audit_events
        where action in ('user.unlock', 'user.reset_password') order by id`,
    );
    expect(audit).toEqual([
      { action: "user.unlock", actor: null },
      { action: "user.reset_password", actor: null },
    ]);
    expect(JSON.stringify(audit)).not.toContain(password);

    const unknown = await cli("unlock", "khong-co-ai");
    expect(unknown.code).toBe(2);
    expect(unknown.out).toMatch(/Không có tài khoản "khong-co-ai"/u);
    figure(
      1,
      "operator: user:unlock lifts 2 back-off rows of vanphong; user:reset-password → one-time password, must change",
    );
  }, 300_000);
});
