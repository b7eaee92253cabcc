/**
 * The description of an administrative document laid out after Nghị định
 * 30/2020/NĐ-CP, Phụ lục I (SPEC L1). Callers describe *what* the document says;
 * nd30.ts decides *how* it looks (margins, fonts, header, closing blocks).
 */

/** Kinds of document the product generates, by their NĐ 30 abbreviation (Phụ lục III). */
export type DocumentKind = "KH" | "BC" | "TTr" | "BB" | "GM" | "DS" | "QĐ" | "CV" | "TB" | "CTr" | "HD";

/** The kind's name as printed above the summary title; a công văn has none. */
export const DOCUMENT_KIND_NAMES: Readonly<Record<DocumentKind, string>> = {
  KH: "KẾ HOẠCH",
  BC: "BÁO CÁO",
  TTr: "TỜ TRÌNH",
  BB: "BIÊN BẢN",
  GM: "GIẤY MỜI",
  DS: "DANH SÁCH",
  QĐ: "QUYẾT ĐỊNH",
  CV: "",
  TB: "THÔNG BÁO",
  CTr: "CHƯƠNG TRÌNH",
  HD: "HƯỚNG DẪN",
};

export type Align = "left" | "center" | "right" | "justify";

/** A piece of text with its own emphasis, inside a paragraph or a cell. */
export interface TextSpan {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Plain text, or spans with emphasis. "\n" inside text starts a new line. */
export type RichText = string | TextSpan | readonly (string | TextSpan)[];

export interface ParagraphBlock {
  type: "paragraph";
  text: RichText;
  /** Default "justify". */
  align?: Align;
  /** First-line indent (1.27 cm). Default true for justified text, false otherwise. */
  indent?: boolean;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; default the body size (14). */
  size?: number;
}

/**
 * Section headings: level 1 "I. MỤC ĐÍCH, YÊU CẦU" (bold, upper case), level 2 "1. …" (bold),
 * level 3 "1.1. …" (bold italic). `number` is printed before the text when given.
 */
export interface HeadingBlock {
  type: "heading";
  level: 1 | 2 | 3;
  text: string;
  number?: string;
}

/** A "- …" line (level 1) or a "+ …" line (level 2), indented like body text. */
export interface BulletBlock {
  type: "bullet";
  text: RichText;
  level?: 1 | 2;
}

export type CellValue = string | number | null | undefined;

/** A body cell with its own look; colSpan merges it over the next columns. */
export interface TableCellSpec {
  text: RichText | number | null;
  align?: Align;
  bold?: boolean;
  italic?: boolean;
  colSpan?: number;
}

export interface TableColumnSpec {
  /** Header text when the table has a one-row header (no `headerRows`). */
  header?: string;
  /** Relative width, in percent of the table width (need not sum to 100). */
  width: number;
  /** Alignment of body cells in this column. Default "left". */
  align?: Align;
}

/**
 * A header cell, written like an HTML header: a cell covered by a rowSpan from
 * the row above is left out of the row below.
 */
export interface HeaderCellSpec {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface TableBlock {
  type: "table";
  columns: readonly TableColumnSpec[];
  /** Multi-row header (e.g. "Năm sinh" over "Nam" | "Nữ"); default: one row from column headers. */
  headerRows?: readonly (readonly HeaderCellSpec[])[];
  rows: readonly (readonly (CellValue | TableCellSpec)[])[];
  /** Font size in points for the whole table; default 12. */
  size?: number;
}

export interface SpacerBlock {
  type: "spacer";
  /** Number of empty lines; default 1. */
  lines?: number;
}

export interface PageBreakBlock {
  type: "pageBreak";
}

export type Block = ParagraphBlock | HeadingBlock | BulletBlock | TableBlock | SpacerBlock | PageBreakBlock;

/** A signature block: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", space, name. */
export interface SignatureSpec {
  /** Lines above the title, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]. */
  authority?: readonly string[];
  /** The signer's position, e.g. "PHÓ CHỦ TỊCH"; printed in upper case. */
  title: string;
  /** Full name; empty string leaves the line blank for a draft. */
  name: string;
  /** Printed small in the signature space, e.g. "(Ký, ghi rõ họ tên)" or "(Đã ký)". */
  note?: string;
}

export interface Nd30Spec {
  /** Cơ quan chủ quản, e.g. "UBND TỈNH THANH HÓA"; printed in upper case. */
  parentBody?: string;
  /** Cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN"; printed bold upper case. */
  issuingBody: string;
  /** Number and symbol without "Số:", e.g. "165/KH-UBND"; see formatNumberSymbol. Omitted: no "Số" line. */
  numberSymbol?: string;
  /** Địa danh, e.g. "Bỉm Sơn". */
  place: string;
  /** ISO date "2026-11-24"; "2026-11" or "2026" leave the missing parts blank; null a blank draft date. */
  date: string | null;
  kind: DocumentKind;
  /** Replaces the kind's name on the title line, e.g. "DANH SÁCH TRÍCH NGANG ĐẠI BIỂU …". */
  kindName?: string;
  /** Trích yếu; "\n" breaks lines. For a công văn it is printed under "Số" as "V/v …". */
  title: string;
  /** "Kính gửi: …" lines under the title (tờ trình, công văn, giấy mời). */
  addressees?: readonly string[];
  body: readonly Block[];
  /** "Nơi nhận:" lines; "- " and the ";"/"." endings are added when missing. */
  recipients?: readonly string[];
  /** Signature on the right. */
  signature?: SignatureSpec;
  /** A second signature on the left when there is no "Nơi nhận" (biên bản: thư ký). */
  leftSignature?: SignatureSpec;
  landscape?: boolean;
  /** Body text size in points, 13 or 14; default 14. */
  fontSize?: number;
}
