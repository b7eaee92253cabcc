/**
 * Who may import and export a conference's delegate list (E3, E4, N3): a thin
 * wrapper over domain/access.ts and the conference lifecycle. Import: whoever may
 * edit the conference's content now (checked by the conference's editable guard).
 * Export: whoever reads the conference, except roles without personal data (N3).
 */
import { seesPersonalData } from "../../../domain/access.ts";
import type { Actor } from "../../../domain/roles.ts";
import { forbidden } from "../../http/errors.ts";

export const delegateListPolicy = {
  canExport: (a: Actor) => seesPersonalData(a),
};

export function requireExporter(actor: Actor): void {
  if (!delegateListPolicy.canExport(actor)) {
    throw forbidden(
      "Danh sách trích ngang có dữ liệu cá nhân (năm sinh, dân tộc): vai trò của bạn không được xuất.",
    );
  }
}
