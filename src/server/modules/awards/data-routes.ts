/**
 * Award data API (SPEC H1, H2): GET /api/award-forms (the forms as data, each
 * `{ code, name, … }`, paged: the pickers walk the pages, the office's table shows one), POST
 * /api/award-forms, PUT /api/award-forms/:code; GET (paged)/POST /api/base-salaries,
 * PUT /api/base-salaries/:id; GET /api/movements (paged) with counts per movement.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AwardFormInputSchema,
  AwardFormListQuerySchema,
  AwardFormUpdateSchema,
  AwardFormViewSchema,
  BaseSalaryInputSchema,
  BaseSalaryUpdateSchema,
  BaseSalaryViewSchema,
  MovementListQuerySchema,
  MovementViewSchema,
} from "../../../domain/awards.ts";
import { pageOf, pageQuery } from "../../../domain/paging.ts";
import {
  createAwardForm,
  createBaseSalary,
  listAwardForms,
  listBaseSalaries,
  listMovements,
  updateAwardForm,
  updateBaseSalary,
} from "./data-service.ts";

export async function awardDataRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["awards"];
  const DataPage = pageQuery(20, 100);

  r.get(
    "/api/award-forms",
    {
      schema: {
        tags,
        summary: "Hình thức khen thưởng, danh hiệu thi đua và hệ số tiền thưởng (NĐ 98/2023), theo trang",
        querystring: AwardFormListQuerySchema,
        response: { 200: pageOf(AwardFormViewSchema) },
      },
    },
    async (req) => listAwardForms(req.ctx(), req.query),
  );

  r.post(
    "/api/award-forms",
    {
      schema: {
        tags,
        summary: "Thêm hình thức khen thưởng (Thường trực)",
        body: AwardFormInputSchema,
        response: { 201: AwardFormViewSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createAwardForm(req.ctx(), req.body)),
  );

  r.put(
    "/api/award-forms/:code",
    {
      schema: {
        tags,
        summary: "Sửa hình thức khen thưởng (Thường trực)",
        params: z.object({ code: z.string().min(1).max(60) }),
        body: AwardFormUpdateSchema,
        response: { 200: AwardFormViewSchema },
      },
    },
    async (req) => updateAwardForm(req.ctx(), req.params.code, req.body),
  );

  r.get(
    "/api/base-salaries",
    {
      schema: {
        tags,
        summary: "Mức lương cơ sở theo thời gian, mới nhất trước (theo trang)",
        querystring: DataPage,
        response: { 200: pageOf(BaseSalaryViewSchema) },
      },
    },
    async (req) => listBaseSalaries(req.ctx(), req.query),
  );

  r.post(
    "/api/base-salaries",
    {
      schema: {
        tags,
        summary: "Thêm mức lương cơ sở (Thường trực)",
        body: BaseSalaryInputSchema,
        response: { 201: BaseSalaryViewSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createBaseSalary(req.ctx(), req.body)),
  );

  r.put(
    "/api/base-salaries/:id",
    {
      schema: {
        tags,
        summary: "Sửa mức lương cơ sở (Thường trực)",
        params: z.object({ id: z.uuid("Mã không hợp lệ") }),
        body: BaseSalaryUpdateSchema,
        response: { 200: BaseSalaryViewSchema },
      },
    },
    async (req) => updateBaseSalary(req.ctx(), req.params.id, req.body),
  );

  r.get(
    "/api/movements",
    {
      schema: {
        tags,
        summary:
          "Phong trào thi đua và số quyết định, người được khen, đại biểu theo phong trào (theo trang)",
        querystring: MovementListQuerySchema,
        response: { 200: pageOf(MovementViewSchema) },
      },
    },
    async (req) => listMovements(req.ctx(), req.query),
  );
}
