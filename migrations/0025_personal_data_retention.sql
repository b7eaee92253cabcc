-- Issue #12 item 8 (NĐ 13/2023): people's personal data is kept only while it is needed. A plan
-- records when it closed; PERSONAL_DATA_RETENTION_DAYS (or the plan's own number of days) after
-- that, the retention job anonymises the people of closed plans only (src/server/modules/retention).
ALTER TABLE "plans" ADD COLUMN "closed_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "personal_data_retention_days" integer;
--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_retention_days_range" CHECK ("personal_data_retention_days" IS NULL OR "personal_data_retention_days" BETWEEN 1 AND 36500);
--> statement-breakpoint
-- Plans closed before this migration: their last change is the best date of closing there is.
UPDATE "plans" SET "closed_at" = "updated_at" WHERE "status" = 'closed';
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "anonymised_at" timestamp with time zone;
