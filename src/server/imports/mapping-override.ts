/**
 * The user's column mapping over the detected one (SPEC E3; issue #10 item 2: the name
 * may take two columns, "fullName" and "givenName"), checked: a column letter, one
 * field per column, and a name column.
 */
import { columnNumber } from "../files/cell-text.ts";
import { type ColumnMapping, FIELD_KEYS, FIELD_LABELS, type FieldKey } from "./delegate-headers.ts";
import type { DelegateImportError } from "./delegate-row.ts";

export type MappingOverride = Partial<Record<FieldKey, string | null>>;

/** The user's mapping over the detected one, checked. */
export function applyOverride(
  detected: ColumnMapping,
  override: MappingOverride | undefined,
  headerRow: number,
  errors: DelegateImportError[],
): ColumnMapping {
  const mapping = { ...detected };
  for (const key of FIELD_KEYS) {
    if (!override || !(key in override)) continue;
    const value = override[key];
    if (value === undefined) continue;
    if (value === null || value.trim() === "") {
      mapping[key] = null;
      continue;
    }
    const n = columnNumber(value);
    if (n === null) {
      errors.push({
        row: headerRow,
        column: value,
        field: key,
        message: `Cột “${value}” chọn cho “${FIELD_LABELS[key]}” không hợp lệ: ghi chữ cái của cột, ví dụ “B”.`,
      });
      mapping[key] = null;
    } else mapping[key] = value.trim().toUpperCase();
  }
  const owner = new Map<string, FieldKey>();
  for (const key of FIELD_KEYS) {
    const col = mapping[key];
    if (!col) continue;
    const other = owner.get(col);
    if (other) {
      errors.push({
        row: headerRow,
        column: col,
        field: key,
        message: `Cột ${col} được chọn cho cả “${FIELD_LABELS[other]}” và “${FIELD_LABELS[key]}”: mỗi cột chỉ dùng cho một thông tin.`,
      });
    } else owner.set(col, key);
  }
  if (!mapping.fullName) {
    errors.push({ row: headerRow, column: "", field: "fullName", message: "Chưa chọn cột “Họ và tên”." });
  }
  return mapping;
}
