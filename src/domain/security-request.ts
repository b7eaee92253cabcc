/**
 * What a request in the security log tried, in words (issue #12 item 7): the office reads
 * "Sửa đại biểu (hội nghị)", not "PUT /api/conferences/…/delegates/…". The raw request stays
 * beside it for the technician. Pure: the path is split into its named segments (ids and other
 * values dropped), the first names the area, a later one the part, the last may be a step.
 */

/** The area of the API, by its first segment. */
const AREAS: Readonly<Record<string, string>> = {
  audit: "nhật ký thay đổi",
  auth: "đăng nhập",
  "award-forms": "danh mục khen thưởng",
  awards: "khen thưởng",
  "base-salaries": "lương cơ sở",
  briefing: "báo cáo giao ban",
  budgets: "kinh phí",
  clusters: "cụm thi đua",
  collectives: "tập thể",
  conferences: "hội nghị",
  "council-assignments": "phân công Hội đồng",
  docs: "tài liệu API",
  dossiers: "hồ sơ",
  duplicates: "người trùng tên",
  files: "tệp đính kèm",
  health: "tình trạng máy chủ",
  movements: "phong trào thi đua",
  "nomination-list": "danh sách đề cử tổng hợp",
  "nomination-packages": "danh sách cấp dưới gửi lên",
  nominations: "đề cử đại biểu",
  notifications: "thông báo",
  outbox: "hộp thư đi",
  people: "danh sách người",
  plans: "kế hoạch",
  progress: "tiến độ",
  propaganda: "tuyên truyền",
  quotas: "chỉ tiêu đại biểu",
  reminders: "nhắc việc",
  search: "tìm người",
  "security-events": "nhật ký an ninh",
  todo: "việc cần làm",
  "unit-kinds": "loại đơn vị",
  "unit-plans": "kế hoạch của đơn vị",
  units: "đơn vị",
  users: "tài khoản",
};

/** A part within an area, by a later segment. */
const PARTS: Readonly<Record<string, string>> = {
  actuals: "chi thực tế",
  agenda: "chương trình",
  alerts: "cảnh báo",
  awards: "khen thưởng",
  blank: "phôi giấy khen",
  budget: "kinh phí",
  candidates: "người có thể đề cử",
  counts: "số liệu",
  delegates: "đại biểu",
  "document-settings": "thiết lập văn bản",
  estimate: "dự toán",
  file: "tệp",
  guests: "khách mời",
  items: "tin, bài",
  media: "tệp trình chiếu",
  milestones: "mốc thời gian",
  participants: "đơn vị tham gia",
  people: "người",
  presidium: "đoàn Chủ tọa",
  receipt: "chứng từ",
  "reminder-policy": "lịch nhắc việc",
  seats: "số đại biểu",
  settings: "cài đặt",
  sheet: "bảng kinh phí",
  targets: "cơ cấu",
  tasks: "nhiệm vụ",
  versions: "phương án phân bổ",
};

/** Requests with a name of their own. */
const NAMED: Readonly<Record<string, string>> = {
  "POST auth/login": "Đăng nhập",
  "POST auth/logout": "Đăng xuất",
  "GET auth/me": "Mở phiên làm việc",
  "GET auth/csrf": "Mở phiên làm việc",
  "PUT auth/password": "Đổi mật khẩu",
  "POST auth/password": "Đổi mật khẩu",
  "POST auth/mfa/verify": "Nhập mã xác thực khi đăng nhập",
  "POST auth/mfa/enrol": "Bật xác thực hai lớp",
  "POST auth/mfa/confirm": "Bật xác thực hai lớp",
  "DELETE auth/mfa": "Tắt xác thực hai lớp",
};

/** A step named by the last segment of a POST or PUT. */
const STEPS: Readonly<Record<string, string>> = {
  accept: "Chấp nhận",
  activate: "Mở lại",
  approve: "Duyệt",
  check: "Kiểm tra",
  confirm: "Xác nhận",
  deactivate: "Ngừng dùng",
  dismiss: "Bỏ đánh dấu",
  generate: "Tạo",
  import: "Nhập",
  "mfa-reset": "Xóa xác thực hai lớp của",
  move: "Chuyển",
  publish: "Công bố",
  "read-all": "Đánh dấu đã đọc",
  read: "Đánh dấu đã đọc",
  "reset-password": "Đặt lại mật khẩu của",
  return: "Trả lại",
  run: "Chạy",
  send: "Gửi",
  simulate: "Tính thử",
  skip: "Bỏ qua",
  status: "Đổi tình trạng",
  submit: "Gửi",
  unlock: "Mở khóa",
};

const VERBS: Readonly<Record<string, string>> = {
  GET: "Xem",
  HEAD: "Xem",
  POST: "Tạo",
  PUT: "Sửa",
  PATCH: "Sửa",
  DELETE: "Xóa",
};

/** A segment that names something: not an id, a number, a code or a file name. */
function isName(segment: string): boolean {
  return segment in AREAS || segment in PARTS || segment in STEPS || /^[a-z]+(-[a-z]+)*$/u.test(segment);
}

/**
 * The request in words, e.g. "Sửa đại biểu (hội nghị)", "Duyệt kế hoạch của đơn vị",
 * "Đăng nhập". A path outside the API's areas reads "Yêu cầu khác".
 */
export function describeRequest(method: string, route: string): string {
  const verb = method.toUpperCase();
  const path = (route.split("?")[0] ?? "").replace(/^\/api\//u, "").replace(/\/+$/u, "");
  const segments = path.split("/").filter((s) => s !== "");
  const named = segments.filter((s) => isName(s));
  const key = `${verb} ${named.join("/")}`;
  if (key in NAMED) return NAMED[key]!;
  const area = AREAS[segments[0] ?? ""];
  if (!area) return "Yêu cầu khác";
  const rest = named.slice(1);
  const last = rest.at(-1);
  const step = verb !== "GET" && last ? STEPS[last] : undefined;
  const part = [...(step ? rest.slice(0, -1) : rest)].reverse().find((s) => s in PARTS);
  const what = part ? `${PARTS[part]} (${area})` : area;
  return `${step ?? VERBS[verb] ?? "Gửi yêu cầu"} ${what}`;
}
