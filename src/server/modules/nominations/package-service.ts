/**
 * The package to the next level (SPEC F5, M1; issue #9 item 6). Export: the approved list
 * as versioned JSON (docs/package-format.md) with a SHA-256 over its canonical form.
 * Import, by the office of the receiving level: validated, all or nothing, as ONE
 * participating unit's nominations (the unit matched by code among the receiving plan's
 * participants), idempotent (a package already imported — same checksum — adds nobody).
 */
import { createHash, randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { LIST_OPEN, type ListStatus, NOMINATION_EDITABLE } from "../../../domain/nomination-lifecycle.ts";
import {
  canonicalJson,
  PACKAGE_MESSAGES as M,
  type NominationPackage,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type PackageBody,
  PackageSchema,
  packageBody,
} from "../../../domain/nomination-package.ts";
import type { PackageImportResult } from "../../../domain/nominations.ts";
import { ethnicityName } from "../../../domain/people/ethnicities.ts";
import { personIdentityKey, personSearchKey } from "../../../domain/persons.ts";
import { cleanText } from "../../../domain/text.ts";
import {
  nominationEntries,
  nominationPackages,
  nominations,
  persons,
  planParticipants,
  unitKinds,
  units,
} from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import { readJsonUpload } from "../../files/json-read.ts";
import type { ServiceContext } from "../../http/context.ts";
import { AppError } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { officeConference } from "./policy.ts";
import { compiledPeople, listOf, nominationOf } from "./queries.ts";

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
export const checksumOf = (body: PackageBody) => sha256(canonicalJson(body));

/** The approved list of the office's conference as a package (409 until the chairman approved it). */
export async function exportPackage(ctx: ServiceContext, conferenceId?: string) {
  const conf = await officeConference(ctx, conferenceId);
  const list = await listOf(ctx.db, conf.id);
  if (list?.status !== "approved") {
    throw new AppError("CONFLICT", "Chỉ xuất được gói gửi cấp trên khi Chủ tịch đã phê duyệt danh sách.");
  }
  const [unit] = await ctx.db
    .select({ code: units.code, name: units.name, kindCode: units.kindCode, kindName: unitKinds.name })
    .from(units)
    .innerJoin(unitKinds, eq(unitKinds.code, units.kindCode))
    .where(eq(units.id, conf.unitId));
  const people = (await compiledPeople(ctx.db, conf.id)).items;
  const byRole = { exemplar: 0, guest: 0 };
  const body: PackageBody = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    packageId: randomUUID(),
    createdAt: ctx.clock.now().toISOString(),
    plan: { numberSymbol: conf.planNumberSymbol, title: conf.planTitle, issuedOn: conf.planIssuedOn },
    sender: { unit: unit! },
    conference: {
      title: conf.title,
      date: conf.date,
      approvedAt: (list.decidedAt ?? ctx.clock.now()).toISOString(),
    },
    people: people.map((p) => ({
      order: ++byRole[p.role],
      role: p.role,
      fullName: p.fullName,
      gender: p.gender === "male" || p.gender === "female" ? p.gender : null,
      birthYear: p.birthYear,
      ethnicityCode: p.ethnicityCode,
      ethnicityName: p.ethnicityCode ? ethnicityName(p.ethnicityCode) : null,
      position: p.position,
      workplace: p.workplace,
      categories: p.categories,
      emulationLevel: p.emulationLevel,
      economicSector: p.economicSector,
      achievement: p.achievement,
      nominatedBy: p.role === "exemplar" && p.unitCode ? { code: p.unitCode, name: p.unitName ?? "" } : null,
    })),
  };
  const pkg: NominationPackage = { ...body, checksum: { algorithm: "sha256", value: checksumOf(body) } };
  const filename = `Goi danh sach dai bieu - ${unit!.code} - ${body.createdAt.slice(0, 10)}.json`;
  await recordAudit(ctx.db, ctx, {
    action: "nomination_list.export",
    entityType: "conference",
    entityId: conf.id,
    unitId: conf.unitId,
    after: { document: "package.json", rows: people.length, filename, checksum: pkg.checksum.value },
  });
  return { pkg, filename };
}

const unprocessable = (message: string) => new AppError("UNPROCESSABLE", message);

/** Checks a parsed file: format, version, shape, checksum — in that order, each with its own message. */
export function verifyPackage(raw: unknown): NominationPackage {
  const obj = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!obj || obj.format !== PACKAGE_FORMAT) throw unprocessable(M.notPackage);
  if (obj.formatVersion !== PACKAGE_FORMAT_VERSION) throw unprocessable(M.wrongVersion(obj.formatVersion));
  const parsed = PackageSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw unprocessable(M.invalid(issue.path.join(".") || "gốc tệp"));
  }
  if (checksumOf(packageBody(parsed.data)) !== parsed.data.checksum.value) throw unprocessable(M.badChecksum);
  return parsed.data;
}

export async function importPackage(
  ctx: ServiceContext,
  buffer: Buffer,
  conferenceId?: string,
): Promise<PackageImportResult> {
  const conf = await officeConference(ctx, conferenceId);
  const pkg = verifyPackage(readJsonUpload(buffer, M.notJson));
  const sender = pkg.sender.unit;
  const [unit] = await ctx.db
    .select({ id: units.id, name: units.name, code: units.code })
    .from(units)
    .innerJoin(
      planParticipants,
      and(eq(planParticipants.unitId, units.id), eq(planParticipants.planId, conf.planId)),
    )
    .where(eq(units.code, sender.code));
  if (!unit) throw unprocessable(M.unknownUnit(sender.code, sender.name));
  const exemplars = pkg.people.filter((p) => p.role === "exemplar");
  const guestsSkipped = pkg.people.length - exemplars.length;
  const checksum = pkg.checksum.value;
  const result = (added: number, alreadyImported: boolean): PackageImportResult => ({
    unitCode: unit.code,
    unitName: unit.name,
    added,
    alreadyImported,
    guestsSkipped,
    message: alreadyImported
      ? `Gói này của ${unit.name} đã được nhập trước đây: không thêm ai.`
      : `Đã nhập ${added} đại biểu điển hình do ${unit.name} đề cử${guestsSkipped > 0 ? ` (bỏ qua ${guestsSkipped} khách mời của cấp dưới)` : ""}.`,
  });
  const [seen] = await ctx.db
    .select({ id: nominationPackages.id })
    .from(nominationPackages)
    .where(and(eq(nominationPackages.conferenceId, conf.id), eq(nominationPackages.checksum, checksum)));
  if (seen) return result(0, true);

  const list = await listOf(ctx.db, conf.id);
  if (list && !LIST_OPEN.includes(list.status as ListStatus)) {
    throw new AppError(
      "CONFLICT",
      "Danh sách của cấp này đã trình Chủ tịch hoặc đã phê duyệt: không nhập thêm đề cử được.",
    );
  }
  const existing = await nominationOf(ctx.db, conf.id, unit.id);
  if (existing && !NOMINATION_EDITABLE.includes(existing.status as (typeof NOMINATION_EDITABLE)[number])) {
    throw new AppError(
      "CONFLICT",
      `${unit.name} đã có danh sách đề cử đang chờ xét hoặc đã chấp nhận: trả lại danh sách đó trước khi nhập gói mới.`,
    );
  }
  const keys = exemplars.map((p) => personIdentityKey(p));
  if (new Set(keys).size !== keys.length)
    throw unprocessable(M.invalid("people (một người có hai lần trong gói)"));

  return withTx(ctx, async (tx) => {
    const now = tx.clock.now();
    const known = keys.length
      ? await tx.db
          .select({ id: persons.id, key: persons.identityKey })
          .from(persons)
          .where(and(eq(persons.unitId, unit.id), inArray(persons.identityKey, keys)))
      : [];
    const byKey = new Map(known.map((k) => [k.key, k.id]));
    const ids: string[] = [];
    for (const p of exemplars) {
      const key = personIdentityKey(p);
      let id = byKey.get(key);
      if (!id) {
        const values = {
          fullName: cleanText(p.fullName),
          gender: p.gender,
          birthYear: p.birthYear,
          ethnicityCode: p.ethnicityCode,
          position: p.position,
          workplace: p.workplace,
          categories: p.categories,
          emulationLevel: p.emulationLevel,
          economicSector: p.economicSector,
          achievement: p.achievement,
        };
        const [row] = await tx.db
          .insert(persons)
          .values({
            ...values,
            unitId: unit.id,
            searchKey: personSearchKey(values),
            identityKey: key,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: persons.id });
        id = row!.id;
        byKey.set(key, id);
      }
      ids.push(id);
    }
    let nominationId = existing?.id;
    if (existing) {
      await versionedUpdate(tx, nominations, {
        id: existing.id,
        version: existing.version,
        set: { status: "submitted", source: "package", submittedAt: now, reviewComment: null },
        where: inArray(nominations.status, [...NOMINATION_EDITABLE]),
      });
      await tx.db.delete(nominationEntries).where(eq(nominationEntries.nominationId, existing.id));
    } else {
      const [created] = await tx.db
        .insert(nominations)
        .values({
          conferenceId: conf.id,
          unitId: unit.id,
          status: "submitted",
          source: "package",
          submittedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: nominations.id });
      nominationId = created!.id;
    }
    if (ids.length > 0) {
      await tx.db.insert(nominationEntries).values(
        exemplars.map((p, i) => ({
          nominationId: nominationId!,
          personId: ids[i]!,
          order: i + 1,
          achievement: p.achievement?.trim() || "(không ghi)",
        })),
      );
    }
    await tx.db.insert(nominationPackages).values({
      conferenceId: conf.id,
      unitId: unit.id,
      nominationId: nominationId!,
      packageId: pkg.packageId,
      checksum,
      formatVersion: pkg.formatVersion,
      people: ids.length,
      importedBy: tx.actor.userId,
      importedAt: now,
    });
    await recordAudit(tx.db, tx, {
      action: "nomination_package.import",
      entityType: "nomination",
      entityId: nominationId!,
      unitId: unit.id,
      after: { checksum, added: ids.length, guestsSkipped, unitCode: unit.code },
    });
    return result(ids.length, false);
  });
}
