/**
 * Nominations to the higher conference (SPEC F4, F5; issue #9 items 4–7).
 * Unit: /api/nominations/mine (read, candidates, save, submit).
 * Office: /api/nominations (overview), /api/nominations/:id (accept, return), the compiled
 * list's guests and sending, documents, the package export and import.
 * Chairman: approve or return the list. Council: reads.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CandidatePageSchema,
  GuestAddSchema,
  ListPageSchema,
  MyNominationAnswerSchema,
  MyNominationSchema,
  NominationSaveSchema,
  NominationViewSchema,
  OverviewAnswerSchema,
  OverviewQuerySchema,
  PackageImportResultSchema,
  ReturnBodySchema,
  VersionBodySchema,
} from "../../../domain/nominations.ts";
import { DOCX, XLSX } from "../../files/file-types.ts";
import { readUpload } from "../../files/multipart.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { exportListDocument, LIST_DOCUMENTS } from "./documents-service.ts";
import { addGuest, approveList, listPage, removeGuest, returnList, sendList } from "./list-service.ts";
import { exportPackage, importPackage } from "./package-service.ts";
import { officeConference } from "./policy.ts";
import { acceptNomination, getNomination, overview, returnNomination } from "./review-service.ts";
import { getMine, listCandidates, saveMine, submitMine } from "./unit-service.ts";

const tags = ["nominations"];
const IdParams = z.object({ id: z.uuid("Mã đề cử không hợp lệ") });
const PersonParams = z.object({ personId: z.uuid("Mã người không hợp lệ") });
const Conf = z.object({ conferenceId: z.uuid("Mã hội nghị không hợp lệ").optional() });
const Page = Conf.extend({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const ListStepResult = z.object({ status: z.string(), version: z.number().int(), added: z.number().int() });
const GuestResult = z.object({ version: z.number().int(), personId: z.uuid() });
const MIME = { docx: DOCX.mime, xlsx: XLSX.mime } as const;
/** A package is a few hundred people: 5 MB is far beyond any real one. */
const PACKAGE_MAX_BYTES = 5 * 1024 * 1024;

export async function nominationRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/nominations/mine",
    {
      schema: {
        tags,
        summary:
          "Đề cử của đơn vị mình, chỉ tiêu và hội nghị cấp trên (conference null kèm lý do khi chưa có hội nghị nhận đề cử)",
        response: { 200: MyNominationAnswerSchema },
      },
    },
    async (req) => getMine(req.ctx()),
  );
  r.get(
    "/api/nominations/mine/candidates",
    {
      schema: {
        tags,
        summary:
          "Người đơn vị có thể đề cử (danh sách của đơn vị, đại biểu hội nghị của đơn vị), tìm không dấu",
        querystring: Page.omit({ conferenceId: true }).extend({ q: z.string().max(200).optional() }),
        response: { 200: CandidatePageSchema },
      },
    },
    async (req) => listCandidates(req.ctx(), req.query),
  );
  r.put(
    "/api/nominations/mine",
    {
      schema: {
        tags,
        summary: "Lưu danh sách đề cử (theo thứ tự, kèm tóm tắt thành tích)",
        body: NominationSaveSchema,
        response: { 200: MyNominationSchema },
      },
    },
    async (req) => saveMine(req.ctx(), req.body),
  );
  r.post(
    "/api/nominations/mine/submit",
    {
      schema: {
        tags,
        summary: "Gửi đề cử lên Thường trực",
        body: VersionBodySchema,
        response: { 200: MyNominationSchema },
      },
    },
    async (req) => submitMine(req.ctx(), req.body.version),
  );

  r.get(
    "/api/nominations",
    {
      schema: {
        tags,
        summary:
          "Tổng hợp đề cử: một trang các đơn vị so với chỉ tiêu (tìm tên không dấu), số liệu chung, người trùng, cơ cấu (conference null kèm lý do khi chưa có hội nghị nhận đề cử)",
        querystring: OverviewQuerySchema,
        response: { 200: OverviewAnswerSchema },
      },
    },
    async (req) => overview(req.ctx(), req.query),
  );
  r.get(
    "/api/nominations/:id",
    {
      schema: {
        tags,
        summary: "Đề cử của một đơn vị",
        params: IdParams,
        response: { 200: NominationViewSchema },
      },
    },
    async (req) => getNomination(req.ctx(), req.params.id),
  );
  r.post(
    "/api/nominations/:id/accept",
    {
      schema: {
        tags,
        summary: "Chấp nhận đề cử của đơn vị",
        params: IdParams,
        body: VersionBodySchema,
        response: { 200: NominationViewSchema },
      },
    },
    async (req) => acceptNomination(req.ctx(), req.params.id, req.body),
  );
  r.post(
    "/api/nominations/:id/return",
    {
      schema: {
        tags,
        summary: "Trả lại đề cử của đơn vị kèm ý kiến",
        params: IdParams,
        body: ReturnBodySchema,
        response: { 200: NominationViewSchema },
      },
    },
    async (req) => returnNomination(req.ctx(), req.params.id, req.body),
  );

  r.get(
    "/api/nomination-list/people",
    {
      schema: {
        tags,
        summary: "Danh sách tổng hợp (điển hình đã chấp nhận và khách mời), phân trang",
        querystring: Page,
        response: { 200: ListPageSchema },
      },
    },
    async (req) => listPage(req.ctx(), req.query),
  );
  r.post(
    "/api/nomination-list/guests",
    {
      schema: {
        tags,
        summary: "Thêm khách mời vào danh sách",
        querystring: Conf,
        body: GuestAddSchema,
        response: { 200: GuestResult },
      },
    },
    async (req) => addGuest(req.ctx(), req.body, req.query.conferenceId),
  );
  r.delete(
    "/api/nomination-list/guests/:personId",
    {
      schema: {
        tags,
        summary: "Bỏ khách mời khỏi danh sách",
        params: PersonParams,
        querystring: Conf.extend({ version: z.coerce.number().int().min(0) }),
        response: { 200: GuestResult },
      },
    },
    async (req) => removeGuest(req.ctx(), req.params.personId, req.query.version, req.query.conferenceId),
  );
  r.post(
    "/api/nomination-list/send",
    {
      schema: {
        tags,
        summary: "Trình danh sách lên Chủ tịch",
        querystring: Conf,
        body: VersionBodySchema,
        response: { 200: ListStepResult },
      },
    },
    async (req) => sendList(req.ctx(), { ...req.body, conferenceId: req.query.conferenceId }),
  );
  r.post(
    "/api/nomination-list/approve",
    {
      schema: {
        tags,
        summary: "Chủ tịch phê duyệt danh sách: danh sách thành đại biểu của hội nghị",
        querystring: Conf,
        body: VersionBodySchema,
        response: { 200: ListStepResult },
      },
    },
    async (req) => approveList(req.ctx(), { ...req.body, conferenceId: req.query.conferenceId }),
  );
  r.post(
    "/api/nomination-list/return",
    {
      schema: {
        tags,
        summary: "Chủ tịch trả lại danh sách kèm ý kiến",
        querystring: Conf,
        body: ReturnBodySchema,
        response: { 200: ListStepResult },
      },
    },
    async (req) => returnList(req.ctx(), { ...req.body, conferenceId: req.query.conferenceId }),
  );

  for (const which of LIST_DOCUMENTS) {
    const ext = which.split(".")[1] as keyof typeof MIME;
    r.get(
      `/api/nomination-list/${which}`,
      { schema: { tags, summary: `Văn bản của danh sách (${which})`, querystring: Conf } },
      async (req, reply) => {
        const { buffer, filename } = await exportListDocument(req.ctx(), which, req.query.conferenceId);
        return reply
          .header("content-type", MIME[ext])
          .header("content-disposition", attachmentDisposition(filename))
          .send(buffer);
      },
    );
  }
  r.get(
    "/api/nomination-list/package.json",
    {
      schema: {
        tags,
        summary: "Gói danh sách đã phê duyệt gửi cấp trên (JSON có phiên bản và mã SHA-256)",
        querystring: Conf,
      },
    },
    async (req, reply) => {
      const { pkg, filename } = await exportPackage(req.ctx(), req.query.conferenceId);
      return reply
        .header("content-type", "application/json; charset=utf-8")
        .header("content-disposition", attachmentDisposition(filename))
        .send(JSON.stringify(pkg, null, 2));
    },
  );
  r.post(
    "/api/nomination-packages",
    {
      schema: {
        tags,
        summary: "Nhập gói danh sách của cấp dưới thành đề cử của một đơn vị tham gia (multipart 'file')",
        querystring: Conf,
        response: { 200: PackageImportResultSchema },
      },
    },
    async (req) => {
      const ctx = req.ctx();
      await officeConference(ctx, req.query.conferenceId);
      const { buffer } = await readUpload(req, {
        what: "tệp gói danh sách (.json)",
        maxBytes: Math.min(deps.config.uploadMaxBytes, PACKAGE_MAX_BYTES),
      });
      return importPackage(ctx, buffer, req.query.conferenceId);
    },
  );
}
