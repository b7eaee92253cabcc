/**
 * Import speed and memory (E3): for each size, exceljs merely loading the file
 * (the baseline) against parseDelegateList on the same file, each run in a fresh
 * child process so its peak memory (maxRSS) is its own. An idle child (same
 * imports, no work) gives the memory every process pays anyway.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { writeDelegateWorkbook } from "./workbook.ts";

const WORKER = path.join(import.meta.dirname, "xlsx-worker.ts");

export type Sample = { ms: number; maxRssMb: number; rows: number };
export type XlsxRow = {
  rows: number;
  fileKb: number;
  generateMs: number;
  idle: Sample;
  load: Sample;
  parse: Sample;
};

function child(mode: "idle" | "load" | "parse", file: string): Sample {
  const res = spawnSync(process.execPath, ["--import", "tsx", WORKER, mode, file], {
    encoding: "utf8",
    maxBuffer: 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`bench worker ${mode} failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split("\n").at(-1)!) as Sample;
}

/** Median time of `runs` processes; the largest peak memory seen. */
function measure(mode: "idle" | "load" | "parse", file: string, runs: number): Sample {
  const samples = Array.from({ length: runs }, () => child(mode, file));
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { ms, maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)), rows: samples[0]!.rows };
}

export async function runXlsx(dir: string, sizes: number[], runs = 3): Promise<XlsxRow[]> {
  const out: XlsxRow[] = [];
  for (const n of sizes) {
    const file = path.join(dir, `danh-sach-${n}.xlsx`);
    const t = performance.now();
    await writeDelegateWorkbook(file, n);
    const generateMs = performance.now() - t;
    const idle = measure("idle", file, 1);
    const load = measure("load", file, runs);
    const parse = measure("parse", file, runs);
    if (parse.rows !== n) throw new Error(`parsed ${parse.rows} rows of ${n}`);
    out.push({ rows: n, fileKb: fs.statSync(file).size / 1024, generateMs, idle, load, parse });
  }
  return out;
}
