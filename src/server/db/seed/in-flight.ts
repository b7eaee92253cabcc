/**
 * The demo plan "in flight" (issue #8 item 1; SPEC "Demo data", K2): the running plan's
 * story is written as it stood on IN_FLIGHT_DAY — unit plans due 131 days before, pilot
 * conferences 5 days before, unit conferences in 6 days, dossiers in 21, the town
 * conference in 87 — and every demo date is moved by the same number of days so that
 * the seed's "today" is that day. The template plan keeps the seed's original dates.
 * Tests seed at FIXED_NOW = IN_FLIGHT_DAY, so their dates do not move.
 */
import { vnDate } from "../../../domain/progress.ts";

export const IN_FLIGHT_DAY = "2020-03-25";

function dayNumber(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}

/** Whole days from IN_FLIGHT_DAY to the seed's today (in Vietnam). */
export function inFlightShift(now: Date): number {
  return dayNumber(vnDate(now)) - dayNumber(IN_FLIGHT_DAY);
}

/** A yyyy-mm-dd of the story moved by `shift` days. */
export function shiftDay(iso: string, shift: number): string {
  return new Date((dayNumber(iso) + shift) * 86_400_000).toISOString().slice(0, 10);
}

/** An instant of the story: `hhmm` on `iso` in Vietnam (UTC+7, no daylight saving), moved by `shift` days. */
export function shiftAt(iso: string, hhmm: string, shift: number): Date {
  return new Date(`${shiftDay(iso, shift)}T${hhmm}:00+07:00`);
}
