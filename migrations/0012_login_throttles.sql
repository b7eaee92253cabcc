CREATE TABLE "login_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"username" text,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_failure_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "login_throttles_username_idx" ON "login_throttles" USING btree ("username");
