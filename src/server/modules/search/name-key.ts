/**
 * A database-side order key for people's names that agrees with Intl.Collator("vi")
 * at the primary level (SPEC "Vietnamese text, exactly"): the databases have no
 * Vietnamese collation, so the search ranks and cuts in SQL by this key, then sorts
 * the rows that tie on it with comparePersonNames in JS.
 *
 * The key is the given name (last word) with every letter replaced by one ASCII
 * character whose byte order is the Vietnamese alphabet order a ă â b c d đ e ê …
 * (tones and case dropped: they are secondary and tertiary differences). Compared
 * with COLLATE "C", key(x) < key(y) implies comparePersonNames(x, y) < 0, so
 * rows cut at a key boundary are exactly ordered once the boundary's ties are sorted.
 */
import { personNameParts } from "../../../domain/text.ts";

/** The Vietnamese alphabet with f, j, w, z where the collator puts them. */
const ALPHABET = [..."aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"];
/** 36 ASCII characters in increasing byte order, all above punctuation and digits. */
const CODES = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"];
const TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

function buildMap(): Map<string, string> {
  const map = new Map<string, string>();
  const code = new Map(ALPHABET.map((l, i) => [l, CODES[i]!]));
  for (const base of ALPHABET) {
    for (const tone of TONES) {
      const lower = (base + tone).normalize("NFC");
      if ([...lower].length !== 1) continue;
      const letter = lower.normalize("NFD").replace(TONE_MARKS, "").normalize("NFC");
      const c = code.get(letter);
      if (!c) continue;
      map.set(lower, c);
      const upper = lower.toLocaleUpperCase("vi");
      if ([...upper].length === 1) map.set(upper, c);
    }
  }
  return map;
}

const MAP = buildMap();

/** translate(text, FROM, TO): the two strings for SQL, character for character. */
export const NAME_KEY_FROM = [...MAP.keys()].join("");
export const NAME_KEY_TO = [...MAP.values()].join("");

/** The key in JS, for tests and the bench: the same as the SQL expression. */
export function givenNameKey(fullName: string): string {
  const { given } = personNameParts(fullName);
  return [...given].map((ch) => MAP.get(ch) ?? ch).join("");
}
