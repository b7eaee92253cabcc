import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  OneTimePasswordSchema,
  UserCreateSchema,
  UserListQuerySchema,
  UserSchema,
  UserUpdateSchema,
} from "../../../domain/auth.ts";
import { pageOf } from "../../../domain/paging.ts";
import type { AppDeps } from "../../http/session-plugin.ts";
import { createUser, listUsers, resetPassword, resetUserMfa, unlockUser, updateUser } from "./service.ts";

const IdParams = z.object({ id: z.uuid("Mã tài khoản không hợp lệ") });
const tags = ["users"];

export async function userRoutes(app: FastifyInstance, _deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/users",
    {
      schema: {
        tags,
        summary:
          "Danh sách tài khoản (từng trang; lọc theo tên hoặc tên đăng nhập không dấu, vai trò, đơn vị)",
        querystring: UserListQuerySchema,
        response: { 200: pageOf(UserSchema) },
      },
    },
    async (req) => listUsers(req.ctx(), req.query),
  );
  r.post(
    "/api/users",
    {
      schema: {
        tags,
        summary: "Tạo tài khoản",
        body: UserCreateSchema,
        response: { 201: OneTimePasswordSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await createUser(req.ctx(), req.body)),
  );
  r.patch(
    "/api/users/:id",
    {
      schema: {
        tags,
        summary: "Sửa tài khoản",
        params: IdParams,
        body: UserUpdateSchema,
        response: { 200: UserSchema },
      },
    },
    async (req) => updateUser(req.ctx(), req.params.id, req.body),
  );
  r.post(
    "/api/users/:id/reset-password",
    {
      schema: {
        tags,
        summary: "Cấp lại mật khẩu",
        params: IdParams,
        response: { 200: OneTimePasswordSchema },
      },
    },
    async (req) => resetPassword(req.ctx(), req.params.id),
  );
  r.post(
    "/api/users/:id/unlock",
    { schema: { tags, summary: "Mở khóa tài khoản", params: IdParams, response: { 200: UserSchema } } },
    async (req) => unlockUser(req.ctx(), req.params.id),
  );
  r.post(
    "/api/users/:id/mfa-reset",
    {
      schema: {
        tags,
        summary: "Đặt lại xác thực hai lớp",
        params: IdParams,
        response: { 200: UserSchema },
      },
    },
    async (req) => resetUserMfa(req.ctx(), req.params.id),
  );
}
