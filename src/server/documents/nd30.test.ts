import { describe, expect, it } from "vitest";
import { listZipEntries, readZipText } from "../files/zip-entries.ts";
import { docxPlainText } from "./docx-text.ts";
import { sampleBriefing, sampleMinutes, samplePlan, sampleSubmission } from "./fixtures.ts";
import {
  buildNd30Document,
  formatNumberSymbol,
  formatPlaceDate,
  formatRecipients,
  type Nd30Spec,
  QUOC_HIEU,
  TIEU_NGU,
} from "./nd30.ts";
import { mm, textWidth } from "./nd30-format.ts";
import { wrapBalanced } from "./nd30-header.ts";

async function documentXml(spec: Nd30Spec): Promise<string> {
  const buf = await buildNd30Document(spec);
  const xml = readZipText(buf, "word/document.xml");
  if (xml === null) throw new Error("word/document.xml missing");
  return xml;
}

const NBSP = "\u00a0";

describe("NĐ 30 text rules", () => {
  it("pads days below 10 and the months 1 and 2 only", () => {
    expect(formatPlaceDate("Bỉm Sơn", "2020-02-05")).toBe("Bỉm Sơn, ngày 05 tháng 02 năm 2020");
    expect(formatPlaceDate("Bỉm Sơn", "2026-11-24")).toBe("Bỉm Sơn, ngày 24 tháng 11 năm 2026");
    expect(formatPlaceDate("Bỉm Sơn", "2014-04-07")).toBe("Bỉm Sơn, ngày 07 tháng 4 năm 2014");
    expect(formatPlaceDate("Bỉm Sơn", "2020-01-15T08:00:00Z")).toBe("Bỉm Sơn, ngày 15 tháng 01 năm 2020");
  });

  it("leaves blanks on a draft date", () => {
    const blank = `${NBSP.repeat(6)}`;
    expect(formatPlaceDate("Bỉm Sơn", null)).toBe(`Bỉm Sơn, ngày ${blank} tháng ${blank} năm 20…`);
    expect(formatPlaceDate("Bỉm Sơn", "2026")).toBe(`Bỉm Sơn, ngày ${blank} tháng ${blank} năm 2026`);
    expect(formatPlaceDate("Bỉm Sơn", "2026-11")).toBe(`Bỉm Sơn, ngày ${blank} tháng 11 năm 2026`);
    expect(() => formatPlaceDate("Bỉm Sơn", "2026-13-01")).toThrow();
  });

  it("formats number and symbol", () => {
    expect(formatNumberSymbol("KH", "UBND", 5)).toBe("05/KH-UBND");
    expect(formatNumberSymbol("KH", "UBND", 165)).toBe("165/KH-UBND");
    expect(formatNumberSymbol("TTr", "UBND")).toBe(`${NBSP.repeat(6)}/TTr-UBND`);
    expect(formatNumberSymbol("CV", "UBND-NV", 12)).toBe("12/UBND-NV");
  });

  it("formats Nơi nhận lines with dashes and the final full stop", () => {
    expect(formatRecipients(["Ban TĐKT Tỉnh (b/c)", "- UBND xã, phường;", " ", "Lưu: VT, NV."])).toEqual([
      "- Ban TĐKT Tỉnh (b/c);",
      "- UBND xã, phường;",
      "- Lưu: VT, NV.",
    ]);
  });

  it("wraps a long body name into balanced lines", () => {
    expect(wrapBalanced("ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN", 13, true, mm(66))).toEqual([
      "ỦY BAN NHÂN DÂN",
      "THỊ XÃ BỈM SƠN",
    ]);
    expect(wrapBalanced("UBND TỈNH THANH HÓA", 13, false, mm(66))).toEqual(["UBND TỈNH THANH HÓA"]);
    expect(wrapBalanced("A\nB", 13, false, mm(66))).toEqual(["A", "B"]);
    expect(textWidth(TIEU_NGU, 13, true)).toBeGreaterThan(mm(50));
    expect(textWidth(TIEU_NGU, 13, true)).toBeLessThan(mm(70));
  });
});

describe("buildNd30Document", () => {
  it("writes a kế hoạch with header, body, Nơi nhận and signature", async () => {
    const xml = await documentXml(samplePlan);
    const text = docxPlainText(xml);
    for (const s of [
      "UBND TỈNH THANH HÓA",
      "ỦY BAN NHÂN DÂN",
      "THỊ XÃ BỈM SƠN",
      QUOC_HIEU,
      TIEU_NGU,
      "Số: 165/KH-UBND",
      "Bỉm Sơn, ngày 05 tháng 10 năm 2019",
      "KẾ HOẠCH",
      "Tổ chức Hội nghị điển hình tiên tiến các cấp",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "2.1. Đối với các xã, phường, cơ quan, đơn vị, doanh nghiệp.",
      "- Số lượng đại biểu:",
      "+ Đối với các xã, phường",
      "Nơi nhận:",
      "- Ban TĐKT Tỉnh (b/c);",
      "- Lưu: VT, NV.",
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Bùi Huy Hùng",
    ]) {
      expect(text).toContain(s);
    }
    // Order: header, title, body, closing.
    const at = (s: string) => text.indexOf(s);
    expect(at(QUOC_HIEU)).toBeLessThan(at("KẾ HOẠCH"));
    expect(at("KẾ HOẠCH")).toBeLessThan(at("I. MỤC ĐÍCH"));
    expect(at("I. MỤC ĐÍCH")).toBeLessThan(at("Nơi nhận:"));
    expect(at("PHÓ CHỦ TỊCH")).toBeLessThan(at("Bùi Huy Hùng"));
  });

  it("lays out A4 portrait with NĐ 30 margins, Times New Roman and page numbers from page 2", async () => {
    const xml = await documentXml(samplePlan);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    expect(xml).toContain(`w:top="${mm(20)}"`);
    expect(xml).toContain(`w:bottom="${mm(20)}"`);
    expect(xml).toContain(`w:left="${mm(30)}"`);
    expect(xml).toContain(`w:right="${mm(15)}"`);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain("<w:titlePg/>");
    const buf = await buildNd30Document(samplePlan);
    const header = listZipEntries(buf).filter((e) => /^word\/header\d+\.xml$/u.test(e.name));
    const headers = header.map((e) => readZipText(buf, e.name) ?? "");
    expect(headers.some((h) => h.includes("PAGE"))).toBe(true);
  });

  it("writes a tờ trình with Kính gửi, a biên bản with two signatures, a report with a table", async () => {
    const tt = docxPlainText(await documentXml(sampleSubmission));
    expect(tt).toContain("TỜ TRÌNH");
    expect(tt).toContain("Kính gửi: Ủy ban nhân dân thị xã Bỉm Sơn.");
    expect(tt).toContain("Số: 05/TTr-UBND");

    const bb = docxPlainText(await documentXml(sampleMinutes));
    expect(bb).toContain("BIÊN BẢN");
    expect(bb.indexOf("THƯ KÝ")).toBeLessThan(bb.indexOf("CHỦ TỌA"));
    expect(bb).toContain("Trần Thị Hoa");
    expect(bb).not.toContain("Nơi nhận");
    expect(bb).not.toContain("Số:");

    const bcXml = await documentXml(sampleBriefing);
    const bc = docxPlainText(bcXml);
    expect(bc).toContain(`Số: ${NBSP.repeat(5)}/BC-UBND`);
    expect(bc).toContain("năm 20…");
    expect(bc).toContain("Phường Ngọc Trạo");
    expect(bcXml).toContain("<w:tblHeader/>");
    expect(bcXml).toContain("<w:cantSplit/>");
  });

  it("lists several addressees under Kính gửi", async () => {
    const text = docxPlainText(
      await documentXml({
        ...sampleSubmission,
        kind: "CV",
        title: "Gửi danh sách đại biểu",
        addressees: ["Phòng Nội vụ", "Hội đồng Thi đua - Khen thưởng thị xã"],
      }),
    );
    expect(text).toContain("V/v Gửi danh sách đại biểu");
    expect(text).toContain("Kính gửi:");
    expect(text).toContain("- Phòng Nội vụ;");
    expect(text).toContain("- Hội đồng Thi đua - Khen thưởng thị xã.");
    expect(text).not.toContain("TỜ TRÌNH");
  });

  it("normalises NFD input to NFC and drops characters XML cannot carry", async () => {
    const xml = await documentXml({
      ...sampleMinutes,
      title: "Hội nghị điển hình tiên tiến".normalize("NFD"),
      body: [{ type: "paragraph", text: "Bad\u0001char\u000bhere" }],
    });
    expect(xml).toContain("Hội nghị điển hình tiên tiến");
    expect(xml).toContain("Badcharhere");
    expect(xml.includes("\u0001") || xml.includes("\u000b")).toBe(false);
  });

  it("writes merged header cells and landscape pages", async () => {
    const xml = await documentXml({
      ...sampleBriefing,
      landscape: true,
      body: [
        {
          type: "table",
          columns: [{ width: 50 }, { width: 25 }, { width: 25 }],
          headerRows: [
            [
              { text: "Họ và tên", rowSpan: 2 },
              { text: "Năm sinh", colSpan: 2 },
            ],
            [{ text: "Nam" }, { text: "Nữ" }],
          ],
          rows: [["Nguyễn Văn An", 1978, null]],
        },
      ],
    });
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/u);
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toMatch(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/u);
    const text = docxPlainText(xml);
    expect(text.indexOf("Năm sinh")).toBeLessThan(text.indexOf("Nam"));
  });
});

describe("line spacing (issue #10 item 9)", () => {
  it("sets lineRule wherever a line height is set, so LibreOffice does not read it as exact", async () => {
    for (const spec of [samplePlan, sampleSubmission, sampleMinutes, sampleBriefing]) {
      const xml = await documentXml(spec);
      const spacings = xml.match(/<w:spacing [^>]*w:line="[^"]*"[^>]*\/>/gu) ?? [];
      expect(spacings.length).toBeGreaterThan(10);
      for (const s of spacings) expect(s).toMatch(/w:lineRule="(auto|exact|atLeast)"/u);
    }
  });
});
