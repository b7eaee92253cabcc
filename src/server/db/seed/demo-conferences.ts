/**
 * The three pilot conferences of the seed's plan (II.2.3), as demo data (issue 3 item 9):
 * phường Ba Đình's is a draft with exactly 150 delegates (the cap, II.2.1: one more is
 * an error), Hội LH Phụ nữ's is submitted, Công ty Môi trường's (185 workers: plenary)
 * is approved. Two unit conferences (issue #8 item 1): xã Hà Lan's was held on time,
 * xã Quang Trung's was returned. People are invented (isDemo), generated
 * deterministically from name pools. Dates are the story's, moved by `ctx.day`/`ctx.at`.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { normaliseEthnicity } from "../../../domain/people/ethnicities.ts";
import { personIdentityKey, personSearchKey } from "../../../domain/persons.ts";
import { PERSON_CATEGORY_LABELS, type PersonCategory } from "../../../domain/rules/categories.ts";
import {
  agendaItems,
  conferences,
  delegates,
  persons,
  planParticipants,
  presidiumMembers,
} from "../schema/index.ts";
import type { SeedStep } from "./steps.ts";

const FAMILY =
  "Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Mai Trịnh Lò Hà Tạ Lương Cao Tô".split(
    " ",
  );
const MIDDLE = {
  male: "Văn Văn Đức Minh Hữu Quang Công Đình Xuân Thanh Quốc Bá Trọng Tiến Ngọc".split(" "),
  female: "Thị Thị Thị Ngọc Thu Thanh Minh Thùy Kim Hồng Phương Diệu Bích Thị_Thu Thị_Minh".split(" "),
};
const GIVEN = {
  male: "An Bảo Cường Dũng Đạt Định Hải Hiếu Hùng Huy Khải Khánh Kiên Lâm Long Lộc Mạnh Nam Nghĩa Phúc Quý Quyết Sơn Tài Thắng Thịnh Toàn Trung Tuấn Tùng Việt Vinh Vũ Ước Hưởng Thuận Chiến Đông Tiến Hòa Ngữ Khoa".split(
    " ",
  ),
  female:
    "Anh Ánh Cúc Diệp Dung Giang Hà Hằng Hạnh Hiền Hoa Huệ Huyền Hương Lan Liên Loan Mai Ngân Nguyệt Nhung Oanh Phượng Quỳnh Thảo Thơm Thủy Trang Tuyết Uyên Vân Yến Xuân Ngọc Ly Thư Hậu Lụa Nhài Ngà Ỷ".split(
      " ",
    ),
};
/** Guests beyond a conference's named leaders. */
const OTHER_GUESTS = [
  "Bí thư Chi bộ khu phố {n}",
  "Trưởng ban công tác Mặt trận khu dân cư số {n}",
  "Ủy viên Ban Chấp hành Đảng bộ thị xã",
  "Đại biểu HĐND thị xã",
  "Chuyên viên Phòng Nội vụ thị xã",
  "Phó Chủ tịch Hội Cựu chiến binh thị xã",
];
const MINORITIES = ["Mường", "Thái", "Tày", "Dao"].map((n) => normaliseEthnicity(n)!.code);

/** Exemplar categories in rotation; the first three lead the presidium's exemplar half. */
const EXEMPLAR_CATEGORIES = [
  "hero_labour",
  "emulation_fighter",
  "outstanding_exemplar",
  "emulation_fighter",
  "citizen",
  "direct_worker",
  "good_deed",
  "outstanding_exemplar",
  "farmer",
  "direct_worker",
  "citizen",
  "good_deed",
] as const;

const TITLES: Record<string, string> = {
  hero_labour: "Anh hùng Lao động thời kỳ đổi mới (2010)",
  hero_armed: "Anh hùng Lực lượng vũ trang nhân dân",
  emulation_fighter: "Chiến sỹ thi đua cơ sở các năm 2017, 2018, 2019",
  outstanding_exemplar: "Bằng khen của Chủ tịch UBND tỉnh Thanh Hóa năm 2019",
  citizen: "Giấy khen của Chủ tịch UBND thị xã năm 2018",
  farmer: "Nông dân sản xuất, kinh doanh giỏi cấp thị xã 2016–2019",
  direct_worker: "Lao động tiên tiến 5 năm liền (2015–2019)",
  good_deed: "Giấy khen về gương người tốt, việc tốt năm 2019",
  leader: "Huân chương Lao động hạng Ba",
};
const ACHIEVEMENT: Record<string, string> = {
  hero_labour: "Nhiều sáng kiến cải tiến kỹ thuật được áp dụng, làm lợi hàng tỷ đồng.",
  emulation_fighter: "Hoàn thành xuất sắc nhiệm vụ 5 năm liền; có sáng kiến được công nhận cấp cơ sở.",
  outstanding_exemplar:
    "Tiêu biểu trong phong trào “Xây dựng cơ quan, đơn vị, gia đình, con người kiểu mẫu”.",
  citizen: "Gương mẫu chấp hành chủ trương, pháp luật; vận động nhân dân hiến đất mở rộng đường.",
  farmer: "Phát triển mô hình kinh tế trang trại, giúp đỡ hộ nghèo trong khu dân cư.",
  direct_worker: "Người lao động trực tiếp, hoàn thành vượt mức kế hoạch được giao.",
  good_deed: "Nhặt được của rơi trả lại người mất; tích cực tham gia công tác từ thiện.",
};

type Spec = {
  unit: string;
  status: "draft" | "submitted" | "approved" | "returned" | "held";
  returnComment?: string;
  exemplars: number;
  guests: number;
  women: number;
  seed: number;
  form: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  workplace: string;
  leaders: string[];
  positions: string[];
  extraAgenda?: { after: string; title: string };
};

const SPECS: Spec[] = [
  {
    unit: "badinh",
    status: "draft",
    exemplars: 105,
    guests: 45,
    women: 0.45,
    seed: 2020_03_12,
    form: "Hội nghị tuyên dương điển hình tiên tiến",
    title: "Hội nghị điểm tuyên dương điển hình tiên tiến phường Ba Đình giai đoạn 2015–2020",
    date: "2020-03-12",
    startTime: "08:00",
    endTime: "11:00",
    venue: "Hội trường UBND phường Ba Đình",
    workplace: "Phường Ba Đình",
    leaders: [
      "Bí thư Đảng ủy phường Ba Đình",
      "Chủ tịch UBND phường Ba Đình",
      "Phó Chủ tịch UBND phường Ba Đình",
      "Chủ tịch Ủy ban MTTQ phường Ba Đình",
      "Thành viên Hội đồng Thi đua – Khen thưởng thị xã",
      "Chủ tịch UBND phường Ngọc Trạo",
      "Phó Bí thư Đảng ủy phường Lam Sơn",
      "Bí thư Chi bộ khu phố {n}",
    ],
    positions: [
      "Tổ trưởng tổ dân phố số {n}",
      "Giáo viên Trường Tiểu học Ba Đình",
      "Bác sĩ Trạm Y tế phường Ba Đình",
      "Nông dân sản xuất giỏi khu phố {n}",
      "Trưởng khu phố {n}",
      "Chủ hộ kinh doanh khu phố {n}",
      "Công nhân Công ty Cổ phần Xi măng Bỉm Sơn",
      "Đoàn viên Chi đoàn khu phố {n}",
      "Công an viên khu phố {n}",
    ],
  },
  {
    unit: "hoiphunu",
    status: "submitted",
    exemplars: 56,
    guests: 24,
    women: 0.9,
    seed: 2020_03_16,
    form: "Hội nghị tuyên dương điển hình tiên tiến",
    title: "Hội nghị điểm tuyên dương phụ nữ điển hình tiên tiến thị xã Bỉm Sơn",
    date: "2020-03-16",
    startTime: "07:30",
    endTime: "11:00",
    venue: "Hội trường Thị ủy Bỉm Sơn",
    workplace: "Hội Liên hiệp Phụ nữ thị xã",
    leaders: [
      "Chủ tịch Hội LH Phụ nữ thị xã",
      "Phó Bí thư Thường trực Thị ủy",
      "Phó Chủ tịch UBND thị xã",
      "Chủ tịch Hội LH Phụ nữ xã Quang Trung",
      "Bí thư Đảng ủy phường Bắc Sơn",
      "Thành viên Hội đồng Thi đua – Khen thưởng thị xã",
    ],
    positions: [
      "Chi hội trưởng phụ nữ khu phố {n}",
      "Hội viên phụ nữ khu phố {n}",
      "Chủ cơ sở may mặc khu phố {n}",
      "Giáo viên Trường Mầm non Bắc Sơn",
      "Nữ công nhân Công ty May KH Vina",
      "Tổ trưởng tổ tiết kiệm và vay vốn số {n}",
      "Y sĩ Trạm Y tế xã Hà Lan",
    ],
  },
  {
    unit: "moitruong",
    status: "approved",
    exemplars: 42,
    guests: 18,
    women: 0.4,
    seed: 2020_03_18,
    form: "Hội nghị biểu dương những người lao động giỏi, lao động sáng tạo",
    title: "Hội nghị điểm biểu dương người lao động giỏi, lao động sáng tạo năm 2020",
    date: "2020-03-18",
    startTime: "13:30",
    endTime: "16:30",
    venue: "Hội trường Công ty Cổ phần Môi trường và công trình đô thị Bỉm Sơn",
    workplace: "Công ty Cổ phần Môi trường và công trình đô thị Bỉm Sơn",
    leaders: [
      "Bí thư Đảng ủy, Chủ tịch HĐQT Công ty",
      "Giám đốc Công ty",
      "Chủ tịch Công đoàn Công ty",
      "Phó Giám đốc Công ty",
      "Trưởng Cụm thi đua số 3",
      "Thành viên Hội đồng Thi đua – Khen thưởng thị xã",
    ],
    positions: [
      "Công nhân thu gom rác đội {n}",
      "Tổ trưởng tổ vệ sinh môi trường số {n}",
      "Lái xe ép rác đội {n}",
      "Công nhân chăm sóc cây xanh đội {n}",
      "Kỹ sư xây dựng Phòng Kỹ thuật",
      "Công nhân điện chiếu sáng đô thị",
      "Kế toán viên Phòng Tài chính – Kế toán",
    ],
    extraAgenda: {
      after: "five_year_report",
      title: "Chiếu phóng sự về hoạt động của Công ty giai đoạn 2015–2020",
    },
  },
  {
    unit: "halan",
    status: "held",
    exemplars: 40,
    guests: 15,
    women: 0.5,
    seed: 2020_03_20,
    form: "Hội nghị tuyên dương điển hình tiên tiến",
    title: "Hội nghị tuyên dương điển hình tiên tiến xã Hà Lan giai đoạn 2015–2020",
    date: "2020-03-20",
    startTime: "08:00",
    endTime: "10:30",
    venue: "Hội trường UBND xã Hà Lan",
    workplace: "Xã Hà Lan",
    leaders: [
      "Bí thư Đảng ủy xã Hà Lan",
      "Chủ tịch UBND xã Hà Lan",
      "Chủ tịch Ủy ban MTTQ xã Hà Lan",
      "Thành viên Hội đồng Thi đua – Khen thưởng thị xã",
    ],
    positions: [
      "Trưởng thôn {n}",
      "Nông dân sản xuất giỏi thôn {n}",
      "Giáo viên Trường THCS Hà Lan",
      "Chủ trang trại thôn {n}",
      "Hội viên Hội Cựu chiến binh thôn {n}",
    ],
  },
  {
    unit: "quangtrung",
    status: "returned",
    returnComment: "Đề nghị bổ sung tóm tắt thành tích của các đại biểu điển hình và chương trình Hội nghị.",
    exemplars: 45,
    guests: 15,
    women: 0.5,
    seed: 2020_03_28,
    form: "Hội nghị tuyên dương điển hình tiên tiến",
    title: "Hội nghị tuyên dương điển hình tiên tiến xã Quang Trung giai đoạn 2015–2020",
    date: "2020-03-28",
    startTime: "14:00",
    endTime: "16:30",
    venue: "Hội trường UBND xã Quang Trung",
    workplace: "Xã Quang Trung",
    leaders: [
      "Bí thư Đảng ủy xã Quang Trung",
      "Chủ tịch UBND xã Quang Trung",
      "Chủ tịch Ủy ban MTTQ xã Quang Trung",
      "Thành viên Hội đồng Thi đua – Khen thưởng thị xã",
    ],
    positions: [
      "Trưởng thôn {n}",
      "Nông dân sản xuất giỏi thôn {n}",
      "Giáo viên Trường Tiểu học Quang Trung",
      "Chi hội trưởng phụ nữ thôn {n}",
      "Đoàn viên Chi đoàn thôn {n}",
    ],
  },
];

/** "Bí thư Đảng ủy phường Ba Đình"; for exemplars their honour first: "Anh hùng Lao động, Trưởng khu phố 3". */
function presidiumTitle(p: NewPerson): string | null {
  const category = p.categories?.[0];
  if (!category || category === "leader") return p.position ?? null;
  const honour = PERSON_CATEGORY_LABELS[category as PersonCategory];
  return p.position ? `${honour}, ${p.position}` : honour;
}

/** mulberry32: the same people on every seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type NewPerson = typeof persons.$inferInsert;

function people(spec: Spec, unitId: string): NewPerson[] {
  const rand = rng(spec.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const taken = new Set<string>();
  const out: NewPerson[] = [];
  for (let i = 0; i < spec.guests + spec.exemplars; i++) {
    const guest = i < spec.guests;
    const k = guest ? i : i - spec.guests;
    const gender = rand() < spec.women ? "female" : "male";
    let fullName = "";
    do {
      fullName = `${pick(FAMILY)} ${pick(MIDDLE[gender]).replace("_", " ")} ${pick(GIVEN[gender])}`;
    } while (taken.has(fullName));
    taken.add(fullName);
    const category = guest ? "leader" : EXEMPLAR_CATEGORIES[k % EXEMPLAR_CATEGORIES.length]!;
    const template = guest ? (spec.leaders[k] ?? pick(OTHER_GUESTS)) : pick(spec.positions);
    const position = template.replace("{n}", String(1 + Math.floor(rand() * 12)));
    // Leaders and the presidium's exemplars (k < 3) are of working age; the rest 1950–2000.
    const birthYear = guest || k < 3 ? 1958 + Math.floor(rand() * 25) : 1950 + Math.floor(rand() * 51);
    const ethnicityCode = rand() < 0.1 ? pick(MINORITIES) : "01";
    const p = { fullName, gender, birthYear, position, workplace: spec.workplace };
    out.push({
      ...p,
      unitId,
      searchKey: personSearchKey(p),
      identityKey: personIdentityKey(p),
      ethnicityCode,
      categories: category === "hero_labour" ? ["hero_labour", "emulation_fighter"] : [category],
      emulationLevel: category === "emulation_fighter" ? (k % 4 === 1 ? "tinh" : "co_so") : null,
      economicSector:
        category === "direct_worker"
          ? spec.unit === "moitruong"
            ? "private"
            : "state"
          : category === "farmer"
            ? "household"
            : null,
      titles: TITLES[category] ?? null,
      achievement: ACHIEVEMENT[category] ?? null,
      isDemo: true,
    });
  }
  return out;
}

export const seedDemoConferences: SeedStep = async (tx, ctx) => {
  const opts = ctx;
  const council = ctx.userIds.get("hoidong") ?? null;
  for (const spec of SPECS) {
    const unitId = opts.unitIds.get(spec.unit);
    if (!unitId) continue;
    const [participant] = await tx
      .select({ invitees: planParticipants.invitees, role: planParticipants.role })
      .from(planParticipants)
      .where(and(eq(planParticipants.planId, opts.planId), eq(planParticipants.unitId, unitId)));
    const submitted = spec.status !== "draft";
    const reviewed = spec.status === "approved" || spec.status === "held" || spec.status === "returned";
    const approved = spec.status === "approved" || spec.status === "held";
    const held = spec.status === "held";
    const pilot = participant?.role === "pilot";
    const [conf] = await tx
      .insert(conferences)
      .values({
        planId: opts.planId,
        unitId,
        kind: pilot ? "pilot" : "unit",
        form: spec.form,
        title: spec.title,
        date: ctx.day(spec.date),
        startTime: spec.startTime,
        endTime: spec.endTime,
        venue: spec.venue,
        budgetSource: pilot ? opts.rules.budgetByKind.pilot : opts.rules.budgetByKind.unit,
        invitees: participant?.invitees ?? [],
        status: spec.status,
        submittedAt: submitted ? opts.now : null,
        reviewedAt: reviewed ? opts.now : null,
        reviewedBy: reviewed ? council : null,
        reviewComment:
          spec.status === "returned"
            ? (spec.returnComment ?? null)
            : approved
              ? `Hội đồng Thi đua – Khen thưởng thị xã đồng ý nội dung Hội nghị${pilot ? " điểm" : ""}.`
              : null,
        heldAt: held ? ctx.at(spec.date, spec.endTime) : null,
        version: 1 + Number(submitted) + Number(reviewed) + Number(held),
        createdAt: opts.now,
        updatedAt: opts.now,
      })
      .returning({ id: conferences.id });
    const confId = conf!.id;
    const list = people(spec, unitId);
    // Ids made here, so delegates and presidium follow the people's order without relying on RETURNING's.
    const personRows = list.map((p) => ({ ...p, id: randomUUID() }));
    await tx.insert(persons).values(personRows);
    const delegateIds = personRows.map(() => ({ id: randomUUID() }));
    await tx.insert(delegates).values(
      personRows.map((p, i) => ({
        id: delegateIds[i]!.id,
        conferenceId: confId,
        personId: p.id,
        role: i < spec.guests ? "guest" : "exemplar",
        status: approved && i % 3 !== 0 ? (held ? "attended" : "confirmed") : "invited",
        createdAt: opts.now,
      })),
    );
    // 3.2: two leaders (the first guests) and three exemplars (hero, fighters, outstanding).
    const chosen = [0, 1, spec.guests, spec.guests + 1, spec.guests + 2];
    await tx.insert(presidiumMembers).values(
      chosen.map((idx, order) => ({
        conferenceId: confId,
        delegateId: delegateIds[idx]!.id,
        order: order + 1,
        titleShown: presidiumTitle(list[idx]!),
      })),
    );
    const agenda: { coreCode: string | null; title: string }[] = [];
    for (const item of opts.rules.coreAgenda) {
      agenda.push({ coreCode: item.code, title: item.title });
      if (spec.extraAgenda?.after === item.code)
        agenda.push({ coreCode: null, title: spec.extraAgenda.title });
    }
    await tx.insert(agendaItems).values(agenda.map((a, i) => ({ ...a, conferenceId: confId, order: i + 1 })));
  }
};
