/**
 * Who may do what with propaganda (SPEC J1; plan II.1.1, III.3): the culture office gives
 * tasks to any unit and logs for any unit; a unit (the radio–TV station, the culture
 * centre, a commune's radio) sees its own tasks and items and logs its own — another
 * unit's task is "not found". The office, the Council and the chairman read everything.
 */
import { has } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import { forbidden, notFound } from "../../http/errors.ts";

export const TASK_NOT_FOUND = "Không tìm thấy nhiệm vụ tuyên truyền này.";

export const propagandaPolicy = {
  readAll: (a: Actor) => has(a, "propaganda.read_all") || has(a, "propaganda.manage"),
  manage: (a: Actor) => has(a, "propaganda.manage"),
  logsOwn: (a: Actor) => has(a, "propaganda.log_own") && a.unitId !== null,
};

/** The units the actor's lists cover: null for every unit, else its own unit only. */
export function scopeOf(a: Actor, unitId?: string): string | null {
  if (propagandaPolicy.readAll(a)) return unitId ?? null;
  if (propagandaPolicy.logsOwn(a)) {
    if (unitId && unitId !== a.unitId) throw notFound("Không tìm thấy đơn vị.");
    return a.unitId!;
  }
  throw forbidden("Bạn không có quyền xem công tác tuyên truyền.");
}

/** The unit an item is logged for: any unit for the culture office, else the actor's own. */
export function loggingUnit(a: Actor, unitId: string | undefined): string {
  if (propagandaPolicy.manage(a)) {
    const u = unitId ?? a.unitId;
    if (!u) throw forbidden("Hãy chọn đơn vị của tin bài.");
    return u;
  }
  if (!propagandaPolicy.logsOwn(a)) throw forbidden("Bạn không có quyền ghi tin bài tuyên truyền.");
  if (unitId && unitId !== a.unitId) throw forbidden("Chỉ ghi được tin bài của đơn vị mình.");
  return a.unitId!;
}

/** A task's status is changed by the culture office or the unit that carries it out. */
export function requireTaskUpdatable(a: Actor, task: { unitId: string }): void {
  if (propagandaPolicy.manage(a)) return;
  if (propagandaPolicy.logsOwn(a) && a.unitId === task.unitId) return;
  if (propagandaPolicy.readAll(a))
    throw forbidden("Chỉ Phòng Văn hóa – Thông tin hoặc đơn vị được giao cập nhật nhiệm vụ.");
  throw notFound(TASK_NOT_FOUND);
}

export const canUpdateTask = (a: Actor, task: { unitId: string }) =>
  propagandaPolicy.manage(a) || (propagandaPolicy.logsOwn(a) && a.unitId === task.unitId);
