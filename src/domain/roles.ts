/** Roles of SPEC "Users (roles)". */
import { z } from "zod";

export const ROLES = ["office", "council", "chairman", "unit", "culture", "finance"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  office: "Thường trực HĐ TĐKT (Phòng Nội vụ)",
  council: "Thành viên Hội đồng TĐKT",
  chairman: "Chủ tịch / Phó Chủ tịch UBND",
  unit: "Cán bộ đơn vị",
  culture: "Phòng Văn hóa – Thông tin",
  finance: "Phòng Tài chính – Kế hoạch",
};

/** Who acts: attached to every service call. */
export type Actor = {
  userId: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string | null;
  /** Set by the office (new account, reset): the API refuses all but changing it (issue #12 item 2). */
  mustChangePassword?: boolean;
  /** The session has the right password but still awaits the second factor (issue #12 item 3). */
  mfaPending?: boolean;
  /** The user has confirmed a TOTP enrolment. */
  mfaEnabled?: boolean;
};
