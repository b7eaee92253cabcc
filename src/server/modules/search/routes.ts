import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { PeopleSearchQuerySchema, PeopleSearchResultSchema } from "./schemas.ts";
import { searchPeople } from "./service.ts";

/**
 * GET /api/search/people?q=&unitId=&limit= (E5). Office, council, chairman: every
 * unit; a unit user: its own unit (another unit's id → 404); culture, finance: 403.
 */
export async function searchRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/search/people",
    {
      schema: {
        tags: ["search"],
        summary: "Tìm người (không phân biệt dấu, hoa thường), kèm các hội nghị người đó là đại biểu",
        querystring: PeopleSearchQuerySchema,
        response: { 200: PeopleSearchResultSchema },
      },
    },
    async (req) => searchPeople(req.ctx(), req.query),
  );
}
