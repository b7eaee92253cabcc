/**
 * Unit kinds and emulation clusters are data the office extends (M1, B1):
 * no level of government is written into the code.
 */
import type { z } from "zod";
import { cleanText, compareVi, foldVietnamese } from "../../../domain/text.ts";
import type { Cluster, ClusterInputSchema, UnitKind, UnitKindInputSchema } from "../../../domain/units.ts";
import type { Db } from "../../db/client.ts";
import { conflictOnUnique } from "../../db/pg-errors.ts";
import { clusters, unitKinds } from "../../db/schema/index.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError, forbidden } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { unitPolicy } from "./policy.ts";

export type UnitKindCreateData = z.output<typeof UnitKindInputSchema>;
export type ClusterCreateData = z.output<typeof ClusterInputSchema>;

function requireManager(ctx: ServiceContext, what: string) {
  if (!unitPolicy.canManage(ctx.actor))
    throw forbidden(`Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được thêm ${what}.`);
}

/** All kinds, by their order, then name (vi). */
export async function listUnitKinds(db: Db): Promise<UnitKind[]> {
  const rows = await db.select().from(unitKinds);
  return rows.sort((a, b) => a.sortOrder - b.sortOrder || compareVi(a.name, b.name));
}

export async function createUnitKind(ctx: ServiceContext, input: UnitKindCreateData): Promise<UnitKind> {
  requireManager(ctx, "loại đơn vị");
  const existing = await listUnitKinds(ctx.db);
  const sameCode = existing.find((k) => k.code === input.code);
  if (sameCode) {
    const message = `Mã loại "${input.code}" đã có (loại "${sameCode.name}").`;
    throw new AppError("CONFLICT", message, { fields: { code: message } });
  }
  // Imports find a kind by its name too, so two kinds may not share a name.
  const sameName = existing.find((k) => foldVietnamese(k.name) === foldVietnamese(input.name));
  if (sameName) {
    const message = `Đã có loại đơn vị tên "${sameName.name}" (mã "${sameName.code}").`;
    throw new AppError("CONFLICT", message, { fields: { name: message } });
  }
  return ctx.db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(unitKinds)
        .values({
          code: input.code,
          name: input.name,
          sortOrder: input.sortOrder,
          hasWorkforce: input.hasWorkforce,
          isArea: input.isArea,
        })
        .returning();
      await recordAudit(tx, ctx, {
        action: "unit_kind.create",
        entityType: "unit_kind",
        entityId: row!.code,
        after: row,
      });
      return row!;
    })
    .catch(conflictOnUnique("code", `Mã loại "${input.code}" đã có.`));
}

export async function listClusters(db: Db): Promise<Cluster[]> {
  const rows = await db.select({ id: clusters.id, name: clusters.name, note: clusters.note }).from(clusters);
  return rows.sort((a, b) => compareVi(a.name, b.name));
}

export async function createCluster(ctx: ServiceContext, input: ClusterCreateData): Promise<Cluster> {
  requireManager(ctx, "cụm thi đua");
  const existing = await listClusters(ctx.db);
  const same = existing.find((c) => foldVietnamese(c.name) === foldVietnamese(input.name));
  if (same) {
    const message = `Đã có cụm thi đua "${same.name}".`;
    throw new AppError("CONFLICT", message, { fields: { name: message } });
  }
  const note = input.note ? cleanText(input.note) || null : null;
  return ctx.db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(clusters)
        .values({ name: input.name, note, createdAt: ctx.clock.now() })
        .returning({ id: clusters.id, name: clusters.name, note: clusters.note });
      await recordAudit(tx, ctx, {
        action: "cluster.create",
        entityType: "cluster",
        entityId: row!.id,
        after: row,
      });
      return row!;
    })
    .catch(conflictOnUnique("name", `Đã có cụm thi đua "${input.name}".`));
}
