/**
 * One measurement in a fresh process, so that its peak memory (maxRSS) is its own:
 *   node --import tsx bench/xlsx-worker.ts <load|parse|idle> <file>
 * prints {"ms": …, "maxRssMb": …, "rows": …} on stdout.
 */
import fs from "node:fs";
import ExcelJS from "exceljs";
import { parseDelegateList } from "../src/server/imports/delegate-list.ts";

const [mode, file] = process.argv.slice(2) as [string, string];
const buf = fs.readFileSync(file);
const start = performance.now();
let rows = 0;
if (mode === "load") {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  rows = wb.worksheets[0]?.rowCount ?? 0;
} else if (mode === "parse") {
  const result = await parseDelegateList(buf, {
    maxRows: 1_000_000,
    referenceDate: "2020-03-10",
    guard: { maxFileBytes: 1024 * 1024 * 1024, maxTotalUncompressedBytes: 4 * 1024 * 1024 * 1024 },
  });
  if (result.errors.length) throw new Error(`parse errors: ${JSON.stringify(result.errors.slice(0, 3))}`);
  rows = result.rows.length;
}
const ms = performance.now() - start;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ms, maxRssMb, rows })}\n`);
