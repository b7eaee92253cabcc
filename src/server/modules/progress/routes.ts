/**
 * Progress board (K2) and council assignments (K1). Board: office, Council, chairman
 * (every unit), a unit user (its own row); culture and finance 403. Assignments: read by
 * office, Council, chairman; set by the office.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { PageInfoShape, pageQuery } from "../../../domain/paging.ts";
import { ProgressBoardSchema, ProgressQuerySchema } from "../../../domain/progress.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { XLSX } from "../../files/file-types.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import { listAssignments, setAssignments } from "./assignments.ts";
import { progressXlsx } from "./export.ts";
import { progressBoard } from "./service.ts";

const tags = ["progress"];
const MemberSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  username: z.string(),
  unitIds: z.array(z.string()),
});
/** Pages of 100 members by default (every Council today), at most 500. */
const AssignmentsQuery = z
  .object({ q: z.string().max(200, "Từ khóa: tối đa 200 ký tự").optional() })
  .extend(pageQuery(100, 500).shape);
const UnitIds = z.array(z.uuid("Mã đơn vị không hợp lệ")).max(20_000);

export async function progressRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/progress",
    {
      schema: {
        tags,
        summary: "Bảng theo dõi tiến độ: đơn vị × mốc thời gian, số lượng theo tình trạng",
        querystring: ProgressQuerySchema,
        response: { 200: ProgressBoardSchema },
      },
    },
    async (req) => progressBoard(req.ctx(), req.query),
  );

  r.get(
    "/api/progress/export.xlsx",
    { schema: { tags, summary: "Xuất bảng theo dõi tiến độ (xlsx)", querystring: ProgressQuerySchema } },
    async (req, reply) => {
      const board = await progressBoard(req.ctx(), { ...req.query, page: 1, limit: 100_000 });
      const buffer = await progressXlsx(board);
      const filename = `tien-do-${formatDateVi(board.today).replaceAll("/", "-")}.xlsx`;
      return reply
        .header("content-type", XLSX.mime)
        .header("content-disposition", attachmentDisposition(filename))
        .header("cache-control", "no-store")
        .send(buffer);
    },
  );

  r.get(
    "/api/council-assignments",
    {
      schema: {
        tags,
        summary: "Phân công thành viên Hội đồng theo dõi đơn vị (từng trang, lọc theo tên không dấu)",
        querystring: AssignmentsQuery,
        response: { 200: z.object({ members: z.array(MemberSchema), ...PageInfoShape }) },
      },
    },
    async (req) => {
      // The answer keeps its `members` key (callers read it) beside total, page and limit.
      const { items, ...info } = await listAssignments(req.ctx(), req.query);
      return { members: items, ...info };
    },
  );

  r.put(
    "/api/council-assignments/:memberId",
    {
      schema: {
        tags,
        summary: "Đặt các đơn vị do một thành viên Hội đồng theo dõi (previous: danh sách đang thấy)",
        params: z.object({ memberId: z.uuid("Mã thành viên Hội đồng không hợp lệ") }),
        body: z.object({ unitIds: UnitIds, previous: UnitIds }),
        response: { 200: MemberSchema },
      },
    },
    async (req) => setAssignments(req.ctx(), req.params.memberId, req.body),
  );
}
