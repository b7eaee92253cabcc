/**
 * Progress board and council assignments (K1, K2), over `src/domain/access.ts`: the office,
 * the Council and the chairman follow every unit; a unit user sees only its own row; the
 * office assigns units to Council members.
 */
import { has, hasAny } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import { forbidden } from "../../http/errors.ts";

export const progressPolicy = {
  readAll: (a: Actor) => has(a, "progress.read_all"),
  canRead: (a: Actor) => hasAny(a, "progress.read_all", "progress.read_own"),
  canAssign: (a: Actor) => has(a, "council.assign"),
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
