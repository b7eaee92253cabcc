/**
 * A unit's certificate layouts (SPEC H1; issue #14 item 3): the blank's size and where each
 * field prints, saved or default; the image of the unit's pre-printed blank (PNG or JPEG,
 * checked by content and size through the files stack, kept as a file of the unit); the
 * calibration page. Who reads the unit's awards reads its layouts; the unit and the office
 * change them, versioned (409 on a stale save) and audited in the same transaction.
 */
import { and, eq } from "drizzle-orm";
import { CERTIFICATE_KIND_LABELS, type CertificateKind } from "../../../domain/award-forms.ts";
import {
  type CertificateLayoutUpdate,
  type CertificateLayoutView,
  DEFAULT_BLANK_SIZE,
  defaultFieldPositions,
} from "../../../domain/certificates.ts";
import type { Db } from "../../db/client.ts";
import { certificateLayouts, files } from "../../db/schema/index.ts";
import { withTx } from "../../db/write.ts";
import { JPEG, PNG } from "../../files/file-types.ts";
import type { ServiceContext } from "../../http/context.ts";
import { forbidden, notFound, stale } from "../../http/errors.ts";
import { recordAudit } from "../audit/index.ts";
import { linkFile, withStagedFile } from "../files/index.ts";
import { awardPolicy } from "./policy.ts";

/** The blank's image: a scan or photo, PNG or JPEG, at most 5 MB. */
export const BLANK_TYPES = [PNG.mime, JPEG.mime] as const;
export const BLANK_MAX_BYTES = 5 * 1024 * 1024;

const loadPdf = () => import("../../documents/certificates-pdf.ts");

/** The unit's saved layout for the blank, or the default one. */
export async function layoutOf(db: Db, unitId: string, certificate: CertificateKind) {
  const [row] = await db
    .select()
    .from(certificateLayouts)
    .where(and(eq(certificateLayouts.unitId, unitId), eq(certificateLayouts.certificate, certificate)));
  if (row) return { ...row, isDefault: false };
  const size = DEFAULT_BLANK_SIZE[certificate];
  return {
    unitId,
    certificate,
    ...size,
    fields: defaultFieldPositions(size.widthMm, size.heightMm),
    backgroundFileId: null as string | null,
    version: 0,
    isDefault: true,
  };
}

function assertUnitReadable(ctx: ServiceContext, unitId: string) {
  if (!awardPolicy.canRead(ctx.actor, { unitId })) throw notFound("Không tìm thấy đơn vị.");
}

function assertUnitEditable(ctx: ServiceContext, unitId: string) {
  assertUnitReadable(ctx, unitId);
  if (!awardPolicy.canEdit(ctx.actor, { unitId })) {
    throw forbidden("Chỉ đơn vị đó và Thường trực HĐ TĐKT được sửa phôi và vị trí in giấy khen, bằng khen.");
  }
}

export async function getLayout(
  ctx: ServiceContext,
  unitId: string,
  certificate: CertificateKind,
): Promise<CertificateLayoutView> {
  assertUnitReadable(ctx, unitId);
  const l = await layoutOf(ctx.db, unitId, certificate);
  const [blank] = l.backgroundFileId
    ? await ctx.db.select({ name: files.originalName }).from(files).where(eq(files.id, l.backgroundFileId))
    : [];
  return {
    unitId,
    certificate,
    widthMm: l.widthMm,
    heightMm: l.heightMm,
    fields: l.fields as CertificateLayoutView["fields"],
    backgroundFileId: l.backgroundFileId,
    blankFileName: blank?.name ?? null,
    isDefault: l.isDefault,
    version: l.version,
    canEdit: awardPolicy.canEdit(ctx.actor, { unitId }),
  };
}

type LayoutValues = Pick<CertificateLayoutUpdate, "widthMm" | "heightMm" | "fields"> & {
  backgroundFileId: string | null;
};

/** Inserts the first saved layout or updates the saved one at `version`; stale → 409. */
async function writeLayout(
  ctx: ServiceContext,
  db: Db,
  key: { unitId: string; certificate: CertificateKind },
  isDefault: boolean,
  version: number,
  values: LayoutValues,
) {
  if (isDefault) {
    await db
      .insert(certificateLayouts)
      .values({ ...key, ...values, version: 1, updatedAt: ctx.clock.now() })
      .catch(() => {
        throw stale();
      });
    return;
  }
  const changed = await db
    .update(certificateLayouts)
    .set({ ...values, version: version + 1, updatedAt: ctx.clock.now() })
    .where(
      and(
        eq(certificateLayouts.unitId, key.unitId),
        eq(certificateLayouts.certificate, key.certificate),
        eq(certificateLayouts.version, version),
      ),
    )
    .returning({ v: certificateLayouts.version });
  if (changed.length === 0) throw stale();
}

const summary = (certificate: CertificateKind, l: LayoutValues) => ({
  certificate,
  widthMm: l.widthMm,
  heightMm: l.heightMm,
  fields: l.fields.length,
  backgroundFileId: l.backgroundFileId,
});

export async function saveLayout(
  ctx: ServiceContext,
  unitId: string,
  certificate: CertificateKind,
  input: CertificateLayoutUpdate,
): Promise<CertificateLayoutView> {
  assertUnitEditable(ctx, unitId);
  const before = await layoutOf(ctx.db, unitId, certificate);
  if (before.version !== input.version) throw stale();
  const values: LayoutValues = {
    widthMm: input.widthMm,
    heightMm: input.heightMm,
    fields: input.fields,
    // Only an image the blank upload stored for this unit; otherwise keep the one saved.
    backgroundFileId: input.backgroundFileId === null ? null : before.backgroundFileId,
  };
  await withTx(ctx, async (tx) => {
    await writeLayout(tx, tx.db, { unitId, certificate }, before.isDefault, input.version, values);
    await recordAudit(tx.db, tx, {
      action: "certificate_layout.save",
      entityType: "certificate_layout",
      entityId: null,
      unitId,
      before: before.isDefault ? null : summary(certificate, before as LayoutValues),
      after: summary(certificate, values),
    });
  });
  return getLayout(ctx, unitId, certificate);
}

/**
 * Keeps the image of the unit's blank (issue #14 item 3) and links it to the layout. The
 * permission and the version are checked before the upload is read, so nobody's bytes are
 * taken for a layout they may not change; the file's type is found from its content.
 */
export async function uploadBlank(
  ctx: ServiceContext,
  unitId: string,
  certificate: CertificateKind,
  version: number,
  readUpload: () => Promise<{ buffer: Buffer; filename: string }>,
): Promise<CertificateLayoutView> {
  assertUnitEditable(ctx, unitId);
  const before = await layoutOf(ctx.db, unitId, certificate);
  if (before.version !== version) throw stale();
  const upload = await readUpload();
  const input = {
    buffer: upload.buffer,
    originalName: upload.filename,
    unitId,
    allowed: BLANK_TYPES,
    maxBytes: BLANK_MAX_BYTES,
  };
  await withStagedFile(ctx, input, (staged) =>
    withTx(ctx, async (tx) => {
      const file = await linkFile(tx.db, tx, staged);
      const values: LayoutValues = {
        widthMm: before.widthMm,
        heightMm: before.heightMm,
        fields: before.fields as LayoutValues["fields"],
        backgroundFileId: file.id,
      };
      await writeLayout(tx, tx.db, { unitId, certificate }, before.isDefault, version, values);
      await recordAudit(tx.db, tx, {
        action: "certificate_layout.blank",
        entityType: "certificate_layout",
        entityId: null,
        unitId,
        before: before.backgroundFileId ? { certificate, backgroundFileId: before.backgroundFileId } : null,
        after: { certificate, backgroundFileId: file.id, fileName: file.originalName },
      });
    }),
  );
  return getLayout(ctx, unitId, certificate);
}

export async function calibrationFile(
  ctx: ServiceContext,
  unitId: string,
  certificate: CertificateKind,
): Promise<{ buffer: Buffer; filename: string }> {
  const l = await getLayout(ctx, unitId, certificate);
  const buffer = await (await loadPdf()).calibrationPdf(l);
  return { buffer, filename: `Trang căn chỉnh ${CERTIFICATE_KIND_LABELS[certificate]}.pdf` };
}
