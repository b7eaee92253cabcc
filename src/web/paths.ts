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
} as const;

export const conferencePath = (id: string) => `/hoi-nghi/${id}`;
export const conferenceAwardsPath = (id: string) => `/hoi-nghi/${id}/khen-thuong`;
export const dossierUnitPath = (unitId: string) => `/ho-so/${unitId}`;
