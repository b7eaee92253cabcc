/**
 * Test helper: builds delegate lists the way offices make them, with exceljs —
 * title block, merged two-row header (Năm sinh over Nam/Nữ), a column-number row,
 * section headings, blank rows and a signature footer.
 */
import ExcelJS from "exceljs";

export type Cell = ExcelJS.CellValue;

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes rows starting at `startRow` (1-based); `undefined` leaves a cell untouched. */
export function putRows(
  ws: ExcelJS.Worksheet,
  startRow: number,
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
): void {
  rows.forEach((values, i) => {
    values.forEach((v, j) => {
      if (v !== undefined) ws.getCell(startRow + i, j + 1).value = v;
    });
  });
}

/** A workbook with one sheet: `header` on row `headerRow`, then `rows`. */
export function simpleList(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  options: { headerRow?: number; sheetName?: string } = {},
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(options.sheetName ?? "Danh sách");
  const headerRow = options.headerRow ?? 1;
  putRows(ws, headerRow, [header, ...rows]);
  return wb;
}

/** The title block above the table: unit, national motto, list title. Takes rows 1–5. */
export function titleBlock(ws: ExcelJS.Worksheet, unit: string): void {
  ws.mergeCells("A1:C1");
  ws.getCell("A1").value = unit.toUpperCase();
  ws.mergeCells("E1:H1");
  ws.getCell("E1").value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.mergeCells("E2:H2");
  ws.getCell("E2").value = "Độc lập - Tự do - Hạnh phúc";
  ws.mergeCells("A4:H4");
  ws.getCell("A4").value = "DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN";
  ws.mergeCells("A5:H5");
  ws.getCell("A5").value = "(Kèm theo Tờ trình số 15/TTr-UBND ngày 10/3/2020 của UBND phường)";
}

/**
 * The two-row header at rows 7–8: STT, Họ và tên, Năm sinh (Nam | Nữ), Dân tộc,
 * Chức vụ, đơn vị công tác, Thành tích nổi bật, Ghi chú — columns A…H.
 */
export function twoRowHeader(ws: ExcelJS.Worksheet, top = 7): void {
  const one = (col: string, text: string) => {
    ws.mergeCells(`${col}${top}:${col}${top + 1}`);
    ws.getCell(`${col}${top}`).value = text;
  };
  one("A", "STT");
  one("B", "Họ và tên");
  ws.mergeCells(`C${top}:D${top}`);
  ws.getCell(`C${top}`).value = "Năm sinh";
  ws.getCell(`C${top + 1}`).value = "Nam";
  ws.getCell(`D${top + 1}`).value = "Nữ";
  one("E", "Dân tộc");
  one("F", "Chức vụ, đơn vị công tác");
  one("G", "Thành tích nổi bật");
  one("H", "Ghi chú");
}

export const NGUYEN_VAN_AN = "Nguyễn Văn An";
/** Typed on a Mac or pasted from a PDF: decomposed (NFD). */
export const GIANG_A_DINH_NFD = "Giàng A Dính".normalize("NFD");

/**
 * A realistic list: an instructions sheet first, the list on the second sheet,
 * title block, merged header, column numbers, a section heading, blank rows,
 * a footer with a date line and signatures (with names that are not delegates).
 */
export function officeWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const guide = wb.addWorksheet("Hướng dẫn");
  putRows(guide, 1, [["Hướng dẫn: ghi năm sinh vào cột Nam hoặc Nữ"], ["Không sửa dòng tiêu đề"]]);

  const ws = wb.addWorksheet("DS trích ngang");
  titleBlock(ws, "UBND phường Ba Đình");
  twoRowHeader(ws);
  putRows(ws, 9, [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"]]);
  ws.mergeCells("A10:H10");
  ws.getCell("A10").value = "I. KHỐI PHƯỜNG, XÃ";
  putRows(ws, 11, [
    [
      1,
      NGUYEN_VAN_AN,
      1975,
      null,
      "Kinh",
      "Chủ tịch UBND phường Ba Đình",
      "Chiến sĩ thi đua cơ sở năm 2018\nBằng khen của Chủ tịch UBND tỉnh năm 2019",
      null,
    ],
    [
      2,
      "Trần Thị Bình",
      null,
      1982,
      "Mường",
      "Giáo viên Trường THCS Ba Đình",
      "Lao động tiên tiến",
      "Nữ, dân tộc",
    ],
  ]);
  // Row 13 blank.
  putRows(ws, 14, [
    [3, "Lò Văn Cường", "1990", null, "Thái", "Công nhân Công ty Xi măng Bỉm Sơn", null, null],
    [4, GIANG_A_DINH_NFD, 1988, null, "Mèo", "Nông dân sản xuất giỏi", null, null],
  ]);
  // Rows 16–17 blank, then the footer.
  ws.mergeCells("E18:H18");
  ws.getCell("E18").value = "Ba Đình, ngày 10 tháng 3 năm 2020";
  ws.getCell("B19").value = "NGƯỜI LẬP BIỂU";
  ws.mergeCells("E19:H19");
  ws.getCell("E19").value = "TM. UBND PHƯỜNG";
  ws.getCell("B23").value = "Phạm Thị Lập";
  ws.mergeCells("E23:H23");
  ws.getCell("E23").value = "Lê Văn Ký";
  return wb;
}
