/**
 * Names for the ids an audit page mentions (SPEC N2; issue #7 item 6): users, units,
 * people, collectives, delegates, conferences, plans, unit plans and files, plus unit
 * kinds by code — one UNION ALL query per page, never one per row.
 */
import { inArray, sql } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { CONFERENCE_KIND_LABELS } from "../../../domain/audit/values.ts";
import type { Db } from "../../db/client.ts";
import {
  collectives,
  conferences,
  delegates,
  files,
  persons,
  plans,
  unitKinds,
  unitPlanSubmissions,
  units,
  users,
} from "../../db/schema/index.ts";

const text = (s: ReturnType<typeof sql>) => s.mapWith(String);

/** id (or `kind:<code>`) → display name; ids that match nothing are simply absent. */
export async function lookupNames(db: Db, ids: string[], kindCodes: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0 && kindCodes.length === 0) return out;
  const idList = ids.length ? ids : ["00000000-0000-0000-0000-000000000000"];
  const row = (id: ReturnType<typeof sql>, name: ReturnType<typeof sql>, tag: ReturnType<typeof sql>) => ({
    id: text(id),
    name: text(name),
    tag: text(tag),
  });
  const rows = await unionAll(
    db
      .select(row(sql`${users.id}::text`, sql`${users.fullName}`, sql`'user'`))
      .from(users)
      .where(inArray(users.id, idList)),
    db
      .select(row(sql`${units.id}::text`, sql`${units.name}`, sql`'unit'`))
      .from(units)
      .where(inArray(units.id, idList)),
    db
      .select(row(sql`${persons.id}::text`, sql`${persons.fullName}`, sql`'person'`))
      .from(persons)
      .where(inArray(persons.id, idList)),
    db
      .select(row(sql`${collectives.id}::text`, sql`${collectives.name}`, sql`'collective'`))
      .from(collectives)
      .where(inArray(collectives.id, idList)),
    db
      .select(
        row(
          sql`${delegates.id}::text`,
          sql`coalesce(${persons.fullName}, ${collectives.name}, '')`,
          sql`'delegate'`,
        ),
      )
      .from(delegates)
      .leftJoin(persons, sql`${persons.id} = ${delegates.personId}`)
      .leftJoin(collectives, sql`${collectives.id} = ${delegates.collectiveId}`)
      .where(inArray(delegates.id, idList)),
    db
      .select(
        row(sql`${conferences.id}::text`, sql`${units.name}`, sql`'conference:' || ${conferences.kind}`),
      )
      .from(conferences)
      .innerJoin(units, sql`${units.id} = ${conferences.unitId}`)
      .where(inArray(conferences.id, idList)),
    db
      .select(row(sql`${unitPlanSubmissions.id}::text`, sql`${units.name}`, sql`'unit_plan'`))
      .from(unitPlanSubmissions)
      .innerJoin(units, sql`${units.id} = ${unitPlanSubmissions.unitId}`)
      .where(inArray(unitPlanSubmissions.id, idList)),
    db
      .select(row(sql`${plans.id}::text`, sql`${plans.title}`, sql`'plan'`))
      .from(plans)
      .where(inArray(plans.id, idList)),
    db
      .select(row(sql`${files.id}::text`, sql`${files.originalName}`, sql`'file'`))
      .from(files)
      .where(inArray(files.id, idList)),
    db
      .select(row(sql`'kind:' || ${unitKinds.code}`, sql`${unitKinds.name}`, sql`'kind'`))
      .from(unitKinds)
      .where(inArray(unitKinds.code, kindCodes.length ? kindCodes : [""])),
  );
  for (const r of rows) out.set(r.id, displayName(r.name, r.tag));
  return out;
}

function displayName(name: string, tag: string): string {
  if (tag.startsWith("conference:")) {
    const kind = CONFERENCE_KIND_LABELS[tag.slice("conference:".length)] ?? "Hội nghị";
    return `${kind} – ${name}`;
  }
  if (tag === "unit_plan") return `Kế hoạch của ${name}`;
  return name;
}
