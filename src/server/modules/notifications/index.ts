/** What other modules may use from notifications (SPEC K4). */

export { conferenceReviewed, unitPlanReviewed } from "./events.ts";
export { notificationRoutes } from "./routes.ts";
export { insertNotifications, type NotificationText, notifyUnit } from "./write.ts";
