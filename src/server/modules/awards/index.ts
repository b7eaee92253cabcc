/** What other modules may use of awards (SPEC H1, H2). */

export { awardTotalForConference } from "./totals.ts";
