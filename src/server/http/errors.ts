/**
 * Application errors: a code, a Vietnamese message, optional details.
 * One table maps codes to HTTP status (model: documenso's app-error).
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  MFA_CODE_INVALID: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  MFA_REQUIRED: 403,
  MFA_ENROLMENT_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SMTP_OFF: 409,
  STALE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  IMPORT_INVALID: 422,
  QUOTA_INFEASIBLE: 422,
  LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  BAD_REQUEST: "Yêu cầu không hợp lệ.",
  VALIDATION: "Dữ liệu nhập chưa hợp lệ.",
  UNAUTHENTICATED: "Bạn cần đăng nhập để tiếp tục.",
  INVALID_CREDENTIALS: "Tên đăng nhập hoặc mật khẩu không đúng.",
  MFA_CODE_INVALID:
    "Mã xác thực không đúng, đã hết hạn hoặc đã dùng rồi. Hãy nhập mã mới trên ứng dụng xác thực hoặc một mã khôi phục.",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
  CSRF: "Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang rồi thử lại.",
  PASSWORD_CHANGE_REQUIRED: "Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.",
  MFA_REQUIRED: "Hãy nhập mã xác thực hai lớp để hoàn tất đăng nhập.",
  MFA_ENROLMENT_REQUIRED:
    "Vai trò của bạn phải dùng xác thực hai lớp. Hãy bật xác thực hai lớp (mục Bảo mật tài khoản) trước khi tiếp tục làm việc.",
  NOT_FOUND: "Không tìm thấy dữ liệu.",
  CONFLICT: "Dữ liệu bị trùng hoặc mâu thuẫn.",
  SMTP_OFF:
    "Máy chủ thư chưa được cài đặt nên chưa gửi được thư; thư được giữ lại và sẽ gửi khi quản trị cài đặt xong.",
  STALE:
    "Dữ liệu đã được người khác thay đổi sau khi bạn mở. Hãy tải lại trang để xem bản mới nhất rồi sửa lại.",
  PAYLOAD_TOO_LARGE: "Tệp hoặc dữ liệu gửi lên quá lớn.",
  UNSUPPORTED_MEDIA_TYPE: "Loại tệp không được chấp nhận.",
  UNPROCESSABLE: "Không thể xử lý dữ liệu này.",
  IMPORT_INVALID:
    "Tệp có lỗi nên chưa nhập dòng nào. Hãy sửa các lỗi được liệt kê (theo dòng và cột) rồi nhập lại.",
  QUOTA_INFEASIBLE:
    "Không thể phân bổ chỉ tiêu với các điều kiện đã chọn (tổng, tối thiểu, tối đa, chỉ tiêu cố định).",
  LOCKED: "Tài khoản đang bị khóa.",
  RATE_LIMITED: "Bạn thử quá nhiều lần. Hãy đợi một lát rồi thử lại.",
  INTERNAL: "Hệ thống gặp lỗi. Hãy thử lại sau hoặc báo cho quản trị viên.",
  UNAVAILABLE: "Hệ thống tạm thời không sẵn sàng.",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  /** Fields sent beside `error` at the top level of the body, for clients that read them there. */
  readonly topLevel: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: unknown, topLevel?: Record<string, unknown>) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.details = details;
    this.topLevel = topLevel;
  }
}

export const notFound = (what = "Không tìm thấy dữ liệu.") => new AppError("NOT_FOUND", what);
export const forbidden = (message?: string) => new AppError("FORBIDDEN", message);
export const stale = () => new AppError("STALE");
export const validation = (message: string, details?: unknown) =>
  new AppError("VALIDATION", message, details);

/** One wrong row or cell of an imported file; `row`/`column` null (or 0/"") for the whole file. */
export type ImportRowError = { row: number | null; column: string | null; message: string };

/**
 * 422 IMPORT_INVALID: the file has errors and nothing was saved. `details` lists
 * `{ row, column, message }`; `topLevel` (e.g. the delegate import's result with
 * its `errors`) is kept beside `error` for clients that already read it there.
 */
export function importRefused(errors: readonly ImportRowError[], topLevel?: Record<string, unknown>) {
  const message = `Tệp có ${errors.length} lỗi nên chưa nhập dòng nào. Hãy sửa các lỗi được liệt kê (theo dòng và cột) rồi nhập lại.`;
  const details = errors.map(({ row, column, message }) => ({ row, column, message }));
  return new AppError("IMPORT_INVALID", message, details, topLevel);
}

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

export function errorBody(err: AppError): ErrorBody {
  return {
    ...err.topLevel,
    error: {
      code: err.code,
      message: err.message,
      ...(err.details === undefined ? {} : { details: err.details }),
    },
  };
}
