import { Button, Group, Select, Table, TextInput } from "@mantine/core";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import { asciiSlug } from "../../../domain/text.ts";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { DateViInput, isoToVi, viToIso } from "../conferences/inputs/DateViInput.tsx";
import { APPLIES_TO_LABELS } from "../home/milestones.ts";
import type { SectionProps } from "./PlanSettingsPage.tsx";
import { planApi } from "./planApi.ts";
import { Section } from "./Section.tsx";
import { useDraft } from "./useDraft.ts";

type Row = { key: string; code: string; label: string; dueOn: string; appliesTo: string; section: string };

/** Milestones the system computes deadlines from (conferences, unit plans, dossiers): not deleted here. */
const SYSTEM_CODES = new Set([
  "unit_plan",
  "pilot_conference",
  "unit_conference",
  "dossier",
  "town_conference",
]);

const from = (p: PlanDetail): Row[] =>
  [...p.milestones]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((m) => ({
      key: m.id,
      code: m.code,
      label: m.label,
      dueOn: isoToVi(m.dueOn),
      appliesTo: m.appliesTo,
      section: m.section ?? "",
    }));

/** A code for a new milestone from its label: "Gửi báo cáo sơ kết" → "gui_bao_cao_so_ket". */
function newCode(label: string, taken: Set<string>): string {
  let base = asciiSlug(label, "_").slice(0, 34) || "moc";
  if (!/^[a-z]/u.test(base)) base = `moc_${base}`;
  let code = base;
  for (let i = 2; taken.has(code); i++) code = `${base}_${i}`;
  return code;
}

let counter = 0;

/** A3: the plan's milestones with their dates (dd/mm/yyyy), whom they bind and the plan section. */
export function MilestonesSection(props: SectionProps) {
  const d = useDraft(props, from);
  const rows = d.draft;
  const set = (i: number, patch: Partial<Row>) =>
    d.set(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const bad = rows.some((r) => !r.label.trim() || !viToIso(r.dueOn));
  const save = () => {
    const taken = new Set(rows.map((r) => r.code).filter(Boolean));
    const milestones = rows.map((r) => {
      const code = r.code || newCode(r.label, taken);
      taken.add(code);
      return {
        code,
        label: r.label,
        dueOn: viToIso(r.dueOn)!,
        appliesTo: r.appliesTo,
        section: r.section.trim() || null,
      };
    });
    return d.save(
      (version) => planApi.milestones(props.plan.id, milestones, version),
      "Đã lưu các mốc thời gian.",
    );
  };
  return (
    <Section
      title="Các mốc thời gian"
      description="Hạn chót của từng việc; hệ thống dùng các mốc này để tính hạn của hội nghị, kế hoạch đơn vị và hồ sơ."
      dirty={d.dirty && !bad}
      busy={d.busy}
      error={d.error}
      saveLabel="Lưu các mốc thời gian"
      onSave={save}
      onReload={d.reload}
    >
      <Table.ScrollContainer minWidth={860}>
        <Table withTableBorder aria-label="Các mốc thời gian">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Việc</Table.Th>
              <Table.Th w={150}>Hạn chót</Table.Th>
              <Table.Th w={250}>Áp dụng cho</Table.Th>
              <Table.Th w={120}>Mục kế hoạch</Table.Th>
              <Table.Th w={70} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={r.key} data-testid="milestone-edit-row" data-code={r.code}>
                <Table.Td>
                  <TextInput
                    aria-label={`Tên mốc ${i + 1}`}
                    value={r.label}
                    error={r.label.trim() ? undefined : "Hãy nhập tên việc"}
                    onChange={(e) => set(i, { label: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <DateViInput
                    aria-label={`Hạn chót của ${r.label || `mốc ${i + 1}`}`}
                    value={r.dueOn}
                    onChange={(t) => set(i, { dueOn: t })}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Áp dụng cho (${r.label || `mốc ${i + 1}`})`}
                    allowDeselect={false}
                    data={Object.entries(APPLIES_TO_LABELS).map(([value, label]) => ({ value, label }))}
                    value={r.appliesTo}
                    onChange={(v) => v && set(i, { appliesTo: v })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Mục kế hoạch (${r.label || `mốc ${i + 1}`})`}
                    placeholder="II.2.1"
                    value={r.section}
                    onChange={(e) => set(i, { section: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  {SYSTEM_CODES.has(r.code) ? (
                    <WhyDisabled
                      disabled
                      reason="Hệ thống dùng mốc này để tính hạn nên không xóa được; có thể đổi ngày."
                    >
                      <Button size="compact-sm" variant="subtle" color="red" disabled>
                        Xóa
                      </Button>
                    </WhyDisabled>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={`Xóa mốc ${r.label}`}
                      onClick={() => d.set(rows.filter((_, j) => j !== i))}
                    >
                      Xóa
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            d.set([
              ...rows,
              { key: `new-${++counter}`, code: "", label: "", dueOn: "", appliesTo: "all", section: "" },
            ])
          }
        >
          Thêm mốc thời gian
        </Button>
      </Group>
    </Section>
  );
}
