import { createTheme } from "@mantine/core";
import { viFilter } from "./lib/viFilter.ts";

const PAGER_LABELS = {
  first: "Trang đầu",
  previous: "Trang trước",
  next: "Trang sau",
  last: "Trang cuối",
} as const;

const FONT = '"Be Vietnam Pro", system-ui, sans-serif';

/** Bundled Be Vietnam Pro everywhere, so Vietnamese diacritics never depend on system fonts. */
export const theme = createTheme({
  fontFamily: FONT,
  headings: { fontFamily: FONT, fontWeight: "600" },
  primaryColor: "blue",
  primaryShade: 7,
  defaultRadius: "sm",
  components: {
    // Badges never shrink into "Đang hoạt …": a status must be read whole.
    Badge: { defaultProps: { tt: "none" }, styles: { root: { flexShrink: 0, minWidth: "max-content" } } },
    Table: { defaultProps: { verticalSpacing: "sm", horizontalSpacing: "md" } },
    Tooltip: { defaultProps: { multiline: true, maw: 320, withArrow: true } },
    // Mantine's built-in accessible names are English: give them Vietnamese ones.
    PasswordInput: {
      defaultProps: { visibilityToggleButtonProps: { "aria-label": "Hiện hoặc ẩn mật khẩu" } },
    },
    // The arrows of every pager (issue #13: controls without a name).
    Pagination: {
      defaultProps: {
        getControlProps: (control: "first" | "previous" | "last" | "next") => ({
          "aria-label": PAGER_LABELS[control],
        }),
      },
    },
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Đóng" } } },
    Notification: { defaultProps: { closeButtonProps: { "aria-label": "Đóng thông báo" } } },
    // Every picker searches with or without diacritics (E5, issue #13 item 4).
    Select: {
      defaultProps: {
        nothingFoundMessage: "Không có lựa chọn phù hợp",
        comboboxProps: { withinPortal: true },
        filter: viFilter,
      },
    },
    MultiSelect: { defaultProps: { nothingFoundMessage: "Không có lựa chọn phù hợp", filter: viFilter } },
    Autocomplete: { defaultProps: { filter: viFilter } },
  },
});
