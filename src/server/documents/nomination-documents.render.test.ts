/**
 * The Tờ trình proposing the delegate list and the grouped danh sách trích ngang (SPEC F4, L1;
 * issue #9 item 5), rendered with LibreOffice and read back as the chairman would: NĐ 30
 * header, the Kính gửi line, counts, one row per nominating unit, and no overlapping lines.
 * PNGs of each page are left in <tmp>/docs-preview/ for a human look.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { QUOC_HIEU, TIEU_NGU } from "./nd30.ts";
import { groupedListDocx, type NominationListInput, proposalDocx } from "./nomination-documents.ts";
import {
  hasCommand,
  officeToPdf,
  overlappingLines,
  pdfTextLines,
  pdfToPngs,
  pdfToText,
} from "./pdf-render.ts";

const PATH = process.env.PATH ?? "";
const canRender = hasCommand("libreoffice", PATH) && hasCommand("pdftotext", PATH);
const onCi = process.env.CI === "true";
const flat = (s: string) => s.replace(/\s+/gu, " ");

const person = (fullName: string, gender: "male" | "female", birthYear: number, position: string) => ({
  fullName,
  gender,
  birthYear,
  ethnicityName: "Kinh",
  position,
  achievement: "Chiến sỹ thi đua cơ sở các năm 2017, 2018, 2019",
});

export const SAMPLE: NominationListInput = {
  issuer: {
    issuingBody: "Phòng Nội vụ",
    parentBody: "UBND thị xã Bỉm Sơn",
    symbol: "NV",
    place: "Bỉm Sơn",
    date: "2020-06-10",
    signature: { title: "TRƯỞNG PHÒNG", name: "" },
  },
  conferenceTitle: "Hội nghị điển hình tiên tiến thị xã Bỉm Sơn giai đoạn 2015–2020",
  conferenceUnitName: "Thị xã Bỉm Sơn",
  plan: {
    numberSymbol: "165/KH-UBND",
    title: "Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp",
    issuedOn: "2019-12-05",
  },
  groups: [
    {
      unitName: "Phường Ba Đình",
      people: [
        person("Nguyễn Thị Hoa", "female", 1980, "Tổ trưởng tổ dân phố số 3"),
        person("Trần Văn Nam", "male", 1975, "Bí thư Chi bộ khu phố 5"),
      ],
    },
    { unitName: "Xã Hà Lan", people: [person("Lò Văn Sơn", "male", 1969, "Nông dân sản xuất giỏi")] },
  ],
  guests: [person("Lê Văn Khách", "male", 1966, "Phó Bí thư Thường trực Thị ủy")],
  exemplarSeats: 210,
};

describe.skipIf(!canRender && !onCi)("the delegate list's Tờ trình rendered (LibreOffice)", () => {
  it("reads as a NĐ 30 tờ trình to the chairman with counts by nominating unit", {
    timeout: 120_000,
  }, async () => {
    const pdf = await officeToPdf(await proposalDocx(SAMPLE));
    const dir = path.join(tmpdir(), "docs-preview");
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "to-trinh-dai-bieu.pdf"), pdf);
    if (hasCommand("pdftoppm", PATH)) await pdfToPngs(pdf, dir, "to-trinh-dai-bieu", 60);
    const text = flat((await pdfToText(pdf)).normalize("NFC"));
    expect(text).toContain(QUOC_HIEU);
    expect(text).toContain(TIEU_NGU);
    expect(text).toContain("PHÒNG NỘI VỤ");
    expect(text).toContain("/TTr-NV");
    expect(text).toContain("TỜ TRÌNH");
    expect(text).toContain("Bỉm Sơn, ngày 10 tháng 6 năm 2020");
    expect(text).toContain("Kính gửi: Chủ tịch Ủy ban nhân dân thị xã Bỉm Sơn");
    expect(text).toContain(
      "Căn cứ Kế hoạch số 165/KH-UBND ngày 05/12/2019 tổ chức Hội nghị điển hình tiên tiến các cấp;",
    );
    expect(text).toContain(
      "Tổng số đại biểu: 4 người, trong đó 3 đại biểu điển hình tiên tiến (chỉ tiêu 210 đại biểu điển hình) và 1 đại biểu khách mời.",
    );
    expect(text).toContain("Đại biểu nữ: 1 người.");
    const layout = (await pdfToText(pdf, true)).normalize("NFC");
    expect(layout).toMatch(/\b1\s+Phường Ba Đình\s+2\b/u);
    expect(layout).toMatch(/\b2\s+Xã Hà Lan\s+1\b/u);
    expect(layout).toMatch(/Cộng\s+3\b/u);
    expect(text).toContain("kính trình Chủ tịch Ủy ban nhân dân thị xã Bỉm Sơn xem xét, phê duyệt./.");
    expect(text).toContain("TRƯỞNG PHÒNG");
    expect(overlappingLines(await pdfTextLines(pdf))).toEqual([]);
  });

  it("lists the delegates grouped by nominating unit, then the guests", { timeout: 120_000 }, async () => {
    const pdf = await officeToPdf(await groupedListDocx(SAMPLE));
    const dir = path.join(tmpdir(), "docs-preview");
    if (hasCommand("pdftoppm", PATH)) await pdfToPngs(pdf, dir, "trich-ngang-theo-don-vi", 60);
    const text = flat((await pdfToText(pdf)).normalize("NFC"));
    expect(text).toContain("DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN THỊ XÃ BỈM SƠN");
    expect(text).toContain("(Kèm theo Tờ trình số");
    const order = [
      "I. Phường Ba Đình (2 người)",
      "II. Xã Hà Lan (1 người)",
      "III. Đại biểu khách mời (1 người)",
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.indexOf("Lò Văn Sơn")).toBeGreaterThan(at[1]!);
    expect(text).toContain("Tổng số: 4 đại biểu (nữ: 1; dân tộc thiểu số: 0).");
  });
});
