/**
 * Server-side paging shared by every list API (issue #11 item 5; SPEC O1, O2): the
 * query takes `page` (from 1) and `limit`, the answer says `total` (from SQL COUNT),
 * `page` and `limit`, so a list holds at national scale (500,000 people, 10,000 units).
 */
import { z } from "zod";

/** `page` and `limit` query parameters with a default and a ceiling for the list. */
export function pageQuery(defaultLimit: number, maxLimit: number) {
  return z.object({
    page: z.coerce
      .number({ error: "Trang: phải là số" })
      .int("Trang: số nguyên")
      .min(1, "Trang: từ 1")
      .default(1),
    limit: z.coerce
      .number({ error: "Số dòng mỗi trang: phải là số" })
      .int("Số dòng mỗi trang: số nguyên")
      .min(1, "Số dòng mỗi trang: từ 1")
      .max(maxLimit, `Số dòng mỗi trang: tối đa ${maxLimit}`)
      .default(defaultLimit),
  });
}

export type PageParams = { page: number; limit: number };

/** The fields every paged answer has beside its items. */
export const PageInfoShape = {
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
};

/** A paged answer's schema for items of `item`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), ...PageInfoShape });
}

export type Page<T> = { items: T[]; total: number; page: number; limit: number };

/** Rows to skip for a page. */
export const offsetOf = (p: PageParams) => (p.page - 1) * p.limit;

/** Pages needed for `total` rows, at least 1 (for the Pagination control). */
export const pageCount = (total: number, limit: number) => Math.max(1, Math.ceil(total / limit));

/** Slices an already small, already ordered list (tens of rows at most) into a page. */
export function pageOfList<T>(all: readonly T[], p: PageParams): Page<T> {
  const start = offsetOf(p);
  return { items: all.slice(start, start + p.limit), total: all.length, page: p.page, limit: p.limit };
}
