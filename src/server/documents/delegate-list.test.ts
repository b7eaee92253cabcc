import { describe, expect, it } from "vitest";
import { readZipText } from "../files/zip-entries.ts";
import { delegateListRows, delegateListTotals } from "./delegate-list.ts";
import { delegateListDocx } from "./delegate-list-docx.ts";
import { docxPlainText } from "./docx-text.ts";
import { SAMPLE_DELEGATE_ORDER, sampleDelegateList } from "./fixtures.ts";
import { QUOC_HIEU, TIEU_NGU } from "./nd30.ts";

describe("danh sách trích ngang", () => {
  it("sorts by given name, then middle and family name, and numbers after sorting", () => {
    const rows = delegateListRows(sampleDelegateList.delegates);
    expect(rows.map((r) => r.fullName)).toEqual([...SAMPLE_DELEGATE_ORDER]);
    expect(rows.map((r) => r.stt)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Plain sort would put "Đỗ" and "Lê" first by family name: the order is really by given name.
    expect([...sampleDelegateList.delegates.map((d) => d.fullName)].sort()).not.toEqual([
      ...SAMPLE_DELEGATE_ORDER,
    ]);
  });

  it("puts the birth year in the column of the person's gender", () => {
    const rows = delegateListRows(sampleDelegateList.delegates);
    const by = (name: string) => rows.find((r) => r.fullName === name)!;
    expect(by("Nguyễn Văn An")).toMatchObject({ maleYear: 1978, femaleYear: null, unknownGenderYear: null });
    expect(by("Lê Thị An")).toMatchObject({ maleYear: null, femaleYear: 1982, unknownGenderYear: null });
    expect(by("Hà Văn Bình")).toMatchObject({ maleYear: null, femaleYear: null, unknownGenderYear: 1975 });
    expect(by("Hà Văn Bình").ethnicity).toBe("");
  });

  it("cleans NFD names and counts women and ethnic minorities", () => {
    const rows = delegateListRows([
      {
        fullName: "  Nguyễn   Văn An ".normalize("NFD"),
        gender: "male",
        birthYear: 1978,
        ethnicityName: "Kinh",
        position: null,
        achievement: null,
      },
    ]);
    expect(rows[0]!.fullName).toBe("Nguyễn Văn An");
    expect(delegateListTotals(sampleDelegateList.delegates)).toBe(
      "Tổng số: 7 đại biểu (nữ: 4; dân tộc thiểu số: 2).",
    );
  });

  it("writes the docx: header, heading, two-row table header, names in order, signature", async () => {
    const buf = await delegateListDocx(sampleDelegateList);
    const xml = readZipText(buf, "word/document.xml")!;
    const text = docxPlainText(xml);
    for (const s of [
      QUOC_HIEU,
      TIEU_NGU,
      "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH",
      "Ba Đình, ngày 20 tháng 3 năm 2020",
      "DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ HỘI NGHỊ",
      "ĐIỂN HÌNH TIÊN TIẾN THỊ XÃ BỈM SƠN NĂM 2020",
      "Đơn vị: Phường Ba Đình",
      "Chức vụ – đơn vị công tác",
      "Thành tích",
      "Tổng số: 7 đại biểu",
      "TM. ỦY BAN NHÂN DÂN",
      "Nguyễn Văn Minh",
    ]) {
      expect(text).toContain(s);
    }
    const positions = SAMPLE_DELEGATE_ORDER.map((n) => text.indexOf(`\n${n}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text.indexOf("Năm sinh")).toBeLessThan(text.indexOf("\nNam\n"));
    expect(text.indexOf("\nNam\n")).toBeLessThan(text.indexOf("\nNữ\n"));
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain("<w:tblHeader/>");
    // The row of Nguyễn Văn An (male, 1978): number, name, year under Nam, empty Nữ.
    expect(text).toContain("\n2\nNguyễn Văn An\n1978\n\nKinh\n");
    expect(text).toContain("\n1\nLê Thị An\n\n1982\nKinh\n");
  });
});
