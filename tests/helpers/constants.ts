/** The demo password every seeded test user has. */
export const TEST_PASSWORD = "thidua-test-password";
/** The seed's data is stamped at this instant; tests pass their own clock when time matters. */
export const FIXED_NOW = new Date("2019-11-01T02:00:00Z");
