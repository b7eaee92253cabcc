import { NumberInput, Radio, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import {
  ENTERPRISE_MODE_LABELS,
  type RuleValueKey,
  ruleValueLabel,
} from "../../../domain/plan/rule-labels.ts";
import { ENTERPRISE_MODES, PlanRulesSchema, SEED_PLAN_RULES } from "../../../domain/plan/rules.ts";
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

/** Label, help and unit of a rule value from the domain (one home, src/domain/plan/rule-labels.ts). */
const described = (key: RuleValueKey, levelName: string) => {
  const { label, unit, help } = ruleValueLabel(key, levelName);
  return {
    label,
    description: help,
    suffix: unit === undefined ? undefined : unit === "%" ? "%" : ` ${unit}`,
  };
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
  const field = (key: RuleValueKey) => described(key, v.levelName);
  const named = (key: RuleValueKey) => {
    const { label, description } = field(key);
    return { label, description };
  };
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
        <NumberInput min={1} {...int} {...field("caps.unit")} {...num("capUnit")} />
        <NumberInput min={1} {...int} {...field("caps.enterpriseDelegate")} {...num("capEnterprise")} />
        <NumberInput min={1} {...int} {...field("caps.town")} {...num("capTown")} />
        <TextInput
          {...named("levelName")}
          value={v.levelName}
          onChange={(e) => d.set({ ...v, levelName: e.currentTarget.value })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput min={1} {...int} {...field("enterpriseThreshold")} {...num("threshold")} />
        <Radio.Group
          {...named("enterpriseAtThreshold")}
          value={v.atThreshold}
          onChange={(x) => d.set({ ...v, atThreshold: x as Draft["atThreshold"] })}
        >
          <Stack gap={6} mt={6}>
            {ENTERPRISE_MODES.map((mode) => (
              <Radio
                key={mode}
                value={mode}
                label={`${ENTERPRISE_MODE_LABELS[mode]}${mode === SEED_PLAN_RULES.enterpriseAtThreshold ? " (mặc định)" : ""}`}
              />
            ))}
          </Stack>
        </Radio.Group>
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        Theo ngưỡng hiện tại, doanh nghiệp có đúng {threshold} lao động tổ chức{" "}
        {ENTERPRISE_MODE_LABELS[v.atThreshold]}.
      </Text>
      <Title order={4}>Cơ cấu đại biểu (mục II.2.1, II.2.2)</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput min={0} max={100} {...int} {...field("exemplarShare.target")} {...num("target")} />
        <NumberInput min={0} max={100} {...int} {...field("exemplarShare.tolerance")} {...num("tolerance")} />
        <Stack gap={2} justify="flex-end">
          <Text size="sm">
            Khách mời khoảng <b>{v.target === "" ? "…" : 100 - n(v.target)}%</b>.
          </Text>
        </Stack>
      </SimpleGrid>
      <Title order={4}>Chủ tọa và thời lượng (mục 3.2, II.2.1)</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput min={1} {...int} {...field("presidium.min")} {...num("presidiumMin")} />
        <NumberInput min={1} {...int} {...field("presidium.max")} {...num("presidiumMax")} />
        <NumberInput min={30} max={1440} {...int} {...field("halfDayMaxMinutes")} {...num("halfDay")} />
      </SimpleGrid>
    </Section>
  );
}
