/**
 * The generated dossier drafts (G4) rendered by LibreOffice and read back as a clerk
 * would: the tờ trình and the biên bản filled from the conference, the report skeleton
 * with the outline's sections. PNG pages are left in <tmp>/docs-preview/ for a look.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildNd30Document, QUOC_HIEU, TIEU_NGU } from "../../documents/nd30.ts";
import { hasCommand, officeToPdf, pdfToPngs, pdfToText } from "../../documents/pdf-render.ts";
import type { DraftSource } from "./conference-source.ts";
import { minutesSpec, submissionSpec, summaryReportSpec } from "./drafts.ts";

const PATH = process.env.PATH ?? "";
const canRender = hasCommand("libreoffice", PATH) && hasCommand("pdftotext", PATH);
const previewDir = path.join(tmpdir(), "docs-preview");
const onCi = process.env.CI === "true";

const source: DraftSource = {
  plan: {
    numberSymbol: "165/KH-UBND",
    issuedOn: "2019-10-05",
    issuingBody: "Ủy ban nhân dân thị xã Bỉm Sơn",
    place: "Bỉm Sơn",
    title:
      "Tổ chức Hội nghị điển hình tiên tiến các cấp tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ X",
  },
  unit: { name: "Phường Ba Đình", parentName: "Thị xã Bỉm Sơn" },
  conference: {
    id: "00000000-0000-4000-8000-000000000001",
    planId: "00000000-0000-4000-8000-000000000002",
    unitId: "00000000-0000-4000-8000-000000000003",
    kind: "pilot",
    form: "Hội nghị tuyên dương điển hình tiên tiến",
    title: "Hội nghị điểm tuyên dương điển hình tiên tiến phường Ba Đình giai đoạn 2015–2020",
    date: "2020-03-12",
    startTime: "08:00",
    endTime: "11:00",
    venue: "Hội trường UBND phường Ba Đình",
    budgetSource: null,
    invitees: [],
    status: "held",
    reviewComment: null,
    submittedAt: null,
    reviewedAt: null,
    reviewedBy: null,
    heldAt: null,
    closedAt: null,
    reopenReason: null,
    ruleErrors: null,
    ruleWarnings: null,
    version: 1,
    createdAt: new Date(),
    updatedAt: new Date(),
  },
  counts: { exemplar: 105, guest: 45, attended: 142 },
  presidium: [
    { name: "Nguyễn Văn Minh", title: "Bí thư Đảng ủy phường" },
    { name: "Trần Thị Hoa", title: "Chiến sỹ thi đua cơ sở" },
  ],
  agenda: [
    { title: "Chào cờ", presenter: null },
    { title: "Báo cáo tổng kết phong trào thi đua 5 năm qua", presenter: "Chủ tịch UBND phường" },
  ],
};

async function render(name: string, docx: Buffer): Promise<string> {
  const pdf = await officeToPdf(docx);
  await writeFile(path.join(previewDir, `${name}.pdf`), pdf);
  if (hasCommand("pdftoppm", PATH)) await pdfToPngs(pdf, previewDir, name, 70);
  return (await pdfToText(pdf)).normalize("NFC").replace(/\s+/gu, " ");
}

describe.skipIf(!canRender && !onCi)("generated dossier drafts (LibreOffice)", () => {
  beforeAll(async () => {
    await mkdir(previewDir, { recursive: true });
  });

  it("renders the tờ trình addressed to the town, citing the plan and the conference", {
    timeout: 120_000,
  }, async () => {
    const text = await render("dossier-to-trinh", await buildNd30Document(submissionSpec(source)));
    expect(text).toContain(QUOC_HIEU);
    expect(text).toContain(TIEU_NGU);
    expect(text).toContain("TỜ TRÌNH");
    expect(text).toContain("Kính gửi: Ủy ban nhân dân thị xã Bỉm Sơn");
    expect(text).toContain("Căn cứ Kế hoạch số 165/KH-UBND ngày 05/10/2019");
    expect(text).toContain("phường Ba Đình giai đoạn 2015–2020 ngày 12/03/2020, phường Ba Đình kính trình");
    expect(text).toContain("Nơi nhận");
  });

  it("renders the biên bản with time, venue, attendance, presidium and agenda", {
    timeout: 120_000,
  }, async () => {
    const text = await render("dossier-bien-ban", await buildNd30Document(minutesSpec(source)));
    expect(text).toContain("BIÊN BẢN");
    expect(text).toContain(
      "Hồi 08 giờ 00 phút, ngày 12/03/2020, tại Hội trường UBND phường Ba Đình, phường Ba Đình tổ chức",
    );
    expect(text).toContain("Tổng số đại biểu được triệu tập: 150 người");
    expect(text).toContain("đại biểu điển hình tiên tiến: 105 người; đại biểu khách mời: 45 người");
    expect(text).toContain("Số đại biểu có mặt: 142 người");
    expect(text).toContain("Ông (bà) Nguyễn Văn Minh – Bí thư Đảng ủy phường");
    expect(text).toContain("3.2. Báo cáo tổng kết phong trào thi đua 5 năm qua (Chủ tịch UBND phường)");
    expect(text).toContain("kết thúc vào hồi 11 giờ 00 phút");
    expect(text).toContain("THƯ KÝ");
    expect(text).toContain("CHỦ TỌA");
  });

  it("renders the summary report skeleton after the outline", { timeout: 120_000 }, async () => {
    const text = await render("dossier-bao-cao", await buildNd30Document(summaryReportSpec(source)));
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("giai đoạn 2015–2020 và phương hướng, nhiệm vụ giai đoạn 2020–2025");
    for (const h of [
      "I. KẾT QUẢ PHONG TRÀO THI ĐUA",
      "II. HẠN CHẾ, NGUYÊN NHÂN",
      "III. BÀI HỌC KINH NGHIỆM",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 5 NĂM TỚI",
    ]) {
      expect(text).toContain(h);
    }
  });
});
