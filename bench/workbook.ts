/**
 * Writes a "danh sách trích ngang" as offices make it, with n data rows: title
 * block, two-row header with "Năm sinh" merged over Nam | Nữ, a column-number
 * row, then the people, then a signature footer. Streams to disk (exceljs
 * WorkbookWriter), so 100,000 rows do not need the whole workbook in memory.
 */
import ExcelJS from "exceljs";
import { people } from "./people.ts";

export async function writeDelegateWorkbook(file: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("DS trích ngang");
  ws.columns = [6, 26, 8, 8, 10, 40, 40, 12].map((width) => ({ width }));
  // The title block and header stay open until merged; data rows are committed as they go.
  const head = (values: ExcelJS.CellValue[]) => ws.addRow(values);
  const put = (values: ExcelJS.CellValue[]) => ws.addRow(values).commit();
  head(["UBND PHƯỜNG BA ĐÌNH", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
  head([null, null, null, null, "Độc lập - Tự do - Hạnh phúc"]);
  head([]);
  head(["DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN"]);
  head(["(Kèm theo Tờ trình số 15/TTr-UBND ngày 10/3/2020 của UBND phường)"]);
  head([]);
  head([
    "STT",
    "Họ và tên",
    "Năm sinh",
    null,
    "Dân tộc",
    "Chức vụ, đơn vị công tác",
    "Thành tích nổi bật",
    "Ghi chú",
  ]);
  head([null, null, "Nam", "Nữ"]);
  head(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"]);
  for (const range of [
    "A1:C1",
    "E1:H1",
    "E2:H2",
    "A4:H4",
    "A5:H5",
    "A7:A8",
    "B7:B8",
    "C7:D7",
    "E7:E8",
    "F7:F8",
    "G7:G8",
    "H7:H8",
  ]) {
    ws.mergeCells(range);
  }
  people(n).forEach((p, i) => {
    const male = p.gender === "male" ? p.birthYear : null;
    const female = p.gender === "female" ? p.birthYear : null;
    put([i + 1, p.fullName, male, female, p.ethnicity, `${p.position}, ${p.workplace}`, p.achievement, null]);
  });
  put([]);
  put([null, null, null, null, "Ba Đình, ngày 10 tháng 3 năm 2020"]);
  put([null, "NGƯỜI LẬP BIỂU", null, null, "TM. UBND PHƯỜNG"]);
  ws.commit();
  await wb.commit();
}
