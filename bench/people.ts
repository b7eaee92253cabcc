/**
 * Deterministic, realistic Vietnamese people for the bench: family names with
 * their real frequencies (Nguyễn ≈ 38 %), gendered middle names, common given
 * names, ethnic groups, positions and workplaces of Bỉm Sơn.
 */

/** mulberry32: a small seeded PRNG, so every run builds the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY: [string, number][] = [
  ["Nguyễn", 38],
  ["Trần", 11],
  ["Lê", 9.5],
  ["Phạm", 7],
  ["Hoàng", 5],
  ["Phan", 4.5],
  ["Vũ", 3.9],
  ["Đặng", 2.1],
  ["Bùi", 2],
  ["Đỗ", 1.4],
  ["Hồ", 1.3],
  ["Ngô", 1.3],
  ["Dương", 1],
  ["Lý", 0.5],
  ["Trịnh", 0.8],
  ["Đinh", 0.7],
  ["Mai", 0.6],
  ["Lò", 0.3],
  ["Giàng", 0.2],
  ["Hà", 0.6],
  ["Tạ", 0.3],
];
const MIDDLE_MALE = [
  "Văn",
  "Văn",
  "Văn",
  "Hữu",
  "Đức",
  "Minh",
  "Quang",
  "Công",
  "Đình",
  "Xuân",
  "Ngọc",
  "Thanh",
];
const MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Kim", "Hồng", "Phương", "Diệu"];
const GIVEN_MALE = [
  "An",
  "Anh",
  "Bình",
  "Cường",
  "Dũng",
  "Đạt",
  "Đức",
  "Giang",
  "Hải",
  "Hùng",
  "Hưng",
  "Huy",
  "Khang",
  "Khoa",
  "Lâm",
  "Long",
  "Mạnh",
  "Minh",
  "Nam",
  "Nghĩa",
  "Phong",
  "Phúc",
  "Quân",
  "Quang",
  "Sơn",
  "Tài",
  "Thắng",
  "Thành",
  "Toàn",
  "Trung",
  "Tuấn",
  "Tùng",
  "Việt",
  "Vinh",
  "Ân",
  "Ấn",
  "Ơn",
];
const GIVEN_FEMALE = [
  "An",
  "Anh",
  "Ánh",
  "Bích",
  "Chi",
  "Dung",
  "Duyên",
  "Giang",
  "Hà",
  "Hạnh",
  "Hằng",
  "Hiền",
  "Hoa",
  "Hồng",
  "Hương",
  "Lan",
  "Liên",
  "Linh",
  "Loan",
  "Mai",
  "Nga",
  "Ngọc",
  "Nhung",
  "Oanh",
  "Phương",
  "Quỳnh",
  "Thảo",
  "Thu",
  "Thủy",
  "Trang",
  "Uyên",
  "Vân",
  "Yến",
  "Ỷ",
];
const ETHNIC: [string, number][] = [
  ["Kinh", 90],
  ["Mường", 5],
  ["Thái", 2],
  ["Tày", 1],
  ["H'Mông", 1],
  ["Dao", 1],
];
const POSITIONS = [
  "Chủ tịch UBND phường",
  "Bí thư Chi bộ khu phố",
  "Trưởng khu phố",
  "Giáo viên Trường THCS",
  "Công nhân",
  "Kỹ sư",
  "Nông dân sản xuất giỏi",
  "Chủ hộ kinh doanh",
  "Bác sĩ Trạm Y tế",
  "Đoàn viên Chi đoàn",
  "Hội viên Hội Phụ nữ",
  "Cựu chiến binh",
  "Cán bộ Văn phòng",
  "Kế toán",
  "Tổ trưởng sản xuất",
];
const WORKPLACES = [
  "Phường Ba Đình",
  "Phường Ngọc Trạo",
  "Phường Bắc Sơn",
  "Phường Lam Sơn",
  "Phường Đông Sơn",
  "Phường Phú Sơn",
  "Xã Quang Trung",
  "Xã Hà Lan",
  "Công ty Cổ phần Xi măng Bỉm Sơn",
  "Công ty May KH Vina",
  "Công ty Cổ phần Môi trường và công trình đô thị Bỉm Sơn",
  "Hội Nông dân thị xã",
];
const ACHIEVEMENTS = [
  "Chiến sĩ thi đua cơ sở năm 2018",
  "Lao động tiên tiến 5 năm liền (2015–2019)",
  "Bằng khen của Chủ tịch UBND tỉnh năm 2019",
  "Giấy khen của Chủ tịch UBND thị xã năm 2018",
  "Huân chương Lao động hạng Ba",
];

function weighted<T>(r: () => number, list: [T, number][]): T {
  const total = list.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of list) {
    x -= w;
    if (x < 0) return v;
  }
  return list.at(-1)![0];
}
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

export type BenchPerson = {
  fullName: string;
  gender: "male" | "female";
  birthYear: number;
  ethnicity: string;
  position: string;
  workplace: string;
  achievement: string;
};

export function person(r: () => number): BenchPerson {
  const gender = r() < 0.55 ? "male" : "female";
  const middle = pick(r, gender === "male" ? MIDDLE_MALE : MIDDLE_FEMALE);
  const given = pick(r, gender === "male" ? GIVEN_MALE : GIVEN_FEMALE);
  const twoMiddles = r() < 0.15 ? ` ${pick(r, gender === "male" ? MIDDLE_MALE : MIDDLE_FEMALE)}` : "";
  const workplace = pick(r, WORKPLACES);
  return {
    fullName: `${weighted(r, FAMILY)} ${middle}${twoMiddles} ${given}`,
    gender,
    birthYear: 1950 + Math.floor(r() * 55),
    ethnicity: weighted(r, ETHNIC),
    position: `${pick(r, POSITIONS)}`,
    workplace,
    achievement: pick(r, ACHIEVEMENTS),
  };
}

export function people(n: number, seed = 2020): BenchPerson[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => person(r));
}
