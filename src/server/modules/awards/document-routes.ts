/**
 * Award downloads and certificate layouts (SPEC H1, L1; issue #14 items 2–3):
 * GET /api/awards/:id/decision.docx, /api/awards/:id/certificates.pdf,
 * GET /api/conferences/:id/awards/list.docx (read out at the conference),
 * GET/PUT /api/units/:id/certificate-layouts/:certificate, its calibration.pdf and the image
 * of the unit's blank (POST …/blank, multipart "file", PNG or JPEG).
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CertificateKindSchema } from "../../../domain/award-forms.ts";
import { CertificateLayoutSchema, CertificateLayoutUpdateSchema } from "../../../domain/certificates.ts";
import { DOCX } from "../../files/file-types.ts";
import { readUpload } from "../../files/multipart.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import { certificatesFile, decisionDocx, readingListDocx } from "./document-service.ts";
import { BLANK_MAX_BYTES, calibrationFile, getLayout, saveLayout, uploadBlank } from "./layout-service.ts";

const Id = z.object({ id: z.uuid("Mã không hợp lệ") });
const VersionQuery = z.object({
  version: z.coerce.number().int("Phiên bản dữ liệu: số nguyên").min(0, "Phiên bản dữ liệu: không âm"),
});
const LayoutParams = z.object({ id: z.uuid("Mã đơn vị không hợp lệ"), certificate: CertificateKindSchema });

const send = (reply: FastifyReply, mime: string, out: { buffer: Buffer; filename: string }) =>
  reply
    .header("content-type", mime)
    .header("content-disposition", attachmentDisposition(out.filename))
    .header("cache-control", "no-store")
    .send(out.buffer);

export async function awardDocumentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["awards"];

  r.get(
    "/api/awards/:id/decision.docx",
    { schema: { tags, summary: "Quyết định khen thưởng kèm danh sách (docx, NĐ 30)", params: Id } },
    async (req, reply) => send(reply, DOCX.mime, await decisionDocx(req.ctx(), req.params.id)),
  );
  r.get(
    "/api/awards/:id/certificates.pdf",
    {
      schema: {
        tags,
        summary: "Giấy khen / Bằng khen của mọi người được khen, in trên phôi (PDF)",
        params: Id,
      },
    },
    async (req, reply) => send(reply, "application/pdf", await certificatesFile(req.ctx(), req.params.id)),
  );
  r.get(
    "/api/conferences/:id/awards/list.docx",
    { schema: { tags, summary: "Danh sách tập thể, cá nhân được khen đọc tại hội nghị (docx)", params: Id } },
    async (req, reply) => send(reply, DOCX.mime, await readingListDocx(req.ctx(), req.params.id)),
  );
  r.get(
    "/api/units/:id/certificate-layouts/:certificate",
    {
      schema: {
        tags,
        summary: "Khổ phôi và vị trí các trường in (đã lưu hoặc mặc định)",
        params: LayoutParams,
        response: { 200: CertificateLayoutSchema },
      },
    },
    async (req) => getLayout(req.ctx(), req.params.id, req.params.certificate),
  );
  r.put(
    "/api/units/:id/certificate-layouts/:certificate",
    {
      schema: {
        tags,
        summary: "Lưu khổ phôi và vị trí các trường in (version = 0 khi đang dùng mặc định)",
        params: LayoutParams,
        body: CertificateLayoutUpdateSchema,
        response: { 200: CertificateLayoutSchema },
      },
    },
    async (req) => saveLayout(req.ctx(), req.params.id, req.params.certificate, req.body),
  );
  r.get(
    "/api/units/:id/certificate-layouts/:certificate/calibration.pdf",
    {
      schema: {
        tags,
        summary: "Trang căn chỉnh: lưới 10 mm và khung các trường (PDF)",
        params: LayoutParams,
      },
    },
    async (req, reply) =>
      send(reply, "application/pdf", await calibrationFile(req.ctx(), req.params.id, req.params.certificate)),
  );
  r.post(
    "/api/units/:id/certificate-layouts/:certificate/blank",
    {
      schema: {
        tags,
        summary:
          "Tải lên ảnh phôi (PNG hoặc JPEG, tối đa 5 MB; trường multipart 'file'; version = 0 khi đang dùng mặc định)",
        params: LayoutParams,
        querystring: VersionQuery,
        response: { 200: CertificateLayoutSchema },
      },
    },
    async (req) =>
      uploadBlank(req.ctx(), req.params.id, req.params.certificate, req.query.version, () =>
        readUpload(req, { what: "ảnh phôi (PNG hoặc JPEG)", maxBytes: BLANK_MAX_BYTES }),
      ),
  );
}
