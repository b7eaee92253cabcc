import { type MantineSpacing, Pagination } from "@mantine/core";
import { pageCount } from "../../domain/paging.ts";

type Props = {
  /** Rows in all (the answer's `total`) and rows per page (its `limit`). */
  total: number;
  limit: number;
  page: number;
  onChange: (page: number) => void;
  /** What the list is, for screen readers: "Các trang danh sách tài khoản". */
  label: string;
  mt?: MantineSpacing;
};

/**
 * The pages of a server-paged list (issue #11 item 5): Mantine's Pagination with Vietnamese labels,
 * nothing when everything fits on one page.
 */
export function ListPagination({ total, limit, page, onChange, label, mt }: Props) {
  const pages = pageCount(total, limit);
  if (pages <= 1) return null;
  return (
    <Pagination
      mt={mt}
      total={pages}
      value={Math.min(page, pages)}
      onChange={onChange}
      aria-label={label}
      getControlProps={(control) => ({
        "aria-label": control === "next" ? "Trang sau" : control === "previous" ? "Trang trước" : control,
      })}
      getItemProps={(n) => ({ "aria-label": `Trang ${n}` })}
    />
  );
}
