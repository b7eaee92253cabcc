/** The TCVN3 and VNI-Windows tables (issue #10 item 1): known pairs, round trips, votes, fonts. */
import { describe, expect, it } from "vitest";
import { encodingOfFont, legacyToUnicode, legacyVotes, unicodeToLegacy } from "./legacy-encodings.ts";

const NAMES = [
  "Nguyễn Văn An",
  "Đặng Thị Ánh Tuyết",
  "Trần Quốc Hưởng",
  "Lê Thị Ỵ",
  "Phạm Ngọc Trưởng",
  "Hoàng Thị Huyền Trang",
  "Vũ Đức Thắng",
  "Bùi Thị Mỹ Dung",
  "Ông Ích Khiêm",
  "Ưng Hoàng Phúc",
];

describe("legacy Vietnamese encodings", () => {
  it("reads the known pairs", () => {
    expect(legacyToUnicode("NguyÔn V¨n An", "tcvn3")).toBe("Nguyễn Văn An");
    expect(legacyToUnicode("NguyÔn V¨n Hïng", "tcvn3")).toBe("Nguyễn Văn Hùng");
    expect(legacyToUnicode("Hä vµ tªn", "tcvn3")).toBe("Họ và tên");
    expect(legacyToUnicode("§Æng ThÞ H­¬ng", "tcvn3")).toBe("Đặng Thị Hương");
    expect(legacyToUnicode("Nguyeãn Vaên An", "vni")).toBe("Nguyễn Văn An");
    expect(legacyToUnicode("Nguyeãn Vaên Huøng", "vni")).toBe("Nguyễn Văn Hùng");
    expect(legacyToUnicode("Hoï vaø teân", "vni")).toBe("Họ và tên");
    expect(legacyToUnicode("ÑAËNG THÒ HÖÔNG", "vni")).toBe("ĐẶNG THỊ HƯƠNG");
  });

  it("draws an H font's text in capitals", () => {
    expect(legacyToUnicode("nguyÔn v¨n an", "tcvn3", true)).toBe("NGUYỄN VĂN AN");
  });

  it("round-trips every Vietnamese letter, NFC out", () => {
    const letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
    for (const enc of ["tcvn3", "vni"] as const) {
      expect(legacyToUnicode(unicodeToLegacy(letters, enc), enc)).toBe(letters);
      expect(legacyToUnicode(unicodeToLegacy(letters.toUpperCase(), "vni"), "vni")).toBe(
        letters.toUpperCase(),
      );
      for (const name of NAMES) {
        const back = legacyToUnicode(unicodeToLegacy(name, enc), enc);
        expect(back.toLocaleLowerCase("vi")).toBe(name.toLocaleLowerCase("vi"));
        expect(back).toBe(back.normalize("NFC"));
      }
    }
  });

  it("votes for the encoding the characters show, and never for Unicode", () => {
    for (const name of NAMES) {
      const t = legacyVotes(unicodeToLegacy(name, "tcvn3"));
      const v = legacyVotes(unicodeToLegacy(name, "vni"));
      expect(t.tcvn3, name).toBeGreaterThan(t.vni);
      expect(v.vni, name).toBeGreaterThan(v.tcvn3);
      expect(legacyVotes(name)).toEqual({ tcvn3: 0, vni: 0 });
    }
  });

  it("knows the legacy fonts", () => {
    expect(encodingOfFont(".VnTime")).toEqual({ encoding: "tcvn3", capitals: false });
    expect(encodingOfFont(".VnTimeH")).toEqual({ encoding: "tcvn3", capitals: true });
    expect(encodingOfFont(".VnArial")).toEqual({ encoding: "tcvn3", capitals: false });
    expect(encodingOfFont("VNI-Times")).toEqual({ encoding: "vni", capitals: false });
    expect(encodingOfFont("Times New Roman")).toBeNull();
    expect(encodingOfFont(undefined)).toBeNull();
  });
});
