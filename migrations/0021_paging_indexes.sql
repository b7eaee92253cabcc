-- National-scale paging and search (issue #11 item 5; SPEC E5, E6, O1, O2).
-- pg_trgm: the people search (`search_key LIKE %word%`) uses a trigram index instead of a full scan.
-- PostgreSQL: from postgresql-contrib; PGlite: the contrib extension loaded by src/server/db/client.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "persons_search_trgm_idx" ON "persons" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "units_search_trgm_idx" ON "units" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
-- Which conferences a person is a delegate of (search, duplicates): 137 ms → 2.7 ms at 1,000,000 delegates.
CREATE INDEX IF NOT EXISTS "delegates_person_idx" ON "delegates" ("person_id");--> statement-breakpoint
-- The duplicates query groups by identity key over people with a birth year.
CREATE INDEX IF NOT EXISTS "persons_identity_unit_idx" ON "persons" ("identity_key", "unit_id") WHERE "birth_year" IS NOT NULL;--> statement-breakpoint
-- The order of official lists (given name, middle names, family name) as a byte-ordered key, so a page of
-- people is cut in SQL by an index; chr(1) between the parts sorts below the space inside a part. Same letter codes as src/server/modules/search/name-key.ts (a unit test
-- checks the two agree); primary level only (tones and case are tie-broken by full_name, then id).
ALTER TABLE "persons" ADD COLUMN "sort_key" text COLLATE "C" GENERATED ALWAYS AS (translate(CASE WHEN strpos("full_name", ' ') = 0 THEN "full_name" ELSE split_part("full_name", ' ', -1) || chr(1) || btrim(regexp_replace(regexp_replace("full_name", '^\S+', ''), '\S+$', '')) || chr(1) || split_part("full_name", ' ', 1) END, 'aAàÀáÁãÃảẢạẠăĂằẰắẮẵẴẳẲặẶâÂầẦấẤẫẪẩẨậẬbBḅḄcCćĆdDḍḌđĐeEèÈéÉẽẼẻẺẹẸêÊềỀếẾễỄểỂệỆfFgGǵǴhHḥḤiIìÌíÍĩĨỉỈịỊjJkKḱḰḳḲlLĺĹḷḶmMḿḾṃṂnNǹǸńŃñÑṇṆoOòÒóÓõÕỏỎọỌôÔồỒốỐỗỖổỔộỘơƠờỜớỚỡỠởỞợỢpPṕṔqQrRŕŔṛṚsSśŚṣṢtTṭṬuUùÙúÚũŨủỦụỤưƯừỪứỨữỮửỬựỰvVṽṼṿṾwWẁẀẃẂẉẈxXyYỳỲýÝỹỸỷỶỵỴzZźŹẓẒ', 'AAAAAAAAAAAABBBBBBBBBBBBCCCCCCCCCCCCDDDDEEEEFFFFGGHHHHHHHHHHHHIIIIIIIIIIIIJJKKKKLLLLMMMMMMMMMMMMNNOOOOOOPPPPPPQQQQQQRRRRRRRRRRSSSSSSSSSSSSTTTTTTTTTTTTUUUUUUUUUUUUVVVVWWXXXXXXYYYYYYZZZZaaaaaaaaaaaabbbbbbbbbbbbccccccddddddddeeffffffffffffgggggg')) STORED;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "persons_sort_idx" ON "persons" ("sort_key", "id");
