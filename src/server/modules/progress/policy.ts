/**
 * Progress board and council assignments (K1, K2): the office, the Council and the
 * chairman follow every unit; a unit user sees only its own row; the office assigns
 * units to Council members.
 */
import type { Actor } from "../../../domain/roles.ts";
import { forbidden } from "../../http/errors.ts";

const READ_ALL = new Set(["office", "council", "chairman"]);

export const progressPolicy = {
  readAll: (a: Actor) => READ_ALL.has(a.role),
  canRead: (a: Actor) => READ_ALL.has(a.role) || (a.role === "unit" && a.unitId !== null),
  canAssign: (a: Actor) => a.role === "office",
};

export function requireBoardReader(actor: Actor): void {
  if (!progressPolicy.canRead(actor)) throw forbidden("Bạn không có quyền xem bảng theo dõi tiến độ.");
}

export function requireAssignmentsReader(actor: Actor): void {
  if (!progressPolicy.readAll(actor)) throw forbidden("Bạn không có quyền xem phân công theo dõi đơn vị.");
}

export function requireAssigner(actor: Actor): void {
  if (!progressPolicy.canAssign(actor))
    throw forbidden("Chỉ Thường trực HĐ TĐKT được phân công thành viên Hội đồng theo dõi đơn vị.");
}
