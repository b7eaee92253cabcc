/** What the app may use of the conference documents module: its routes (SPEC L1; issue #10 item 10). */
export { conferenceDocumentRoutes } from "./routes.ts";
