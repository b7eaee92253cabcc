/**
 * The quota module's reads (F2): participating units with their figures (exemplars
 * honoured counted in SQL), versions of a conference's allocations (paged, COUNT in SQL)
 * and one version's lines.
 */
import { and, count, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AllocationDetail, AllocationVersion } from "../../../domain/quotas/schemas.ts";
import { viCollator } from "../../../domain/text.ts";
import type { Db } from "../../db/client.ts";
import { readTogether } from "../../db/read-together.ts";
import {
  conferences,
  delegates,
  planParticipants,
  quotaAllocations,
  quotaAllocationUnits,
  units,
  users,
} from "../../db/schema/index.ts";
import { latestPublishedAllocationId } from "./published.ts";

export type ParticipantFigures = {
  unitId: string;
  unitName: string;
  workforce: number | null;
  population: number | null;
  /** Exemplar delegates at the unit's own conference(s) of the plan. */
  honoured: number;
};

/** The plan's participating units, in Vietnamese order, with workforce, population and honoured. */
export async function participantFigures(db: Db, planId: string): Promise<ParticipantFigures[]> {
  const rows = await db
    .select({
      unitId: units.id,
      unitName: units.name,
      workforce: units.workforce,
      population: units.population,
      honoured: sql<number>`count(${delegates.id})::int`,
    })
    .from(planParticipants)
    .innerJoin(units, eq(units.id, planParticipants.unitId))
    .leftJoin(
      conferences,
      and(eq(conferences.planId, planParticipants.planId), eq(conferences.unitId, planParticipants.unitId)),
    )
    .leftJoin(delegates, and(eq(delegates.conferenceId, conferences.id), eq(delegates.role, "exemplar")))
    .where(eq(planParticipants.planId, planId))
    .groupBy(units.id, units.name, units.workforce, units.population);
  return rows
    .map((r) => ({ ...r, honoured: Number(r.honoured) }))
    .sort((a, b) => viCollator.compare(a.unitName, b.unitName) || (a.unitId < b.unitId ? -1 : 1));
}

export async function latestVersionNo(db: Db, conferenceId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${quotaAllocations.versionNo}), 0)::int` })
    .from(quotaAllocations)
    .where(eq(quotaAllocations.conferenceId, conferenceId));
  return Number(row?.n ?? 0);
}

const creator = alias(users, "creator");
const publisher = alias(users, "publisher");

function versionColumns() {
  return {
    id: quotaAllocations.id,
    versionNo: quotaAllocations.versionNo,
    basis: quotaAllocations.basis,
    total: quotaAllocations.total,
    minimum: quotaAllocations.minimum,
    maximum: quotaAllocations.maximum,
    note: quotaAllocations.note,
    weights: quotaAllocations.weights,
    overrides: quotaAllocations.overrides,
    createdAt: quotaAllocations.createdAt,
    createdByName: creator.fullName,
    publishedAt: quotaAllocations.publishedAt,
    publishedByName: publisher.fullName,
    conferenceId: quotaAllocations.conferenceId,
    planId: quotaAllocations.planId,
  };
}

type VersionRow = Awaited<ReturnType<typeof selectVersions>>[number];

function selectVersions(db: Db) {
  return db
    .select(versionColumns())
    .from(quotaAllocations)
    .leftJoin(creator, eq(creator.id, quotaAllocations.createdBy))
    .leftJoin(publisher, eq(publisher.id, quotaAllocations.publishedBy));
}

function toVersion(r: VersionRow, currentId: string | null): AllocationVersion {
  return {
    id: r.id,
    versionNo: r.versionNo,
    basis: r.basis,
    total: r.total,
    minimum: r.minimum,
    maximum: r.maximum,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName,
    publishedAt: r.publishedAt ? r.publishedAt.toISOString() : null,
    publishedByName: r.publishedByName,
    isCurrent: r.id === currentId,
  };
}

export async function listVersions(
  db: Db,
  conferenceId: string,
  page: { limit: number; offset: number },
): Promise<{ items: AllocationVersion[]; total: number }> {
  const [rows, [counted], currentId] = await readTogether(db, [
    () =>
      selectVersions(db)
        .where(eq(quotaAllocations.conferenceId, conferenceId))
        .orderBy(desc(quotaAllocations.versionNo))
        .limit(page.limit)
        .offset(page.offset),
    () =>
      db.select({ n: count() }).from(quotaAllocations).where(eq(quotaAllocations.conferenceId, conferenceId)),
    () => latestPublishedAllocationId(db, conferenceId),
  ]);
  return { items: rows.map((r) => toVersion(r, currentId)), total: Number(counted?.n ?? 0) };
}

/** One version with its lines (units in Vietnamese order); null when it does not exist. */
export async function loadVersion(
  db: Db,
  id: string,
): Promise<(AllocationDetail & { conferenceId: string; planId: string }) | null> {
  const [row] = await selectVersions(db).where(eq(quotaAllocations.id, id));
  if (!row) return null;
  const currentId = await latestPublishedAllocationId(db, row.conferenceId);
  const lines = await db
    .select({
      unitId: quotaAllocationUnits.unitId,
      unitName: units.name,
      weight: quotaAllocationUnits.weight,
      exact: quotaAllocationUnits.exact,
      seats: quotaAllocationUnits.seats,
      overridden: quotaAllocationUnits.overridden,
    })
    .from(quotaAllocationUnits)
    .innerJoin(units, eq(units.id, quotaAllocationUnits.unitId))
    .where(eq(quotaAllocationUnits.allocationId, id));
  lines.sort((a, b) => viCollator.compare(a.unitName, b.unitName) || (a.unitId < b.unitId ? -1 : 1));
  return {
    ...toVersion(row, currentId),
    conferenceId: row.conferenceId,
    planId: row.planId,
    weights: row.weights,
    overrides: row.overrides,
    lines: lines.map((l) => ({ ...l, exact: Number(l.exact) })),
  };
}

/** The latest published version's detail, or null. */
export async function loadPublished(db: Db, conferenceId: string) {
  const id = await latestPublishedAllocationId(db, conferenceId);
  return id ? loadVersion(db, id) : null;
}
