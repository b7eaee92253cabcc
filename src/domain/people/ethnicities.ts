/**
 * Ethnicity of a person (SPEC E1): the 54 groups with the statistics office's codes
 * (Quyết định 1019/QĐ-TCTK ngày 12/11/2008), and a lenient matcher for what people
 * type in imported lists ("Việt", "Mèo", "H'Mông", "Khơ-me", "Khmer", "KINH" …).
 */
import { z } from "zod";
import { foldVietnamese } from "../text.ts";
import "../zod-vi.ts";
import { ETHNICITY_DATA, type EthnicityEntry } from "./ethnicity-data.ts";

export type { EthnicityEntry } from "./ethnicity-data.ts";

export interface Ethnicity {
  code: string;
  name: string;
}

/** The 54 groups, in the order of the statistics office's list (codes "01" … "54"). */
export const ETHNICITIES: readonly EthnicityEntry[] = ETHNICITY_DATA;

/** The code of the majority group (Kinh). */
export const KINH_CODE = "01";

/**
 * Matching key: folded (no case, no diacritics, đ → d) with spaces, hyphens,
 * apostrophes and dots removed, so "H'Mông", "HMông", "H Mông" and "hmong" meet.
 */
export function ethnicityKey(value: string): string {
  return foldVietnamese(value).replace(/[\s\-‐‑‒–—―'’‘`´ʼ.]/gu, "");
}

const byCode = new Map<string, EthnicityEntry>();
const byKey = new Map<string, EthnicityEntry>();

function index(key: string, entry: EthnicityEntry, what: string): void {
  if (!key) throw new Error(`ethnicities: empty key for ${what}`);
  const existing = byKey.get(key);
  if (existing && existing.code !== entry.code) {
    // A name shared by two groups cannot be mapped without guessing: the data must not contain one.
    throw new Error(`ethnicities: "${what}" (${entry.code}) clashes with ${existing.code} ${existing.name}`);
  }
  byKey.set(key, entry);
}

for (const entry of ETHNICITY_DATA) {
  byCode.set(entry.code, entry);
  index(ethnicityKey(entry.name), entry, entry.name);
}
for (const entry of ETHNICITY_DATA) {
  for (const alias of entry.aliases) index(ethnicityKey(alias), entry, alias);
}

function lookup(text: string): Ethnicity | null {
  let key = ethnicityKey(text);
  const hit = byKey.get(key);
  if (hit) return { code: hit.code, name: hit.name };
  // "Dân tộc Kinh", "Người Mông", "DT Tày".
  for (const prefix of ["dantoc", "nguoi", "dt"]) {
    if (key.startsWith(prefix) && key.length > prefix.length) {
      key = key.slice(prefix.length);
      const found = byKey.get(key);
      if (found) return { code: found.code, name: found.name };
    }
  }
  return null;
}

/**
 * Maps what a list says to a group of the official list, or null when it is not
 * one of them (or is ambiguous). Accepts the official name, the other names and
 * spellings, the two-digit code ("08"), "Dân tộc …"/"Người …" prefixes and a
 * parenthesised variant ("Kinh (Việt)", "Mèo (H'Mông)").
 */
export function normaliseEthnicity(input: string): Ethnicity | null {
  const text = input.normalize("NFC").trim();
  if (!text) return null;
  if (/^\d{2}$/u.test(text)) {
    const entry = byCode.get(text);
    return entry ? { code: entry.code, name: entry.name } : null;
  }
  const whole = lookup(text);
  if (whole) return whole;
  const paren = /^([^()]*)\(([^()]*)\)\s*$/u.exec(text);
  if (paren) {
    const outside = lookup(paren[1] ?? "");
    const inside = lookup(paren[2] ?? "");
    if (outside && inside && outside.code !== inside.code) return null;
    return outside ?? inside;
  }
  return null;
}

/**
 * What an anonymised person keeps of an ethnicity other than Kinh (issue #12 item 8): the group
 * the reports count, not the people. Not a code of the list: forms and imports never accept it.
 */
export const ANONYMISED_MINORITY_CODE = "DTTS";

/** The official name of a code, or null for an unknown code. */
export function ethnicityName(code: string): string | null {
  if (code === ANONYMISED_MINORITY_CODE) return "Dân tộc thiểu số (đã ẩn danh)";
  return byCode.get(code)?.name ?? null;
}

export function isEthnicityCode(code: string): boolean {
  return byCode.has(code);
}

/** True for any of the 53 groups other than Kinh (and an anonymised one); false for Kinh and unknown codes. */
export function isEthnicMinority(code: string): boolean {
  return code === ANONYMISED_MINORITY_CODE || (code !== KINH_CODE && byCode.has(code));
}

/** A stored ethnicity code ("01" … "54"), for routes and forms. */
export const EthnicityCodeSchema = z
  .string()
  .trim()
  .refine(isEthnicityCode, "Mã dân tộc không hợp lệ: phải là mã 01–54 theo danh mục của Tổng cục Thống kê");
