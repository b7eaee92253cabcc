/** The demo password every seeded test user has. */
export const TEST_PASSWORD = "thidua-test-password";
/** The seed's data is stamped at this instant (09:00 on IN_FLIGHT_DAY in Vietnam, so the demo plan keeps its dates); tests pass their own clock when time matters. */
export const FIXED_NOW = new Date("2020-03-25T02:00:00Z");
