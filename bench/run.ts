/**
 * npm run bench [-- --quick] [-- --pg=postgres://user@host/db]
 * (a, b) delegate-list import: exceljs load (baseline) vs parseDelegateList, 1k/10k/100k rows;
 * (c) 300-delegate list as docx (and xlsx); (d) people search over 100,000 persons on PGlite
 * (and PostgreSQL with --pg: a scratch database is created and dropped) vs `select count(*)`.
 * --quick: no 100k file, 20,000 persons. Figures: docs/performance.md. No assertions.
 * --national [--pg=…]: only the national-scale lists (bench/national/run.ts) on the database that
 * `npm run bench:generate` loaded.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runDocx } from "./docx-bench.ts";
import { runSearchOn } from "./search-engines.ts";
import { runXlsx } from "./xlsx-bench.ts";

const args = process.argv.slice(2);
if (args.includes("--national")) {
  await import("./national/run.ts");
  process.exit(0);
}
const quick = args.includes("--quick");
const pgUrl = args.find((a) => a.startsWith("--pg="))?.slice("--pg=".length);
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
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`total ${f0((performance.now() - started) / 1000)} s`);
