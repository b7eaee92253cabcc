-- Nominations to the higher conference, the compiled list, the chairman's approval and the
-- packages imported from the level below (issue #9 items 4–7; SPEC F4, F5, M1).
-- A unit's nominations to a higher conference: one row per (conference, unit).
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"source" text DEFAULT 'unit' NOT NULL,
	"review_comment" text,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominations_status_valid" CHECK ("status" IN ('draft','submitted','returned','accepted')),
	CONSTRAINT "nominations_source_valid" CHECK ("source" IN ('unit','package'))
);
--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_conference_unit_uq" ON "nominations" USING btree ("conference_id","unit_id");--> statement-breakpoint
CREATE INDEX "nominations_unit_idx" ON "nominations" USING btree ("unit_id");--> statement-breakpoint
-- The people a unit nominates, in order, each with an achievement summary.
CREATE TABLE "nomination_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"order" integer NOT NULL,
	"achievement" text NOT NULL,
	"movement_code" text,
	CONSTRAINT "nomination_entries_order_positive" CHECK ("order" >= 1)
);
--> statement-breakpoint
ALTER TABLE "nomination_entries" ADD CONSTRAINT "nomination_entries_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_entries" ADD CONSTRAINT "nomination_entries_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "nomination_entries_person_uq" ON "nomination_entries" USING btree ("nomination_id","person_id");--> statement-breakpoint
CREATE INDEX "nomination_entries_person_idx" ON "nomination_entries" USING btree ("person_id");--> statement-breakpoint
-- The compiled list of a higher conference: accepted nominations + the office's guests, sent to the chairman.
CREATE TABLE "nomination_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"decision_comment" text,
	"sent_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_lists_status_valid" CHECK ("status" IN ('draft','sent','approved','returned'))
);
--> statement-breakpoint
ALTER TABLE "nomination_lists" ADD CONSTRAINT "nomination_lists_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_lists" ADD CONSTRAINT "nomination_lists_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "nomination_lists_conference_uq" ON "nomination_lists" USING btree ("conference_id");--> statement-breakpoint
CREATE TABLE "nomination_list_guests" (
	"list_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"order" integer NOT NULL,
	CONSTRAINT "nomination_list_guests_pk" PRIMARY KEY("list_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "nomination_list_guests" ADD CONSTRAINT "nomination_list_guests_list_id_nomination_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."nomination_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_list_guests" ADD CONSTRAINT "nomination_list_guests_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Packages imported from the level below (F5): the checksum makes a second import add nobody.
CREATE TABLE "nomination_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"nomination_id" uuid NOT NULL,
	"package_id" text NOT NULL,
	"checksum" text NOT NULL,
	"format_version" integer NOT NULL,
	"people" integer NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "nomination_packages" ADD CONSTRAINT "nomination_packages_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_packages" ADD CONSTRAINT "nomination_packages_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_packages" ADD CONSTRAINT "nomination_packages_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_packages" ADD CONSTRAINT "nomination_packages_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "nomination_packages_checksum_uq" ON "nomination_packages" USING btree ("conference_id","checksum");--> statement-breakpoint
-- An exemplar of the higher conference carries the unit that nominated them.
ALTER TABLE "delegates" ADD COLUMN "nominated_by_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_nominated_by_unit_id_units_id_fk" FOREIGN KEY ("nominated_by_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;
