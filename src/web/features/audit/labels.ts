/** Vietnamese names for what the audit log records (N2). */
import { ROLE_LABELS, type Role } from "../../../domain/roles.ts";
import { formatDateTimeVi, formatDateVi } from "../../../domain/text.ts";

export const ENTITY_LABELS: Record<string, string> = {
  unit: "Đơn vị",
  user: "Tài khoản",
  session: "Phiên đăng nhập",
  plan: "Kế hoạch",
  milestone: "Mốc thời gian",
  unit_kind: "Loại đơn vị",
  cluster: "Cụm thi đua",
  system: "Hệ thống",
};

export const FIELD_LABELS: Record<string, string> = {
  username: "Tên đăng nhập",
  fullName: "Họ và tên",
  role: "Vai trò",
  unitId: "Đơn vị",
  unitName: "Đơn vị",
  active: "Hoạt động",
  locked: "Bị khóa",
  failedLogins: "Số lần nhập sai mật khẩu",
  mustChangePassword: "Phải đổi mật khẩu",
  lastLoginAt: "Đăng nhập gần nhất",
  version: "Phiên bản",
  code: "Mã",
  name: "Tên",
  kind: "Loại đơn vị",
  kindCode: "Loại đơn vị",
  parentId: "Đơn vị cấp trên",
  workforce: "Số lao động",
  population: "Dân số",
  clusterId: "Cụm thi đua",
  address: "Địa chỉ",
  isPilot: "Đơn vị điểm",
  isDemo: "Số liệu mẫu",
  units: "Số đơn vị",
  users: "Số tài khoản",
  planId: "Kế hoạch",
  rows: "Số dòng",
  created: "Số đơn vị thêm",
  updated: "Số đơn vị cập nhật",
  reason: "Lý do",
  source: "Cách thực hiện",
  clusterName: "Cụm thi đua",
  kindName: "Loại đơn vị",
  parentCode: "Mã đơn vị cấp trên",
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  source: { import: "Nhập từ tệp Excel", form: "Nhập trên màn hình", api: "Qua giao diện lập trình" },
};

/** Fields not shown: internal, or repeated by a readable twin (kindName for kind, clusterName for clusterId). */
function hiddenKeys(keys: Set<string>): Set<string> {
  const hidden = new Set(["id", "passwordHash", "searchKey", "version"]);
  if (keys.has("kind") || keys.has("kindCode")) hidden.add("kindName");
  if (keys.has("clusterName")) hidden.add("clusterId");
  if (keys.has("unitName")) hidden.add("unitId");
  return hidden;
}

/** A readable name for the changed record, taken from the data itself (it may since have been deleted). */
export function recordName(before: unknown, after: unknown): string | undefined {
  for (const v of [after, before]) {
    const r = asRecord(v);
    const name = r?.name ?? r?.fullName ?? r?.username;
    if (typeof name === "string" && name) return name;
  }
  return undefined;
}

export type Lookups = {
  unitName: (id: string) => string | undefined;
  kindName: (code: string) => string | undefined;
};

/** A value as an office clerk reads it: names instead of ids, Có/Không, dd/mm/yyyy. */
export function formatValue(key: string, value: unknown, lookups: Lookups): string {
  if (value === null || value === undefined || value === "") return "(trống)";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (typeof value === "number") return new Intl.NumberFormat("vi-VN").format(value);
  if (typeof value === "string") {
    const named = VALUE_LABELS[key]?.[value];
    if (named) return named;
    if (key === "role" && value in ROLE_LABELS) return ROLE_LABELS[value as Role];
    if ((key === "unitId" || key === "parentId") && lookups.unitName(value)) return lookups.unitName(value)!;
    if ((key === "kind" || key === "kindCode") && lookups.kindName(value)) return lookups.kindName(value)!;
    if (/^\d{4}-\d{2}-\d{2}T/u.test(value)) return formatDateTimeVi(value);
    if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) return formatDateVi(value);
    return value;
  }
  return JSON.stringify(value);
}

export type DiffRow = {
  key: string;
  label: string;
  before: string | null;
  after: string | null;
  changed: boolean;
};

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** Before/after as rows, changed fields first; unchanged ones are kept for context. */
export function diffRows(before: unknown, after: unknown, lookups: Lookups): DiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return [];
  const keyset = new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})]);
  const hidden = hiddenKeys(keyset);
  const rows: DiffRow[] = [];
  for (const key of keyset) {
    if (hidden.has(key)) continue;
    const bv = b && key in b ? formatValue(key, b[key], lookups) : null;
    const av = a && key in a ? formatValue(key, a[key], lookups) : null;
    rows.push({ key, label: FIELD_LABELS[key] ?? key, before: bv, after: av, changed: bv !== av });
  }
  return rows.sort((x, y) => Number(y.changed) - Number(x.changed));
}
