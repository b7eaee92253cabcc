-- A person's full birth date when the list gives one (issue #10 item 3; SPEC E1, E3).
-- birth_year stays the duplicate key's year; birth_date, when set, falls in that year.
ALTER TABLE "persons" ADD COLUMN "birth_date" date;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_birth_date_in_year" CHECK ("birth_date" IS NULL OR "birth_year" = EXTRACT(YEAR FROM "birth_date")::integer);
