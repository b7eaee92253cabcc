import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FileRefusedError, refusalCode } from "./refusal.ts";
import { buildZip, MINIMAL_XLSX_PARTS } from "./testing/zip-builder.ts";
import { NOT_XLSX_MESSAGE } from "./xlsx-guard.ts";
import { readXlsx } from "./xlsx-read.ts";

async function refusal(input: Buffer): Promise<FileRefusedError> {
  try {
    await readXlsx(input);
  } catch (error) {
    if (error instanceof FileRefusedError) return error;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

describe("readXlsx (issue #7 item 4: guard → exceljs → typed errors)", () => {
  it("opens a real workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Đơn vị").addRow(["Mã đơn vị", "Tên đơn vị"]);
    const read = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(read.worksheets.map((w) => w.name)).toEqual(["Đơn vị"]);
  });

  it("refuses a text file as 415 with the Vietnamese message", async () => {
    const e = await refusal(Buffer.from("Mã đơn vị;Tên\nbadinh;Ba Đình\n"));
    expect(e).toMatchObject({ reason: "not-zip", code: "UNSUPPORTED_MEDIA_TYPE", status: 415 });
    expect(e.message.startsWith(NOT_XLSX_MESSAGE)).toBe(true);
  });

  it("refuses a package exceljs cannot read as 'unreadable'", async () => {
    const e = await refusal(
      buildZip({ entries: [...MINIMAL_XLSX_PARTS, { name: "xl/_rels/workbook.xml.rels", data: "<<<" }] }),
    );
    expect(e.reason).toBe("unreadable");
    expect(e.status).toBe(415);
  });

  it("refuses a ZIP bomb as 413 and a lying ZIP as 415, before exceljs", async () => {
    const many = buildZip({ entries: MINIMAL_XLSX_PARTS, declaredEntryCount: 50_000 });
    expect(await refusal(many)).toMatchObject({ reason: "too-many-entries", status: 413 });
    const lying = buildZip({
      entries: [
        ...MINIMAL_XLSX_PARTS,
        { name: "xl/s.xml", data: "x".repeat(100_000), declaredUncompressedSize: 10 },
      ],
    });
    expect(await refusal(lying)).toMatchObject({ reason: "size-mismatch", status: 415 });
  });

  it("maps every reason to one code of the error table", () => {
    expect(refusalCode("empty")).toBe("BAD_REQUEST");
    for (const r of ["file-too-large", "too-many-entries", "too-large", "compression-ratio"] as const)
      expect(refusalCode(r)).toBe("PAYLOAD_TOO_LARGE");
    for (const r of [
      "not-zip",
      "corrupt",
      "size-mismatch",
      "bad-entry-name",
      "not-workbook",
      "unreadable",
    ] as const)
      expect(refusalCode(r)).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});
