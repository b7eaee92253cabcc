import { describe, expect, it } from "vitest";
import { buildZip, deflatedRepeat, MINIMAL_XLSX_PARTS } from "./testing/zip-builder.ts";
import { ZipFormatError } from "./zip-directory.ts";
import { readZipEntry, readZipText, zipEntryNames } from "./zip-entries.ts";
import { checkZip, checkZipDirectory, isSafeEntryName } from "./zip-guard.ts";

describe("ZIP guard (issue #7 item 4)", () => {
  it("refuses entry names that climb out, are absolute or hide control characters", () => {
    for (const bad of [
      "../evil.xml",
      "xl/../../evil",
      "/etc/passwd",
      "C:/x.xml",
      "xl\\a.xml",
      "a\u0000b",
      "",
    ]) {
      expect(isSafeEntryName(bad), bad).toBe(false);
    }
    for (const good of [
      "[Content_Types].xml",
      "xl/worksheets/sheet1.xml",
      "word/media/ảnh 1.png",
      "a..b/c",
    ]) {
      expect(isSafeEntryName(good), good).toBe(true);
    }
    const zip = buildZip({ entries: [...MINIMAL_XLSX_PARTS, { name: "../../evil.sh", data: "x" }] });
    const v = checkZip(zip);
    expect(!v.ok && v.refusal).toMatchObject({ reason: "bad-entry-name", entry: { name: "../../evil.sh" } });
  });

  it("refuses a ZIP whose entry inflates past its declared size, having inflated at most that much", async () => {
    const body = await deflatedRepeat("a", 50 * 1024 * 1024);
    const zip = buildZip({
      entries: [...MINIMAL_XLSX_PARTS, { name: "xl/s.xml", deflated: body, declaredUncompressedSize: 100 }],
    });
    // The declared sizes alone look harmless …
    expect(checkZipDirectory(zip).ok).toBe(true);
    // … the real bytes do not.
    const v = checkZip(zip);
    expect(!v.ok && v.refusal).toMatchObject({ reason: "size-mismatch", entry: { name: "xl/s.xml" } });
    expect(checkZip(zip, { verifyContent: false }).ok).toBe(true);
  });

  it("refuses a ZIP whose entry inflates to fewer bytes than declared", () => {
    const zip = buildZip({ entries: [{ name: "a.xml", data: "<a/>", declaredUncompressedSize: 1000 }] });
    const v = checkZip(zip);
    expect(!v.ok && v.refusal.reason).toBe("size-mismatch");
  });

  it("lists entries and reads their text, refusing to read an entry that lies", () => {
    const zip = buildZip({
      entries: [
        { name: "a.txt", data: "xin chào" },
        { name: "b.txt", data: "Đà Nẵng" },
      ],
    });
    expect(zipEntryNames(zip)).toEqual(["a.txt", "b.txt"]);
    expect(readZipText(zip, "b.txt")).toBe("Đà Nẵng");
    expect(readZipText(zip, "c.txt")).toBeNull();
    const lying = buildZip({
      entries: [{ name: "a.txt", data: "x".repeat(5000), declaredUncompressedSize: 10 }],
    });
    expect(() => readZipText(lying, "a.txt")).toThrow(ZipFormatError);
    expect(zipEntryNames(Buffer.from("không phải ZIP"))).toBeNull();
  });

  it("reads a ZIP64 directory", () => {
    const zip = buildZip({ zip64: true, entries: [{ name: "a.txt", data: "một" }] });
    const v = checkZip(zip);
    expect(v.ok && v.entries.map((e) => e.name)).toEqual(["a.txt"]);
    expect(v.ok && readZipEntry(zip, v.entries[0]!).toString("utf8")).toBe("một");
  });
});
