/**
 * The office's award data (SPEC H1, H2; issue #14 items 1–2): award forms with their
 * multipliers, base salaries as dated data, movements with their counts. Everyone signed in
 * reads them; only the office (`awards.manage_data`) changes them, versioned and audited.
 */
import { and, eq, max } from "drizzle-orm";
import type {
  AwardFormInput,
  AwardFormUpdate,
  AwardFormView,
  BaseSalaryView,
  MovementView,
} from "../../../domain/awards.ts";
import { moneyInWords } from "../../../domain/money-words.ts";
import { type Page, type PageParams, pageOfList } from "../../../domain/paging.ts";
import { conflictOnUnique } from "../../db/pg-errors.ts";
import { awardForms, baseSalaries } from "../../db/schema/index.ts";
import { versionedUpdate, withTx } from "../../db/write.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound, stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { awardPolicy } from "./policy.ts";
import { type BaseSalaryRow, loadForm, loadSalaries, pageForms, pageMovementCounts } from "./queries.ts";
import { formView } from "./view.ts";

const OFFICE_ONLY = "Chỉ Thường trực HĐ TĐKT (Phòng Nội vụ) được sửa danh mục khen thưởng và lương cơ sở.";

/** One page of the catalogue, by its order: the pickers walk every page, the office's table shows one. */
export async function listAwardForms(ctx: ServiceContext, p: PageParams): Promise<Page<AwardFormView>> {
  const page = await pageForms(ctx.db, p);
  return { ...page, items: page.items.map(formView) };
}

export async function createAwardForm(ctx: ServiceContext, input: AwardFormInput): Promise<AwardFormView> {
  if (!awardPolicy.canManageData(ctx.actor)) throw forbidden(OFFICE_ONLY);
  await withTx(ctx, async (tx) => {
    const [last] = await tx.db.select({ n: max(awardForms.sortOrder) }).from(awardForms);
    await tx.db.insert(awardForms).values({
      ...input,
      sortOrder: (last?.n ?? 0) + 1,
      updatedAt: ctx.clock.now(),
    });
    await recordAudit(tx.db, tx, {
      action: "award_form.create",
      entityType: "award_form",
      entityId: null,
      after: input,
    });
  }).catch(conflictOnUnique("code", `Mã hình thức: "${input.code}" đã có trong danh mục.`));
  return formView((await loadForm(ctx.db, input.code))!);
}

export async function updateAwardForm(ctx: ServiceContext, code: string, input: AwardFormUpdate) {
  if (!awardPolicy.canManageData(ctx.actor)) throw forbidden(OFFICE_ONLY);
  const before = await loadForm(ctx.db, code);
  if (!before) throw notFound("Không tìm thấy hình thức khen thưởng này.");
  const { version, ...set } = input;
  await withTx(ctx, async (tx) => {
    const changed = await tx.db
      .update(awardForms)
      .set({ ...set, version: version + 1, updatedAt: ctx.clock.now() })
      .where(and(eq(awardForms.code, code), eq(awardForms.version, version)))
      .returning({ version: awardForms.version });
    if (changed.length === 0) throw stale();
    const pick = (f: typeof before | typeof set) => ({
      name: f.name,
      certificate: f.certificate,
      individualPerMille: f.individualPerMille,
      collectivePerMille: f.collectivePerMille,
      legalBasis: f.legalBasis,
      active: f.active,
    });
    await recordAudit(tx.db, tx, {
      action: "award_form.update",
      entityType: "award_form",
      entityId: null,
      before: { code, ...pick(before) },
      after: { code, ...pick(set) },
    });
  });
  return formView((await loadForm(ctx.db, code))!);
}

const salaryView = (s: BaseSalaryRow): BaseSalaryView => ({
  id: s.id,
  effectiveFrom: s.effectiveFrom,
  amount: s.amount,
  amountInWords: moneyInWords(s.amount),
  legalBasis: s.legalBasis,
  version: s.version,
});

/** Newest first; a few rows a decade, paged like every list (issue #11). */
export async function listBaseSalaries(ctx: ServiceContext, p: PageParams): Promise<Page<BaseSalaryView>> {
  return pageOfList((await loadSalaries(ctx.db)).map(salaryView).reverse(), p);
}

type SalaryInput = { effectiveFrom: string; amount: number; legalBasis: string };
const dateTaken = (d: string) =>
  conflictOnUnique("effectiveFrom", `Áp dụng từ ngày: đã có mức lương cơ sở từ ngày ${d}.`);

export async function createBaseSalary(ctx: ServiceContext, input: SalaryInput): Promise<BaseSalaryView> {
  if (!awardPolicy.canManageData(ctx.actor)) throw forbidden(OFFICE_ONLY);
  const row = await withTx(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(baseSalaries)
      .values({ ...input, updatedAt: ctx.clock.now() })
      .returning();
    await recordAudit(tx.db, tx, {
      action: "base_salary.create",
      entityType: "base_salary",
      entityId: row!.id,
      after: input,
    });
    return row!;
  }).catch(dateTaken(input.effectiveFrom));
  return salaryView(row);
}

export async function updateBaseSalary(
  ctx: ServiceContext,
  id: string,
  input: SalaryInput & { version: number },
): Promise<BaseSalaryView> {
  if (!awardPolicy.canManageData(ctx.actor)) throw forbidden(OFFICE_ONLY);
  const [before] = await ctx.db.select().from(baseSalaries).where(eq(baseSalaries.id, id));
  if (!before) throw notFound("Không tìm thấy mức lương cơ sở này.");
  const { version, ...set } = input;
  const row = await withTx(ctx, async (tx) => {
    const row = await versionedUpdate(tx, baseSalaries, { id, version, set });
    await recordAudit(tx.db, tx, {
      action: "base_salary.update",
      entityType: "base_salary",
      entityId: id,
      before: { effectiveFrom: before.effectiveFrom, amount: before.amount, legalBasis: before.legalBasis },
      after: set,
    });
    return row;
  }).catch(dateTaken(input.effectiveFrom));
  return salaryView(row);
}

/** One page of the movements by their order, each with its counts (H2). */
export async function listMovements(ctx: ServiceContext, p: PageParams): Promise<Page<MovementView>> {
  return pageMovementCounts(ctx.db, p);
}
