/**
 * Checks on a person's name as read from a list (issue #10 items 2 and 4; SPEC E3,
 * "Vietnamese text, exactly"): proper Vietnamese case for a name typed in capitals
 * or lower case, and the shapes that say a name was cut (one word, or ending in a
 * middle-name word such as "Văn", "Thị"). Pure.
 */
import { cleanText } from "../text.ts";

/** "NGUYỄN VĂN HÙNG", "nguyễn văn hùng", "Nguyễn Thị ánh" → each word capitalised. */
export function properCaseName(name: string): string {
  return cleanText(name)
    .split(" ")
    .map((w) =>
      w
        .split("-")
        .map((p) => p.charAt(0).toLocaleUpperCase("vi") + p.slice(1).toLocaleLowerCase("vi"))
        .join("-"),
    )
    .join(" ");
}

/** True when a name is not written with each word capitalised (all capitals, all lower case, a lower-case word). */
export function nameNeedsCase(name: string): boolean {
  const clean = cleanText(name);
  return /\p{L}/u.test(clean) && properCaseName(clean) !== clean;
}

/** Middle-name words, never a given name in a list (diacritics kept: "Vân" and "Thi" are given names). */
const MIDDLE_WORDS = new Set(["văn", "thị"]);

/** Why a name looks cut, or null: one word, or its last word is a middle name ("Nguyễn Văn"). */
export function nameShapeProblem(name: string): "one-word" | "ends-in-middle" | null {
  const words = cleanText(name).split(" ").filter(Boolean);
  if (words.length === 1) return "one-word";
  if (words.length > 1 && MIDDLE_WORDS.has(words.at(-1)!.toLocaleLowerCase("vi"))) return "ends-in-middle";
  return null;
}
