/**
 * PostgreSQL error codes read through Drizzle's wrapper, and the one mapping
 * from a unique violation to a 409 CONFLICT naming the field (issue #7 item 5; SPEC N2).
 * Same codes on PostgreSQL 15 (`pg`) and PGlite.
 */
import { AppError } from "../http/errors.ts";

/** The SQLSTATE codes the services react to (PostgreSQL appendix A). */
export const PG_ERROR = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  notNullViolation: "23502",
  checkViolation: "23514",
  exclusionViolation: "23P01",
  serializationFailure: "40001",
  deadlockDetected: "40P01",
} as const;

/** SQLSTATE of an error, looking through Drizzle's `DrizzleQueryError` (`cause`) chain; undefined when none. */
export function pgErrorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 5 && e && typeof e === "object"; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/u.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isUniqueViolation = (err: unknown) => pgErrorCode(err) === PG_ERROR.uniqueViolation;
export const isForeignKeyViolation = (err: unknown) => pgErrorCode(err) === PG_ERROR.foreignKeyViolation;

/**
 * Rethrows a unique violation as 409 CONFLICT with `message` and `details.fields[field]`
 * (what the web forms show under the field); any other error is rethrown unchanged.
 * Use as `.catch(conflictOnUnique("code", \`Mã "${code}" đã có.\`))`.
 */
export function conflictOnUnique(field: string, message: string, fieldMessage = message) {
  return (err: unknown): never => {
    if (isUniqueViolation(err))
      throw new AppError("CONFLICT", message, { fields: { [field]: fieldMessage } });
    throw err;
  };
}
