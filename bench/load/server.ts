/**
 * The servers the load benches run against, each in its own child process so that the load
 * generator (autocannon, in the bench's process) does not share an event loop with them:
 * - `startThidua`: the real server (`src/server/main.ts`, as `npm start` runs it) on a scratch
 *   PostgreSQL database `thidua_bench_<pid>_<n>` (created, dropped at stop) or on PGlite in a
 *   temporary DATA_DIR, seeded with the demo data;
 * - `startFloor`: a bare Fastify answering the same bytes from memory (the floor).
 * Both listen on 127.0.0.1 only, on a free port.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const BENCH_PASSWORD = "bench-password-123";
let scratch = 0;

export type Engine = "pglite" | "postgres";
export type Server = { base: string; pid: number; stop(): Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function withDb(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function waitUp(child: ChildProcess, base: string, what: string, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });
  while (Date.now() < until) {
    if (exited !== null) throw new Error(`${what} exited with ${exited} before answering`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not answer within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * The real server. `env` adds settings (the load bench raises the sign-in burst limit through
 * LOGIN_RATE_LIMIT_PER_MINUTE, as an operator would; nothing is switched off in code).
 */
export async function startThidua(
  engine: Engine,
  pgUrl: string | undefined,
  env: Record<string, string> = {},
): Promise<Server & { dataDir: string }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-load-"));
  let dbName: string | null = null;
  let dbUrl: string | undefined;
  if (engine === "postgres") {
    if (!pgUrl) throw new Error("--pg=postgres://… is needed for PostgreSQL");
    dbName = `thidua_bench_${process.pid}_${scratch++}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    dbUrl = withDb(pgUrl, dbName);
  }
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.MIGRATION_DATABASE_URL;
  // BENCH_CPU_PROF=dir: the server writes a V8 CPU profile there when it stops (bench/load/profile.ts reads it).
  const prof = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(process.execPath, [...prof, "--import", "tsx", "src/server/main.ts"], {
    env: {
      ...inherited,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      BACKGROUND_JOBS: "false",
      THIDUA_DEMO_PASSWORD: BENCH_PASSWORD,
      MFA_REQUIRED_ROLES: "chairman",
      ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  const cleanup = async () => {
    await stopChild(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (dbName) {
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  };
  try {
    await waitUp(child, base, `thidua on ${engine}`);
  } catch (err) {
    await cleanup();
    throw err;
  }
  return { base, pid: child.pid!, dataDir, stop: cleanup };
}

/** A bare Fastify that answers `body` (JSON) on every GET: the floor for the same bytes. */
export async function startFloor(body: string): Promise<Server> {
  const port = await freePort();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-floor-")), "body.json");
  fs.writeFileSync(file, body);
  const code = `
    import fs from "node:fs";
    import Fastify from "fastify";
    const body = fs.readFileSync(${JSON.stringify(file)}, "utf8");
    const app = Fastify({ logger: false });
    app.get("/*", async (_req, reply) => reply.type("application/json; charset=utf-8").send(body));
    await app.listen({ port: ${port}, host: "127.0.0.1" });
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 30_000;
  for (;;) {
    try {
      await fetch(`${base}/x`);
      break;
    } catch {
      if (Date.now() > until) throw new Error("floor server did not start");
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    base,
    pid: child.pid!,
    stop: async () => {
      await stopChild(child);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    },
  };
}
