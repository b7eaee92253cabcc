import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { passwordProblem } from "../../../domain/auth.ts";
import { AppError } from "../../http/errors.ts";

/** argon2id (N1), parameters per OWASP's minimum recommendation. */
/** 2 = Algorithm.Argon2id (a const enum, not importable under verbatimModuleSyntax). */
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A password a person can read aloud and type: 4 groups, no look-alike letters. */
export function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(16);
  let out = "";
  for (let i = 0; i < 16; i++) {
    if (i > 0 && i % 4 === 0) out += "-";
    out += alphabet[bytes[i]! % alphabet.length];
  }
  return out;
}

/** A dummy hash verified against when the user does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("thidua-dummy-password");
  return dummyHash;
}

/**
 * Common passwords (issue #12 item 2): zxcvbn-ts's list of about 49,000, plus ones
 * Vietnamese offices see typed, loaded on first use (it is large) and kept.
 */
const VIETNAMESE_COMMON = [
  "matkhau",
  "matkhau123",
  "matkhau@123",
  "matkhaumoi",
  "123456a@",
  "123456aa",
  "abc@123456",
  "admin@123",
  "admin12345",
  "vietnam123",
  "vietnam@123",
  "thidua123",
  "thidua@123",
  "anhyeuem",
  "yeuem123",
  "iloveyou123",
  "12345678910",
  "1234567890a",
  "qwerty123456",
];
let common: Promise<Set<string>> | undefined;
export async function isCommonPassword(lowercased: string): Promise<boolean> {
  common ??= import("@zxcvbn-ts/language-common").then(
    (m) => new Set([...m.dictionary["passwords-common"].map((p) => p.toLowerCase()), ...VIETNAMESE_COMMON]),
  );
  return (await common).has(lowercased);
}

/** Refuses a weak new password with a Vietnamese message on the named field (400 VALIDATION). */
export async function assertAcceptablePassword(
  password: string,
  opts: { username?: string; field: string },
): Promise<void> {
  const isCommon = await isCommonPassword(password.normalize("NFC").toLowerCase());
  const problem = passwordProblem(password, { username: opts.username, isCommon: () => isCommon });
  if (problem) throw new AppError("VALIDATION", problem, { fields: { [opts.field]: problem } });
}
