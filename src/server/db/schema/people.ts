import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { PERSON_SORT_FROM, PERSON_SORT_TO } from "./sort-letters.ts";
import { units } from "./units.ts";

export { PERSON_SORT_FROM, PERSON_SORT_TO };
/** Each letter's tone in Intl.Collator("vi") order: none, huyền, hỏi, ngã, sắc, nặng. */
export const PERSON_SORT_TONES =
  "00114433225500114433225500114433225500550044005500001144332255001144332255000044005500114433225500004455004455004455001144335500114433225500114433225500114433225500440000445500445500550011443322550011443322550033550011445500001144332255004455";
/** The generated column's expression, as written in migrations/0021_paging_indexes.sql. */
export const PERSON_SORT_KEY_EXPR = `translate(CASE WHEN strpos("full_name", ' ') = 0 THEN "full_name" ELSE split_part("full_name", ' ', -1) END, '${PERSON_SORT_FROM}', '${PERSON_SORT_TO}') || chr(1) || translate(CASE WHEN strpos("full_name", ' ') = 0 THEN "full_name" ELSE split_part("full_name", ' ', -1) END, '${PERSON_SORT_FROM}', '${PERSON_SORT_TONES}') || chr(1) || translate(btrim(regexp_replace(regexp_replace("full_name", '^\\S+', ''), '\\S+$', '')), '${PERSON_SORT_FROM}', '${PERSON_SORT_TO}') || chr(1) || translate(btrim(regexp_replace(regexp_replace("full_name", '^\\S+', ''), '\\S+$', '')), '${PERSON_SORT_FROM}', '${PERSON_SORT_TONES}') || chr(1) || translate(CASE WHEN strpos("full_name", ' ') = 0 THEN '' ELSE split_part("full_name", ' ', 1) END, '${PERSON_SORT_FROM}', '${PERSON_SORT_TO}') || chr(1) || translate(CASE WHEN strpos("full_name", ' ') = 0 THEN '' ELSE split_part("full_name", ' ', 1) END, '${PERSON_SORT_FROM}', '${PERSON_SORT_TONES}')`;
const PERSON_SORT_KEY_SQL = sql.raw(PERSON_SORT_KEY_EXPR);

/**
 * Người (E1). `unitId` is the unit whose list the person belongs to (who may
 * edit them); `workplace` is the free-text "chức vụ – đơn vị công tác".
 */
export const persons = pgTable(
  "persons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    fullName: text("full_name").notNull(),
    /** foldVietnamese(full name + position + workplace) for diacritic-free search (E5). */
    searchKey: text("search_key").notNull(),
    /** foldVietnamese(full name) + birth year + gender: the duplicate key (E6). */
    identityKey: text("identity_key").notNull(),
    gender: text("gender"),
    birthYear: integer("birth_year"),
    /** The full birth date (yyyy-mm-dd) when a list gave one; its year is birthYear. */
    birthDate: date("birth_date"),
    ethnicityCode: text("ethnicity_code"),
    position: text("position"),
    workplace: text("workplace"),
    categories: jsonb("categories").$type<string[]>().notNull().default([]),
    /** Chiến sỹ thi đua level: co_so | tinh | toan_quoc */
    emulationLevel: text("emulation_level"),
    economicSector: text("economic_sector"),
    titles: text("titles"),
    achievement: text("achievement"),
    isDemo: boolean("is_demo").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set by the retention job (issue #12 item 8, migration 0025): name and personal fields are gone. */
    anonymisedAt: timestamp("anonymised_at", { withTimezone: true }),
    /**
     * Official-list order (given, middle, family name) as a byte-ordered key, computed by the
     * database (migration 0021, letter codes of search/name-key.ts): pages are cut in SQL.
     */
    sortKey: text("sort_key").generatedAlwaysAs(PERSON_SORT_KEY_SQL),
  },
  (t) => [
    index("persons_unit_idx").on(t.unitId),
    index("persons_identity_idx").on(t.identityKey),
    index("persons_identity_unit_idx").on(t.identityKey, t.unitId).where(sql`${t.birthYear} IS NOT NULL`),
    index("persons_search_trgm_idx").using("gin", t.searchKey.op("gin_trgm_ops")),
    index("persons_sort_idx").on(t.sortKey, t.id),
    check("persons_gender_valid", sql`${t.gender} IS NULL OR ${t.gender} IN ('male','female')`),
    check("persons_birth_year_range", sql`${t.birthYear} IS NULL OR ${t.birthYear} BETWEEN 1900 AND 2100`),
    check(
      "persons_birth_date_in_year",
      sql`${t.birthDate} IS NULL OR ${t.birthYear} = EXTRACT(YEAR FROM ${t.birthDate})::integer`,
    ),
  ],
);

/** Tập thể (E1). */
export const collectives = pgTable(
  "collectives",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    name: text("name").notNull(),
    searchKey: text("search_key").notNull(),
    representativeId: uuid("representative_id").references(() => persons.id),
    achievement: text("achievement"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("collectives_unit_idx").on(t.unitId)],
);
