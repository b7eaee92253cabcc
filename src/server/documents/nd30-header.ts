/**
 * The top of an NĐ 30 document: issuing body and Quốc hiệu – Tiêu ngữ side by side,
 * number and symbol beside place and date, then the kind name, summary title and
 * "Kính gửi".
 */
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from "docx";
import { line, NO_BORDERS, rule, splitWidth } from "./nd30-docx.ts";
import { contentWidth, formatPlaceDate, mm, safeText, textWidth, upperVi } from "./nd30-format.ts";
import { DOCUMENT_KIND_NAMES, type Nd30Spec } from "./nd30-types.ts";

export const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";

/**
 * Splits text into the fewest lines that fit `available` twips, balanced so the
 * lines are about equally long ("ỦY BAN NHÂN DÂN" / "THỊ XÃ BỈM SƠN"). "\n" forces a break.
 */
export function wrapBalanced(text: string, size: number, bold: boolean, available: number): string[] {
  return safeText(text)
    .split("\n")
    .flatMap((part) => {
      const words = part.trim().split(/\s+/u).filter(Boolean);
      if (words.length === 0) return [];
      const greedy = (limit: number): string[] => {
        const lines: string[] = [];
        let current = "";
        for (const w of words) {
          const next = current ? `${current} ${w}` : w;
          if (current && textWidth(next, size, bold) > limit) {
            lines.push(current);
            current = w;
          } else current = next;
        }
        if (current) lines.push(current);
        return lines;
      };
      const fewest = greedy(available).length;
      const total = textWidth(words.join(" "), size, bold);
      for (let limit = Math.ceil(total / fewest); limit < available; limit += 40) {
        const lines = greedy(limit);
        if (lines.length <= fewest) return lines;
      }
      return greedy(available);
    });
}

function widest(lines: readonly string[], size: number, bold: boolean): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
}

/** Header column widths in twips: [left, (gap), right]. */
function headerColumns(landscape: boolean): number[] {
  const total = contentWidth(landscape);
  if (!landscape) return splitWidth(total, [40, 60]);
  return [mm(95), total - mm(95) - mm(120), mm(120)];
}

function cell(children: Paragraph[], width: number, top = true): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: top ? VerticalAlign.TOP : VerticalAlign.BOTTOM,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

/** The two-column header table of Phụ lục I (ô số 1, 2, 3, 4). */
export function headerTable(spec: Nd30Spec): Table {
  const landscape = spec.landscape ?? false;
  const widths = headerColumns(landscape);
  const leftW = widths[0]!;
  const rightW = widths.at(-1)!;
  const bodySize = 13;

  // Ô 2: tên cơ quan ban hành, with the parent body above it.
  const left: Paragraph[] = [];
  if (spec.parentBody?.trim()) {
    for (const l of wrapBalanced(upperVi(spec.parentBody), bodySize, false, leftW)) {
      left.push(line(l, { size: bodySize }));
    }
  }
  const issuing = wrapBalanced(upperVi(spec.issuingBody), bodySize, true, leftW);
  for (const l of issuing) left.push(line(l, { size: bodySize, bold: true }));
  left.push(rule(Math.round(widest(issuing, bodySize, true) * 0.4), leftW, 0));

  // Ô 1: Quốc hiệu và Tiêu ngữ; the rule under the motto is as long as the motto.
  const qhSize = landscape ? 13 : 12;
  const tnSize = landscape ? 14 : 13;
  const right: Paragraph[] = [
    line(QUOC_HIEU, { size: qhSize, bold: true }),
    line(TIEU_NGU, { size: tnSize, bold: true }),
    rule(textWidth(TIEU_NGU, tnSize, true), rightW, 0),
  ];

  // Ô 3 and ô 4: số, ký hiệu; địa danh và thời gian (and the "V/v" of a công văn).
  const below: Paragraph[] = [];
  if (spec.numberSymbol?.trim()) {
    // Leading spaces are the clerk's blank for the number: keep them (as no-break spaces).
    const ns = safeText(spec.numberSymbol)
      .replace(/^[ \u00a0]+/u, (m) => "\u00a0".repeat(m.length))
      .trimEnd();
    below.push(line(`Số: ${ns}`, { size: 13, before: 6 }));
  }
  if (spec.kind === "CV" && spec.title.trim()) {
    const vv = spec.title.trim().startsWith("V/v") ? spec.title.trim() : `V/v ${spec.title.trim()}`;
    below.push(line(vv, { size: 12, before: 3 }));
  }
  const dateSize = (spec.fontSize ?? 14) >= 14 ? 14 : 13;
  const dateLine = [
    line(formatPlaceDate(spec.place, spec.date), { size: dateSize, italic: true, before: 6 }),
  ];

  const gap = widths.length === 3 ? [widths[1]!] : [];
  const row = (l: Paragraph[], r: Paragraph[]) =>
    new TableRow({
      children: [cell(l, leftW), ...gap.map((g) => cell([], g)), cell(r, rightW)],
      cantSplit: true,
    });
  return new Table({
    rows: [row(left, right), row(below, dateLine)],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

/** Ô 5: the kind name (KẾ HOẠCH …) and the summary title with a short rule below. */
export function titleBlock(spec: Nd30Spec): Paragraph[] {
  const width = contentWidth(spec.landscape ?? false);
  const out: Paragraph[] = [];
  const kindName = spec.kindName?.trim() ? upperVi(spec.kindName) : DOCUMENT_KIND_NAMES[spec.kind];
  // A công văn has no kind name; its "V/v" summary is in the header, under "Số".
  if (!kindName) return [line("", { size: 14, before: 6 })];
  const size = 14;
  const kindLines = wrapBalanced(kindName, size, true, Math.round(width * 0.9));
  kindLines.forEach((l, i) => {
    out.push(line(l, { size, bold: true, before: i === 0 ? 18 : 0, keepNext: true }));
  });
  const titleLines = spec.title.trim() ? wrapBalanced(spec.title, size, true, Math.round(width * 0.85)) : [];
  for (const l of titleLines) out.push(line(l, { size, bold: true, keepNext: true }));
  const underlined = titleLines.length > 0 ? titleLines : kindLines;
  const length = Math.min(Math.round(widest(underlined, size, true) * 0.4), mm(60));
  out.push(rule(Math.max(length, mm(25)), width, 12));
  return out;
}

/** "Kính gửi: …" — one addressee centred, several as a list after the label. */
export function addresseeBlock(spec: Nd30Spec): (Paragraph | Table)[] {
  const names = (spec.addressees ?? []).map((a) => safeText(a).trim()).filter(Boolean);
  if (names.length === 0) return [];
  const size = spec.fontSize ?? 14;
  if (names.length === 1) return [line(`Kính gửi: ${names[0]}.`, { size, after: 12 })];
  const labelW = textWidth("Kính gửi: ", size, false) + mm(1);
  const listW = Math.min(
    contentWidth(spec.landscape ?? false) - labelW,
    Math.max(...names.map((n) => textWidth(`- ${n};`, size, false))) + mm(6),
  );
  const items = names.map((n, i) =>
    line(`- ${n}${i === names.length - 1 ? "." : ";"}`, { size, align: "left" }),
  );
  const table = new Table({
    rows: [
      new TableRow({
        children: [cell([line("Kính gửi:", { size, align: "left" })], labelW), cell(items, listW)],
      }),
    ],
    width: { size: labelW + listW, type: WidthType.DXA },
    columnWidths: [labelW, listW],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    alignment: "center",
  });
  return [table, line("", { size, after: 6 })];
}
