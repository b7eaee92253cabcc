-- Dossiers after the conference (SPEC G1–G4, plan II.3.3): the checklist is plan data, items are per unit.
CREATE TABLE "dossier_requirements" (
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"per_nominee" boolean DEFAULT false NOT NULL,
	"min_count" integer DEFAULT 1 NOT NULL,
	"generator" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "dossier_requirements_plan_id_code_pk" PRIMARY KEY("plan_id","code"),
	CONSTRAINT "dossier_requirements_min_count_valid" CHECK ("dossier_requirements"."min_count" >= 0),
	CONSTRAINT "dossier_requirements_generator_valid" CHECK ("dossier_requirements"."generator" IS NULL OR "dossier_requirements"."generator" IN ('summary_report','delegate_list','submission','minutes'))
);
--> statement-breakpoint
CREATE TABLE "dossier_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"requirement_code" text NOT NULL,
	"person_id" uuid,
	"file_id" uuid,
	"generated" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_items_status_valid" CHECK ("dossier_items"."status" IN ('draft','submitted','accepted','returned'))
);
--> statement-breakpoint
ALTER TABLE "dossier_requirements" ADD CONSTRAINT "dossier_requirements_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_requirement_fk" FOREIGN KEY ("plan_id","requirement_code") REFERENCES "public"."dossier_requirements"("plan_id","code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_items_slot_uq" ON "dossier_items" USING btree ("plan_id","unit_id","requirement_code",coalesce("person_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "dossier_items_plan_status_idx" ON "dossier_items" USING btree ("plan_id","status");
