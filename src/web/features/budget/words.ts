/** The budget page's colours for states and variances. */
export function statusColor(status: string | null): string {
  switch (status) {
    case "approved":
      return "green";
    case "settled":
      return "teal";
    case "returned":
      return "red";
    case "in_review":
    case "awaiting_approval":
      return "orange";
    case "draft":
      return "blue";
    default:
      return "gray";
  }
}

/** "+200.000" / "−200.000" with the sign a reader of a settlement expects. */
export function signedDong(v: number | null): string {
  if (v === null) return "";
  const s = new Intl.NumberFormat("vi-VN").format(Math.abs(v));
  return v > 0 ? `+${s}` : v < 0 ? `−${s}` : "0";
}
