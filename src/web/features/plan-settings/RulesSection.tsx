import { NumberInput, Radio, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import { PlanRulesSchema, SEED_PLAN_RULES } from "../../../domain/plan/rules.ts";
import type { SectionProps } from "./PlanSettingsPage.tsx";
import { planApi } from "./planApi.ts";
import { Section } from "./Section.tsx";
import { useDraft } from "./useDraft.ts";

type Num = number | string;
type Draft = {
  levelName: string;
  capUnit: Num;
  capEnterprise: Num;
  capTown: Num;
  threshold: Num;
  atThreshold: "plenary" | "delegate";
  target: Num;
  tolerance: Num;
  presidiumMin: Num;
  presidiumMax: Num;
  halfDay: Num;
};

const from = (p: PlanDetail): Draft => {
  const parsed = PlanRulesSchema.safeParse(p.rules);
  const r = parsed.success ? parsed.data : SEED_PLAN_RULES;
  return {
    levelName: r.levelName,
    capUnit: r.caps.unit,
    capEnterprise: r.caps.enterpriseDelegate,
    capTown: r.caps.town,
    threshold: r.enterpriseThreshold,
    atThreshold: r.enterpriseAtThreshold,
    target: Math.round(r.exemplarShare.target * 100),
    tolerance: Math.round(r.exemplarShare.tolerance * 100),
    presidiumMin: r.presidium.min,
    presidiumMax: r.presidium.max,
    halfDay: r.halfDayMaxMinutes,
  };
};

const int = {
  allowDecimal: false,
  allowNegative: false,
  hideControls: true,
  thousandSeparator: ".",
  decimalSeparator: ",",
};

/** D3–D7 values as data (A2): caps, the enterprise threshold and its gap, the 70/30 target, presidium size, half a day. */
export function RulesSection(props: SectionProps) {
  const d = useDraft(props, from);
  const v = d.draft;
  const num = (k: keyof Draft) => ({
    value: v[k] as Num,
    onChange: (x: Num) => d.set({ ...v, [k]: x }),
  });
  const n = (x: Num) => Number(x);
  const empty = [
    v.capUnit,
    v.capEnterprise,
    v.capTown,
    v.threshold,
    v.target,
    v.tolerance,
    v.presidiumMin,
    v.presidiumMax,
    v.halfDay,
  ].some((x) => x === "");
  const threshold = v.threshold === "" ? "…" : new Intl.NumberFormat("vi-VN").format(n(v.threshold));
  const save = () =>
    d.save(
      (version) =>
        planApi.update(props.plan.id, {
          rules: {
            levelName: v.levelName,
            caps: { unit: n(v.capUnit), enterpriseDelegate: n(v.capEnterprise), town: n(v.capTown) },
            enterpriseThreshold: n(v.threshold),
            enterpriseAtThreshold: v.atThreshold,
            exemplarShare: { target: n(v.target) / 100, tolerance: n(v.tolerance) / 100 },
            presidium: { min: n(v.presidiumMin), max: n(v.presidiumMax) },
            halfDayMaxMinutes: n(v.halfDay),
          },
          version,
        }),
      "Đã lưu các quy định của kế hoạch.",
    );
  return (
    <Section
      title="Quy định về hội nghị"
      description="Các con số hệ thống dùng để kiểm tra hội nghị (mục II.2, 3.1, 3.2 của kế hoạch)."
      dirty={d.dirty && !empty}
      busy={d.busy}
      error={d.error}
      saveLabel="Lưu quy định"
      onSave={save}
      onReload={d.reload}
    >
      <Title order={4}>Số lượng đại biểu (mục II.2.1, II.2.2)</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <NumberInput label="Xã, phường, cơ quan, đoàn thể: tối đa" min={1} {...int} {...num("capUnit")} />
        <NumberInput
          label="Doanh nghiệp tổ chức hội nghị đại biểu: tối đa"
          min={1}
          {...int}
          {...num("capEnterprise")}
        />
        <NumberInput
          label={`Hội nghị cấp ${v.levelName || "trên"}: tối đa`}
          min={1}
          {...int}
          {...num("capTown")}
        />
        <TextInput
          label="Tên cấp tổ chức hội nghị cấp trên"
          description="Ví dụ: Thị xã, Huyện, Tỉnh"
          value={v.levelName}
          onChange={(e) => d.set({ ...v, levelName: e.currentTarget.value })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Ngưỡng số lao động của doanh nghiệp"
          description="Dưới ngưỡng: Hội nghị toàn thể; trên ngưỡng: hội nghị đại biểu"
          min={1}
          {...int}
          {...num("threshold")}
        />
        <Radio.Group
          label={`Doanh nghiệp có đúng ${threshold} lao động:`}
          value={v.atThreshold}
          onChange={(x) => d.set({ ...v, atThreshold: x as Draft["atThreshold"] })}
        >
          <Stack gap={6} mt={6}>
            <Radio value="plenary" label="tổ chức Hội nghị toàn thể" />
            <Radio
              value="delegate"
              label={`tổ chức Hội nghị đại biểu (mặc định; kế hoạch ghi “dưới ${threshold}” và “trên ${threshold}”, không nói rõ trường hợp đúng ${threshold})`}
            />
          </Stack>
        </Radio.Group>
      </SimpleGrid>
      <Title order={4}>Cơ cấu đại biểu (mục II.2.1, II.2.2)</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label="Đại biểu điển hình tiên tiến khoảng (%)"
          min={0}
          max={100}
          suffix="%"
          {...int}
          {...num("target")}
        />
        <NumberInput
          label="Chênh lệch cho phép (±%)"
          min={0}
          max={100}
          suffix="%"
          {...int}
          {...num("tolerance")}
        />
        <Stack gap={2} justify="flex-end">
          <Text size="sm">
            Khách mời khoảng <b>{v.target === "" ? "…" : 100 - n(v.target)}%</b>. Lệch quá mức cho phép là
            cảnh báo, không chặn việc nộp.
          </Text>
        </Stack>
      </SimpleGrid>
      <Title order={4}>Chủ tọa và thời lượng (mục 3.2, II.2.1)</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput label="Chủ tọa: ít nhất (người)" min={1} {...int} {...num("presidiumMin")} />
        <NumberInput label="Chủ tọa: nhiều nhất (người)" min={1} {...int} {...num("presidiumMax")} />
        <NumberInput
          label="Hội nghị 1/2 ngày: dài nhất (phút)"
          description="Mặc định 300 phút (5 giờ), tính cả đón tiếp"
          min={30}
          max={1440}
          {...int}
          {...num("halfDay")}
        />
      </SimpleGrid>
    </Section>
  );
}
