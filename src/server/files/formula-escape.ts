/**
 * Formula injection in exported spreadsheets (issue #12 item 9, OWASP ASVS 5.0 1.2.10): a text
 * cell that starts with `=`, `+`, `-`, `@`, tab or carriage return is written with a leading `'`,
 * so that no spreadsheet (nor a person re-typing it) takes it for a formula. The readers strip
 * exactly that added `'`, so an export read back by an import gives the same text.
 *
 * Lossless both ways: a text that itself starts with `'` followed by one of those characters
 * or by another `'` gets one more `'` on export; any other leading `'` (e.g. "'Ngọc") is left alone.
 */

const FORMULA_START = /^[=+\-@\t\r]/u;
const ESCAPED = /^'[=+\-@\t\r']/u;

/** True when Excel would read the text as a formula if it were typed in (= + - @, tab, CR). */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text as it goes into an exported cell. */
export function escapeFormulaText(text: string): string {
  return FORMULA_START.test(text) || ESCAPED.test(text) ? `'${text}` : text;
}

/** The text read from a cell: the `'` an export added is taken off again. */
export function unescapeFormulaText(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
