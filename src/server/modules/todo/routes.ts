/**
 * GET /api/todo (issue #8 item 5): the signed-in user's to-do list for the home page.
 * Every role has one; a unit's staff sees only its own unit's lines.
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { TodoListSchema } from "../../../domain/todo.ts";
import { todoList } from "./service.ts";

export async function todoRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/todo",
    {
      schema: {
        tags: ["todo"],
        summary: "Việc cần làm của người dùng: bị trả lại, sắp đến hạn, chờ duyệt, đơn vị quá hạn",
        response: { 200: TodoListSchema },
      },
    },
    async (req) => todoList(req.ctx()),
  );
}
