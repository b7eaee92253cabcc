-- Unit document settings (SPEC L1, issue #10 item 9): issuing body, parent body, place, symbol, signer.
CREATE TABLE "unit_document_settings" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"issuing_body" text NOT NULL,
	"parent_body" text,
	"place" text NOT NULL,
	"symbol" text NOT NULL,
	"signer_prefix" text,
	"signer_on_behalf_of" text,
	"signer_title" text NOT NULL,
	"signer_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_document_settings_prefix_valid" CHECK ("signer_prefix" IS NULL OR "signer_prefix" IN ('TM.','KT.','Q.','TL.','TUQ.'))
);
--> statement-breakpoint
ALTER TABLE "unit_document_settings" ADD CONSTRAINT "unit_document_settings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
