/**
 * A conference's budget (SPEC I1, plan III.4). GET …/budget is the public summary
 * (`{ lines: [{ label, estimate, actual }], totalEstimate, totalActual, totalEstimateInWords }`);
 * GET …/budget/sheet the page's full view; PUT …/estimate and …/actuals save; one POST per
 * step; a receipt per line (multipart "file", PDF or image); dự toán / quyết toán docx.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ActualsPutSchema,
  BudgetListQuerySchema,
  BudgetListSchema,
  BudgetSheetSchema,
  BudgetSummarySchema,
  EstimatePutSchema,
  StepBodySchema,
} from "../../../domain/budget/schemas.ts";
import { BUDGET_LIFECYCLE, BUDGET_TRANSITIONS } from "../../../domain/budget-lifecycle.ts";
import { DOCX } from "../../files/file-types.ts";
import { readUpload } from "../../files/multipart.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import { attachReceipt, saveActuals } from "./actuals-service.ts";
import { BUDGET_DOCUMENTS, exportBudgetDocument } from "./documents.ts";
import { saveEstimate } from "./estimate-service.ts";
import { listBudgets } from "./list.ts";
import { budgetSheet, budgetSummary } from "./sheet.ts";
import { takeStep } from "./step-service.ts";

const tags = ["budget"];
const Params = z.object({ id: z.uuid("Mã hội nghị không hợp lệ") });
const LineParams = Params.extend({ lineId: z.uuid("Mã khoản chi không hợp lệ") });
const sheet = { 200: BudgetSheetSchema };

export async function budgetRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/budgets",
    {
      schema: {
        tags,
        summary: "Kinh phí các hội nghị của kế hoạch: trạng thái, tổng dự toán, thực chi (phân trang)",
        querystring: BudgetListQuerySchema,
        response: { 200: BudgetListSchema },
      },
    },
    async (req) => listBudgets(req.ctx(), req.query),
  );

  r.get(
    "/api/conferences/:id/budget",
    {
      schema: {
        tags,
        summary: "Kinh phí hội nghị: các khoản dự toán, thực chi, tổng và tổng dự toán bằng chữ",
        params: Params,
        response: { 200: BudgetSummarySchema },
      },
    },
    async (req) => budgetSummary(req.ctx(), req.params.id),
  );

  r.get(
    "/api/conferences/:id/budget/sheet",
    {
      schema: {
        tags,
        summary: "Bảng kinh phí đầy đủ: định mức, chênh lệch, bước duyệt, so sánh chi phí mỗi đại biểu",
        params: Params,
        response: sheet,
      },
    },
    async (req) => budgetSheet(req.ctx(), req.params.id),
  );

  r.put(
    "/api/conferences/:id/budget/estimate",
    {
      schema: {
        tags,
        summary: "Lưu dự toán (phiên bản 0: lập mới)",
        params: Params,
        body: EstimatePutSchema,
        response: sheet,
      },
    },
    async (req) => saveEstimate(req.ctx(), req.params.id, req.body),
  );

  r.put(
    "/api/conferences/:id/budget/actuals",
    {
      schema: {
        tags,
        summary: "Ghi số thực chi từng khoản",
        params: Params,
        body: ActualsPutSchema,
        response: sheet,
      },
    },
    async (req) => saveActuals(req.ctx(), req.params.id, req.body),
  );

  r.post(
    "/api/conferences/:id/budget/lines/:lineId/receipt",
    {
      schema: {
        tags,
        summary: "Đính kèm chứng từ chi cho một khoản (PDF hoặc ảnh; trường multipart 'file')",
        params: LineParams,
        response: sheet,
      },
    },
    async (req) =>
      attachReceipt(req.ctx(), req.params.id, req.params.lineId, () =>
        readUpload(req, { what: "chứng từ chi (PDF hoặc ảnh)" }),
      ),
  );

  for (const step of BUDGET_TRANSITIONS) {
    r.post(
      `/api/conferences/:id/budget/${step}`,
      {
        schema: {
          tags,
          summary: `Dự toán: ${BUDGET_LIFECYCLE[step].label}`,
          params: Params,
          body: StepBodySchema,
          response: sheet,
        },
      },
      async (req) => takeStep(req.ctx(), req.params.id, step, req.body),
    );
  }

  for (const which of BUDGET_DOCUMENTS) {
    r.get(
      `/api/conferences/:id/budget/${which}.docx`,
      {
        schema: {
          tags,
          summary:
            which === "estimate" ? "Dự toán kinh phí (docx, NĐ 30)" : "Quyết toán kinh phí (docx, NĐ 30)",
          params: Params,
        },
      },
      async (req, reply) => {
        const { buffer, filename } = await exportBudgetDocument(req.ctx(), req.params.id, which);
        return reply
          .header("content-type", DOCX.mime)
          .header("content-disposition", attachmentDisposition(filename))
          .header("cache-control", "no-store")
          .send(buffer);
      },
    );
  }
}
