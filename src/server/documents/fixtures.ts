/**
 * Sample documents (demo values from the seed plan) for the tests and the visual
 * preview; they also show how little a caller writes for each kind of document.
 */
import type { ConferenceFacts, IssuerBlock, PresidiumEntry, ProgrammeItem } from "./conference-documents.ts";
import type { DelegateListInput } from "./delegate-list.ts";
import { formatNumberSymbol } from "./nd30-format.ts";
import type { Nd30Spec, SignatureSpec } from "./nd30-types.ts";

const TOWN = {
  parentBody: "UBND TỈNH THANH HÓA",
  issuingBody: "Ủy ban nhân dân thị xã Bỉm Sơn",
  place: "Bỉm Sơn",
};

export const TOWN_SIGNATURE: SignatureSpec = {
  authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
  title: "Phó Chủ tịch",
  name: "Bùi Huy Hùng",
};

/** A kế hoạch with headings, paragraphs, bullets, "Nơi nhận" and signature (seed I, II). */
export const samplePlan: Nd30Spec = {
  ...TOWN,
  numberSymbol: "165/KH-UBND",
  date: "2019-10-05",
  kind: "KH",
  title:
    "Tổ chức Hội nghị điển hình tiên tiến các cấp\ntiến tới Đại hội thi đua yêu nước toàn quốc lần thứ X",
  body: [
    {
      type: "paragraph",
      text: "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng; Ủy ban nhân dân thị xã Bỉm Sơn xây dựng kế hoạch Hội nghị điển hình tiên tiến các cấp, các ngành như sau:",
    },
    { type: "heading", level: 1, number: "I.", text: "Mục đích, yêu cầu" },
    {
      type: "paragraph",
      text: "1. Đánh giá đúng kết quả và tác dụng của phong trào thi đua yêu nước, chỉ ra những hạn chế, khuyết điểm cần khắc phục, đồng thời đề ra phương hướng, nhiệm vụ đẩy mạnh phong trào thi đua và công tác khen thưởng trong những năm tới.",
    },
    { type: "heading", level: 1, number: "II.", text: "Nội dung và các bước tiến hành" },
    {
      type: "heading",
      level: 2,
      number: "2.",
      text: "Hình thức, thời gian tổ chức Hội nghị điển hình tiên tiến.",
    },
    {
      type: "heading",
      level: 3,
      number: "2.1.",
      text: "Đối với các xã, phường, cơ quan, đơn vị, doanh nghiệp.",
    },
    {
      type: "bullet",
      text: ["Thời gian: 1/2 ngày. Hoàn thành trước ngày ", { text: "31/3/2020", bold: true }, "."],
    },
    { type: "bullet", text: "Số lượng đại biểu:" },
    {
      type: "bullet",
      level: 2,
      text: "Đối với các xã, phường và các tổ chức, đoàn thể cấp thị xã: số lượng tối đa 150 đại biểu.",
    },
  ],
  recipients: [
    "Ban TĐKT Tỉnh (b/c)",
    "TT. Thị uỷ, TT. HĐND Thị xã (b/c)",
    "Chủ tịch, PCT.UBND Thị xã",
    "UBND xã, phường",
    "Lưu: VT, NV",
  ],
  signature: TOWN_SIGNATURE,
};

/** A tờ trình of a unit to the town (G1, G4). */
export const sampleSubmission: Nd30Spec = {
  parentBody: "UBND THỊ XÃ BỈM SƠN",
  issuingBody: "Ủy ban nhân dân phường Ba Đình",
  numberSymbol: "05/TTr-UBND",
  place: "Ba Đình",
  date: "2020-04-02",
  kind: "TTr",
  title: "Về việc đề nghị công nhận đại biểu dự Hội nghị\nđiển hình tiên tiến thị xã Bỉm Sơn năm 2020",
  addressees: ["Ủy ban nhân dân thị xã Bỉm Sơn"],
  body: [
    {
      type: "paragraph",
      text: "Căn cứ Kế hoạch số 165/KH-UBND ngày 05/10/2019 của Ủy ban nhân dân thị xã Bỉm Sơn về tổ chức Hội nghị điển hình tiên tiến các cấp tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ X;",
    },
    {
      type: "paragraph",
      text: "Căn cứ kết quả Hội nghị điển hình tiên tiến phường Ba Đình ngày 18/3/2020, Ủy ban nhân dân phường Ba Đình kính trình Ủy ban nhân dân thị xã xem xét, công nhận 12 đại biểu dự Hội nghị điển hình tiên tiến thị xã Bỉm Sơn năm 2020 (có danh sách trích ngang kèm theo).",
    },
    { type: "paragraph", text: "Kính trình Ủy ban nhân dân thị xã xem xét, quyết định./." },
  ],
  recipients: ["Như trên", "Lưu: VP"],
  signature: { authority: ["TM. ỦY BAN NHÂN DÂN"], title: "Chủ tịch", name: "Nguyễn Văn Minh" },
};

/** A biên bản signed by the secretary (left) and the presiding officer (right). */
export const sampleMinutes: Nd30Spec = {
  issuingBody: "Ủy ban nhân dân phường Ba Đình",
  place: "Ba Đình",
  date: "2020-03-18",
  kind: "BB",
  title: "Hội nghị điển hình tiên tiến phường Ba Đình năm 2020",
  body: [
    {
      type: "paragraph",
      text: "Hồi 07 giờ 30 phút, ngày 18 tháng 3 năm 2020, tại Hội trường Ủy ban nhân dân phường Ba Đình.",
    },
    { type: "heading", level: 2, number: "1.", text: "Thành phần:" },
    { type: "bullet", text: "Đại biểu điển hình tiên tiến: 105 người; đại biểu khách mời: 45 người." },
    { type: "heading", level: 2, number: "2.", text: "Nội dung:" },
    {
      type: "paragraph",
      text: "Hội nghị đã thông qua danh sách 12 đại biểu đi dự Hội nghị điển hình tiên tiến thị xã.",
    },
  ],
  leftSignature: { title: "Thư ký", name: "Trần Thị Hoa", note: "(Ký, ghi rõ họ tên)" },
  signature: { title: "Chủ tọa", name: "Nguyễn Văn Minh", note: "(Ký, ghi rõ họ tên)" },
};

/** A periodic briefing report (K3) with a table of progress. */
export const sampleBriefing: Nd30Spec = {
  ...TOWN,
  numberSymbol: "     /BC-UBND",
  date: null,
  kind: "BC",
  title: "Tiến độ tổ chức Hội nghị điển hình tiên tiến các cấp",
  body: [
    { type: "heading", level: 1, number: "I.", text: "Tình hình thực hiện" },
    {
      type: "table",
      columns: [
        { header: "STT", width: 8, align: "center" },
        { header: "Đơn vị", width: 42 },
        { header: "Kế hoạch", width: 25, align: "center" },
        { header: "Hội nghị", width: 25, align: "center" },
      ],
      rows: [
        [1, "Phường Ba Đình", "Đúng hạn", "Đúng hạn"],
        [2, "Phường Ngọc Trạo", "Trễ 3 ngày", "Chưa đến hạn"],
        [3, "Xã Hà Lan", "Quá hạn", "Chưa đến hạn"],
      ],
    },
  ],
  recipients: ["Chủ tịch, PCT UBND thị xã", "Lưu: VT, NV"],
  signature: { authority: ["KT. TRƯỞNG PHÒNG"], title: "Phó Trưởng phòng", name: "" },
};

/** Delegates chosen so that the Vietnamese order differs from the input order and from plain sort(). */
export const sampleDelegateList: DelegateListInput = {
  // A ward's People's Committee has no parent body line (NĐ 30, Phụ lục I, ô 2).
  issuingBody: "Ủy ban nhân dân phường Ba Đình",
  numberSymbol: formatNumberSymbol("DS", "UBND"),
  place: "Ba Đình",
  date: "2020-03-20",
  conferenceTitle: "Hội nghị điển hình tiên tiến thị xã Bỉm Sơn năm 2020",
  unitName: "Phường Ba Đình",
  delegates: [
    {
      fullName: "Đỗ Thị Đào",
      gender: "female",
      birthYear: 1985,
      ethnicityName: "Kinh",
      position: "Tổ trưởng tổ dân phố số 3, phường Ba Đình",
      achievement: "Chiến sỹ thi đua cơ sở năm 2018, 2019",
    },
    {
      fullName: "Nguyễn Văn An",
      gender: "male",
      birthYear: 1978,
      ethnicityName: "Kinh",
      position: "Công nhân Công ty Cổ phần Xi măng Bỉm Sơn",
      achievement: "Lao động giỏi, lao động sáng tạo năm 2019",
    },
    {
      fullName: "Lò Thị Ân",
      gender: "female",
      birthYear: 1990,
      ethnicityName: "Thái",
      position: "Giáo viên Trường Tiểu học Ba Đình",
      achievement: "Giáo viên dạy giỏi cấp tỉnh",
    },
    {
      fullName: "Phạm Văn Dũng",
      gender: "male",
      birthYear: 1969,
      ethnicityName: "Kinh",
      position: "Bí thư Chi bộ khu phố 5",
      achievement: "Người tốt, việc tốt năm 2019",
    },
    {
      fullName: "Trần Thị Ánh",
      gender: "female",
      birthYear: 1995,
      ethnicityName: "Mường",
      position: "Đoàn viên, nông dân sản xuất giỏi",
      achievement: "Nông dân sản xuất, kinh doanh giỏi cấp thị xã",
    },
    {
      fullName: "Lê Thị An",
      gender: "female",
      birthYear: 1982,
      ethnicityName: "Kinh",
      position: "Chủ tịch Hội LH Phụ nữ phường",
      achievement: "Bằng khen của Chủ tịch UBND tỉnh năm 2018",
    },
    {
      fullName: "Hà Văn Bình",
      gender: null,
      birthYear: 1975,
      ethnicityName: null,
      position: "Cựu chiến binh, khu phố 2",
      achievement: null,
    },
  ],
  signature: { authority: ["TM. ỦY BAN NHÂN DÂN"], title: "Chủ tịch", name: "Nguyễn Văn Minh" },
};

/** The names of sampleDelegateList in the expected order. */
export const SAMPLE_DELEGATE_ORDER = [
  "Lê Thị An",
  "Nguyễn Văn An",
  "Trần Thị Ánh",
  "Lò Thị Ân",
  "Hà Văn Bình",
  "Phạm Văn Dũng",
  "Đỗ Thị Đào",
] as const;

/** Phường Ba Đình's header and signer, as its document settings give them (L1). */
export const SAMPLE_ISSUER: IssuerBlock = {
  issuingBody: "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH",
  symbol: "UBND",
  place: "Ba Đình",
  date: "2020-03-10",
  signature: { authority: ["TM. ỦY BAN NHÂN DÂN"], title: "Chủ tịch", name: "Nguyễn Văn Minh" },
};

export const SAMPLE_CONFERENCE: ConferenceFacts = {
  title: "Hội nghị điển hình tiên tiến phường Ba Đình năm 2020",
  date: "2020-03-20",
  startTime: "07:30",
  endTime: "11:00",
  venue: "Hội trường UBND phường Ba Đình",
};

export const SAMPLE_AGENDA: ProgrammeItem[] = [
  { title: "Đón tiếp đại biểu", presenter: "Ban tổ chức", durationMinutes: 15 },
  {
    title: "Tuyên bố lý do, giới thiệu đại biểu",
    presenter: "Trần Thị Hoa, Văn phòng UBND phường",
    durationMinutes: 10,
  },
  {
    title: "Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2015–2020",
    presenter: "Nguyễn Văn Minh, Chủ tịch UBND phường",
    durationMinutes: 30,
  },
  { title: "Tham luận của các điển hình tiên tiến", presenter: null, durationMinutes: 60 },
  {
    title: "Khen thưởng các tập thể, cá nhân tiêu biểu",
    presenter: "Lãnh đạo UBND phường",
    durationMinutes: 20,
  },
  { title: "Bế mạc hội nghị", presenter: "Nguyễn Văn Minh", durationMinutes: 10 },
];

export const SAMPLE_PRESIDIUM: PresidiumEntry[] = [
  { fullName: "Nguyễn Văn Minh", title: "Chủ tịch UBND phường" },
  { fullName: "Trần Thị Hoa", title: "Phó Chủ tịch UBND phường" },
  { fullName: "Lê Văn Tâm", title: "Chủ tịch Ủy ban MTTQ phường" },
];
