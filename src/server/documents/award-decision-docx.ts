/**
 * The Quyết định khen thưởng (SPEC H1, L1; issue #14 item 2) in the NĐ 30/2020 QĐ layout:
 * the issuer's authority, "Căn cứ …", Điều 1 the award with the achievement, the money and its
 * source, Điều 2–3 effect and who carries it out, "Nơi nhận"; then the annexed list of
 * recipients (collectives and individuals apart) with each amount and the total in words.
 * Also the list read out at the conference: every decision's recipients, by decision.
 */
import { formatMultiplier } from "../../domain/award-money.ts";
import { formatDong, moneyInWords } from "../../domain/money-words.ts";
import { formatDateVi } from "../../domain/text.ts";
import {
  type Block,
  buildNd30Bundle,
  buildNd30Document,
  type SignatureSpec,
  type TableBlock,
} from "./nd30.ts";

export type AwardDocRecipient = {
  subject: "person" | "collective";
  salutation: string;
  name: string;
  jobTitle: string | null;
  workplace: string | null;
  achievement: string | null;
  perMille: number;
  amount: number;
};

export type AwardDocDecision = {
  number: string;
  date: string;
  formName: string;
  movementName: string | null;
  fundingSource: string;
  baseSalary: number;
  baseSalaryBasis: string | null;
  legalBasis: string | null;
  recipients: AwardDocRecipient[];
};

export type AwardDocIssuer = {
  issuingBody: string;
  parentBody?: string;
  place: string;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH": who decides, above "Căn cứ". */
  authority: string;
  /** Who proposed it: "Thường trực Hội đồng Thi đua - Khen thưởng". */
  proposer: string;
  signature: SignatureSpec;
};

const dateWords = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `ngày ${d} tháng ${m} năm ${y}`;
};

const dong = (n: number) => `${formatDong(n)} đồng`;

function moneyLine(d: AwardDocDecision, subject: "person" | "collective"): string | null {
  const list = d.recipients.filter((r) => r.subject === subject);
  if (list.length === 0) return null;
  const r = list[0]!;
  const who = subject === "person" ? "Mỗi cá nhân" : "Mỗi tập thể";
  return `${who} được thưởng ${formatMultiplier(r.perMille)} lần mức lương cơ sở (${dong(d.baseSalary)}), làm tròn: ${dong(r.amount)}.`;
}

function recipientsTable(list: AwardDocRecipient[], subject: "person" | "collective"): TableBlock {
  const total = list.reduce((s, r) => s + r.amount, 0);
  const person = subject === "person";
  return {
    type: "table",
    size: 12,
    columns: person
      ? [
          { header: "STT", width: 8, align: "center" },
          { header: "Họ và tên", width: 22 },
          { header: "Chức vụ, đơn vị công tác", width: 26 },
          { header: "Thành tích", width: 30 },
          { header: "Số tiền (đồng)", width: 16, align: "right" },
        ]
      : [
          { header: "STT", width: 8, align: "center" },
          { header: "Tên tập thể", width: 40 },
          { header: "Thành tích", width: 38 },
          { header: "Số tiền (đồng)", width: 16, align: "right" },
        ],
    rows: [
      ...list.map((r, i) =>
        person
          ? [
              i + 1,
              `${r.salutation} ${r.name}`,
              [r.jobTitle, r.workplace].filter(Boolean).join(", "),
              r.achievement ?? "",
              formatDong(r.amount),
            ]
          : [i + 1, r.name, r.achievement ?? "", formatDong(r.amount)],
      ),
      [
        { text: "Cộng", bold: true, colSpan: person ? 4 : 3, align: "center" },
        { text: formatDong(total), bold: true, align: "right" },
      ],
    ],
  };
}

export async function awardDecisionDocx(issuer: AwardDocIssuer, d: AwardDocDecision): Promise<Buffer> {
  const collectives = d.recipients.filter((r) => r.subject === "collective");
  const persons = d.recipients.filter((r) => r.subject === "person");
  const total = d.recipients.reduce((s, r) => s + r.amount, 0);
  const movement = d.movementName ? ` trong phong trào thi đua “${d.movementName}”` : "";
  const counts = [
    collectives.length ? `${collectives.length} tập thể` : null,
    persons.length ? `${persons.length} cá nhân` : null,
  ]
    .filter(Boolean)
    .join(" và ");
  const bases = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
    d.baseSalaryBasis ? `Căn cứ ${d.baseSalaryBasis} của Chính phủ quy định mức lương cơ sở;` : null,
    `Theo đề nghị của ${issuer.proposer}.`,
  ].filter((x): x is string => x !== null);

  const body: Block[] = [
    { type: "paragraph", text: issuer.authority.toLocaleUpperCase("vi"), align: "center", bold: true },
    { type: "spacer" },
    ...bases.map((text): Block => ({ type: "paragraph", text, italic: true })),
    { type: "spacer" },
    { type: "paragraph", text: "QUYẾT ĐỊNH:", align: "center", bold: true },
    {
      type: "paragraph",
      text: [
        { text: "Điều 1. ", bold: true },
        `Tặng ${d.formName} cho ${counts} (có danh sách kèm theo) đã có thành tích xuất sắc${movement}.`,
      ],
    },
    ...[moneyLine(d, "collective"), moneyLine(d, "person")]
      .filter((x): x is string => x !== null)
      .map((text): Block => ({ type: "paragraph", text })),
    {
      type: "paragraph",
      text: `Tổng số tiền thưởng: ${dong(total)} (Bằng chữ: ${moneyInWords(total)}), trích từ ${d.fundingSource}${d.legalBasis ? ` theo ${d.legalBasis}` : ""}.`,
    },
    {
      type: "paragraph",
      text: [{ text: "Điều 2. ", bold: true }, "Quyết định này có hiệu lực thi hành kể từ ngày ký."],
    },
    {
      type: "paragraph",
      text: [
        { text: "Điều 3. ", bold: true },
        `Thủ trưởng các cơ quan, đơn vị có liên quan, bộ phận Tài chính - Kế toán và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
      ],
    },
  ];
  const annex: Block[] = [
    {
      type: "paragraph",
      text: `(Kèm theo Quyết định số ${d.number} ${dateWords(d.date)} của ${issuer.issuingBody})`,
      align: "center",
      italic: true,
    },
    { type: "spacer" },
  ];
  if (collectives.length) {
    annex.push(
      { type: "heading", level: 1, number: "I.", text: "TẬP THỂ" },
      recipientsTable(collectives, "collective"),
    );
  }
  if (persons.length) {
    annex.push(
      { type: "heading", level: 1, number: collectives.length ? "II." : "I.", text: "CÁ NHÂN" },
      recipientsTable(persons, "person"),
    );
  }
  annex.push({
    type: "paragraph",
    text: `Tổng cộng: ${counts}; tổng số tiền thưởng ${dong(total)} (Bằng chữ: ${moneyInWords(total)}).`,
    italic: true,
  });

  // The decision closes with Nơi nhận and the signature; the annexed list follows on its own page.
  return buildNd30Bundle([
    {
      issuingBody: issuer.issuingBody,
      parentBody: issuer.parentBody,
      numberSymbol: d.number,
      place: issuer.place,
      date: d.date,
      kind: "QĐ",
      title: `Về việc tặng ${d.formName}`,
      body,
      recipients: ["Như Điều 3", "Lưu: VT"],
      signature: issuer.signature,
    },
    {
      issuingBody: issuer.issuingBody,
      parentBody: issuer.parentBody,
      place: issuer.place,
      date: null,
      kind: "DS",
      title: `Tập thể, cá nhân được tặng ${d.formName}`,
      body: annex,
    },
  ]);
}

/** The list read out at the conference (agenda item 5): each decision, then who is honoured. */
export async function awardReadingListDocx(
  issuer: Omit<AwardDocIssuer, "authority" | "proposer">,
  conferenceTitle: string,
  date: string,
  decisions: AwardDocDecision[],
): Promise<Buffer> {
  const body: Block[] = [];
  decisions.forEach((d, i) => {
    body.push({
      type: "heading",
      level: 2,
      number: `${i + 1}.`,
      text: `${d.formName} (Quyết định số ${d.number} ngày ${formatDateVi(d.date)})`,
    });
    const collectives = d.recipients.filter((r) => r.subject === "collective");
    const persons = d.recipients.filter((r) => r.subject === "person");
    for (const r of collectives) body.push({ type: "bullet", text: [{ text: r.name, bold: true }] });
    for (const r of persons) {
      const where = [r.jobTitle, r.workplace].filter(Boolean).join(", ");
      body.push({
        type: "bullet",
        text: [{ text: `${r.salutation} ${r.name}`, bold: true }, where ? `, ${where}` : ""],
      });
    }
  });
  if (decisions.length === 0) body.push({ type: "paragraph", text: "Chưa có quyết định khen thưởng nào." });
  return buildNd30Document({
    issuingBody: issuer.issuingBody,
    parentBody: issuer.parentBody,
    place: issuer.place,
    date,
    kind: "DS",
    title: `Tập thể, cá nhân được khen thưởng tại ${conferenceTitle}`,
    body,
    signature: issuer.signature,
  });
}
