/** Unit document settings (SPEC L1): defaults per kind of unit, the form's checks. */
import { describe, expect, it } from "vitest";
import {
  DocumentSettingsInputSchema,
  defaultDocumentSettings,
  placeOf,
  signerAuthorityLines,
} from "./document-settings.ts";

describe("defaultDocumentSettings", () => {
  it("gives a ward's People's Committee no parent line, the ward as place, TM. signer", () => {
    const s = defaultDocumentSettings({
      name: "Phường Ba Đình",
      isArea: true,
      areaName: "Phường Ba Đình",
      parentAreaName: "Thị xã Bỉm Sơn",
    });
    expect(s.issuingBody).toBe("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH");
    expect(s.parentBody).toBeNull();
    expect(s.place).toBe("Ba Đình");
    expect(s.symbol).toBe("UBND");
    expect(signerAuthorityLines(s)).toEqual(["TM. ỦY BAN NHÂN DÂN"]);
    expect(s.signerTitle).toBe("CHỦ TỊCH");
  });

  it("puts the town's UBND above a town office and uses the town as place", () => {
    const s = defaultDocumentSettings({
      name: "Phòng Nội vụ",
      isArea: false,
      areaName: "Thị xã Bỉm Sơn",
      parentAreaName: "Thị xã Bỉm Sơn",
    });
    expect(s.parentBody).toBe("UBND THỊ XÃ BỈM SƠN");
    expect(s.issuingBody).toBe("PHÒNG NỘI VỤ");
    expect(s.place).toBe("Bỉm Sơn");
    expect(s.symbol).toBe("NV");
    expect(s.signerTitle).toBe("TRƯỞNG PHÒNG");
    expect(signerAuthorityLines(s)).toEqual([]);
  });

  it("strips the kind word from the place name only at the start", () => {
    expect(placeOf("Xã Quang Trung")).toBe("Quang Trung");
    expect(placeOf("Thành phố Thanh Hóa")).toBe("Thanh Hóa");
  });
});

describe("DocumentSettingsInputSchema", () => {
  const base = defaultDocumentSettings({
    name: "Xã Hà Lan",
    isArea: true,
    areaName: "Xã Hà Lan",
    parentAreaName: null,
  });

  it("accepts a default and normalises text to NFC", () => {
    const parsed = DocumentSettingsInputSchema.parse({ ...base, signerName: "Nguye\u0302\u0303n Văn  A" });
    expect(parsed.signerName).toBe("Nguyễn Văn A");
  });

  it("refuses a prefix without what it applies to, naming the field", () => {
    const r = DocumentSettingsInputSchema.safeParse({ ...base, signerOnBehalfOf: " " });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["signerOnBehalfOf"]);
    expect(r.error?.issues[0]?.message).toContain("Thay mặt / ký thay cho");
  });

  it("refuses a prefix outside the closed list and a lower-case symbol", () => {
    expect(DocumentSettingsInputSchema.safeParse({ ...base, signerPrefix: "T/M" }).success).toBe(false);
    const r = DocumentSettingsInputSchema.safeParse({ ...base, symbol: "ubnd" });
    expect(r.error?.issues[0]?.message).toContain("Ký hiệu cơ quan");
  });
});
