import { formatDateVi } from "../../../domain/text.ts";
import { readTogether } from "../../db/read-together.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { buildUnitWorkbook } from "./export-xlsx.ts";
import { listUnitKinds } from "./kinds-service.ts";
import { unitPolicy } from "./policy.ts";
import { listUnits } from "./queries.ts";

/** The whole unit list, active or not, as xlsx; the export itself is logged (N3). */
export async function exportUnits(ctx: ServiceContext): Promise<{ buffer: Buffer; filename: string }> {
  if (!unitPolicy.canExport(ctx.actor)) {
    throw forbidden(
      "Chỉ Thường trực HĐ TĐKT, lãnh đạo UBND và thành viên Hội đồng được xuất danh sách đơn vị.",
    );
  }
  const now = ctx.clock.now();
  const [units, kinds] = await readTogether(ctx.db, [
    () => listUnits(ctx.db, { includeInactive: true }),
    () => listUnitKinds(ctx.db),
  ]);
  const kindOrder = new Map(kinds.map((k, i) => [k.code, i]));
  const buffer = await buildUnitWorkbook(units, { kindOrder, now });
  const filename = `Danh sách đơn vị ${formatDateVi(now).replaceAll("/", "-")}.xlsx`;
  await recordAudit(ctx.db, ctx, {
    action: "unit.export",
    entityType: "unit",
    after: { format: "xlsx", rows: units.length, filename },
  });
  return { buffer, filename };
}
