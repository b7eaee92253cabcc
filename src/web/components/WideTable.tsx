import { Table, type TableProps } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useLayoutEffect, useState } from "react";
import "./wide-table.css";

/** Below Mantine's "sm" breakpoint (48em): a phone held upright. */
export const PHONE_QUERY = "(max-width: 48em)";

/**
 * Copies each column's header text into its cells' `data-label`, so that on a phone every
 * cell can say what it is once the header row is out of sight; again whenever the rows change.
 * A header whose text says more than its name (a deadline, a count) gives the short name in
 * its own `data-label`, which wins.
 */
function useCellLabels(el: HTMLTableElement | null) {
  useLayoutEffect(() => {
    if (!el) return;
    const label = () => {
      const heads = [...el.querySelectorAll("thead tr:last-child th")].flatMap((th) =>
        Array<string>((th as HTMLTableCellElement).colSpan || 1).fill(
          th.getAttribute("data-label") ?? th.textContent?.trim() ?? "",
        ),
      );
      for (const row of el.querySelectorAll("tbody tr")) {
        let i = 0;
        for (const cell of (row as HTMLTableRowElement).cells) {
          const text = heads[i] ?? "";
          if (cell.getAttribute("data-label") !== text) cell.setAttribute("data-label", text);
          i += cell.colSpan || 1;
        }
      }
    };
    label();
    const watch = new MutationObserver(label);
    watch.observe(el, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [el]);
}

/**
 * A table with many columns (issue #13 item 2), one approach for every wide list: on a desk it
 * scrolls sideways inside its own box past `minWidth`; on a phone each row becomes a card —
 * the first cell (the name) as its title, every other cell on its own line under its column's
 * name — so status and actions stay in sight without sideways scrolling.
 */
export function WideTable({ minWidth, children, className, ...props }: TableProps & { minWidth: number }) {
  const phone = useMediaQuery(PHONE_QUERY);
  // A callback ref: the table element is a new one when the layout switches.
  const [table, setTable] = useState<HTMLTableElement | null>(null);
  useCellLabels(table);
  if (phone) {
    return (
      <Table ref={setTable} {...props} className={`wide-table-stacked ${className ?? ""}`}>
        {children}
      </Table>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table ref={setTable} {...props} className={className}>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
