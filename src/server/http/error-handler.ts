import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { labelFieldMessage } from "../../domain/zod-vi.ts";
import { AppError, errorBody } from "./errors.ts";

const WHERE: Record<string, string> = {
  body: "dữ liệu gửi lên",
  querystring: "tham số truy vấn",
  params: "đường dẫn",
  headers: "tiêu đề",
};

/** One place turns every failure into `{ error: { code, message } }` in Vietnamese. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (err.status >= 500) req.log.error({ err }, err.message);
      if (err.status === 429 || err.status === 503) reply.header("retry-after", String(retryAfter(err)));
      return reply.code(err.status).send(errorBody(err));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const v of err.validation) {
        const field = v.instancePath.replace(/^\//u, "").replaceAll("/", ".") || "(toàn bộ)";
        fields[field] ??= v.message ?? "không hợp lệ";
      }
      const where = WHERE[err.validationContext ?? "body"] ?? "dữ liệu";
      for (const f of Object.keys(fields)) fields[f] = labelFieldMessage(f, fields[f]!);
      const list = Object.values(fields).join("; ");
      const e = new AppError("VALIDATION", `Dữ liệu nhập chưa hợp lệ (${where}): ${list}`, { fields });
      return reply.code(e.status).send(errorBody(e));
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause.issues }, "response does not match its schema");
      return reply.code(500).send(errorBody(new AppError("INTERNAL")));
    }
    const status = err.statusCode ?? 500;
    const mapped = mapFastifyError(err, status);
    if (mapped.status >= 500) req.log.error({ err }, "unhandled error");
    if (mapped.status === 429 || mapped.status === 503)
      reply.header("retry-after", String(retryAfter(mapped)));
    return reply.code(mapped.status).send(errorBody(mapped));
  });

  app.setNotFoundHandler((req, reply) => {
    const e = new AppError("NOT_FOUND", `Không có đường dẫn ${req.method} ${req.url.split("?")[0]}.`);
    return reply.code(404).send(errorBody(e));
  });
}

/** Seconds a client should wait before trying again: from the error, else one minute. */
function retryAfter(err: AppError): number {
  const d = err.details as { retryAfterSeconds?: unknown } | undefined;
  const s = typeof d?.retryAfterSeconds === "number" ? d.retryAfterSeconds : 60;
  return Math.max(1, Math.ceil(s));
}

function mapFastifyError(err: FastifyError, status: number): AppError {
  switch (err.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
    case "FST_REQ_FILE_TOO_LARGE":
    case "FST_FILES_LIMIT":
    case "FST_PARTS_LIMIT":
      return new AppError("PAYLOAD_TOO_LARGE", "Tệp hoặc dữ liệu gửi lên vượt quá dung lượng cho phép.");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("UNSUPPORTED_MEDIA_TYPE", "Định dạng dữ liệu gửi lên không được hỗ trợ.");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new AppError("BAD_REQUEST", "Dữ liệu JSON gửi lên không hợp lệ.");
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
      return new AppError("BAD_REQUEST", "Yêu cầu phải gửi tệp dạng multipart/form-data.");
  }
  if (status === 413) return new AppError("PAYLOAD_TOO_LARGE");
  if (status === 415) return new AppError("UNSUPPORTED_MEDIA_TYPE");
  if (status === 429) return new AppError("RATE_LIMITED");
  if (status >= 400 && status < 500) return new AppError("BAD_REQUEST");
  return new AppError("INTERNAL");
}
