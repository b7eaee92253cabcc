/**
 * The walk test's checks (issue #13 item 1), pure so that a unit test can show they fail:
 * the English identifiers are the code's own keys (lifecycle states, roles, capabilities,
 * audit actions, field keys…), computed from src/domain, never typed by hand.
 */
import { CAPABILITIES } from "../../src/domain/access.ts";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "../../src/domain/audit/vocabulary.ts";
import { BUDGET_CATEGORIES } from "../../src/domain/budget/lines.ts";
import { BUDGET_STATUSES, BUDGET_TRANSITIONS } from "../../src/domain/budget-lifecycle.ts";
import { CONFERENCE_STATUSES, CONFERENCE_TRANSITIONS } from "../../src/domain/conference-lifecycle.ts";
import { DELEGATE_ROLES, DELEGATE_STATUSES } from "../../src/domain/conferences.ts";
import { FIELD_KEYS } from "../../src/domain/delegate-lists.ts";
import { DOSSIER_GENERATORS, DOSSIER_ITEM_STATUSES, DOSSIER_STATES } from "../../src/domain/dossiers.ts";
import { FIELD_LABELS } from "../../src/domain/field-labels.ts";
import {
  LIST_STATUSES,
  LIST_STEPS,
  NOMINATION_STATUSES,
  NOMINATION_STEPS,
} from "../../src/domain/nomination-lifecycle.ts";
import { OUTBOX_STATUSES } from "../../src/domain/notifications.ts";
import { ECONOMIC_SECTORS, EMULATION_LEVELS, GENDERS } from "../../src/domain/persons.ts";
import { MILESTONE_SCOPES } from "../../src/domain/plan/milestones.ts";
import { CONFERENCE_KINDS, ENTERPRISE_MODES } from "../../src/domain/plan/rules.ts";
import { PLAN_STATUSES } from "../../src/domain/plan/status.ts";
import { CELL_STATES } from "../../src/domain/progress.ts";
import { PROPAGANDA_CHANNELS, PROPAGANDA_KINDS, TASK_STATUSES } from "../../src/domain/propaganda.ts";
import { QUOTA_BASES } from "../../src/domain/quotas/schemas.ts";
import { NOTIFICATION_KINDS } from "../../src/domain/reminders.ts";
import { ROLES } from "../../src/domain/roles.ts";
import { PERSON_CATEGORIES } from "../../src/domain/rules/categories.ts";
import { VIOLATION_CODES } from "../../src/domain/rules/types.ts";
import { SECURITY_EVENT_KINDS } from "../../src/domain/security-events.ts";
import { TODO_TARGETS } from "../../src/domain/todo.ts";
import { UNIT_PLAN_STATUSES } from "../../src/domain/unit-plan-lifecycle.ts";
import { TIMELINESS } from "../../src/domain/unit-plans.ts";

/**
 * Keys that are also ordinary words on a Vietnamese page (file formats, the sign-in factor, an
 * e-mail address's field; "tinh" as in "tinh thần") or too short to tell apart from an abbreviation.
 */
export const ALLOWED_WORDS: ReadonlySet<string> = new Set([
  "email",
  "PDF",
  "pdf",
  "docx",
  "xlsx",
  "TOTP",
  "QR",
  "tinh",
]);

const MIN_LENGTH = 4;

const codes = (list: readonly { code: string }[]) => list.map((x) => x.code);

/** Every identifier of the code a clerk must never read, from the domain's own lists. */
export function englishKeys(): ReadonlySet<string> {
  const all: string[] = [
    ...CAPABILITIES,
    ...ROLES,
    ...AUDIT_ACTIONS,
    ...AUDIT_ENTITIES,
    ...CONFERENCE_STATUSES,
    ...CONFERENCE_TRANSITIONS,
    ...UNIT_PLAN_STATUSES,
    ...TIMELINESS,
    ...BUDGET_STATUSES,
    ...BUDGET_TRANSITIONS,
    ...BUDGET_CATEGORIES,
    ...NOMINATION_STATUSES,
    ...NOMINATION_STEPS,
    ...LIST_STATUSES,
    ...LIST_STEPS,
    ...PLAN_STATUSES,
    ...MILESTONE_SCOPES,
    ...CONFERENCE_KINDS,
    ...ENTERPRISE_MODES,
    ...DELEGATE_ROLES,
    ...DELEGATE_STATUSES,
    ...DOSSIER_GENERATORS,
    ...DOSSIER_ITEM_STATUSES,
    ...DOSSIER_STATES,
    ...CELL_STATES,
    ...OUTBOX_STATUSES,
    ...NOTIFICATION_KINDS,
    ...PROPAGANDA_KINDS,
    ...PROPAGANDA_CHANNELS,
    ...TASK_STATUSES,
    ...QUOTA_BASES,
    ...SECURITY_EVENT_KINDS,
    ...TODO_TARGETS,
    ...VIOLATION_CODES,
    ...GENDERS,
    ...codes(EMULATION_LEVELS),
    ...codes(ECONOMIC_SECTORS),
    ...codes(PERSON_CATEGORIES),
    ...FIELD_KEYS,
    ...Object.keys(FIELD_LABELS),
  ];
  return new Set(all.filter((k) => k.length >= MIN_LENGTH && !ALLOWED_WORDS.has(k)));
}

export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/giu;

/** UUIDs in visible text. */
export const findUuids = (text: string): string[] => [...new Set(text.match(UUID) ?? [])];

/**
 * The code's keys among the words of visible text, case-sensitive. A word is cut at spaces
 * and punctuation but keeps `.` and `_` inside (so "auth.login" and "not_submitted" are one
 * word); words with "@" or "/" (addresses, paths) are not words of the page.
 */
export function findEnglishKeys(text: string, keys: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const raw of text.split(/[\s,;:()[\]{}"'“”‘’«»!?…=+*|<>]+/u)) {
    if (!raw || raw.includes("@") || raw.includes("/")) continue;
    const word = raw.replace(/^[.\-–]+|[.\-–]+$/gu, "");
    if (keys.has(word)) found.add(word);
  }
  return [...found];
}

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
export const APP_NAME = "thidua";

/** `document.title` names the page in Vietnamese: "<page> – thidua", the page part with diacritics. */
export function titleProblem(title: string, keys: ReadonlySet<string>): string | null {
  const pagePart = title.replace(/\s*[–-]\s*thidua\s*$/u, "").trim();
  if (!pagePart || pagePart === APP_NAME || pagePart.startsWith(`${APP_NAME} –`)) {
    return `tiêu đề trang chưa đặt ("${title}")`;
  }
  if (!VIETNAMESE_LETTER.test(pagePart) || findEnglishKeys(pagePart, keys).length > 0) {
    return `tiêu đề trang không phải tiếng Việt ("${title}")`;
  }
  return null;
}

/** What the browser reports about one page (see `inspectPage`). */
export type PageFacts = {
  text: string;
  title: string;
  scrollWidth: number;
  clientWidth: number;
  /** The widest elements sticking out past the right edge, for the message. */
  overflowing: string[];
  /** Interactive controls without an accessible name, described briefly. */
  unnamed: string[];
  consoleErrors: string[];
};

/** Everything wrong with one page, each as one readable line (empty: the page passes). */
export function pageProblems(facts: PageFacts, keys: ReadonlySet<string> = englishKeys()): string[] {
  const out: string[] = [];
  if (facts.scrollWidth > facts.clientWidth + 1) {
    const by = facts.scrollWidth - facts.clientWidth;
    const culprits = facts.overflowing.length ? ` — ${facts.overflowing.join("; ")}` : "";
    out.push(`tràn ngang ${by} px (scrollWidth ${facts.scrollWidth} > ${facts.clientWidth})${culprits}`);
  }
  const uuids = findUuids(facts.text);
  if (uuids.length) out.push(`hiện mã UUID: ${uuids.slice(0, 3).join(", ")}`);
  const english = findEnglishKeys(facts.text, keys);
  if (english.length) out.push(`hiện khóa tiếng Anh của mã nguồn: ${english.join(", ")}`);
  for (const u of facts.unnamed) out.push(`điều khiển không có tên truy cập được: ${u}`);
  for (const c of facts.consoleErrors) out.push(`lỗi console: ${c}`);
  const title = titleProblem(facts.title, keys);
  if (title) out.push(title);
  return out;
}

/** One message for a walk: each page with its problems under it. */
export function walkReport(pages: { name: string; problems: string[] }[]): string {
  const bad = pages.filter((p) => p.problems.length > 0);
  if (!bad.length) return "";
  return bad.map((p) => `${p.name}:\n${p.problems.map((x) => `  - ${x}`).join("\n")}`).join("\n");
}
