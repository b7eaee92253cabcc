CREATE TABLE "council_assignments" (
	"member_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_assignments_member_id_unit_id_pk" PRIMARY KEY("member_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_assignments_unit_idx" ON "council_assignments" USING btree ("unit_id");
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;
