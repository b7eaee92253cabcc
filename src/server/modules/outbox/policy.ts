/** The outbox (SPEC K4) holds other people's e-mail addresses and texts: only the standing office reviews it. */
import { has } from "../../../domain/access.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden } from "../../http/errors.ts";

export const outboxPolicy = { canManage: (ctx: ServiceContext) => has(ctx.actor, "outbox.manage") };

export function requireOutboxManager(ctx: ServiceContext): void {
  if (!outboxPolicy.canManage(ctx)) {
    throw forbidden("Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được xem và gửi hộp thư đi.");
  }
}
