/** What the app may use of the briefing report module (K3): its routes. */
export { briefingRoutes } from "./routes.ts";
