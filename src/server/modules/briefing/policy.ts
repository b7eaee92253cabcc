/** Who reads the giao ban report (K3), over `src/domain/access.ts`: the office, the Council, the chairman. */
import { has } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import { forbidden } from "../../http/errors.ts";

export function requireBriefingReader(actor: Actor): void {
  if (!has(actor, "briefing.read")) throw forbidden("Bạn không có quyền xem báo cáo giao ban.");
}
