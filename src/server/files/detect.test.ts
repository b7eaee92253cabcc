import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { detectFileType } from "./detect.ts";
import { DOCX, JPEG, PDF, PNG, XLSX } from "./file-types.ts";
import { sampleDocx, sampleJpeg, samplePdf, samplePng, sampleXlsx, storedZip } from "./testing/samples.ts";
import { zipEntryNames } from "./zip-entries.ts";

describe("detectFileType (G2: from content, never from the name)", () => {
  it("knows PDF, PNG and JPEG by their signatures", () => {
    expect(detectFileType(samplePdf())).toBe(PDF);
    expect(detectFileType(samplePng())).toBe(PNG);
    expect(detectFileType(sampleJpeg())).toBe(JPEG);
  });

  it("tells a Word document from a workbook by the ZIP's central directory", () => {
    expect(detectFileType(sampleDocx())).toBe(DOCX);
    expect(detectFileType(sampleXlsx())).toBe(XLSX);
  });

  it("recognises real files written by docx and exceljs (deflated entries)", async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph("Kế hoạch của đơn vị")] }] });
    expect(detectFileType(await Packer.toBuffer(doc))).toBe(DOCX);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Danh sách").addRow(["STT", "Họ và tên"]);
    expect(detectFileType(Buffer.from(await wb.xlsx.writeBuffer()))).toBe(XLSX);
  });

  it("reads the directory past an archive comment", () => {
    const zip = storedZip(
      { "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" },
      "PK\x05\x06 giả mạo trong chú thích",
    );
    expect(detectFileType(zip)).toBe(DOCX);
  });

  it("refuses text, HTML, scripts and empty input, whatever they are called", () => {
    for (const text of [
      "Kế hoạch của đơn vị",
      "<html><script>alert(1)</script></html>",
      "#!/bin/sh\nrm -rf /",
      "",
    ]) {
      expect(detectFileType(Buffer.from(text, "utf8"))).toBeNull();
    }
    expect(detectFileType(Buffer.from(" %PDF-1.4 leading space"))).toBeNull();
    expect(detectFileType(Buffer.from([0x25, 0x50, 0x44]))).toBeNull();
  });

  it("refuses ZIPs that are neither a Word document nor a workbook", () => {
    expect(detectFileType(storedZip({ "readme.txt": "xin chào" }))).toBeNull();
    expect(detectFileType(storedZip({ "word/document.xml": "<w:document/>" }))).toBeNull();
    expect(
      detectFileType(storedZip({ "[Content_Types].xml": "<Types/>", "content.xml": "<odt/>" })),
    ).toBeNull();
  });

  it("refuses a broken or truncated ZIP", () => {
    const docx = sampleDocx();
    expect(detectFileType(docx.subarray(0, docx.length - 10))).toBeNull();
    expect(detectFileType(docx.subarray(0, 40))).toBeNull();
    const bad = Buffer.from(docx);
    bad.writeUInt32LE(bad.length + 1000, bad.length - 6); // directory offset beyond the end
    expect(detectFileType(bad)).toBeNull();
    expect(detectFileType(Buffer.from("PK\x03\x04 nothing else"))).toBeNull();
  });

  it("lists the entry names of a ZIP", () => {
    expect(zipEntryNames(sampleXlsx())).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(zipEntryNames(samplePdf())).toBeNull();
  });
});
