/** CSV reading (issue #10 item 6): separators, quotes, line breaks in a field, encodings. */
import { describe, expect, it } from "vitest";
import { decodeCsv, detectDelimiter, parseCsv } from "./csv.ts";
import { encodeWindows1258 } from "./testing/quirk-files.ts";

describe("CSV", () => {
  it("finds the separator outside quotes on the first line", () => {
    expect(detectDelimiter('"Họ, tên";Năm sinh;Giới tính\n1;2;3')).toBe(";");
    expect(detectDelimiter("STT\tHọ và tên\tNăm sinh")).toBe("\t");
    expect(detectDelimiter("STT,Họ và tên")).toBe(",");
  });

  it("reads quoted fields with separators, doubled quotes and line breaks", () => {
    const text =
      'STT,Họ và tên,Thành tích\r\n1,"Lê Văn ""Tư"" An","Chiến sĩ thi đua,\nBằng khen"\r\n2,Trần Bình,\r\n';
    expect(parseCsv(text)).toEqual([
      ["STT", "Họ và tên", "Thành tích"],
      ["1", 'Lê Văn "Tư" An', "Chiến sĩ thi đua,\nBằng khen"],
      ["2", "Trần Bình", ""],
    ]);
  });

  it("decodes UTF-8 with or without BOM, and Windows-1258 into NFC", () => {
    const name = "Nguyễn Thị Hường";
    expect(decodeCsv(Buffer.from(`\uFEFF${name}`))).toEqual({ text: name, encoding: "utf-8" });
    expect(decodeCsv(Buffer.from(name))).toEqual({ text: name, encoding: "utf-8" });
    const legacy = decodeCsv(encodeWindows1258(name));
    expect(legacy).toEqual({ text: name, encoding: "windows-1258" });
    expect(legacy.text).toBe(legacy.text.normalize("NFC"));
  });
});
