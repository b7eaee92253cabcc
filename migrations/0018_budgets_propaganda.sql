-- A conference's budget from estimate to settlement (SPEC I1, plan III.4) and the propaganda tasks and log (SPEC J1, plan II.1.1, III.3). Issue #14 items 4–5.
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL REFERENCES "conferences"("id") ON DELETE cascade,
	"unit_id" uuid NOT NULL REFERENCES "units"("id"),
	"status" text DEFAULT 'draft' NOT NULL,
	"venue_class" text NOT NULL,
	"province" text,
	"review_comment" text,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid REFERENCES "users"("id"),
	"approved_at" timestamp with time zone,
	"approved_by" uuid REFERENCES "users"("id"),
	"settled_at" timestamp with time zone,
	"settled_by" uuid REFERENCES "users"("id"),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_status_valid" CHECK ("status" IN ('draft','in_review','awaiting_approval','returned','approved','settled')),
	CONSTRAINT "budgets_venue_class_valid" CHECK ("venue_class" IN ('central_city','provincial','commune'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_conference_uq" ON "budgets" ("conference_id");
--> statement-breakpoint
CREATE INDEX "budgets_status_idx" ON "budgets" ("status");
--> statement-breakpoint
CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL REFERENCES "budgets"("id") ON DELETE cascade,
	"sort_order" integer NOT NULL,
	"category" text NOT NULL,
	"label" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"unit_price" bigint NOT NULL,
	"actual" bigint,
	"receipt_file_id" uuid REFERENCES "files"("id"),
	CONSTRAINT "budget_lines_category_valid" CHECK ("category" IN ('hall','decoration','documents','tea','meals','meals_catered','lodging','travel','other')),
	CONSTRAINT "budget_lines_amounts_valid" CHECK ("quantity" >= 0 AND "unit_price" >= 0 AND ("actual" IS NULL OR "actual" >= 0))
);
--> statement-breakpoint
CREATE INDEX "budget_lines_budget_idx" ON "budget_lines" ("budget_id", "sort_order");
--> statement-breakpoint
CREATE TABLE "propaganda_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL REFERENCES "units"("id"),
	"title" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid REFERENCES "users"("id"),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "propaganda_tasks_status_valid" CHECK ("status" IN ('open','in_progress','done'))
);
--> statement-breakpoint
CREATE INDEX "propaganda_tasks_unit_due_idx" ON "propaganda_tasks" ("unit_id", "due_date");
--> statement-breakpoint
CREATE INDEX "propaganda_tasks_status_due_idx" ON "propaganda_tasks" ("status", "due_date");
--> statement-breakpoint
CREATE TABLE "propaganda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL REFERENCES "units"("id"),
	"task_id" uuid REFERENCES "propaganda_tasks"("id") ON DELETE set null,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"title" text NOT NULL,
	"date" date NOT NULL,
	"duration_minutes" integer,
	"length" text,
	"featured" text DEFAULT '' NOT NULL,
	"link" text,
	"file_id" uuid REFERENCES "files"("id"),
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "propaganda_items_kind_valid" CHECK ("kind" IN ('article','broadcast','good_deeds','banner','post')),
	CONSTRAINT "propaganda_items_channel_valid" CHECK ("channel" IN ('radio','television','website','social','print','outdoor')),
	CONSTRAINT "propaganda_items_source" CHECK ("link" IS NOT NULL OR "file_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX "propaganda_items_date_idx" ON "propaganda_items" ("date");
--> statement-breakpoint
CREATE INDEX "propaganda_items_unit_date_idx" ON "propaganda_items" ("unit_id", "date");
