/**
 * The end of an NĐ 30 document: "Nơi nhận" on the left (ô 9b), the signature block
 * on the right (ô 7a–7c) — or two signatures side by side (biên bản).
 */
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from "docx";
import { line, NO_BORDERS, splitWidth } from "./nd30-docx.ts";
import { contentWidth, formatRecipients, mm, safeText, upperVi } from "./nd30-format.ts";
import type { Nd30Spec, SignatureSpec } from "./nd30-types.ts";

/** Empty lines left for the hand signature and the seal. */
const SIGNATURE_SPACE_LINES = 5;

export function signatureParagraphs(sig: SignatureSpec, size: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (const a of sig.authority ?? []) {
    if (a.trim()) out.push(line(upperVi(a), { size, bold: true, keepNext: true }));
  }
  out.push(line(upperVi(sig.title), { size, bold: true, keepNext: true }));
  const note = sig.note?.trim();
  if (note) out.push(line(safeText(note), { size: 12, italic: true, keepNext: true }));
  const space = SIGNATURE_SPACE_LINES - (note ? 1 : 0);
  for (let i = 0; i < space; i++) out.push(line("", { size, keepNext: true }));
  out.push(line(safeText(sig.name).trim(), { size, bold: true }));
  return out;
}

export function recipientParagraphs(recipients: readonly string[]): Paragraph[] {
  return [
    line("Nơi nhận:", { size: 12, bold: true, italic: true, align: "left", keepNext: true }),
    ...formatRecipients(recipients).map((r) => line(r, { size: 11, align: "left", keepNext: true })),
  ];
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

/** The closing table, or nothing when there is neither "Nơi nhận" nor a signature. */
export function closingBlock(spec: Nd30Spec): (Paragraph | Table)[] {
  const recipients = (spec.recipients ?? []).filter((r) => r.trim());
  const size = spec.fontSize ?? 14;
  const left =
    recipients.length > 0
      ? recipientParagraphs(recipients)
      : spec.leftSignature
        ? signatureParagraphs(spec.leftSignature, size)
        : [];
  const right = spec.signature ? signatureParagraphs(spec.signature, size) : [];
  if (left.length === 0 && right.length === 0) return [];

  const landscape = spec.landscape ?? false;
  const total = contentWidth(landscape);
  const widths = landscape
    ? [mm(100), total - mm(100) - mm(120), mm(120)]
    : splitWidth(total, recipients.length > 0 ? [45, 55] : [50, 50]);
  const gap = widths.length === 3 ? [cell([], widths[1]!)] : [];
  const row = new TableRow({
    children: [cell(left, widths[0]!), ...gap, cell(right, widths.at(-1)!)],
    cantSplit: true,
  });
  return [
    line("", { size: 12, keepNext: true }),
    new Table({
      rows: [row],
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
    }),
  ];
}
