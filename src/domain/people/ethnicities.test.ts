import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ETHNICITIES,
  EthnicityCodeSchema,
  ethnicityKey,
  ethnicityName,
  isEthnicityCode,
  isEthnicMinority,
  normaliseEthnicity,
} from "./ethnicities.ts";

describe("the 54 ethnic groups (Quyết định 1019/QĐ-TCTK)", () => {
  it("has 54 groups with the codes 01 … 54 in order", () => {
    expect(ETHNICITIES).toHaveLength(54);
    expect(ETHNICITIES.map((e) => e.code)).toEqual(
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, "0")),
    );
    expect(new Set(ETHNICITIES.map((e) => ethnicityKey(e.name))).size).toBe(54);
  });

  it("follows the 2008 list's numbering", () => {
    const expected: Record<string, string> = {
      "01": "Kinh",
      "02": "Tày",
      "03": "Thái",
      "04": "Mường",
      "05": "Khơ-me",
      "06": "Hoa",
      "07": "Nùng",
      "08": "Mông",
      "09": "Dao",
      "10": "Gia-rai",
      "11": "Ê-đê",
      "12": "Ba-na",
      "13": "Sán Chay",
      "14": "Chăm",
      "16": "Xơ-đăng",
      "20": "Mnông",
      "21": "Thổ",
      "24": "Bru-Vân Kiều",
      "29": "Giẻ-Triêng",
      "43": "Ngái",
      "47": "Cơ Lao",
      "51": "Pu Péo",
      "52": "Rơ Măm",
      "53": "Brâu",
      "54": "Ơ Đu",
    };
    for (const [code, name] of Object.entries(expected)) expect(ethnicityName(code)).toBe(name);
  });

  it("stores names in NFC", () => {
    for (const e of ETHNICITIES) {
      expect(e.name).toBe(e.name.normalize("NFC"));
      for (const a of e.aliases) expect(a).toBe(a.normalize("NFC"));
    }
  });

  it("never maps one name to two groups", () => {
    const owner = new Map<string, string>();
    for (const e of ETHNICITIES) {
      for (const n of [e.name, ...e.aliases]) {
        const key = ethnicityKey(n);
        const prev = owner.get(key);
        if (prev) expect(`${n} → ${prev}`).toBe(`${n} → ${e.code}`);
        owner.set(key, e.code);
      }
    }
  });
});

describe("normaliseEthnicity", () => {
  it.each([
    ["Kinh", "01"],
    ["Việt", "01"],
    ["Kinh (Việt)", "01"],
    ["KINH", "01"],
    ["Mèo", "08"],
    ["H'Mông", "08"],
    ["HMông", "08"],
    ["H’mông", "08"],
    ["Mông", "08"],
    ["Hmong", "08"],
    ["Khmer", "05"],
    ["Khơ Me", "05"],
    ["Khơ-me", "05"],
    ["khome", "05"],
    ["Thổ", "21"],
    ["Ba Na", "12"],
    ["Bahnar", "12"],
    ["Ê Đê", "11"],
    ["Ê-đê", "11"],
    ["Rhade", "11"],
    ["Xơ Đăng", "16"],
    ["Xơ-đăng", "16"],
    ["Chăm", "14"],
    ["Chàm", "14"],
    ["Sán Dìu", "17"],
    ["Hrê", "18"],
    ["Mnông", "20"],
    ["M'Nông", "20"],
    ["Raglai", "19"],
    ["Ra Glai", "19"],
    ["Xtiêng", "22"],
    ["X'Tiêng", "22"],
    ["Bru-Vân Kiều", "24"],
    ["Vân Kiều", "24"],
    ["Cơ Tu", "25"],
    ["Giáy", "26"],
    ["Tà Ôi", "27"],
    ["Mạ", "28"],
    ["Giẻ-Triêng", "29"],
    ["Gié Triêng", "29"],
    ["Co", "30"],
    ["Chơ Ro", "31"],
    ["Xinh Mun", "32"],
    ["Hà Nhì", "33"],
    ["Chu Ru", "34"],
    ["Lào", "35"],
    ["La Chí", "36"],
    ["Kháng", "37"],
    ["Phù Lá", "38"],
    ["La Hủ", "39"],
    ["La Ha", "40"],
    ["Pà Thẻn", "41"],
    ["Lự", "42"],
    ["Ngái", "43"],
    ["Chứt", "44"],
    ["Lô Lô", "45"],
    ["Mảng", "46"],
    ["Cơ Lao", "47"],
    ["Cờ Lao", "47"],
    ["Bố Y", "48"],
    ["Cống", "49"],
    ["Si La", "50"],
    ["Pu Péo", "51"],
    ["Rơ Măm", "52"],
    ["Brâu", "53"],
    ["Ơ Đu", "54"],
    ["Cơ-ho", "15"],
    ["Sán Chay", "13"],
    ["Cao Lan", "13"],
    ["Khơ Mú", "23"],
    ["Dân tộc Tày", "02"],
    ["người Mường", "04"],
    ["  thái  ", "03"],
    ["08", "08"],
  ])("%s → %s", (input, code) => {
    expect(normaliseEthnicity(input)?.code).toBe(code);
  });

  it("returns the official name", () => {
    expect(normaliseEthnicity("Mèo")).toEqual({ code: "08", name: "Mông" });
    expect(normaliseEthnicity("Việt")).toEqual({ code: "01", name: "Kinh" });
  });

  it("accepts NFD input", () => {
    expect(normaliseEthnicity("Mường".normalize("NFD"))?.code).toBe("04");
    expect(normaliseEthnicity("Ê Đê".normalize("NFD"))?.code).toBe("11");
  });

  it.each(["", "   ", "Kinhh", "Người nước ngoài", "Khác", "99", "00", "1", "Xá Khao", "Kinh (Mèo)"])(
    "rejects %j",
    (input) => {
      expect(normaliseEthnicity(input)).toBeNull();
    },
  );

  it("finds every group by its name and aliases whatever the case, accents form, hyphens and spaces", () => {
    const names = ETHNICITIES.flatMap((e) => [e.name, ...e.aliases].map((n) => [n, e.code] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(" ", "-", "  ", " - "),
        ([name, code], upper, nfd, sep) => {
          let text = name.replace(/[\s-]+/gu, sep);
          if (upper) text = text.toLocaleUpperCase("vi");
          if (nfd) text = text.normalize("NFD");
          expect(normaliseEthnicity(text)?.code).toBe(code);
        },
      ),
    );
  });
});

describe("codes", () => {
  it("names codes and tells minorities apart from Kinh", () => {
    expect(ethnicityName("02")).toBe("Tày");
    expect(ethnicityName("55")).toBeNull();
    expect(isEthnicityCode("54")).toBe(true);
    expect(isEthnicityCode("4")).toBe(false);
    expect(isEthnicMinority("01")).toBe(false);
    expect(isEthnicMinority("08")).toBe(true);
    expect(isEthnicMinority("54")).toBe(true);
    expect(isEthnicMinority("99")).toBe(false);
    expect(ETHNICITIES.filter((e) => isEthnicMinority(e.code))).toHaveLength(53);
  });
});

describe("EthnicityCodeSchema", () => {
  it("accepts the 54 codes only", () => {
    expect(EthnicityCodeSchema.parse(" 05 ")).toBe("05");
    const bad = EthnicityCodeSchema.safeParse("55");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/^Mã dân tộc không hợp lệ/u);
  });
});
