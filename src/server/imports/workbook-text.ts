/**
 * Every text of an opened workbook made Unicode and clean before any header is looked
 * for (issue #10 items 1 and 4; SPEC E3, "Vietnamese text, exactly"): cells typed in
 * TCVN3 (ABC) or VNI-Windows are found per cell — by the cell's font (.VnTime,
 * .VnTimeH, VNI-Times …) or by their tell-tale characters, a sheet's majority
 * deciding the cells that could be either — and converted; then zero-width
 * characters, BOMs and soft hyphens are removed and non-breaking spaces become spaces.
 */
import type ExcelJS from "exceljs";
import {
  encodingOfFont,
  fitsEncoding,
  LEGACY_ENCODING_LABELS,
  type LegacyEncoding,
  legacyToUnicode,
  legacyVotes,
} from "../../domain/legacy-encodings.ts";

export interface WorkbookTextReport {
  /** Cells converted from each legacy encoding. */
  converted: Record<LegacyEncoding, number>;
  /** Cells that held invisible characters (zero-width, BOM, soft hyphen, no-break space). */
  cleaned: number;
}

/** Zero-width space/joiners, word joiner, BOM, soft hyphen: removed. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
/** No-break and other fixed-width spaces: made ordinary spaces. */
const ODD_SPACE = /[\u00A0\u2007\u202F\u2000-\u200A\u3000]/gu;

/** Text with invisible characters removed and odd spaces made spaces (nothing else changed). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "").replace(ODD_SPACE, " ");
}

type Piece = { text: string; font: string | undefined; set: (text: string) => void };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** The texts of one cell, each with its font: a plain string, rich-text runs, a hyperlink's text, a formula's result. */
/** ExcelJS.ValueType.Merge (exceljs/lib/doc/enums.js), named without loading exceljs (issue #11 item 1). */
export const MERGE = 1 as ExcelJS.ValueType;

function piecesOf(cell: ExcelJS.Cell): Piece[] {
  const font = cell.font?.name;
  const v = cell.value;
  if (typeof v === "string")
    return [
      {
        text: v,
        font,
        set: (t) => {
          cell.value = t;
        },
      },
    ];
  if (!isRecord(v)) return [];
  const runs = (parts: unknown): Piece[] =>
    Array.isArray(parts)
      ? parts
          .filter(
            (p): p is { text: string; font?: { name?: string } } => isRecord(p) && typeof p.text === "string",
          )
          .map((p) => ({
            text: p.text,
            font: p.font?.name ?? font,
            set: (t) => {
              p.text = t;
            },
          }))
      : [];
  if ("richText" in v) return runs(v.richText);
  if ("formula" in v || "sharedFormula" in v) {
    const r = v as { result?: unknown };
    return typeof r.result === "string"
      ? [
          {
            text: r.result,
            font,
            set: (t) => {
              r.result = t;
            },
          },
        ]
      : [];
  }
  if ("text" in v) {
    const h = v as { text: unknown };
    if (typeof h.text === "string")
      return [
        {
          text: h.text,
          font,
          set: (t) => {
            h.text = t;
          },
        },
      ];
    if (isRecord(h.text) && "richText" in h.text) return runs(h.text.richText);
  }
  return [];
}

const NON_ASCII = /[^\t\n\r\u0020-\u007e]/u;

/** The texts of a sheet that may need work: those with a character beyond ASCII. */
function sheetPieces(ws: ExcelJS.Worksheet): Piece[] {
  const out: Piece[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === MERGE) return;
      for (const p of piecesOf(cell)) if (NON_ASCII.test(p.text)) out.push(p);
    });
  });
  return out;
}

/** The encoding with more votes, when it has at least `min`. */
function favoured(votes: { tcvn3: number; vni: number }, min = 2): LegacyEncoding | null {
  if (votes.tcvn3 > votes.vni && votes.tcvn3 >= min) return "tcvn3";
  if (votes.vni > votes.tcvn3 && votes.vni >= min) return "vni";
  return null;
}

/** Converts and cleans every text of the workbook in place; says what it did. */
export function normaliseWorkbookText(wb: ExcelJS.Workbook): WorkbookTextReport {
  const report: WorkbookTextReport = { converted: { tcvn3: 0, vni: 0 }, cleaned: 0 };
  for (const ws of wb.worksheets) {
    const pieces = sheetPieces(ws);
    const sheetVotes = { tcvn3: 0, vni: 0 };
    for (const p of pieces) {
      const byFont = encodingOfFont(p.font);
      if (byFont) sheetVotes[byFont.encoding] += 5;
      else {
        const v = legacyVotes(p.text);
        sheetVotes.tcvn3 += v.tcvn3;
        sheetVotes.vni += v.vni;
      }
    }
    const sheetEncoding = favoured(sheetVotes, 4);
    for (const p of pieces) {
      let text = p.text;
      const byFont = encodingOfFont(p.font);
      const cellEncoding = favoured(legacyVotes(text)) ?? sheetEncoding;
      if (byFont) {
        text = legacyToUnicode(text, byFont.encoding, byFont.capitals);
        if (text !== p.text) report.converted[byFont.encoding]++;
      } else if (cellEncoding && fitsEncoding(text, cellEncoding)) {
        text = legacyToUnicode(text, cellEncoding);
        report.converted[cellEncoding]++;
      }
      const clean = stripInvisible(text);
      if (clean !== text) report.cleaned++;
      if (clean !== p.text) p.set(clean.normalize("NFC"));
    }
  }
  return report;
}

const intVi = new Intl.NumberFormat("vi-VN");

/** The notes on a workbook's text, in Vietnamese. */
export function textNotes(report: WorkbookTextReport): string[] {
  const notes: string[] = [];
  for (const enc of ["tcvn3", "vni"] as const) {
    const n = report.converted[enc];
    if (n > 0)
      notes.push(
        `Tệp dùng bảng mã ${LEGACY_ENCODING_LABELS[enc]}; đã chuyển ${intVi.format(n)} ô sang Unicode. Hãy xem lại họ tên trong bảng xem trước.`,
      );
  }
  if (report.cleaned > 0)
    notes.push(
      `Đã bỏ ký tự ẩn (khoảng trắng không độ rộng, dấu gạch mềm, khoảng trắng không ngắt) trong ${intVi.format(report.cleaned)} ô.`,
    );
  return notes;
}
