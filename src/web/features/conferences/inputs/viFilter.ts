/** Kept for existing imports: the filter lives in `src/web/lib/viFilter.ts`. */
export { serverFiltered, viFilter } from "../../../lib/viFilter.ts";
