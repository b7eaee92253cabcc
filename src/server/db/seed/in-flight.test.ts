import { describe, expect, it } from "vitest";
import { IN_FLIGHT_DAY, inFlightShift, shiftAt, shiftDay } from "./in-flight.ts";

describe("the demo plan in flight", () => {
  it("does not move on the story's own day, in Vietnam", () => {
    expect(inFlightShift(new Date("2020-03-24T17:00:00Z"))).toBe(0);
    expect(inFlightShift(new Date("2020-03-24T16:59:59Z"))).toBe(-1);
    expect(shiftDay(IN_FLIGHT_DAY, 0)).toBe(IN_FLIGHT_DAY);
  });
  it("moves every date by the days from the story's day to today", () => {
    const shift = inFlightShift(new Date("2026-11-30T04:00:00Z"));
    expect(shiftDay(IN_FLIGHT_DAY, shift)).toBe("2026-11-30");
    expect(shiftDay("2019-11-15", shift)).toBe("2026-07-22");
    expect(shiftAt("2020-03-20", "16:00", 1).toISOString()).toBe("2020-03-21T09:00:00.000Z");
  });
});
