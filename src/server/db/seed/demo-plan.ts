/**
 * The seed's plan (../shared/seed/000_261d0776b2d3b22f.txt), as data (A1–A3, B2).
 * The copy we have omits the plan's number and issue date; they stay blank
 * ("…/KH-UBND") for the office to fill in, rather than being invented.
 */
import type { LegalBasis } from "../schema/plans.ts";

export const SEED_PLAN = {
  issuingBody: "Ủy ban nhân dân thị xã Bỉm Sơn",
  parentBody: null as string | null,
  numberSymbol: "…/KH-UBND",
  issuedOn: null as string | null,
  place: "Bỉm Sơn",
  title:
    "Kế hoạch tổ chức Hội nghị điển hình tiên tiến các cấp tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ X",
  signerName: "Bùi Huy Hùng",
  signerTitle: "Chủ tịch UBND thị xã",
  targetCongress: "Đại hội thi đua yêu nước toàn quốc lần thứ X",
  legalBases: [
    {
      code: "34-CT/TW",
      title: "Chỉ thị số 34-CT/TW của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng",
      issuedOn: "2014-04-07",
      issuer: "Bộ Chính trị",
    },
    {
      code: "165/KH-UBND",
      title:
        "Kế hoạch số 165/KH-UBND của UBND tỉnh Thanh Hóa tổ chức Đại hội Thi đua yêu nước và Hội nghị tuyên dương điển hình tiên tiến các cấp",
      issuedOn: "2019-07-23",
      issuer: "UBND tỉnh Thanh Hóa",
    },
    {
      code: "Luật Thi đua, khen thưởng 2003",
      title: "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung) và các văn bản hướng dẫn thi hành",
      issuer: "Quốc hội",
      version: "áp dụng năm 2019",
    },
  ] satisfies LegalBasis[],
  purposes: [
    "Đánh giá đúng kết quả và tác dụng của phong trào thi đua yêu nước từ sau Đại hội thi đua yêu nước toàn quốc và Đại hội thi đua yêu nước toàn tỉnh lần thứ IX (2015), hội nghị tuyên dương điển hình tiên tiến toàn Thị xã, chỉ ra những hạn chế, khuyết điểm cần khắc phục, đồng thời đề ra phương hướng, nhiệm vụ đẩy mạnh phong trào thi đua và công tác khen thưởng trong những năm tới.",
    "Biểu dương thành quả chung của phong trào thi đua yêu nước, các tập thể, cá nhân Anh hùng, Chiến sỹ thi đua các cấp, các gương điển hình tiên tiến, tiêu biểu, qua đó khơi dậy, cổ vũ sức mạnh to lớn, tạo động lực mới trong việc thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội ở từng ngành, từng cấp, địa phương, đơn vị.",
    "Thông qua Đại hội và Hội nghị tuyên dương điển hình tiên tiến rút ra các bài học kinh nghiệm về tổ chức phong trào thi đua và công tác khen thưởng, xây dựng và nhân rộng các điển hình tiên tiến. Tiếp tục đổi mới, đẩy mạnh các phong trào thi đua yêu nước và công tác khen thưởng theo tinh thần Chỉ thị số 34-CT/TW của Bộ Chính trị và Luật Thi đua - khen thưởng.",
    "Tổ chức Hội nghị điển hình tiên tiến cấp Thị xã, cấp xã, phường, các ngành, đoàn thể phải được chuẩn bị chu đáo, đảm bảo trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức.",
  ],
  recipients: [
    "Ban TĐKT Tỉnh (b/c);",
    "TT. Thị ủy, TT. HĐND Thị xã (b/c);",
    "Chủ tịch, PCT.UBND Thị xã;",
    "Thành viên HĐ.TĐKT Thị xã;",
    "UBND xã, phường;",
    "Các cơ quan, đơn vị;",
    "Lưu: VT, NV.",
  ],
};

/** A3: the plan's milestones. appliesTo: all | pilot | ordinary | office. */
export const SEED_MILESTONES = [
  {
    code: "unit_plan",
    label: "Gửi kế hoạch của đơn vị",
    dueOn: "2019-11-15",
    appliesTo: "all",
    section: "III.2",
  },
  {
    code: "pilot_conference",
    label: "Hoàn thành Hội nghị điểm",
    dueOn: "2020-03-20",
    appliesTo: "pilot",
    section: "II.2.3.2",
  },
  {
    code: "unit_conference",
    label: "Hoàn thành Hội nghị của đơn vị",
    dueOn: "2020-03-31",
    appliesTo: "ordinary",
    section: "II.2.1",
  },
  {
    code: "dossier",
    label: "Nộp hồ sơ sau Hội nghị",
    dueOn: "2020-04-15",
    appliesTo: "all",
    section: "II.3.3",
  },
  {
    code: "town_conference",
    label: "Hội nghị điển hình tiên tiến Thị xã",
    dueOn: "2020-06-20",
    appliesTo: "office",
    section: "II.2.2",
  },
] as const;

/** B2 and II.2.3.3: pilot units and whom each invites. */
export const SEED_PILOTS: Record<string, string[]> = {
  badinh: ["Hội đồng Thi đua khen thưởng Thị xã", "Lãnh đạo các xã, phường"],
  hoiphunu: [
    "TT Thị ủy, HĐND, UBND Thị xã",
    "Hội đồng Thi đua khen thưởng Thị xã",
    "Bí thư Đảng bộ, Chủ tịch UBND, Chủ tịch Hội LH Phụ nữ các xã, phường",
  ],
  moitruong: [
    "TT Thị ủy, HĐND, UBND Thị xã",
    "Hội đồng Thi đua khen thưởng Thị xã",
    "Cụm Thi đua khen thưởng số 3, thị xã Bỉm Sơn năm 2019",
  ],
};
