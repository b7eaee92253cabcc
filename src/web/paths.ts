/** The app's addresses, in Vietnamese like the rest of the interface. */
export const PATHS = {
  home: "/",
  login: "/dang-nhap",
  changePassword: "/doi-mat-khau",
  plan: "/ke-hoach",
  units: "/don-vi",
  users: "/tai-khoan",
  audit: "/nhat-ky",
  conferences: "/hoi-nghi",
  conference: "/hoi-nghi/:id",
  conferenceAwards: "/hoi-nghi/:id/khen-thuong",
  /** A unit's certificate blanks and where each field prints (issue #14 item 3). */
  certificateLayout: "/mau-giay-khen",
  /** The office's base salaries and award forms (issue #14 item 2). */
  awardData: "/danh-muc-khen-thuong",
  unitPlans: "/ke-hoach-don-vi",
  planSettings: "/ke-hoach/sua",
  people: "/nguoi",
  search: "/tim-kiem",
  duplicates: "/trung-lap",
  progress: "/tien-do",
  dossiers: "/ho-so",
  dossierUnit: "/ho-so/:unitId",
  documentSettings: "/thiet-lap-van-ban",
  briefing: "/giao-ban",
  outbox: "/hop-thu-di",
  accountSecurity: "/bao-mat-tai-khoan",
  securityLog: "/nhat-ky-an-ninh",
  quotas: "/chi-tieu-dai-bieu",
  budgets: "/kinh-phi",
  budget: "/hoi-nghi/:id/kinh-phi",
  propaganda: "/tuyen-truyen",
  /** A unit's nominations to the higher conference (F4). */
  nominations: "/de-cu",
  /** The office's compiled list, the chairman's approval (F4). */
  nominationList: "/tong-hop-de-cu",
  /** The receiving level imports the package of the level below (F5). */
  nominationImport: "/nhap-danh-sach-cap-duoi",
} as const;

export const conferencePath = (id: string) => `/hoi-nghi/${id}`;
export const conferenceAwardsPath = (id: string) => `/hoi-nghi/${id}/khen-thuong`;
export const certificateLayoutPath = (unitId: string, kind = "giay_khen") =>
  `/mau-giay-khen?donVi=${unitId}&loai=${kind}`;
export const dossierUnitPath = (unitId: string) => `/ho-so/${unitId}`;
export const budgetPath = (conferenceId: string) => `/hoi-nghi/${conferenceId}/kinh-phi`;
