/**
 * Sign-in back-off (SPEC N1, N4; issue #12 item 1): failures in a row are counted per
 * key — an account at one address, an address across accounts, an account from
 * everywhere — and every `threshold`-th failure locks that key for a while that
 * doubles each time (15 minutes, 30, 60 … up to a day). Nothing here is permanent:
 * a stranger can slow an account down, never lock its owner out for good, and the
 * owner's own address keeps working when the failures came from elsewhere.
 */
export type BackoffScope = "account_address" | "address" | "account";

export type BackoffRule = { threshold: number; baseMinutes: number; maxMinutes: number };

/** The rules per scope; the account-at-address threshold comes from LOGIN_MAX_FAILURES. */
export function backoffRules(accountAddressThreshold: number): Record<BackoffScope, BackoffRule> {
  return {
    account_address: { threshold: accountAddressThreshold, baseMinutes: 15, maxMinutes: 24 * 60 },
    // Password spraying: many user names from one address.
    address: { threshold: 4 * accountAddressThreshold, baseMinutes: 15, maxMinutes: 24 * 60 },
    // Many addresses against one account: slowed, with a high bar so that one stranger cannot.
    account: { threshold: 10 * accountAddressThreshold, baseMinutes: 15, maxMinutes: 6 * 60 },
  };
}

/** Failures older than this are forgotten: the count starts again. */
export const BACKOFF_MEMORY_HOURS = 24;

/** How long the key is locked after its `failures`-th failure in a row, in minutes (0: not locked). */
export function lockMinutes(failures: number, rule: BackoffRule): number {
  if (failures < rule.threshold || failures % rule.threshold !== 0) return 0;
  const round = failures / rule.threshold; // 1, 2, 3 …
  return Math.min(rule.baseMinutes * 2 ** (round - 1), rule.maxMinutes);
}

/** The keys one attempt counts against. User names are compared lower-cased. */
export function backoffKeys(username: string, address: string): { scope: BackoffScope; key: string }[] {
  const user = username.trim().toLowerCase();
  return [
    { scope: "account_address", key: `acct:${user}|ip:${address}` },
    { scope: "address", key: `ip:${address}` },
    { scope: "account", key: `acct:${user}` },
  ];
}

/** "15 phút", "1 giờ", "1 giờ 30 phút": how long to wait, in words. */
export function waitInWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 60) return `${minutes} phút`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}
