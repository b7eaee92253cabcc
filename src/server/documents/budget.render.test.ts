/**
 * The budget's dự toán and quyết toán (SPEC I1, L1) rendered with LibreOffice and read back:
 * NĐ 30 header, lines with amounts, the total and the total in words, the variance.
 * PNGs of each page are left in <tmp>/docs-preview/ for a human look.
 */
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { moneyInWords } from "../../domain/money-words.ts";
import { type BudgetDocInput, estimateDocx, settlementDocx } from "./budget-docx.ts";
import { QUOC_HIEU } from "./nd30.ts";
import { hasCommand, officeToPdf, pdfToPngs, pdfToText } from "./pdf-render.ts";

const PATH = process.env.PATH ?? "";
const canRender = hasCommand("libreoffice", PATH) && hasCommand("pdftotext", PATH);
const onCi = process.env.CI === "true";
const flat = (s: string) => s.replace(/\s+/gu, " ");

const lines = [
  {
    label: "Thuê hội trường, âm thanh, ánh sáng",
    unit: "buổi",
    quantity: 1,
    unitPrice: 2_000_000,
    estimate: 2_000_000,
    actual: 1_800_000,
  },
  {
    label: "Tài liệu cho đại biểu",
    unit: "bộ",
    quantity: 80,
    unitPrice: 20_000,
    estimate: 1_600_000,
    actual: 1_600_000,
  },
  {
    label: "Hỗ trợ tiền ăn khách mời không hưởng lương",
    unit: "người",
    quantity: 30,
    unitPrice: 100_000,
    estimate: 3_000_000,
    actual: 3_150_000,
  },
  {
    label: "Tiền thưởng",
    unit: "",
    quantity: 1,
    unitPrice: 7_100_000,
    estimate: 7_100_000,
    actual: 7_100_000,
  },
];
const input: BudgetDocInput = {
  issuer: {
    issuingBody: "Ủy ban nhân dân xã Hà Lan",
    parentBody: "UBND thị xã Bỉm Sơn",
    symbol: "UBND",
    place: "Hà Lan",
    date: "2020-03-25",
    signature: { authority: ["TM. ỦY BAN NHÂN DÂN"], title: "Chủ tịch", name: "Nguyễn Văn An" },
  },
  conferenceTitle: "Hội nghị tuyên dương điển hình tiên tiến xã Hà Lan giai đoạn 2015–2020",
  when: "Thứ Sáu, ngày 20/03/2020, Hội trường UBND xã",
  delegates: 55,
  lines,
  totalEstimate: 13_700_000,
  totalActual: 13_650_000,
  totalInWords: moneyInWords(13_700_000),
  notes: [],
};

describe.skipIf(!canRender && !onCi)("the budget's documents rendered (LibreOffice)", () => {
  it("dự toán: lines, total and total in words; quyết toán: estimate, actual, variance", {
    timeout: 180_000,
  }, async () => {
    const dir = path.join(tmpdir(), "docs-preview");
    await mkdir(dir, { recursive: true });
    const est = await officeToPdf(await estimateDocx(input));
    if (hasCommand("pdftoppm", PATH)) await pdfToPngs(est, dir, "du-toan", 60);
    const t1 = flat((await pdfToText(est)).normalize("NFC"));
    expect(t1).toContain(QUOC_HIEU);
    expect(t1).toContain("DỰ TOÁN");
    expect(t1).toContain("Hà Lan, ngày 25 tháng 3 năm 2020");
    expect(t1).toContain("Hỗ trợ tiền ăn khách mời không hưởng lương");
    expect(t1).toContain("13.700.000");
    expect(t1).toContain(`Bằng chữ: ${moneyInWords(13_700_000)}`);

    const settle = await officeToPdf(
      await settlementDocx({ ...input, totalInWords: moneyInWords(13_650_000) }),
    );
    if (hasCommand("pdftoppm", PATH)) await pdfToPngs(settle, dir, "quyet-toan", 60);
    const t2 = flat((await pdfToText(settle)).normalize("NFC"));
    expect(t2).toContain("QUYẾT TOÁN");
    expect(t2).toContain("-200.000");
    expect(t2).toContain("+150.000");
    expect(t2).toContain("13.650.000");
    expect(t2).toContain(moneyInWords(13_650_000));
  });
});
