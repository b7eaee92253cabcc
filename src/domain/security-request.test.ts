import { describe, expect, it } from "vitest";
import { describeRequest } from "./security-request.ts";

const ID = "3f2a9c4e-8b1d-4c2e-9f3a-1b2c3d4e5f60";

describe("describeRequest (issue #12 item 7: the security log in words)", () => {
  it("names sign-in and the account's own steps", () => {
    expect(describeRequest("POST", "/api/auth/login")).toBe("Đăng nhập");
    expect(describeRequest("post", "/api/auth/mfa/verify")).toBe("Nhập mã xác thực khi đăng nhập");
    expect(describeRequest("PUT", "/api/auth/password")).toBe("Đổi mật khẩu");
  });

  it("drops ids and puts the part before its area", () => {
    expect(describeRequest("GET", `/api/conferences/${ID}`)).toBe("Xem hội nghị");
    expect(describeRequest("PUT", `/api/conferences/${ID}/delegates/${ID}`)).toBe("Sửa đại biểu (hội nghị)");
    expect(describeRequest("DELETE", `/api/conferences/${ID}/delegates/${ID}`)).toBe(
      "Xóa đại biểu (hội nghị)",
    );
    expect(describeRequest("PUT", `/api/conferences/${ID}/budget/estimate`)).toBe("Sửa dự toán (hội nghị)");
    expect(describeRequest("GET", "/api/people?page=2&q=lan")).toBe("Xem danh sách người");
  });

  it("names a step by the last segment", () => {
    expect(describeRequest("POST", `/api/unit-plans/${ID}/accept`)).toBe("Chấp nhận kế hoạch của đơn vị");
    expect(describeRequest("POST", `/api/conferences/${ID}/submit`)).toBe("Gửi hội nghị");
    expect(describeRequest("POST", `/api/conferences/${ID}/delegates/import`)).toBe(
      "Nhập đại biểu (hội nghị)",
    );
    expect(describeRequest("POST", `/api/users/${ID}/reset-password`)).toBe("Đặt lại mật khẩu của tài khoản");
    expect(describeRequest("POST", `/api/users/${ID}/unlock`)).toBe("Mở khóa tài khoản");
  });

  it("a GET never reads as a step, and an unknown path says so", () => {
    expect(describeRequest("GET", `/api/units/${ID}/document-settings`)).toBe(
      "Xem thiết lập văn bản (đơn vị)",
    );
    expect(describeRequest("GET", "/api/quotas/check")).toBe("Xem chỉ tiêu đại biểu");
    expect(describeRequest("GET", "/api/nothing-here")).toBe("Yêu cầu khác");
    expect(describeRequest("GET", "/api/")).toBe("Yêu cầu khác");
  });
});
