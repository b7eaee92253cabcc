import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildZip, MINIMAL_XLSX_PARTS, pseudoRandomBytes } from "./testing/zip-builder.ts";
import { checkXlsxBuffer, NOT_XLSX_MESSAGE, type XlsxGuardResult } from "./xlsx-guard.ts";

let realXlsx: Buffer;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["STT", "Họ và tên", "Năm sinh"]);
  ws.addRow([1, "Nguyễn Văn An", 1980]);
  realXlsx = Buffer.from(await wb.xlsx.writeBuffer());
});

function refused(result: XlsxGuardResult): { reason: string; message: string } {
  if (result.ok) throw new Error("expected the guard to refuse the file");
  return result;
}

describe("checkXlsxBuffer — files that are not xlsx at all", () => {
  it("accepts a workbook written by Excel tooling", () => {
    expect(checkXlsxBuffer(realXlsx)).toEqual({ ok: true });
    expect(checkXlsxBuffer(new Uint8Array(realXlsx))).toEqual({ ok: true });
  });

  it("refuses an empty buffer", () => {
    const r = refused(checkXlsxBuffer(Buffer.alloc(0)));
    expect(r.reason).toBe("empty");
    expect(r.message).toMatch(/^Tệp rỗng/u);
  });

  it("refuses a text file renamed .xlsx, in Vietnamese", () => {
    const csv = Buffer.from("STT,Họ và tên,Năm sinh\n1,Nguyễn Văn An,1980\n", "utf8");
    const r = refused(checkXlsxBuffer(csv));
    expect(r.reason).toBe("not-zip");
    expect(r.message.startsWith("Tệp không phải là tệp Excel (.xlsx) hợp lệ")).toBe(true);
  });

  it("refuses 10 MB of random junk", () => {
    const junk = pseudoRandomBytes(10 * 1024 * 1024);
    junk[0] = 0x00; // the odds of a ZIP signature are nil, but make it certain
    const r = refused(checkXlsxBuffer(junk));
    expect(r.reason).toBe("not-zip");
    expect(r.message).toContain(NOT_XLSX_MESSAGE);
  });

  it("refuses junk that merely starts with a ZIP signature", () => {
    const junk = pseudoRandomBytes(64 * 1024, 7);
    junk.set([0x50, 0x4b, 0x03, 0x04], 0);
    for (let i = 0; i < junk.length - 3; i++) {
      if (junk[i] === 0x50 && junk[i + 1] === 0x4b && junk[i + 2] === 0x05 && junk[i + 3] === 0x06)
        junk[i] = 0;
    }
    expect(refused(checkXlsxBuffer(junk)).reason).toBe("corrupt");
  });

  it("refuses a truncated workbook", () => {
    const r = refused(checkXlsxBuffer(realXlsx.subarray(0, realXlsx.length - 200)));
    expect(r.reason).toBe("corrupt");
    expect(r.message).toContain(NOT_XLSX_MESSAGE);
  });

  it("explains .xls and password-protected files (OLE compound files)", () => {
    const cfb = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    const r = refused(checkXlsxBuffer(cfb));
    expect(r.reason).toBe("legacy-or-protected");
    expect(r.message).toMatch(/\.xls\).*mật khẩu/u);
  });

  it("refuses a .docx renamed .xlsx and a plain .zip", () => {
    const docx = buildZip({
      entries: [
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "word/document.xml", data: "<w:document/>" },
      ],
    });
    const d = refused(checkXlsxBuffer(docx));
    expect(d.reason).toBe("not-workbook");
    expect(d.message).toMatch(/Word \(\.docx\)/u);
    const zip = refused(checkXlsxBuffer(buildZip({ entries: [{ name: "ghi-chu.txt", data: "xin chào" }] })));
    expect(zip.reason).toBe("not-workbook");
    expect(zip.message).toContain("xl/workbook.xml");
  });

  it("refuses a file larger than the file limit", () => {
    const r = refused(checkXlsxBuffer(realXlsx, { maxFileBytes: 1000 }));
    expect(r.reason).toBe("file-too-large");
    expect(r.message).toMatch(/^Tệp quá lớn/u);
  });

  it("refuses an encrypted ZIP entry", () => {
    const zip = buildZip({
      entries: [...MINIMAL_XLSX_PARTS, { name: "xl/a.xml", data: "x", encrypted: true }],
    });
    expect(refused(checkXlsxBuffer(zip)).reason).toBe("encrypted");
  });
});

describe("checkXlsxBuffer — zip bombs", () => {
  it("refuses more entries than the limit (default 2,000)", () => {
    const entries = [...MINIMAL_XLSX_PARTS];
    for (let i = 0; i < 1999; i++) entries.push({ name: `xl/x${i}.xml`, data: "", method: 0 });
    const zip = buildZip({ entries });
    const r = refused(checkXlsxBuffer(zip, { verifyContent: false }));
    expect(r.reason).toBe("too-many-entries");
    expect(r.message).toContain("2.001");
    expect(r.message).toContain("2.000");
    expect(checkXlsxBuffer(zip, { maxEntries: 2001 })).toEqual({ ok: true });
  });

  it("refuses a directory that declares a huge entry count, before walking it", () => {
    const zip = buildZip({ entries: MINIMAL_XLSX_PARTS, declaredEntryCount: 65_000 });
    expect(refused(checkXlsxBuffer(zip)).reason).toBe("too-many-entries");
    const zip64 = buildZip({ entries: MINIMAL_XLSX_PARTS, declaredEntryCount: 50_000_000, zip64: true });
    expect(refused(checkXlsxBuffer(zip64)).reason).toBe("too-many-entries");
  });

  it("refuses a declared total uncompressed size over the limit (default 100 MB)", () => {
    const zip = buildZip({
      entries: [
        ...MINIMAL_XLSX_PARTS,
        { name: "xl/worksheets/sheet1.xml", data: "<x/>", declaredUncompressedSize: 0xfffffff0 },
      ],
    });
    const r = refused(checkXlsxBuffer(zip));
    expect(r.reason).toBe("too-large");
    expect(r.message).toContain("100 MB");
  });

  it("reads ZIP64 sizes and refuses a 5 TB declaration", () => {
    const ok = buildZip({ entries: MINIMAL_XLSX_PARTS, zip64: true });
    expect(checkXlsxBuffer(ok)).toEqual({ ok: true });
    const bomb = buildZip({
      entries: [...MINIMAL_XLSX_PARTS, { name: "xl/s.xml", data: "<x/>", declaredUncompressedSize: 5e12 }],
      zip64: true,
    });
    expect(refused(checkXlsxBuffer(bomb)).reason).toBe("too-large");
  });

  it("refuses an entry with an absurd compression ratio (> 200:1 above 1 MB)", () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const zip = buildZip({
      entries: [...MINIMAL_XLSX_PARTS, { name: "xl/worksheets/sheet1.xml", data: zeros }],
    });
    expect(zip.length).toBeLessThan(200 * 1024);
    const r = refused(checkXlsxBuffer(zip));
    expect(r.reason).toBe("compression-ratio");
    expect(r.message).toContain("xl/worksheets/sheet1.xml");
    // Small entries compress as they like: 900 kB of zeros is fine.
    const small = buildZip({
      entries: [...MINIMAL_XLSX_PARTS, { name: "xl/s.xml", data: Buffer.alloc(900 * 1024) }],
    });
    expect(checkXlsxBuffer(small)).toEqual({ ok: true });
  });

  it("refuses an entry whose declared size lies (it inflates to more)", () => {
    const zip = buildZip({
      entries: [
        ...MINIMAL_XLSX_PARTS,
        { name: "xl/s.xml", data: Buffer.alloc(3 * 1024 * 1024), declaredUncompressedSize: 1000 },
      ],
    });
    const r = refused(checkXlsxBuffer(zip));
    expect(r.reason).toBe("size-mismatch");
    expect(r.message).toContain("xl/s.xml");
    // Without the content check only the declared sizes are judged, and they look harmless.
    expect(checkXlsxBuffer(zip, { verifyContent: false })).toEqual({ ok: true });
  });

  it("refuses a stored entry whose size lies", () => {
    const zip = buildZip({
      entries: [
        ...MINIMAL_XLSX_PARTS,
        { name: "xl/s.xml", data: "abc", method: 0, declaredUncompressedSize: 10 },
      ],
    });
    expect(refused(checkXlsxBuffer(zip)).reason).toBe("size-mismatch");
  });

  it("refuses deflate data that is not deflate", () => {
    const zip = buildZip({ entries: [...MINIMAL_XLSX_PARTS, { name: "xl/s.xml", data: "<x/>" }] });
    // Corrupt the last entry's body: it sits right before the central directory.
    const cdStart = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.fill(0xff, cdStart - 4, cdStart);
    expect(refused(checkXlsxBuffer(zip)).reason).toMatch(/corrupt|size-mismatch/u);
  });
});
