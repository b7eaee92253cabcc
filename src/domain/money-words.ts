/**
 * Amounts in words the way finance documents write them (SPEC H1, I1; issue #14 item 2):
 * "Bảy trăm mười nghìn đồng", "Một trăm linh năm đồng", "Hai mươi mốt đồng", "Mười lăm đồng",
 * "Một tỷ đồng" — first letter capitalised, "đồng" at the end. The reading itself is the
 * kept library `read-vietnamese-number`; this is its one wrapper (style options only).
 */
import { doReadNumber, ReadingConfig } from "read-vietnamese-number";
import { groupDigits } from "./text.ts";

const FINANCE = (() => {
  const c = new ReadingConfig();
  c.unit = ["đồng"];
  c.units = [[], ["nghìn"], ["triệu"], ["tỷ"]];
  c.oddText = "linh";
  return c;
})();

/** An integer amount of đồng (number or bigint) in words, capitalised, ending in "đồng". */
export function moneyInWords(amount: number | bigint): string {
  if (typeof amount === "number" && !Number.isSafeInteger(amount)) {
    throw new RangeError("moneyInWords takes whole đồng");
  }
  const words = doReadNumber(BigInt(amount), FINANCE).normalize("NFC");
  return words.charAt(0).toLocaleUpperCase("vi") + words.slice(1);
}

/** 710000 → "710.000" (Vietnamese thousands separator). */
export function formatDong(amount: number | bigint): string {
  return groupDigits(amount);
}
