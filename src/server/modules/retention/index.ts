/** Personal data retention (issue #12 item 8): the job and `npm run data:anonymise` call `runRetention`. */
export { ANONYMISED_NAME, peopleDue, type RetentionResult, runRetention } from "./service.ts";
