/**
 * npm run bench [-- --quick] [-- --pg=postgres://user@host/db]
 * (a, b) delegate-list import: exceljs load (baseline) vs parseDelegateList, 1k/10k/100k rows;
 * (c) 300-delegate list as docx (and xlsx); (d) people search over 100,000 persons on PGlite
 * (and PostgreSQL with --pg: a scratch database is created and dropped) vs `select count(*)`.
 * --quick: no 100k file, 20,000 persons. Figures: docs/performance.md. No assertions.
 * Behind flags, each printed as ratios to its floor (issue #11 items 1, 4, 6):
 * --throughput (autocannon, 50 and 200 connections vs a bare Fastify), --load (200 signed-in
 * sessions, mixed reads and 10 % writes; PGlite's ceiling), --upload (a 20 MB upload's delay on
 * a concurrent read), --start (restart and first start vs Fastify + database open); --servers: all four.
 * --national [--pg=…]: only the national-scale lists (bench/national/run.ts) on the database that
 * `npm run bench:generate` loaded.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runDocx } from "./docx-bench.ts";
import { printLoad, runLoad } from "./load/run.ts";
import { printThroughput, runThroughput } from "./load/throughput.ts";
import { printUpload, runUpload } from "./load/upload.ts";
import { runSearchOn } from "./search-engines.ts";
import { printStart, runStart } from "./start.ts";
import { runXlsx } from "./xlsx-bench.ts";

const args = process.argv.slice(2);
if (args.includes("--national")) {
  await import("./national/run.ts");
  process.exit(0);
}
const quick = args.includes("--quick");
const pgUrl = args.find((a) => a.startsWith("--pg="))?.slice("--pg=".length);
const servers = args.includes("--servers");
const want = (flag: string) => servers || args.includes(flag);
const started = performance.now();
const f0 = (x: number) => x.toFixed(0);
const f1 = (x: number) => x.toFixed(1);
const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");

function table(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  console.log(pad(header, widths));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(pad(r, widths));
  console.log();
}

console.log(
  `thidua bench — Node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? "?"}), ${f0(os.totalmem() / 2 ** 30)} GB${quick ? ", --quick" : ""}\n`,
);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-bench-"));
try {
  console.log(
    "(a, b) Delegate list import: exceljs load = baseline; parseDelegateList = load + header detection + rows",
  );
  const xlsx = await runXlsx(dir, quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
  table(
    ["rows", "file KB", "load ms", "parse ms", "time ×", "load RSS MB", "parse RSS MB", "over idle ×"],
    xlsx.map((r) => [
      String(r.rows),
      f0(r.fileKb),
      f0(r.load.ms),
      f0(r.parse.ms),
      (r.parse.ms / r.load.ms).toFixed(2),
      f0(r.load.maxRssMb),
      f0(r.parse.maxRssMb),
      ((r.parse.maxRssMb - r.idle.maxRssMb) / Math.max(1, r.load.maxRssMb - r.idle.maxRssMb)).toFixed(2),
    ]),
  );
  console.log(`idle child process: ${f0(xlsx[0]!.idle.maxRssMb)} MB RSS (node + tsx + exceljs loaded)\n`);

  console.log("(c) Delegate summary list of 300 people (median of 5, after one warm-up)");
  table(
    ["format", "ms", "KB"],
    (await runDocx()).map((d) => [d.format, f0(d.medianMs), f0(d.bytes / 1024)]),
  );

  const people = quick ? 20_000 : 100_000;
  const engines: ("pglite" | "postgres")[] = pgUrl ? ["pglite", "postgres"] : ["pglite"];
  for (const engine of engines) {
    console.log(`(d) People search over ${people} persons on ${engine} (median of 7, after one warm-up)`);
    const { loadMs, timings } = await runSearchOn(engine, people, pgUrl);
    const base = timings[0]!.medianMs;
    table(
      ["query", "ms", "× count(*)", "matches"],
      timings.map((t) => [t.label, f1(t.medianMs), (t.medianMs / base).toFixed(1), String(t.results)]),
    );
    console.log(`loading ${people} persons (migrate, seed, bulk insert, analyze): ${f0(loadMs / 1000)} s\n`);
  }
  await serverBenches();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** The servers' figures, each against its floor measured in the same run (flags above). */
async function serverBenches() {
  const engines: ("pglite" | "postgres")[] = pgUrl ? ["postgres", "pglite"] : ["pglite"];
  if (want("--throughput")) {
    console.log(
      "Throughput: autocannon on loopback, 10 s per row; floor = bare Fastify sending the same bytes",
    );
    const rows = [];
    for (const e of engines)
      rows.push(...(await runThroughput(e, pgUrl, { seconds: 10, connections: [50, 200] })));
    printThroughput(rows);
  }
  if (want("--load")) {
    console.log(
      "Load: signed-in sessions, 90 % reads / 10 % writes, 20 s; PGlite: rising sessions to its ceiling",
    );
    const rows = [];
    if (pgUrl) rows.push(await runLoad("postgres", pgUrl, { sessions: 200, seconds: 20 }));
    for (const n of [10, 25, 50, 100, 200]) {
      const f = await runLoad("pglite", undefined, { sessions: n, seconds: 20 });
      rows.push(f);
      if (f.errors > 0 || f.p99 > 300) break;
    }
    printLoad(rows);
  }
  if (want("--upload")) {
    console.log("Upload: a 20 MB upload's delay on a concurrent read (floor: the read alone)");
    const rows = [];
    for (const e of engines) rows.push(await runUpload(e, pgUrl, { mb: 20, seconds: 5 }));
    printUpload(rows);
  }
  if (want("--start")) {
    console.log("Start: spawn to first answer of the built server; floor = Fastify + database open");
    printStart(await runStart(pgUrl, 3));
  }
}
console.log(`total ${f0((performance.now() - started) / 1000)} s`);
