/** Calendar-day arithmetic in Vietnam's time zone (deadlines are dates, not instants). */

const TZ = "Asia/Ho_Chi_Minh";

/** Today as yyyy-mm-dd in Vietnam. */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** Whole days from `from` to `to` (both yyyy-mm-dd); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  const b = Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)));
  return Math.round((b - a) / 86_400_000);
}

const NUMBER = new Intl.NumberFormat("vi-VN");

/** 1.150 — Vietnamese digit grouping. */
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? "" : NUMBER.format(n);
}
