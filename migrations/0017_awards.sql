-- Movements, award forms, base salaries, award decisions with their money, certificate layouts
-- (SPEC H1, H2; issue #14 items 1–3). Money in integer đồng; multipliers in per-mille of the base salary.
CREATE TABLE "movements" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_forms" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"certificate" text NOT NULL,
	"individual_per_mille" integer,
	"collective_per_mille" integer,
	"legal_basis" text,
	"sort_order" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_forms_kind_valid" CHECK ("kind" IN ('title','award')),
	CONSTRAINT "award_forms_certificate_valid" CHECK ("certificate" IN ('giay_khen','bang_khen')),
	CONSTRAINT "award_forms_someone" CHECK ("individual_per_mille" IS NOT NULL OR "collective_per_mille" IS NOT NULL),
	CONSTRAINT "award_forms_per_mille_range" CHECK (("individual_per_mille" IS NULL OR "individual_per_mille" BETWEEN 1 AND 100000) AND ("collective_per_mille" IS NULL OR "collective_per_mille" BETWEEN 1 AND 100000))
);
--> statement-breakpoint
CREATE TABLE "base_salaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effective_from" date NOT NULL,
	"amount" integer NOT NULL,
	"legal_basis" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "base_salaries_amount_positive" CHECK ("amount" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "base_salaries_from_uq" ON "base_salaries" USING btree ("effective_from");
--> statement-breakpoint
CREATE TABLE "award_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"number" text NOT NULL,
	"date" date NOT NULL,
	"issuer" text NOT NULL,
	"signer_title" text NOT NULL,
	"signer_name" text NOT NULL,
	"form_code" text NOT NULL,
	"movement_code" text,
	"funding_source" text NOT NULL,
	"base_salary" integer NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_form_code_award_forms_code_fk" FOREIGN KEY ("form_code") REFERENCES "public"."award_forms"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_movement_code_movements_code_fk" FOREIGN KEY ("movement_code") REFERENCES "public"."movements"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "award_decisions" ADD CONSTRAINT "award_decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "award_decisions_conference_idx" ON "award_decisions" USING btree ("conference_id");
--> statement-breakpoint
CREATE INDEX "award_decisions_movement_idx" ON "award_decisions" USING btree ("movement_code");
--> statement-breakpoint
CREATE UNIQUE INDEX "award_decisions_conference_number_uq" ON "award_decisions" USING btree ("conference_id","number");
--> statement-breakpoint
CREATE TABLE "award_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"person_id" uuid,
	"collective_id" uuid,
	"achievement" text,
	"per_mille" integer NOT NULL,
	"amount" integer NOT NULL,
	"register_number" text,
	CONSTRAINT "award_recipients_one_subject" CHECK (("person_id" IS NULL) <> ("collective_id" IS NULL)),
	CONSTRAINT "award_recipients_amount_nonnegative" CHECK ("amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "award_recipients" ADD CONSTRAINT "award_recipients_decision_id_award_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."award_decisions"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "award_recipients" ADD CONSTRAINT "award_recipients_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "award_recipients" ADD CONSTRAINT "award_recipients_collective_id_collectives_id_fk" FOREIGN KEY ("collective_id") REFERENCES "public"."collectives"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "award_recipients_decision_idx" ON "award_recipients" USING btree ("decision_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "award_recipients_person_uq" ON "award_recipients" USING btree ("decision_id","person_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "award_recipients_collective_uq" ON "award_recipients" USING btree ("decision_id","collective_id");
--> statement-breakpoint
CREATE TABLE "certificate_layouts" (
	"unit_id" uuid NOT NULL,
	"certificate" text NOT NULL,
	"width_mm" integer NOT NULL,
	"height_mm" integer NOT NULL,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"background_file_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificate_layouts_unit_id_certificate_pk" PRIMARY KEY("unit_id","certificate"),
	CONSTRAINT "certificate_layouts_certificate_valid" CHECK ("certificate" IN ('giay_khen','bang_khen')),
	CONSTRAINT "certificate_layouts_size_range" CHECK ("width_mm" BETWEEN 50 AND 1000 AND "height_mm" BETWEEN 50 AND 1000)
);
--> statement-breakpoint
ALTER TABLE "certificate_layouts" ADD CONSTRAINT "certificate_layouts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "certificate_layouts" ADD CONSTRAINT "certificate_layouts_background_file_id_files_id_fk" FOREIGN KEY ("background_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "delegates" ADD COLUMN "movement_code" text;
--> statement-breakpoint
ALTER TABLE "delegates" ADD CONSTRAINT "delegates_movement_code_movements_code_fk" FOREIGN KEY ("movement_code") REFERENCES "public"."movements"("code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- The four movements of plan II.1.2 (names as the plan gives them).
INSERT INTO "movements" ("code", "name", "sort_order") VALUES
	('doanh_nghiep_hoi_nhap', 'Doanh nghiệp Việt Nam hội nhập và phát triển', 1),
	('vi_nguoi_ngheo', 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau', 2),
	('kieu_mau', 'Xây dựng cơ quan, đơn vị, gia đình, con người kiểu mẫu', 3),
	('nong_thon_moi', 'Cả nước chung sức xây dựng nông thôn mới', 4);
--> statement-breakpoint
-- Lương cơ sở: NĐ 38/2019/NĐ-CP, NĐ 24/2023/NĐ-CP, NĐ 73/2024/NĐ-CP. The office adds later values.
INSERT INTO "base_salaries" ("effective_from", "amount", "legal_basis") VALUES
	('2019-07-01', 1490000, 'Nghị định số 38/2019/NĐ-CP'),
	('2023-07-01', 1800000, 'Nghị định số 24/2023/NĐ-CP'),
	('2024-07-01', 2340000, 'Nghị định số 73/2024/NĐ-CP');
--> statement-breakpoint
-- Award forms with their money as multiples of the base salary (per mille): Luật Thi đua, khen thưởng 2022
-- and Nghị định 98/2023/NĐ-CP, Điều 73 (danh hiệu thi đua) and Điều 75 (Bằng khen, Giấy khen). Editable by the office.
INSERT INTO "award_forms" ("code", "name", "kind", "certificate", "individual_per_mille", "collective_per_mille", "legal_basis", "sort_order") VALUES
	('giay_khen_xa', 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', 'award', 'giay_khen', 150, 300, 'Nghị định số 98/2023/NĐ-CP, Điều 75', 1),
	('giay_khen_huyen', 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện', 'award', 'giay_khen', 300, 600, 'Nghị định số 98/2023/NĐ-CP, Điều 75', 2),
	('giay_khen_thu_truong', 'Giấy khen của Thủ trưởng cơ quan, đơn vị', 'award', 'giay_khen', 300, 600, 'Nghị định số 98/2023/NĐ-CP, Điều 75', 3),
	('bang_khen_tinh', 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', 'award', 'bang_khen', 1000, 2000, 'Nghị định số 98/2023/NĐ-CP, Điều 75', 4),
	('lao_dong_tien_tien', 'Lao động tiên tiến', 'title', 'giay_khen', 300, NULL, 'Nghị định số 98/2023/NĐ-CP, Điều 73', 5),
	('chien_si_thi_dua_co_so', 'Chiến sĩ thi đua cơ sở', 'title', 'giay_khen', 1000, NULL, 'Nghị định số 98/2023/NĐ-CP, Điều 73', 6),
	('chien_si_thi_dua_tinh', 'Chiến sĩ thi đua cấp tỉnh', 'title', 'bang_khen', 3000, NULL, 'Nghị định số 98/2023/NĐ-CP, Điều 73', 7),
	('tap_the_lao_dong_tien_tien', 'Tập thể lao động tiên tiến', 'title', 'giay_khen', NULL, 800, 'Nghị định số 98/2023/NĐ-CP, Điều 73', 8),
	('tap_the_lao_dong_xuat_sac', 'Tập thể lao động xuất sắc', 'title', 'bang_khen', NULL, 1500, 'Nghị định số 98/2023/NĐ-CP, Điều 73', 9);
