/** The app's addresses, in Vietnamese like the rest of the interface. */
export const PATHS = {
  home: "/",
  login: "/dang-nhap",
  changePassword: "/doi-mat-khau",
  plan: "/ke-hoach",
  units: "/don-vi",
  users: "/tai-khoan",
  audit: "/nhat-ky",
} as const;
