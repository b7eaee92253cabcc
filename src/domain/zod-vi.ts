/** Zod speaks Vietnamese everywhere it is used (server and web). */
import { z } from "zod";

let configured = false;
export function configureVietnameseZod(): void {
  if (configured) return;
  z.config(z.locales.vi());
  z.config({
    // A missing value reads better as "bắt buộc nhập" than as a type mismatch with undefined.
    customError: (issue) =>
      issue.code === "invalid_type" && issue.input === undefined ? "bắt buộc nhập" : undefined,
  });
  configured = true;
}
configureVietnameseZod();

/** Vietnamese names of request fields, so an error names the field the user knows. */
export const FIELD_LABELS: Record<string, string> = {
  username: "Tên đăng nhập",
  password: "Mật khẩu",
  currentPassword: "Mật khẩu hiện tại",
  newPassword: "Mật khẩu mới",
  fullName: "Họ và tên",
  role: "Vai trò",
  unitId: "Đơn vị",
  parentId: "Đơn vị cấp trên",
  code: "Mã",
  name: "Tên",
  kind: "Loại đơn vị",
  workforce: "Số lao động",
  population: "Dân số",
  clusterId: "Cụm thi đua",
  address: "Địa chỉ",
  version: "Phiên bản dữ liệu",
  active: "Trạng thái",
  issuingBody: "Cơ quan ban hành",
  parentBody: "Cơ quan cấp trên",
  numberSymbol: "Số, ký hiệu",
  issuedOn: "Ngày ban hành",
  place: "Địa danh",
  title: "Tên, trích yếu",
  signerName: "Người ký",
  signerTitle: "Chức vụ người ký",
  legalBases: "Căn cứ",
  purposes: "Mục đích, yêu cầu",
  targetCongress: "Đại hội hướng tới",
  recipients: "Nơi nhận",
  status: "Trạng thái",
  rules: "Quy định",
  milestones: "Mốc thời gian",
  label: "Tên mốc",
  dueOn: "Hạn",
  appliesTo: "Áp dụng cho",
  section: "Mục trong kế hoạch",
  participants: "Đơn vị tham gia",
  invitees: "Thành phần mời",
  templateId: "Kế hoạch mẫu",
  dateShiftDays: "Số ngày dời các mốc",
  answers: "Phiếu kế hoạch",
  comment: "Ý kiến",
  reason: "Lý do",
  file: "Tệp",
};

/** "password: bắt buộc nhập" → "Mật khẩu: bắt buộc nhập"; keeps messages that already name their field. */
export function labelFieldMessage(field: string, message: string): string {
  const last = field.split(".").at(-1) ?? field;
  const label = FIELD_LABELS[last] ?? field;
  return message.startsWith(`${label}:`) ? message : `${label}: ${message}`;
}
