/** What other modules and the app may use of the files module (issue #7 item 7: reach a module only through its index.ts). */
export { fileRoutes } from "./routes.ts";
export { storeFile } from "./store.ts";
