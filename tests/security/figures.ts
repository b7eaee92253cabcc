/**
 * The figures docs/security.md reports (issue #12 "closing note"): each security test prints what
 * it measured on one line starting with "FIGURE", e.g. `npx vitest run tests/security | grep FIGURE`.
 */
export function figure(item: number, what: string): void {
  console.log(`FIGURE item ${item} [${process.env.THIDUA_TEST_DB ?? "pglite"}] ${what}`);
}
