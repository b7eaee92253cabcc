CREATE TABLE "person_duplicate_dismissals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_a_id" uuid NOT NULL,
	"person_b_id" uuid NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_duplicate_dismissals_ordered" CHECK ("person_duplicate_dismissals"."person_a_id" < "person_duplicate_dismissals"."person_b_id")
);
--> statement-breakpoint
ALTER TABLE "person_duplicate_dismissals" ADD CONSTRAINT "person_duplicate_dismissals_person_a_id_persons_id_fk" FOREIGN KEY ("person_a_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_duplicate_dismissals" ADD CONSTRAINT "person_duplicate_dismissals_person_b_id_persons_id_fk" FOREIGN KEY ("person_b_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_duplicate_dismissals" ADD CONSTRAINT "person_duplicate_dismissals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "person_duplicate_dismissals_pair_uq" ON "person_duplicate_dismissals" USING btree ("person_a_id","person_b_id");