/**
 * Start times (issue #11 item 1): the built server as `npm start` runs it (build/server/main.js,
 * after `scripts/prepare-start.mjs`), from spawn to the first answer of GET /api/health.
 * - restart on existing data, PGlite and (with --pg) PostgreSQL, against the floor: a bare
 *   Fastify that opens the same database (PGlite on the same DATA_DIR; a pg pool and `select 1`)
 *   and answers the same route;
 * - first start on an empty PGlite DATA_DIR (create, migrate, seed) against PGlite's own
 *   creation of an empty data directory.
 * Median of `--runs` (default 3). No assertions.
 *   node --import tsx bench/start.ts [--pg=postgres://…] [--runs=3]
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { BENCH_PASSWORD, freePort } from "./load/server.ts";

export type StartRow = { what: string; ms: number; floorMs: number; floor: string };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** ms from spawn to the first 2xx–4xx answer of /api/health; then the process is stopped. */
async function timeToAnswer(args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  // An empty value removes the variable (DATABASE_URL for PGlite).
  const merged = Object.fromEntries(
    Object.entries({ ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" }).filter(
      ([, v]) => v !== "",
    ),
  );
  const child: ChildProcess = spawn(process.execPath, args, {
    env: merged,
    stdio: ["ignore", "ignore", "inherit"],
  });
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  try {
    for (;;) {
      if (exited) throw new Error(`${args.join(" ")} exited before answering`);
      if (performance.now() - t0 > 300_000) throw new Error(`${args.join(" ")} did not answer in 300 s`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.status < 500) return performance.now() - t0;
      } catch {
        /* not yet */
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    if (!exited) {
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await gone;
    }
  }
}

/** The floor: Fastify plus the database opened, nothing else. */
const FLOOR = `
  import Fastify from "fastify";
  const t = Date.now();
  let ping;
  if (process.env.FLOOR_PG) {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: process.env.FLOOR_PG, max: 2 });
    await pool.query("select 1");
    ping = () => pool.query("select 1");
  } else {
    const { PGlite } = await import("@electric-sql/pglite");
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const db = await PGlite.create({ dataDir: process.env.FLOOR_DIR, extensions: { pg_trgm } });
    await db.query("select 1");
    ping = () => db.query("select 1");
  }
  const app = Fastify({ logger: false });
  app.get("/api/health", async () => { await ping(); return { ok: true }; });
  await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
`;
const floorArgs = ["--input-type=module", "-e", FLOOR];

export async function runStart(pgUrl: string | undefined, runs = 3): Promise<StartRow[]> {
  const built = spawnSync(process.execPath, ["scripts/prepare-start.mjs"], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("scripts/prepare-start.mjs failed");
  const server = ["--enable-source-maps", "build/server/main.js"];
  const common = {
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    BACKGROUND_JOBS: "false",
    THIDUA_DEMO_PASSWORD: BENCH_PASSWORD,
    DATABASE_URL: "",
  };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-start-"));
  const rows: StartRow[] = [];
  try {
    // First start on PGlite vs creating an empty PGlite data directory.
    const first: number[] = [];
    const create: number[] = [];
    for (let i = 0; i < runs; i++) {
      const dir = path.join(tmp, `first-${i}`);
      first.push(await timeToAnswer(server, { ...common, DATA_DIR: dir }));
      create.push(await timeToAnswer(floorArgs, { FLOOR_DIR: path.join(tmp, `empty-${i}`) }));
    }
    rows.push({
      what: "first start, PGlite (create, migrate, seed)",
      ms: median(first),
      floorMs: median(create),
      floor: "PGlite creation + Fastify",
    });
    // Restart on the data the first start left.
    const dir = path.join(tmp, "first-0");
    const again: number[] = [];
    const open: number[] = [];
    for (let i = 0; i < runs; i++) {
      again.push(await timeToAnswer(server, { ...common, DATA_DIR: dir }));
      open.push(await timeToAnswer(floorArgs, { FLOOR_DIR: path.join(dir, "pglite") }));
    }
    rows.push({
      what: "restart, PGlite (existing data)",
      ms: median(again),
      floorMs: median(open),
      floor: "Fastify + PGlite open",
    });
    if (pgUrl) {
      const name = `thidua_bench_start_${process.pid}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      try {
        const env = { ...common, DATA_DIR: path.join(tmp, "pg"), DATABASE_URL: url.toString() };
        const pgFirst = await timeToAnswer(server, env);
        const restart: number[] = [];
        const floor: number[] = [];
        for (let i = 0; i < runs; i++) {
          restart.push(await timeToAnswer(server, env));
          floor.push(await timeToAnswer(floorArgs, { FLOOR_PG: url.toString() }));
        }
        rows.push({
          what: "restart, PostgreSQL (existing data)",
          ms: median(restart),
          floorMs: median(floor),
          floor: "Fastify + pg pool",
        });
        rows.push({
          what: "first start, PostgreSQL (migrate, seed)",
          ms: pgFirst,
          floorMs: median(floor),
          floor: "Fastify + pg pool",
        });
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}

export function printStart(rows: StartRow[]) {
  console.log("start                                         ms   floor ms  × floor  floor");
  for (const r of rows) {
    console.log(
      `${r.what.padEnd(42)} ${r.ms.toFixed(0).padStart(6)}  ${r.floorMs.toFixed(0).padStart(8)}  ${(r.ms / r.floorMs).toFixed(2).padStart(7)}  ${r.floor}`,
    );
  }
  console.log();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const pgUrl = args.find((a) => a.startsWith("--pg="))?.slice(5);
  const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice(7) ?? 3);
  printStart(await runStart(pgUrl, runs));
}
