/**
 * npm run bench:national [-- --pg=postgres://postgres@127.0.0.1:5432/thidua_national] [-- --runs=30]
 * (also `npm run bench -- --national --pg=…`)
 *
 * The office's lists at national scale (issue #11 item 5; SPEC O1, O2), on the database that
 * `npm run bench:generate` loaded: the real app (buildApp, the app's PostgreSQL role and statement
 * timeout, as `npm start` opens it) driven through app.inject as `vanphong`, each list ≥ 30 times
 * after a warm-up, beside the raw SQL that answers the same question (same database, own pool):
 * p50 / p95 of both, the ratio of the p95s, the answer's size, and the process's peak RSS.
 * Goals: p95 ≤ 100 ms, ≤ 3× the raw SQL, RSS ≤ 500 MB. No assertions: it prints.
 */
import pg from "pg";
import { buildApp } from "../../src/server/app.ts";
import { loadConfig } from "../../src/server/config.ts";
import { openAppDatabase } from "../../src/server/db/startup.ts";
import { Client } from "../../tests/helpers/app.ts";
import { nationalCases } from "./cases.ts";
import { BENCH_PASSWORD, DEFAULT_URL } from "./data.ts";

const args = process.argv.slice(2);
const url = args.find((a) => a.startsWith("--pg="))?.slice(5) ?? DEFAULT_URL;
const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice(7) ?? 30);
const only = args.find((a) => a.startsWith("--only="))?.slice(7);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

const config = loadConfig({
  ...process.env,
  NODE_ENV: "production",
  LOG_LEVEL: "warn",
  DATABASE_URL: url,
  MFA_REQUIRED_ROLES: "none",
  MFA_ENCRYPTION_KEY: "bench-only-mfa-key-0123456789abcdef",
  DATA_DIR: "./data/bench-national",
});
const database = await openAppDatabase(config);
const app = await buildApp({ config, database });
await app.ready();
const raw = new pg.Pool({ connectionString: url, max: 2 });
const idleRss = process.memoryUsage().rss;

try {
  const client = new Client(app);
  const login = await client.login("vanphong", BENCH_PASSWORD);
  if (login.statusCode !== 200)
    throw new Error(`Đăng nhập vanphong thất bại: ${login.statusCode} ${login.body}`);
  const cases = await nationalCases(raw);
  const rows: string[][] = [];
  for (const c of cases.filter(
    (x) => !only || only.split(",").some((o) => o !== "" && x.label.includes(o)),
  )) {
    const appMs: number[] = [];
    const sqlMs: number[] = [];
    let bytes = 0;
    let total = "";
    for (let i = 0; i < runs + 2; i++) {
      const t0 = performance.now();
      const res = await client.get(c.url);
      const t1 = performance.now();
      if (res.statusCode !== 200) throw new Error(`${c.url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      const t2 = performance.now();
      for (const s of c.sql) await raw.query(s.text, s.values);
      const t3 = performance.now();
      if (i < 2) continue; // warm-up: plans, caches
      appMs.push(t1 - t0);
      sqlMs.push(t3 - t2);
      bytes = res.rawPayload.length;
      const body = res.json() as { total?: number };
      total = body.total === undefined ? "—" : String(body.total);
    }
    const [a50, a95, s50, s95] = [pct(appMs, 50), pct(appMs, 95), pct(sqlMs, 50), pct(sqlMs, 95)];
    rows.push([
      c.label,
      a50.toFixed(1),
      a95.toFixed(1),
      s50.toFixed(1),
      s95.toFixed(1),
      (a95 / s95).toFixed(1),
      (bytes / 1024).toFixed(0),
      total,
      a95 <= 100 && a95 <= 3 * s95 ? "yes" : "NO",
    ]);
    console.log(`  ${c.label}: app p95 ${a95.toFixed(1)} ms, SQL p95 ${s95.toFixed(1)} ms`);
  }
  const header = [
    "list (office, vanphong)",
    "app p50",
    "app p95",
    "SQL p50",
    "SQL p95",
    "×SQL",
    "KB",
    "total",
    "goal",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  console.log(`\nNational scale on PostgreSQL, ${runs} runs each after 2 warm-ups (ms)`);
  console.log(header.map((h, i) => (i === 0 ? h.padEnd(widths[i]!) : h.padStart(widths[i]!))).join("  "));
  for (const r of rows)
    console.log(r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join("  "));
  const mb = (x: number) => (x / 2 ** 20).toFixed(0);
  console.log(
    `\nRSS: ${mb(idleRss)} MB after start, peak ${mb(peakRss)} MB (goal ≤ 500 MB; app and bench driver in one process)`,
  );
} finally {
  clearInterval(sampler);
  await raw.end();
  await app.close();
  await database.close();
}
