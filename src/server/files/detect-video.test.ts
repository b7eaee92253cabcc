import { describe, expect, it } from "vitest";
import { detectFileType } from "./detect.ts";
import { ANY_DOCUMENT, describeTypes, fileTypeOf, MP4 } from "./file-types.ts";

/** The opening of an ISO base media file: an `ftyp` box, then a little of an `mdat` box. */
function isoMedia(major: string, compatible: string[] = ["isom", "mp41"], size?: number): Buffer {
  const box = Buffer.alloc(16 + 4 * compatible.length);
  box.writeUInt32BE(size ?? box.length, 0);
  box.write("ftyp", 4, "latin1");
  box.write(major, 8, "latin1");
  box.writeUInt32BE(512, 12);
  compatible.forEach((b, i) => {
    box.write(b, 16 + 4 * i, "latin1");
  });
  const mdat = Buffer.alloc(16);
  mdat.writeUInt32BE(16, 0);
  mdat.write("mdat", 4, "latin1");
  return Buffer.concat([box, mdat]);
}

describe("detectFileType: MP4 video (D7 video clips)", () => {
  it("knows MP4 by its ftyp box and major brand", () => {
    for (const brand of ["isom", "mp41", "mp42", "avc1", "M4V ", "iso5"]) {
      expect(detectFileType(isoMedia(brand)), brand).toBe(MP4);
    }
    expect(detectFileType(isoMedia("mp42", []))).toBe(MP4);
  });

  it("refuses other ISO media: audio, QuickTime, HEIF images, 3GP", () => {
    for (const brand of ["M4A ", "qt  ", "heic", "mif1", "3gp4", "crx "]) {
      expect(detectFileType(isoMedia(brand)), brand).toBeNull();
    }
  });

  it("refuses a malformed or truncated box, and text that merely mentions ftyp", () => {
    expect(detectFileType(isoMedia("isom", ["isom"], 7))).toBeNull();
    expect(detectFileType(isoMedia("isom", ["isom"], 1_000_000))).toBeNull();
    expect(detectFileType(isoMedia("isom", ["isom"], 18))).toBeNull();
    expect(detectFileType(isoMedia("isom").subarray(0, 11))).toBeNull();
    expect(detectFileType(Buffer.from("abcdftypisom và một đoạn văn bản dài hơn", "utf8"))).toBeNull();
    expect(detectFileType(Buffer.from("    ftypisom"))).toBeNull();
  });

  it("is a known type (download name, label) but not among the plain document types", () => {
    expect(fileTypeOf("video/mp4")).toBe(MP4);
    expect(describeTypes(["video/mp4"])).toBe("video MP4");
    expect(ANY_DOCUMENT).not.toContain("video/mp4");
  });
});
