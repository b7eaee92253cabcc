/**
 * The Quyết định khen thưởng rendered with LibreOffice and read back (SPEC H1, L1; issue #14
 * item 2): NĐ 30 header, "Căn cứ", Điều 1–3 with the money and the total in words, Nơi nhận,
 * the annexed list with collectives and individuals apart. PNGs go to <tmp>/docs-preview/.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type AwardDocDecision, awardDecisionDocx } from "./award-decision-docx.ts";
import { QUOC_HIEU } from "./nd30.ts";
import { hasCommand, officeToPdf, pdfToPngs, pdfToText } from "./pdf-render.ts";

const PATH = process.env.PATH ?? "";
const canRender = hasCommand("libreoffice", PATH) && hasCommand("pdftotext", PATH);
const onCi = process.env.CI === "true";
const flat = (s: string) => s.replace(/\s+/gu, " ");

const decision: AwardDocDecision = {
  number: "15/QĐ-UBND",
  date: "2024-08-15",
  formName: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
  movementName: "Cả nước chung sức xây dựng nông thôn mới",
  fundingSource: "Quỹ thi đua, khen thưởng của phường",
  baseSalary: 2_340_000,
  baseSalaryBasis: "Nghị định số 73/2024/NĐ-CP",
  legalBasis: "Nghị định số 98/2023/NĐ-CP, Điều 75",
  recipients: [
    {
      subject: "collective",
      salutation: "Tập thể",
      name: "Tổ dân phố số 5",
      jobTitle: null,
      workplace: null,
      achievement: "Dẫn đầu phong trào",
      perMille: 300,
      amount: 710_000,
    },
    {
      subject: "person",
      salutation: "Ông",
      name: "Nguyễn Văn An",
      jobTitle: "Tổ trưởng",
      workplace: "Tổ dân phố 3",
      achievement: "Hoàn thành xuất sắc nhiệm vụ",
      perMille: 150,
      amount: 360_000,
    },
    {
      subject: "person",
      salutation: "Bà",
      name: "Trần Thị Bình",
      jobTitle: "Giáo viên",
      workplace: "Trường Tiểu học Ba Đình",
      achievement: "Giáo viên dạy giỏi",
      perMille: 150,
      amount: 360_000,
    },
  ],
};

describe.skipIf(!canRender && !onCi)("the Quyết định khen thưởng rendered (LibreOffice)", () => {
  it("reads as a NĐ 30 quyết định with Điều 1–3, the money in words and the annexed list", {
    timeout: 120_000,
  }, async () => {
    const docx = await awardDecisionDocx(
      {
        issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH",
        parentBody: "UBND THỊ XÃ BỈM SƠN",
        place: "Ba Đình",
        authority: "Chủ tịch Ủy ban nhân dân phường Ba Đình",
        proposer: "Thường trực Hội đồng Thi đua - Khen thưởng phường",
        signature: { authority: ["TM. ỦY BAN NHÂN DÂN"], title: "CHỦ TỊCH", name: "Lê Văn Chủ" },
      },
      decision,
    );
    const pdf = await officeToPdf(docx);
    const dir = path.join(tmpdir(), "docs-preview");
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "quyet-dinh-khen-thuong.pdf"), pdf);
    if (hasCommand("pdftoppm", PATH)) await pdfToPngs(pdf, dir, "quyet-dinh-khen-thuong", 60);
    const text = flat((await pdfToText(pdf)).normalize("NFC"));
    expect(text).toContain(QUOC_HIEU);
    expect(text).toContain("Số: 15/QĐ-UBND");
    expect(text).toContain("Ba Đình, ngày 15 tháng 8 năm 2024");
    expect(text).toContain("QUYẾT ĐỊNH");
    expect(text).toContain("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH");
    expect(text).toContain("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
    expect(text).toContain("Căn cứ Nghị định số 73/2024/NĐ-CP");
    expect(text).toContain("Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho 1 tập thể và 2 cá nhân");
    expect(text).toContain("“Cả nước chung sức xây dựng nông thôn mới”");
    expect(text).toContain(
      "Mỗi cá nhân được thưởng 0,15 lần mức lương cơ sở (2.340.000 đồng), làm tròn: 360.000 đồng.",
    );
    expect(text).toContain(
      "Tổng số tiền thưởng: 1.430.000 đồng (Bằng chữ: Một triệu bốn trăm ba mươi nghìn đồng)",
    );
    expect(text).toContain("Điều 2.");
    expect(text).toContain("Điều 3.");
    expect(text).toContain("Nơi nhận");
    expect(text).toContain("(Kèm theo Quyết định số 15/QĐ-UBND ngày 15 tháng 8 năm 2024");
    expect(text).toMatch(/I\. TẬP THỂ.*Tổ dân phố số 5.*II\. CÁ NHÂN.*Ông Nguyễn Văn An.*Bà Trần Thị Bình/u);
    // Nơi nhận and the signature close the decision, before the annexed list.
    expect(text.indexOf("Nơi nhận")).toBeLessThan(text.indexOf("DANH SÁCH"));
  });
});
