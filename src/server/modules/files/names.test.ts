import { describe, expect, it } from "vitest";
import { DOCX, JPEG, MP4, PDF } from "../../files/file-types.ts";
import { cleanFileName, downloadName } from "./names.ts";

describe("file names", () => {
  it("keeps the name in NFC without path, control or bidi characters", () => {
    expect(cleanFileName("C:\\fakepath\\Kế hoạch.pdf".normalize("NFD"))).toBe(
      "Kế hoạch.pdf".normalize("NFC"),
    );
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("hoso\u202Efdp.exe")).toBe("hosofdp.exe");
    expect(cleanFileName("  a\u0000b  c.docx ")).toBe("ab c.docx");
    expect(cleanFileName("...")).toBe("tep");
    const long = `${"a".repeat(300)}.docx`;
    expect(cleanFileName(long)).toHaveLength(200);
    expect(cleanFileName(long).endsWith(".docx")).toBe(true);
  });

  it("downloads under the extension of the type found in the content", () => {
    expect(downloadName("kế hoạch.pdf", PDF)).toBe("kế hoạch.pdf");
    expect(downloadName("kế hoạch.pdf", DOCX)).toBe("kế hoạch.docx");
    expect(downloadName("anh.jpeg", JPEG)).toBe("anh.jpeg");
    expect(downloadName("Kế hoạch số 12", PDF)).toBe("Kế hoạch số 12.pdf");
    expect(downloadName("Phóng sự phong trào", MP4)).toBe("Phóng sự phong trào.mp4");
  });
});
