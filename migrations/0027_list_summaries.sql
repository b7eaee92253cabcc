-- Issue #11 item 5: two national lists read a summary instead of recomputing it on every request.
--
-- (1) The conference list's error and warning counts. The rules engine (src/domain/rules/) is their
-- only home: the app runs it and stores the counts of the "final" check on the conference
-- (src/server/modules/conferences/rule-counts.ts). The database only forgets them: any change to
-- something the rules read sets them back to NULL, and a NULL is counted again by the app the
-- next time the conference is listed. Counts of the final check do not depend on the day (a
-- missing date is an error before and after the deadline), so nothing expires with time.
ALTER TABLE "conferences" ADD COLUMN "rule_errors" integer;
--> statement-breakpoint
ALTER TABLE "conferences" ADD COLUMN "rule_warnings" integer;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION conference_rule_counts_forget_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.plan_id, NEW.unit_id, NEW.kind, NEW.form, NEW.date, NEW.start_time, NEW.end_time, NEW.budget_source)
     IS DISTINCT FROM
     (OLD.plan_id, OLD.unit_id, OLD.kind, OLD.form, OLD.date, OLD.start_time, OLD.end_time, OLD.budget_source) THEN
    NEW.rule_errors := NULL;
    NEW.rule_warnings := NULL;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER conferences_rule_counts_forget BEFORE UPDATE ON "conferences"
  FOR EACH ROW EXECUTE FUNCTION conference_rule_counts_forget_own();
--> statement-breakpoint
-- A row of delegates, presidium_members or agenda_items changed: its conference (old and new).
CREATE OR REPLACE FUNCTION conference_rule_counts_forget_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN ids := ARRAY[NEW.conference_id];
  ELSIF TG_OP = 'DELETE' THEN ids := ARRAY[OLD.conference_id];
  ELSE ids := ARRAY[OLD.conference_id, NEW.conference_id];
  END IF;
  UPDATE "conferences" SET "rule_errors" = NULL, "rule_warnings" = NULL
    WHERE "id" = ANY(ids) AND ("rule_errors" IS NOT NULL OR "rule_warnings" IS NOT NULL);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER delegates_rule_counts_forget AFTER INSERT OR DELETE OR UPDATE OF "conference_id", "person_id", "collective_id", "role", "status" ON "delegates"
  FOR EACH ROW EXECUTE FUNCTION conference_rule_counts_forget_child();
--> statement-breakpoint
CREATE TRIGGER presidium_rule_counts_forget AFTER INSERT OR DELETE OR UPDATE ON "presidium_members"
  FOR EACH ROW EXECUTE FUNCTION conference_rule_counts_forget_child();
--> statement-breakpoint
CREATE TRIGGER agenda_rule_counts_forget AFTER INSERT OR DELETE OR UPDATE OF "conference_id", "order", "core_code", "title" ON "agenda_items"
  FOR EACH ROW EXECUTE FUNCTION conference_rule_counts_forget_child();
--> statement-breakpoint
-- A delegate's person: gender, ethnicity and categories are what the rules read of them.
CREATE OR REPLACE FUNCTION conference_rule_counts_forget_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.gender, NEW.ethnicity_code, NEW.categories) IS DISTINCT FROM (OLD.gender, OLD.ethnicity_code, OLD.categories) THEN
    UPDATE "conferences" SET "rule_errors" = NULL, "rule_warnings" = NULL
      WHERE "id" IN (SELECT d."conference_id" FROM "delegates" d WHERE d."person_id" = NEW.id)
        AND ("rule_errors" IS NOT NULL OR "rule_warnings" IS NOT NULL);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER persons_rule_counts_forget AFTER UPDATE OF "gender", "ethnicity_code", "categories" ON "persons"
  FOR EACH ROW EXECUTE FUNCTION conference_rule_counts_forget_person();
--> statement-breakpoint
-- The unit's kind and workforce (the cap, D3).
CREATE OR REPLACE FUNCTION conference_rule_counts_forget_unit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.kind_code, NEW.workforce) IS DISTINCT FROM (OLD.kind_code, OLD.workforce) THEN
    UPDATE "conferences" SET "rule_errors" = NULL, "rule_warnings" = NULL
      WHERE "unit_id" = NEW.id AND ("rule_errors" IS NOT NULL OR "rule_warnings" IS NOT NULL);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER units_rule_counts_forget AFTER UPDATE OF "kind_code", "workforce" ON "units"
  FOR EACH ROW EXECUTE FUNCTION conference_rule_counts_forget_unit();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION conference_rule_counts_forget_unit_kind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.has_workforce IS DISTINCT FROM OLD.has_workforce THEN
    UPDATE "conferences" SET "rule_errors" = NULL, "rule_warnings" = NULL
      WHERE "unit_id" IN (SELECT u."id" FROM "units" u WHERE u."kind_code" = NEW.code)
        AND ("rule_errors" IS NOT NULL OR "rule_warnings" IS NOT NULL);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER unit_kinds_rule_counts_forget AFTER UPDATE OF "has_workforce" ON "unit_kinds"
  FOR EACH ROW EXECUTE FUNCTION conference_rule_counts_forget_unit_kind();
--> statement-breakpoint
-- The plan's rules and its milestones (a conference's deadline, D2).
CREATE OR REPLACE FUNCTION conference_rule_counts_forget_plan() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'plans' THEN
    IF NEW.rules IS NOT DISTINCT FROM OLD.rules THEN RETURN NULL; END IF;
    ids := ARRAY[NEW.id];
  ELSIF TG_OP = 'INSERT' THEN ids := ARRAY[NEW.plan_id];
  ELSIF TG_OP = 'DELETE' THEN ids := ARRAY[OLD.plan_id];
  ELSE ids := ARRAY[OLD.plan_id, NEW.plan_id];
  END IF;
  UPDATE "conferences" SET "rule_errors" = NULL, "rule_warnings" = NULL
    WHERE "plan_id" = ANY(ids) AND ("rule_errors" IS NOT NULL OR "rule_warnings" IS NOT NULL);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER plans_rule_counts_forget AFTER UPDATE OF "rules" ON "plans"
  FOR EACH ROW EXECUTE FUNCTION conference_rule_counts_forget_plan();
--> statement-breakpoint
CREATE TRIGGER milestones_rule_counts_forget AFTER INSERT OR DELETE OR UPDATE OF "plan_id", "code", "due_on" ON "milestones"
  FOR EACH ROW EXECUTE FUNCTION conference_rule_counts_forget_plan();
--> statement-breakpoint
-- (2) Duplicates (E6): one row per identity key held by people of two units or more (people with a
-- birth year only, as src/domain/duplicates and the duplicates module define them), with its
-- cross-unit pairs = (n² − Σ nᵤ²)/2, the pairs the office dismissed, and the key's first order key.
-- Kept by triggers on persons and on dismissals; a page of groups is a range of the partial index.
CREATE TABLE "person_duplicate_keys" (
  "identity_key" text PRIMARY KEY,
  "people" integer NOT NULL,
  "units" integer NOT NULL,
  "pairs" bigint NOT NULL,
  "dismissed" bigint NOT NULL,
  "sort_key" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "person_duplicate_keys_open_idx" ON "person_duplicate_keys" ("sort_key" COLLATE "C", "identity_key" COLLATE "C") WHERE "pairs" > "dismissed";
--> statement-breakpoint
-- The one definition of a key's row, for one key (the triggers) or all (the backfill below and the
-- national generator).
CREATE OR REPLACE VIEW "person_duplicate_keys_computed" AS
  WITH per_unit AS (
    SELECT p.identity_key AS k, p.unit_id, count(*)::bigint AS n, min(p.sort_key) AS sk
    FROM persons p WHERE p.birth_year IS NOT NULL GROUP BY p.identity_key, p.unit_id)
  SELECT per_unit.k AS identity_key, sum(n)::int AS people, count(*)::int AS units,
    ((sum(n) * sum(n) - sum(n * n)) / 2)::bigint AS pairs,
    (SELECT count(*) FROM persons pa
      JOIN person_duplicate_dismissals x ON x.person_a_id = pa.id
      JOIN persons pb ON pb.id = x.person_b_id
      WHERE pa.identity_key = per_unit.k AND pa.birth_year IS NOT NULL
        AND pb.identity_key = per_unit.k AND pb.birth_year IS NOT NULL
        AND pa.unit_id <> pb.unit_id)::bigint AS dismissed,
    min(sk) AS sort_key
  FROM per_unit GROUP BY per_unit.k HAVING count(*) > 1;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION person_duplicate_key_refresh(k text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF k IS NULL THEN RETURN; END IF;
  DELETE FROM "person_duplicate_keys" WHERE "identity_key" = k;
  INSERT INTO "person_duplicate_keys" SELECT * FROM "person_duplicate_keys_computed" WHERE "identity_key" = k;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION person_duplicate_keys_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "person_duplicate_keys";
  INSERT INTO "person_duplicate_keys" SELECT * FROM "person_duplicate_keys_computed";
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION person_duplicate_keys_on_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM person_duplicate_key_refresh(OLD.identity_key); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.identity_key IS DISTINCT FROM OLD.identity_key) THEN
    PERFORM person_duplicate_key_refresh(NEW.identity_key);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER persons_duplicate_keys AFTER INSERT OR DELETE OR UPDATE OF "identity_key", "unit_id", "birth_year", "full_name" ON "persons"
  FOR EACH ROW EXECUTE FUNCTION person_duplicate_keys_on_person();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION person_duplicate_keys_on_dismissal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE pid uuid;
BEGIN
  pid := CASE WHEN TG_OP = 'DELETE' THEN OLD.person_a_id ELSE NEW.person_a_id END;
  PERFORM person_duplicate_key_refresh((SELECT p.identity_key FROM "persons" p WHERE p.id = pid));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER dismissals_duplicate_keys AFTER INSERT OR DELETE ON "person_duplicate_dismissals"
  FOR EACH ROW EXECUTE FUNCTION person_duplicate_keys_on_dismissal();
--> statement-breakpoint
SELECT person_duplicate_keys_rebuild();
