/**
 * The audit log's closed vocabulary (SPEC N2, N3; issue #7 item 6): every action and
 * every entity an audit row may name, with the Vietnamese words the office reads.
 * `recordAudit` accepts only these, so a typo or a new write without a label fails typecheck.
 */

export const AUDIT_ACTION_LABELS = {
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
  "briefing.export": "Xuất báo cáo giao ban",
  "duplicate.dismiss": "Đánh dấu không phải cùng một người",
  "duplicate.undismiss": "Bỏ đánh dấu không phải cùng một người",
  "council_assignment.set": "Phân công thành viên Hội đồng theo dõi đơn vị",
  "dossier.file": "Tải tệp hồ sơ lên",
  "dossier.generate": "Tạo bản dự thảo hồ sơ",
  "dossier.submit": "Gửi hồ sơ",
  "dossier.resubmit": "Gửi lại mục hồ sơ bị trả lại",
  "dossier.remove": "Bỏ mục hồ sơ",
  "dossier.accept": "Chấp nhận mục hồ sơ",
  "dossier.return": "Trả lại mục hồ sơ",
  "plan.reminder_policy": "Sửa lịch nhắc việc của kế hoạch",
  "reminders.run": "Chạy nhắc việc ngay",
  "unit.document_settings": "Sửa thiết lập văn bản của đơn vị",
  "conference.documents_export": "Tải văn bản của hội nghị (chương trình, Chủ tọa, giấy mời)",
  "outbox.send": "Gửi ngay thư điện tử chờ gửi",
  "outbox.skip": "Bỏ qua thư điện tử chờ gửi",
  "outbox.settings": "Đổi chế độ gửi thư điện tử",
  "award.create": "Ghi quyết định khen thưởng",
  "award.update": "Sửa quyết định khen thưởng",
  "award.delete": "Xóa quyết định khen thưởng",
  "award.documents_export": "Tải quyết định khen thưởng, danh sách hoặc giấy khen, bằng khen",
  "award_form.update": "Sửa hình thức khen thưởng và mức tiền thưởng",
  "base_salary.create": "Thêm mức lương cơ sở",
  "base_salary.update": "Sửa mức lương cơ sở",
  "certificate_layout.save": "Lưu vị trí in trên phôi giấy khen, bằng khen",
} as const;
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as [AuditAction, ...AuditAction[]];

export const AUDIT_ENTITY_LABELS = {
  user: "Tài khoản",
  unit: "Đơn vị",
  unit_kind: "Loại đơn vị",
  cluster: "Cụm thi đua",
  plan: "Kế hoạch",
  unit_plan: "Kế hoạch của đơn vị",
  file: "Tệp",
  person: "Người",
  collective: "Tập thể",
  conference: "Hội nghị",
  person_duplicate_dismissal: "Người trùng tên ở hai đơn vị",
  dossier_item: "Mục hồ sơ",
  outbox: "Thư điện tử chờ gửi",
  setting: "Thiết lập hệ thống",
  system: "Hệ thống",
  award_decision: "Quyết định khen thưởng",
  award_form: "Hình thức khen thưởng",
  base_salary: "Mức lương cơ sở",
  certificate_layout: "Vị trí in trên phôi giấy khen, bằng khen",
} as const;
export type AuditEntity = keyof typeof AUDIT_ENTITY_LABELS;
export const AUDIT_ENTITIES = Object.keys(AUDIT_ENTITY_LABELS) as [AuditEntity, ...AuditEntity[]];

export const isAuditAction = (v: string): v is AuditAction => v in AUDIT_ACTION_LABELS;
export const isAuditEntity = (v: string): v is AuditEntity => v in AUDIT_ENTITY_LABELS;

/**
 * N3: personal fields whose values never enter an audit row; the row keeps only that
 * they changed (SENSITIVE_MARK stands in for the value).
 */
export const SENSITIVE_FIELDS: ReadonlySet<string> = new Set([
  "birthYear",
  "birthYearMale",
  "birthYearFemale",
  "ethnicity",
  "ethnicityCode",
  "ethnicityName",
]);
/** What an audit row stores in place of a sensitive value. */
export const SENSITIVE_MARK = "[dữ liệu cá nhân]";
/** Secrets are never stored either (not even "changed": a password reset has its own action). */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  "passwordHash",
  "password",
  "newPassword",
  "currentPassword",
  "token",
]);
export const SECRET_MARK = "[ẩn]";
