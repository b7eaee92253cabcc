/**
 * Vietnamese text helpers (SPEC "Vietnamese text, exactly", E4, E5).
 * Pure functions, used by server and web alike.
 */

/** Store text in NFC; accept NFD input. Trims and collapses inner whitespace. */
export function cleanText(value: string): string {
  return value.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** NFC without touching whitespace (for long free text). */
export function nfc(value: string): string {
  return value.normalize("NFC");
}

/**
 * Diacritic-free, lower-case search key. NFD stripping alone leaves đ/Đ,
 * so they are folded explicitly (E5).
 */
export function foldVietnamese(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/đ/gu, "d")
    .replace(/Đ/gu, "D")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/** True when every word of the query occurs in the folded haystack. */
export function matchesSearch(haystack: string, query: string): boolean {
  const words = foldVietnamese(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldVietnamese(haystack);
  return words.every((w) => folded.includes(w));
}

export const viCollator = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b);
}

/**
 * Order key for people in official lists: given name (last word), then
 * middle names, then family name (first word).
 */
export function personNameParts(fullName: string): { family: string; middle: string; given: string } {
  const words = cleanText(fullName).split(" ").filter(Boolean);
  if (words.length === 0) return { family: "", middle: "", given: "" };
  if (words.length === 1) return { family: "", middle: "", given: words[0]! };
  return { family: words[0]!, middle: words.slice(1, -1).join(" "), given: words.at(-1)! };
}

export function comparePersonNames(a: string, b: string): number {
  const pa = personNameParts(a);
  const pb = personNameParts(b);
  return (
    compareVi(pa.given, pb.given) ||
    compareVi(pa.middle, pb.middle) ||
    compareVi(pa.family, pb.family) ||
    compareVi(cleanText(a), cleanText(b))
  );
}

/**
 * `items` in comparePersonNames order, each name split once instead of at every comparison
 * (a 300-name sort makes about 2,500 comparisons). `before` orders first (e.g. people before
 * collectives) and must be cheap.
 */
export function sortByPersonName<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  before?: (a: T, b: T) => number,
): T[] {
  const keyed = items.map((item) => {
    const name = nameOf(item);
    return { item, parts: personNameParts(name), clean: cleanText(name) };
  });
  keyed.sort(
    (a, b) =>
      (before ? before(a.item, b.item) : 0) ||
      compareVi(a.parts.given, b.parts.given) ||
      compareVi(a.parts.middle, b.parts.middle) ||
      compareVi(a.parts.family, b.parts.family) ||
      compareVi(a.clean, b.clean),
  );
  return keyed.map((k) => k.item);
}

export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVi(key(x), key(y)));
}

/** 2572 → "2.572": the Vietnamese thousands separator, for counts and money alike (O4). */
export function groupDigits(n: number | bigint): string {
  const digits = (typeof n === "bigint" ? n : BigInt(Math.trunc(n))).toString();
  const negative = digits.startsWith("-");
  const body = (negative ? digits.slice(1) : digits).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return negative ? `-${body}` : body;
}

/** "2.572 ngày": a number of days as a clerk reads it. */
export const formatDays = (n: number): string => `${groupDigits(n)} ngày`;

/** dd/mm/yyyy for an ISO date (yyyy-mm-dd) or a Date (O4). */
export function formatDateVi(value: string | Date | null | undefined): string {
  if (!value) return "";
  if (typeof value === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
    value = new Date(value);
  }
  if (Number.isNaN(value.getTime())) return "";
  const dd = String(value.getDate()).padStart(2, "0");
  const mm = String(value.getMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${value.getFullYear()}`;
}

/** dd/mm/yyyy hh:mm in the given time zone (default Asia/Ho_Chi_Minh). */
export function formatDateTimeVi(value: string | Date, timeZone = "Asia/Ho_Chi_Minh"): string {
  const d = typeof value === "string" ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")} ${get("hour")}:${get("minute")}`;
}

/** Parses dd/mm/yyyy (or d/m/yyyy) into ISO yyyy-mm-dd; null when invalid. */
export function parseDateVi(value: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/u.exec(value);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[3]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A lower-case ascii slug: "Ngọc Trạo" → "ngoctrao" (used for demo user names). */
export function asciiSlug(value: string, separator = ""): string {
  return foldVietnamese(value)
    .replace(/[^a-z0-9]+/gu, " ")
    .trim()
    .split(" ")
    .join(separator);
}
