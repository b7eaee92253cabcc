import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../db/client.ts";

const Health = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.object({ status: z.enum(["ok", "down"]), driver: z.enum(["pglite", "postgres"]) }),
  time: z.string(),
  uptimeSeconds: z.number(),
});

/** O3: a health endpoint for load balancers and monitoring. */
export async function healthRoutes(app: FastifyInstance, database: Database) {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/health",
    {
      config: { access: "public" },
      schema: { tags: ["system"], summary: "Tình trạng hệ thống", response: { 200: Health, 503: Health } },
    },
    async (_req, reply) => {
      const up = await database.ping();
      const body = {
        status: up ? ("ok" as const) : ("degraded" as const),
        database: { status: up ? ("ok" as const) : ("down" as const), driver: database.driver },
        time: new Date().toISOString(),
        uptimeSeconds: Math.round(process.uptime()),
      };
      return reply.code(up ? 200 : 503).send(body);
    },
  );
}
