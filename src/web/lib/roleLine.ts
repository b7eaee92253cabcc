import type { Me } from "../../domain/auth.ts";
import { ROLE_LABELS } from "../../domain/roles.ts";

/** Role and unit under a person's name, without repeating what the name already says. */
export function roleLine(me: Pick<Me, "fullName" | "role" | "unitName">): string {
  const role = ROLE_LABELS[me.role];
  const parts: string[] = [];
  if (!me.fullName.includes(role)) parts.push(role);
  if (me.unitName && !me.fullName.includes(me.unitName) && !parts.some((p) => p.includes(me.unitName!))) {
    parts.push(me.unitName);
  }
  return parts.join(" · ");
}
