/**
 * Words for the codes an audit row may hold (issue #7 item 6; SPEC N2): statuses, roles,
 * categories and other closed lists, each read from its home in the domain. The status
 * words come from the lifecycles' labels; when the lifecycle table moves, repoint here.
 */
import { CONFERENCE_STATUS_LABELS, DELEGATE_ROLE_LABELS, DELEGATE_STATUS_LABELS } from "../conferences.ts";
import { DOSSIER_GENERATOR_LABELS, SEED_DOSSIER_REQUIREMENTS } from "../dossiers.ts";
import { ECONOMIC_SECTORS, EMULATION_LEVELS, GENDER_LABELS } from "../persons.ts";
import { PLAN_STATUS_LABELS } from "../plan/status.ts";
import { QUOTA_BASIS_LABELS } from "../quotas/schemas.ts";
import { ROLE_LABELS } from "../roles.ts";
import { PERSON_CATEGORY_LABELS } from "../rules/categories.ts";
import { UNIT_PLAN_STATUS_LABELS } from "../unit-plans.ts";

type Words = Readonly<Record<string, string>>;

export const CONFERENCE_KIND_LABELS: Words = {
  unit: "Hội nghị của đơn vị",
  pilot: "Hội nghị điểm",
  town: "Hội nghị cấp trên",
};

/** The status words of the record an audit row is about. */
export function statusWords(action: string, entityType: string): Words {
  if (action.startsWith("conference.delegate")) return DELEGATE_STATUS_LABELS;
  if (entityType === "conference") return CONFERENCE_STATUS_LABELS;
  if (entityType === "unit_plan") return UNIT_PLAN_STATUS_LABELS;
  if (entityType === "plan") return PLAN_STATUS_LABELS;
  return {};
}

const byCode = (list: readonly { code: string; label: string }[]): Words =>
  Object.fromEntries(list.map((x) => [x.code, x.label]));

/** Field → code → words, for fields whose value is a code of a closed list. */
export const CODE_WORDS: Readonly<Record<string, Words>> = {
  role: { ...ROLE_LABELS, ...DELEGATE_ROLE_LABELS, ordinary: "Đơn vị thường", pilot: "Đơn vị điểm" },
  gender: GENDER_LABELS,
  categories: PERSON_CATEGORY_LABELS,
  category: PERSON_CATEGORY_LABELS,
  emulationLevel: byCode(EMULATION_LEVELS),
  economicSector: byCode(ECONOMIC_SECTORS),
  appliesTo: {
    all: "Tất cả đơn vị tham gia",
    pilot: "Đơn vị điểm",
    ordinary: "Đơn vị thường",
    office: "Thường trực HĐ TĐKT",
  },
  source: { import: "Nhập từ tệp Excel", form: "Nhập trên màn hình", api: "Qua giao diện lập trình" },
  kind: CONFERENCE_KIND_LABELS,
  format: { xlsx: "Excel (.xlsx)", docx: "Word (.docx)", pdf: "PDF" },
  requirement: Object.fromEntries(SEED_DOSSIER_REQUIREMENTS.map((r) => [r.code, r.label])),
  generator: DOSSIER_GENERATOR_LABELS,
  basis: QUOTA_BASIS_LABELS,
};

const MIME_WORDS: Words = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (.docx)",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel (.xlsx)",
  "image/png": "Ảnh PNG",
  "image/jpeg": "Ảnh JPEG",
  "image/gif": "Ảnh GIF",
  "image/webp": "Ảnh WebP",
  "video/mp4": "Video MP4",
};
export const mimeWords = (mime: string): string => MIME_WORDS[mime] ?? mime;

/** Fields holding a MIME type. */
export const MIME_FIELDS: ReadonlySet<string> = new Set(["mime", "fileMime"]);
/** Fields holding a size in bytes. */
export const SIZE_FIELDS: ReadonlySet<string> = new Set(["size", "fileSize"]);
/** Numbers that are years: shown without a thousands separator. */
export const YEAR_FIELDS: ReadonlySet<string> = new Set([
  "birthYear",
  "birthYearMale",
  "birthYearFemale",
  "year",
]);

/**
 * Fields not shown: internal, or repeated by a readable twin (the twin's name
 * wins: `unitName` over `unitId`, `ethnicityName` over `ethnicityCode` …).
 */
export function hiddenFields(keys: ReadonlySet<string>): Set<string> {
  const hidden = new Set([
    "id",
    "version",
    "passwordHash",
    "searchKey",
    "identityKey",
    "updatedAt",
    "sha256",
  ]);
  const twins: [string, string][] = [
    ["unitName", "unitId"],
    ["kindName", "kindCode"],
    ["kindName", "kind"],
    ["clusterName", "clusterId"],
    ["ethnicityName", "ethnicityCode"],
    ["representativeName", "representativeId"],
    ["fullNameA", "personIdA"],
    ["fullNameB", "personIdB"],
    ["fileName", "fileId"],
    ["fullName", "delegateId"],
    ["fullName", "personId"],
    ["fullName", "collectiveId"],
  ];
  for (const [name, id] of twins) if (keys.has(name)) hidden.add(id);
  return hidden;
}
