/**
 * Issue #11 item 1: the server starts without loading exceljs or docx (they load on first
 * use, by `await import()` in src/server/files, src/server/imports and the document
 * callers). A child process imports everything `npm start` imports before serving, with a
 * module hook that refuses the two libraries; the control proves the hook does refuse.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MERGE } from "./imports/workbook-text.ts";

const root = path.resolve(import.meta.dirname, "../..");
const hook = `export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (/\\/node_modules\\/(exceljs|docx)\\//u.test(r.url)) throw new Error("HEAVY " + r.url);
  return r;
}`;
const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;

function importInChild(modules: string[]) {
  const code = modules.map((m) => `await import(${JSON.stringify(path.join(root, m))});`).join("\n");
  return spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      `data:text/javascript,${encodeURIComponent(register)}`,
      "--input-type=module",
      "-e",
      code,
    ],
    { cwd: root, encoding: "utf8", timeout: 120_000 },
  );
}

describe("heavy libraries load on first use", () => {
  it("starting the server (app, routes, database, migrations, seed) loads neither exceljs nor docx", {
    timeout: 120_000,
  }, () => {
    const r = importInChild([
      "src/server/app.ts",
      "src/server/db/client.ts",
      "src/server/db/migrate.ts",
      "src/server/db/seed/seed.ts",
    ]);
    expect(r.stderr).not.toContain("HEAVY");
    expect(r.status).toBe(0);
  });

  it("control: importing a document builder does load docx, and the hook says so", {
    timeout: 120_000,
  }, () => {
    const r = importInChild(["src/server/documents/nd30.ts"]);
    expect(r.stderr).toContain("HEAVY");
    expect(r.status).not.toBe(0);
  });

  it("the merge constant named without exceljs is exceljs's own", () => {
    expect(MERGE).toBe(ExcelJS.ValueType.Merge);
  });
});
