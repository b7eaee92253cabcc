-- Seats of the higher conference, versioned quota allocations, composition targets (SPEC F1, F2, F3; issue #9 items 1–3).
CREATE TABLE "conference_seats" (
	"conference_id" uuid PRIMARY KEY NOT NULL,
	"total" integer NOT NULL,
	"exemplars" integer NOT NULL,
	"guests" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conference_seats_total_positive" CHECK ("total" > 0),
	CONSTRAINT "conference_seats_parts_nonneg" CHECK ("exemplars" >= 0 AND "guests" >= 0),
	CONSTRAINT "conference_seats_parts_sum" CHECK ("exemplars" + "guests" = "total")
);
--> statement-breakpoint
ALTER TABLE "conference_seats" ADD CONSTRAINT "conference_seats_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "conference_seats" ADD CONSTRAINT "conference_seats_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE TABLE "quota_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"conference_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"basis" text NOT NULL,
	"total" integer NOT NULL,
	"minimum" integer DEFAULT 0 NOT NULL,
	"maximum" integer,
	"weights" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quota_allocations_basis_valid" CHECK ("basis" IN ('workforce','population','honoured','equal','custom')),
	CONSTRAINT "quota_allocations_total_nonneg" CHECK ("total" >= 0),
	CONSTRAINT "quota_allocations_minimum_nonneg" CHECK ("minimum" >= 0),
	CONSTRAINT "quota_allocations_maximum_valid" CHECK ("maximum" IS NULL OR "maximum" >= "minimum"),
	CONSTRAINT "quota_allocations_published_pair" CHECK (("published_at" IS NULL) = ("published_by" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "quota_allocations" ADD CONSTRAINT "quota_allocations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "quota_allocations" ADD CONSTRAINT "quota_allocations_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "quota_allocations" ADD CONSTRAINT "quota_allocations_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "quota_allocations" ADD CONSTRAINT "quota_allocations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "quota_allocations_conference_version_uq" ON "quota_allocations" USING btree ("conference_id","version_no");
--> statement-breakpoint
CREATE INDEX "quota_allocations_published_idx" ON "quota_allocations" USING btree ("conference_id","published_at");
--> statement-breakpoint
CREATE TABLE "quota_allocation_units" (
	"allocation_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"weight" double precision NOT NULL,
	"exact" numeric NOT NULL,
	"seats" integer NOT NULL,
	"overridden" boolean DEFAULT false NOT NULL,
	CONSTRAINT "quota_allocation_units_allocation_id_unit_id_pk" PRIMARY KEY("allocation_id","unit_id"),
	CONSTRAINT "quota_allocation_units_seats_nonneg" CHECK ("seats" >= 0)
);
--> statement-breakpoint
ALTER TABLE "quota_allocation_units" ADD CONSTRAINT "quota_allocation_units_allocation_id_quota_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."quota_allocations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "quota_allocation_units" ADD CONSTRAINT "quota_allocation_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "quota_allocation_units_unit_idx" ON "quota_allocation_units" USING btree ("unit_id");
--> statement-breakpoint
CREATE TABLE "plan_composition_targets" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_composition_targets" ADD CONSTRAINT "plan_composition_targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_composition_targets" ADD CONSTRAINT "plan_composition_targets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
