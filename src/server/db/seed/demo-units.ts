/**
 * Bỉm Sơn's units as the plan knew them (late 2019), SPEC "Demo data".
 * Workforces and the small enterprises are demo values (isDemo), chosen so
 * every branch of D3 shows: below 200, exactly 200 and above 200 workers.
 */
export type DemoUnit = {
  code: string;
  name: string;
  kind: string;
  parent?: string;
  workforce?: number;
  population?: number;
  cluster?: string;
  isDemo?: boolean;
};

export const DEMO_KINDS = [
  { code: "tinh", name: "Tỉnh", sortOrder: 10, isArea: true, hasWorkforce: false },
  { code: "thi_xa", name: "Thị xã", sortOrder: 20, isArea: true, hasWorkforce: false },
  { code: "phuong", name: "Phường", sortOrder: 30, isArea: true, hasWorkforce: false },
  { code: "xa", name: "Xã", sortOrder: 40, isArea: true, hasWorkforce: false },
  { code: "co_quan", name: "Cơ quan", sortOrder: 50, isArea: false, hasWorkforce: false },
  { code: "doan_the", name: "Đoàn thể", sortOrder: 60, isArea: false, hasWorkforce: false },
  { code: "doanh_nghiep", name: "Doanh nghiệp", sortOrder: 70, isArea: false, hasWorkforce: true },
];

export const DEMO_CLUSTER = "Cụm thi đua số 3";
const TOWN = "bimson";

export const DEMO_UNITS: DemoUnit[] = [
  { code: TOWN, name: "Thị xã Bỉm Sơn", kind: "thi_xa" },
  // 6 phường, 2 xã (populations are demo values, for quotas by population: F2)
  { code: "badinh", name: "Phường Ba Đình", kind: "phuong", parent: TOWN, population: 9800, isDemo: true },
  {
    code: "ngoctrao",
    name: "Phường Ngọc Trạo",
    kind: "phuong",
    parent: TOWN,
    population: 8600,
    isDemo: true,
  },
  { code: "bacson", name: "Phường Bắc Sơn", kind: "phuong", parent: TOWN, population: 7900, isDemo: true },
  { code: "lamson", name: "Phường Lam Sơn", kind: "phuong", parent: TOWN, population: 9200, isDemo: true },
  { code: "dongson", name: "Phường Đông Sơn", kind: "phuong", parent: TOWN, population: 8300, isDemo: true },
  { code: "phuson", name: "Phường Phú Sơn", kind: "phuong", parent: TOWN, population: 6400, isDemo: true },
  { code: "quangtrung", name: "Xã Quang Trung", kind: "xa", parent: TOWN, population: 5700, isDemo: true },
  { code: "halan", name: "Xã Hà Lan", kind: "xa", parent: TOWN, population: 4900, isDemo: true },
  // Town offices
  { code: "noivu", name: "Phòng Nội vụ", kind: "co_quan", parent: TOWN },
  { code: "vhtt", name: "Phòng Văn hóa – Thông tin", kind: "co_quan", parent: TOWN },
  { code: "tckh", name: "Phòng Tài chính – Kế hoạch", kind: "co_quan", parent: TOWN },
  { code: "ttvhtt", name: "Trung tâm Văn hóa – Thể dục thể thao", kind: "co_quan", parent: TOWN },
  { code: "daitth", name: "Đài Truyền thanh – Truyền hình", kind: "co_quan", parent: TOWN },
  // Town organisations
  { code: "mttq", name: "Ủy ban MTTQ thị xã", kind: "doan_the", parent: TOWN },
  { code: "thidoan", name: "Thị đoàn", kind: "doan_the", parent: TOWN },
  { code: "hoiphunu", name: "Hội Liên hiệp Phụ nữ thị xã", kind: "doan_the", parent: TOWN },
  { code: "hoiccb", name: "Hội Cựu chiến binh thị xã", kind: "doan_the", parent: TOWN },
  { code: "hoinongdan", name: "Hội Nông dân thị xã", kind: "doan_the", parent: TOWN },
  { code: "ldld", name: "Liên đoàn Lao động thị xã", kind: "doan_the", parent: TOWN },
  // Enterprises (workforces are demo values)
  {
    code: "moitruong",
    name: "Công ty Cổ phần Môi trường và công trình đô thị Bỉm Sơn",
    kind: "doanh_nghiep",
    parent: TOWN,
    workforce: 185,
    cluster: DEMO_CLUSTER,
    isDemo: true,
  },
  {
    code: "ximang",
    name: "Công ty Cổ phần Xi măng Bỉm Sơn",
    kind: "doanh_nghiep",
    parent: TOWN,
    workforce: 1150,
    cluster: DEMO_CLUSTER,
    isDemo: true,
  },
  {
    code: "khvina",
    name: "Công ty May KH Vina",
    kind: "doanh_nghiep",
    parent: TOWN,
    workforce: 620,
    cluster: DEMO_CLUSTER,
    isDemo: true,
  },
  {
    code: "gachtuynel",
    name: "Công ty TNHH Gạch Tuynel Bỉm Sơn (mẫu)",
    kind: "doanh_nghiep",
    parent: TOWN,
    workforce: 200,
    cluster: DEMO_CLUSTER,
    isDemo: true,
  },
  {
    code: "vantailamson",
    name: "Công ty TNHH Vận tải Lam Sơn (mẫu)",
    kind: "doanh_nghiep",
    parent: TOWN,
    workforce: 48,
    isDemo: true,
  },
];

/** Role users; every other unit (except the town itself and these offices) gets a unit user named by its code. */
export const DEMO_ROLE_USERS = [
  { username: "vanphong", fullName: "Thường trực HĐ TĐKT (Phòng Nội vụ)", role: "office", unit: "noivu" },
  { username: "chutich", fullName: "Bùi Huy Hùng", role: "chairman", unit: TOWN },
  { username: "hoidong", fullName: "Thành viên Hội đồng TĐKT thị xã", role: "council", unit: null },
  { username: "hoidong2", fullName: "Lê Thị Thanh Hương", role: "council", unit: null },
  { username: "vanhoa", fullName: "Cán bộ Phòng Văn hóa – Thông tin", role: "culture", unit: "vhtt" },
  { username: "taichinh", fullName: "Cán bộ Phòng Tài chính – Kế hoạch", role: "finance", unit: "tckh" },
] as const;

export const UNITS_WITHOUT_UNIT_USER = new Set([TOWN, "noivu", "vhtt", "tckh"]);
