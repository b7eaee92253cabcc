-- Issue #11 item 4, ADR 0008: a file's content in chunks of at most 256 KB, written one small
-- statement at a time, so a 20 MB upload or download never holds PGlite's single connection (or a
-- PostgreSQL transaction) for its whole length. `files` stays the file's home (its metadata);
-- an upload is first a `staged_files` row with its chunks, linked by the business write.
CREATE TABLE "file_chunks" (
	"file_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" bytea NOT NULL,
	CONSTRAINT "file_chunks_pk" PRIMARY KEY("file_id","seq")
);
--> statement-breakpoint
-- Uploads are mostly compressed already (PDF, JPEG, PNG, MP4, Office ZIPs): no pglz attempt,
-- out of line as it is.
ALTER TABLE "file_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL;
--> statement-breakpoint
CREATE TABLE "staged_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staged_by" uuid,
	"staged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "staged_files" ADD CONSTRAINT "staged_files_staged_by_users_id_fk" FOREIGN KEY ("staged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- The files kept so far move into chunks of 262,144 bytes (one read path afterwards); a file of
-- n bytes has ceil(n / 262144) chunks, seq 0, 1, …
INSERT INTO "file_chunks" ("file_id", "seq", "data")
SELECT f."id", s.seq, substring(f."content" FROM s.seq * 262144 + 1 FOR 262144)
FROM "files" f
CROSS JOIN LATERAL generate_series(0, (length(f."content") - 1) / 262144) AS s(seq)
WHERE length(f."content") > 0;
--> statement-breakpoint
ALTER TABLE "files" DROP COLUMN "content";
