-- National scale (issue #11 item 5; SPEC N2, O1, O2), measured by `npm run bench:national` on the
-- data of `npm run bench:generate` (200,000 audit rows): the audit browser filtered by unit reads
-- that unit's rows newest first from an index instead of scanning the trail.
CREATE INDEX IF NOT EXISTS "audit_unit_idx" ON "audit_events" ("unit_id", "id");
--> statement-breakpoint
-- The duplicates page groups every person with a birth year by identity key and unit and orders the
-- groups by the people's order key: with sort_key in the index the grouping is an index-only scan
-- (7.6 s → 3.5 s at 500,000 people). Hand-written: drizzle's index builder has no INCLUDE.
CREATE INDEX IF NOT EXISTS "persons_identity_unit_sort_idx" ON "persons" ("identity_key", "unit_id") INCLUDE ("sort_key") WHERE "birth_year" IS NOT NULL;
--> statement-breakpoint
-- The units list and the conference list order by the unit name in Vietnamese alphabet order: the letter
-- codes of migration 0021 (search/name-key.ts), stored once per unit instead of translate() per row and
-- request (739 ms for 10,000 units on this machine). Tones are tie-broken by the name (collate "C").
ALTER TABLE "units" ADD COLUMN "sort_key" text COLLATE "C" GENERATED ALWAYS AS (translate("name", 'aAàÀáÁãÃảẢạẠăĂằẰắẮẵẴẳẲặẶâÂầẦấẤẫẪẩẨậẬbBḅḄcCćĆdDḍḌđĐeEèÈéÉẽẼẻẺẹẸêÊềỀếẾễỄểỂệỆfFgGǵǴhHḥḤiIìÌíÍĩĨỉỈịỊjJkKḱḰḳḲlLĺĹḷḶmMḿḾṃṂnNǹǸńŃñÑṇṆoOòÒóÓõÕỏỎọỌôÔồỒốỐỗỖổỔộỘơƠờỜớỚỡỠởỞợỢpPṕṔqQrRŕŔṛṚsSśŚṣṢtTṭṬuUùÙúÚũŨủỦụỤưƯừỪứỨữỮửỬựỰvVṽṼṿṾwWẁẀẃẂẉẈxXyYỳỲýÝỹỸỷỶỵỴzZźŹẓẒ', 'AAAAAAAAAAAABBBBBBBBBBBBCCCCCCCCCCCCDDDDEEEEFFFFGGHHHHHHHHHHHHIIIIIIIIIIIIJJKKKKLLLLMMMMMMMMMMMMNNOOOOOOPPPPPPQQQQQQRRRRRRRRRRSSSSSSSSSSSSTTTTTTTTTTTTUUUUUUUUUUUUVVVVWWXXXXXXYYYYYYZZZZaaaaaaaaaaaabbbbbbbbbbbbccccccddddddddeeffffffffffffgggggg')) STORED;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "units_sort_idx" ON "units" ("sort_key", "id");
