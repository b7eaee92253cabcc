import { z } from "zod";
import "./zod-vi.ts";

export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  unitId: z.uuid().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "Ngày: định dạng yyyy-mm-dd");

export const AuditQuerySchema = z.object({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  unitId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditPageSchema = z.object({
  items: z.array(AuditEventSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** Vietnamese labels of audit actions, for the audit screen. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.login": "Đăng nhập",
  "auth.logout": "Đăng xuất",
  "auth.login_failed": "Đăng nhập sai mật khẩu",
  "auth.locked": "Khóa tài khoản do sai mật khẩu",
  "auth.password_changed": "Đổi mật khẩu",
  "user.create": "Tạo tài khoản",
  "user.update": "Sửa tài khoản",
  "user.reset_password": "Cấp lại mật khẩu",
  "user.unlock": "Mở khóa tài khoản",
  "unit.create": "Thêm đơn vị",
  "unit.update": "Sửa đơn vị",
  "unit.move": "Chuyển đơn vị cấp trên",
  "unit.deactivate": "Ngừng hoạt động đơn vị",
  "unit.activate": "Kích hoạt lại đơn vị",
  "unit.import": "Nhập danh sách đơn vị",
  "unit.export": "Xuất danh sách đơn vị",
  "unit.delete": "Xóa đơn vị",
  "unit_kind.create": "Thêm loại đơn vị",
  "cluster.create": "Thêm cụm thi đua",
  "seed.demo": "Nạp dữ liệu mẫu",
  "plan.update": "Sửa kế hoạch",
  "plan.milestones": "Sửa mốc thời gian của kế hoạch",
  "plan.participants": "Sửa đơn vị tham gia, đơn vị điểm",
  "plan.create_from_template": "Tạo kế hoạch mới từ mẫu",
  "file.upload": "Tải tệp lên",
  "unit_plan.save": "Lưu kế hoạch của đơn vị",
  "unit_plan.file": "Đính kèm tệp kế hoạch của đơn vị",
  "unit_plan.submit": "Gửi kế hoạch của đơn vị",
  "unit_plan.accept": "Chấp nhận kế hoạch của đơn vị",
  "unit_plan.return": "Trả lại kế hoạch của đơn vị",
  "person.create": "Thêm người",
  "person.update": "Sửa thông tin người",
  "collective.create": "Thêm tập thể",
  "collective.update": "Sửa tập thể",
  "conference.create": "Tạo hội nghị",
  "conference.update": "Sửa thông tin hội nghị",
  "conference.delegate_add": "Thêm đại biểu",
  "conference.delegate_update": "Sửa đại biểu",
  "conference.delegate_remove": "Bỏ đại biểu",
  "conference.presidium": "Sửa Chủ tọa",
  "conference.agenda": "Sửa chương trình",
  "conference.agenda_media": "Tải tệp tư liệu cho chương trình",
  "conference.submit": "Nộp hội nghị để duyệt",
  "conference.approve": "Duyệt hội nghị",
  "conference.return": "Trả lại hội nghị",
  "conference.hold": "Ghi nhận đã tổ chức hội nghị",
  "conference.close": "Kết thúc hội nghị",
  "conference.reopen": "Mở lại hội nghị để sửa",
  "conference.delegates_import": "Nhập danh sách đại biểu từ Excel",
  "delegates.export": "Xuất danh sách trích ngang",
  "duplicate.dismiss": "Đánh dấu không phải cùng một người",
  "duplicate.undismiss": "Bỏ đánh dấu không phải cùng một người",
};
