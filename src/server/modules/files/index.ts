/** What other modules and the app may use of the files module (issue #7 item 7: reach a module only through its index.ts). */

export type { StoreFileInput } from "./check.ts";
export { CHUNK_BYTES, chunkRows } from "./chunks.ts";
export { fileRoutes } from "./routes.ts";
export { cleanStagedFiles, type StagedFile, stageFile, withStagedFile } from "./staging.ts";
export { linkFile, type StoredFile } from "./store.ts";
