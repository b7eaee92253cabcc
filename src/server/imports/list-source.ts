/**
 * Opening an uploaded delegate list whatever Excel saved it as (issue #10 item 6; SPEC
 * E3, G2; ADR 0004): .xlsx through the one guarded reader; Excel 97–2003 (.xls)
 * converted to .xlsx by LibreOffice Calc in a throw-away profile, then through the
 * same guard; CSV decoded (UTF-8 or Windows-1258). The size limit is the upload's.
 * The type is judged from the content, never from the name.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type ExcelJS from "exceljs";
import { FileRefusedError } from "../files/refusal.ts";
import type { XlsxGuardLimits } from "../files/xlsx-guard.ts";
import { readXlsx } from "../files/xlsx-read.ts";
import { csvWorkbook, decodeCsv, parseCsv } from "./csv.ts";

export type ListFormat = "xlsx" | "xls" | "csv";

export interface OpenedList {
  workbook: ExcelJS.Workbook;
  format: ListFormat;
  /** What was done to read the file, in Vietnamese (for the preview). */
  notes: string[];
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const starts = (buf: Uint8Array, sig: readonly number[]) => sig.every((b, i) => buf[i] === b);

/** Seconds LibreOffice may take to convert one .xls. */
const CONVERT_TIMEOUT_MS = 90_000;
/** Most CSV rows read (the import's row limit is checked later, with its own message). */
const CSV_MAX_ROWS = 20_000;

const XLS_UNREADABLE =
  "Không đọc được tệp Excel 97–2003 (.xls): tệp bị hỏng, bị đặt mật khẩu hoặc không phải bảng tính. Hãy mở tệp bằng Excel và lưu lại dưới dạng “Sổ làm việc Excel (*.xlsx)”.";
const NOT_A_LIST =
  "Tệp không phải là bảng tính: hệ thống nhận tệp Excel (.xlsx, .xls) hoặc CSV (.csv, phân cách bằng dấu phẩy, chấm phẩy hoặc tab).";

function looksLikeText(buf: Uint8Array): boolean {
  const head = buf.subarray(0, 8192);
  for (const b of head) if (b < 0x09) return false;
  return head.length > 0;
}

/** One conversion at a time: each LibreOffice start takes a core and ~200 MB. */
let queue: Promise<unknown> = Promise.resolve();

/** .xls → .xlsx bytes with LibreOffice Calc (`soffice --headless --convert-to xlsx`), one at a time. */
export function convertXlsToXlsx(xls: Uint8Array): Promise<Buffer> {
  const run = queue.then(() => convertNow(xls));
  queue = run.catch(() => undefined);
  return run;
}

async function convertNow(xls: Uint8Array): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), "thidua-xls-"));
  try {
    const input = join(dir, "list.xls");
    await writeFile(input, xls);
    await new Promise<void>((resolve, reject) => {
      execFile(
        "soffice",
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
          "--headless",
          "--norestore",
          "--nolockcheck",
          "--convert-to",
          "xlsx:Calc MS Excel 2007 XML",
          "--outdir",
          dir,
          input,
        ],
        { timeout: CONVERT_TIMEOUT_MS, windowsHide: true },
        (error) => (error ? reject(error) : resolve()),
      );
    });
    return await readFile(join(dir, "list.xlsx"));
  } catch {
    throw new FileRefusedError("unreadable", XLS_UNREADABLE);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function openDelegateListFile(
  buffer: Uint8Array,
  guard: Partial<XlsxGuardLimits> = {},
): Promise<OpenedList> {
  if (buffer.length === 0 || starts(buffer, ZIP)) {
    return { workbook: await readXlsx(buffer, guard), format: "xlsx", notes: [] };
  }
  if (starts(buffer, CFB)) {
    const xlsx = await convertXlsToXlsx(buffer);
    return {
      workbook: await readXlsx(xlsx, guard),
      format: "xls",
      notes: ["Tệp Excel 97–2003 (.xls) đã được chuyển sang .xlsx để đọc."],
    };
  }
  if (looksLikeText(buffer)) {
    const { text, encoding } = decodeCsv(buffer);
    const rows = parseCsv(text).slice(0, CSV_MAX_ROWS);
    const notes = [
      encoding === "utf-8"
        ? "Tệp CSV, bảng mã UTF-8."
        : "Tệp CSV dùng bảng mã Windows-1258; đã chuyển sang Unicode. Hãy xem lại họ tên trong bảng xem trước.",
    ];
    return { workbook: await csvWorkbook(rows), format: "csv", notes };
  }
  throw new FileRefusedError("not-zip", NOT_A_LIST);
}
