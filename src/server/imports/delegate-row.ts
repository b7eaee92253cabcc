/**
 * One data row of a delegate list → a person, or errors naming the row, the column
 * and what is wrong, in Vietnamese (SPEC E3; issue #10 items 2–4, 8). Text comes out
 * NFC (cleanText); a name in two columns is joined; a full birth date is kept; ages
 * are counted at the conference's date; warnings note what was changed or looks odd.
 */
import { normaliseEthnicity } from "../../domain/people/ethnicities.ts";
import { nameNeedsCase, nameShapeProblem, properCaseName } from "../../domain/people/names.ts";
import { cleanText, foldVietnamese } from "../../domain/text.ts";
import { type CellContent, contentText } from "../files/cell-text.ts";
import { ageAt, cellProblem, readYear, type YearReading } from "./birth-year.ts";
import { FIELD_LABELS, type FieldKey } from "./delegate-headers.ts";

export interface ParsedDelegateRow {
  /** The Excel row number. */
  row: number;
  fullName: string;
  gender: "male" | "female" | null;
  birthYear: number | null;
  /** yyyy-mm-dd when the list gives the full date (text dd/mm/yyyy or an Excel date cell). */
  birthDate: string | null;
  ethnicityCode: string | null;
  ethnicityName: string | null;
  /** Chức vụ – đơn vị công tác (a separate "Đơn vị" column is appended after a comma). */
  position: string | null;
  /** Line breaks inside the cell are kept (one title or award per line). */
  achievement: string | null;
  category: string | null;
  note: string | null;
}

export interface DelegateImportError {
  /** The Excel row number; 0 for a problem with the whole file. */
  row: number;
  /** The Excel column letter ("C"), or "" for a problem with the whole file or row. */
  column: string;
  /** Vietnamese, self-contained: it names the row and column itself. */
  message: string;
  field?: FieldKey;
}

export interface RowCell {
  column: string;
  content: CellContent;
}

export type RowCells = Partial<Record<FieldKey, RowCell>>;

export interface RowRules {
  /** Birth years accepted: minBirthYear … maxBirthYear (1900 … the conference's year). */
  minBirthYear: number;
  maxBirthYear: number;
  /** The conference's date (yyyy-mm-dd): ages are counted at it; a birth date after it is refused. */
  referenceDate: string;
  /** Under this age at the conference a row gets a warning (children are honoured too). */
  warnUnderAge: number;
}

const MAX_LENGTH: Partial<Record<FieldKey, number>> = {
  fullName: 120,
  position: 500,
  workplace: 500,
  achievement: 4000,
  category: 200,
  note: 1000,
};

function readGender(text: string): "male" | "female" | "invalid" {
  const k = foldVietnamese(text);
  if (["nam", "m", "male", "trai"].includes(k)) return "male";
  if (["nu", "f", "female", "gai"].includes(k)) return "female";
  return "invalid";
}

function multiline(text: string): string {
  return text
    .normalize("NFC")
    .split(/\r\n|\r|\n/u)
    .map(cleanText)
    .filter(Boolean)
    .join("\n");
}

/** Parses one row. `value` is null when the row cannot become a person (e.g. no name). */
export function parseDelegateRow(
  row: number,
  cells: RowCells,
  rules: RowRules,
): { value: ParsedDelegateRow | null; errors: DelegateImportError[]; warnings: DelegateImportError[] } {
  const errors: DelegateImportError[] = [];
  const warnings: DelegateImportError[] = [];
  const where = (field: FieldKey, column = cells[field]?.column ?? "") =>
    `Dòng ${row}, cột ${column} (${FIELD_LABELS[field]})`;
  const report = (field: FieldKey, message: string, column = cells[field]?.column ?? "") => {
    errors.push({ row, column, field, message: `${where(field, column)}: ${message}.` });
  };
  const warn = (field: FieldKey, message: string, column = cells[field]?.column ?? "") => {
    warnings.push({ row, column, field, message: `${where(field, column)}: ${message}.` });
  };

  const text = (field: FieldKey, keepLines = false): string | null => {
    const cell = cells[field];
    if (!cell) return null;
    const problem = cellProblem(cell.content);
    if (problem) {
      report(field, problem);
      return null;
    }
    const raw = contentText(cell.content);
    const value = keepLines ? multiline(raw) : cleanText(raw);
    const max = MAX_LENGTH[field];
    if (max && value.length > max) report(field, `nội dung dài ${value.length} ký tự, tối đa ${max} ký tự`);
    return value || null;
  };

  // The name, from one column or two ("Họ và đệm" + "Tên"), in proper case.
  const nameColumn = [cells.fullName?.column, cells.givenName?.column].filter(Boolean).join(", ");
  const typedName = [text("fullName"), text("givenName")].filter(Boolean).join(" ") || null;
  let fullName = typedName;
  if (!typedName && !errors.some((e) => e.field === "fullName" || e.field === "givenName")) {
    report("fullName", "thiếu họ và tên", nameColumn);
  } else if (typedName && (!/\p{L}/u.test(typedName) || /\d/u.test(typedName))) {
    report("fullName", `họ và tên “${typedName}” không hợp lệ (không được có chữ số)`, nameColumn);
  } else if (typedName) {
    if (nameNeedsCase(typedName)) {
      fullName = properCaseName(typedName);
      warn(
        "fullName",
        `“${typedName}” được ghi lại thành “${fullName}” (viết hoa chữ đầu mỗi tiếng)`,
        nameColumn,
      );
    }
    const shape = nameShapeProblem(fullName!);
    if (shape === "one-word")
      warn(
        "fullName",
        `họ và tên “${fullName}” chỉ có một tiếng; hãy kiểm tra có thiếu họ hoặc tên`,
        nameColumn,
      );
    else if (shape === "ends-in-middle")
      warn(
        "fullName",
        `họ và tên “${fullName}” kết thúc bằng tên đệm; hãy kiểm tra có thiếu tên`,
        nameColumn,
      );
  }

  // Birth year and gender: the Nam/Nữ column holding the year gives the gender.
  let gender: "male" | "female" | null = null;
  let birthYear: number | null = null;
  let birthDate: string | null = null;
  const checkYear = (field: FieldKey, reading: YearReading): void => {
    if (reading.kind === "cell-error") report(field, reading.message);
    else if (reading.kind === "invalid")
      report(field, `năm sinh “${reading.shown}” không hợp lệ: ${yearRule(rules)}`);
    else if (reading.kind === "year") {
      const age = ageAt(rules.referenceDate, reading.year, reading.date);
      if (reading.year < rules.minBirthYear || reading.year > rules.maxBirthYear || age < 0) {
        report(field, `năm sinh “${reading.shown}” không hợp lệ: ${yearRule(rules)}`);
      } else {
        birthYear = reading.year;
        birthDate = reading.date;
        if (age < rules.warnUnderAge)
          warn(
            field,
            `người sinh ${reading.shown} mới ${age} tuổi vào ngày hội nghị; hãy kiểm tra lại năm sinh`,
          );
      }
    }
  };
  const male = cells.birthYearMale ? readYear(cells.birthYearMale.content) : { kind: "none" as const };
  const female = cells.birthYearFemale ? readYear(cells.birthYearFemale.content) : { kind: "none" as const };
  if (male.kind !== "none" && female.kind !== "none") {
    const m = cells.birthYearMale?.column ?? "";
    const f = cells.birthYearFemale?.column ?? "";
    errors.push({
      row,
      column: m,
      field: "birthYearMale",
      message: `Dòng ${row}, cột ${m} và ${f} (Năm sinh): ghi ở cả cột Nam (${m}) và cột Nữ (${f}); chỉ ghi năm sinh vào một cột theo giới tính.`,
    });
  } else if (male.kind !== "none") {
    gender = "male";
    checkYear("birthYearMale", male);
  } else if (female.kind !== "none") {
    gender = "female";
    checkYear("birthYearFemale", female);
  }
  if (cells.birthYear && birthYear === null) {
    const single = readYear(cells.birthYear.content);
    if (single.kind === "mark") {
      const shown = cleanText(contentText(cells.birthYear.content));
      report("birthYear", `năm sinh “${shown}” không hợp lệ: ${yearRule(rules)}`);
    } else checkYear("birthYear", single);
  }

  const genderText = text("gender");
  if (genderText) {
    const g = readGender(genderText);
    if (g === "invalid") report("gender", `giới tính “${genderText}” không hợp lệ: ghi “Nam” hoặc “Nữ”`);
    else if (gender !== null && g !== gender) {
      const yearCol = gender === "male" ? "Nam" : "Nữ";
      report("gender", `giới tính “${genderText}” không khớp với năm sinh ghi ở cột ${yearCol}`);
    } else gender = g;
  }

  let ethnicityCode: string | null = null;
  let ethnicityName: string | null = null;
  const ethnicityText = text("ethnicity");
  if (ethnicityText) {
    const found = normaliseEthnicity(ethnicityText);
    if (found) {
      ethnicityCode = found.code;
      ethnicityName = found.name;
    } else {
      report(
        "ethnicity",
        `dân tộc “${ethnicityText}” không có trong danh mục 54 dân tộc Việt Nam (Quyết định 1019/QĐ-TCTK)`,
      );
    }
  }

  const position = [text("position"), text("workplace")].filter(Boolean).join(", ") || null;
  const achievement = text("achievement", true);
  const category = text("category");
  const note = text("note", true);

  if (!fullName) return { value: null, errors, warnings };
  return {
    value: {
      row,
      fullName,
      gender,
      birthYear,
      birthDate,
      ethnicityCode,
      ethnicityName,
      position,
      achievement,
      category,
      note,
    },
    errors,
    warnings,
  };
}

function yearRule(rules: RowRules): string {
  const [y, m, d] = rules.referenceDate.split("-");
  return `cần năm có 4 chữ số (hoặc ngày sinh dd/mm/yyyy), từ ${rules.minBirthYear} đến ngày hội nghị ${d}/${m}/${y}`;
}
