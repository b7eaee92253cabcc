/**
 * The giao ban báo cáo (K3) rendered with LibreOffice and read back as the chairman would:
 * heading, the counts table, late and overdue units by name with days, what awaits a
 * decision. A PNG of each page is left in <tmp>/docs-preview/ for a human look.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Briefing, briefingMilestones } from "../../domain/briefing.ts";
import { briefingDocx } from "./briefing-docx.ts";
import { QUOC_HIEU, TIEU_NGU } from "./nd30.ts";
import { hasCommand, officeToPdf, pdfToPngs, pdfToText } from "./pdf-render.ts";

const PATH = process.env.PATH ?? "";
const canRender = hasCommand("libreoffice", PATH) && hasCommand("pdftotext", PATH);
const onCi = process.env.CI === "true";
const flat = (s: string) => s.replace(/\s+/gu, " ");

const sample: Briefing = {
  date: "2020-03-25",
  planTitle: "Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp",
  issuingBody: "Ủy ban nhân dân thị xã Bỉm Sơn",
  place: "Bỉm Sơn",
  demo: false,
  units: 6,
  milestones: briefingMilestones(
    {
      milestones: [
        { code: "unit_plan", label: "Đơn vị gửi kế hoạch tổ chức hội nghị", dueOn: "2020-03-15" },
        { code: "dossier", label: "Nộp hồ sơ sau Hội nghị", dueOn: "2020-04-15" },
      ],
      counts: {
        unit_plan: { on_time: 2, late: 1, overdue: 2, not_due: 0, na: 1 },
        dossier: { on_time: 0, late: 0, overdue: 0, not_due: 5, na: 1 },
      },
      units: [
        { id: "1", name: "Phường Ba Đình", cells: { unit_plan: { state: "overdue", days: 10 } } },
        { id: "2", name: "Xã Quang Trung", cells: { unit_plan: { state: "overdue", days: 4 } } },
        { id: "3", name: "Phường Phú Sơn", cells: { unit_plan: { state: "late", days: 7 } } },
      ],
    },
    "2020-03-25",
  ),
  awaiting: [
    {
      kind: "pilot_conferences",
      what: "Hội nghị điểm chờ Hội đồng phê duyệt",
      who: "Hội đồng TĐKT",
      count: 3,
      units: ["Hội Liên hiệp Phụ nữ thị xã"],
      unitCount: 2,
    },
    {
      kind: "unit_plans",
      what: "Kế hoạch của đơn vị chờ duyệt",
      who: "Thường trực HĐ TĐKT",
      count: 0,
      units: [],
      unitCount: 0,
    },
  ],
};

describe.skipIf(!canRender && !onCi)("the giao ban report rendered (LibreOffice)", () => {
  it("reads as a NĐ 30 báo cáo with counts, named units and what awaits a decision", {
    timeout: 120_000,
  }, async () => {
    const pdf = await officeToPdf(await briefingDocx(sample));
    const dir = path.join(tmpdir(), "docs-preview");
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "giao-ban.pdf"), pdf);
    if (hasCommand("pdftoppm", PATH)) await pdfToPngs(pdf, dir, "giao-ban", 60);
    const text = flat((await pdfToText(pdf)).normalize("NFC"));
    expect(text).toContain(QUOC_HIEU);
    expect(text).toContain(TIEU_NGU);
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("Bỉm Sơn, ngày 25 tháng 3 năm 2020");
    expect(text).toContain("/BC-HĐTĐKT");
    expect(text).toContain("Giao ban tình hình tổ chức Hội nghị điển hình tiên tiến ngày 25/03/2020");
    expect(text).toContain("Đơn vị gửi kế hoạch tổ chức hội nghị");
    expect(text).toContain("3/5 đơn vị hoàn thành (2 đúng hạn, 1 muộn); 2 đơn vị quá hạn");
    expect(text).toContain("Quá hạn: Phường Ba Đình (10 ngày), Xã Quang Trung (4 ngày).");
    expect(text).toContain("Hoàn thành muộn: Phường Phú Sơn (7 ngày).");
    expect(text).toContain(
      "Hội nghị điểm chờ Hội đồng phê duyệt: 3 (Hội đồng TĐKT) — Hội Liên hiệp Phụ nữ thị xã và 1 đơn vị khác.",
    );
    expect(text).not.toContain("Kế hoạch của đơn vị chờ duyệt");
    expect(text).toContain("Nơi nhận");
  });
});
