import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import { compareVi } from "../../../domain/text.ts";
import { viFilter } from "../conferences/inputs/viFilter.ts";
import type { SectionProps } from "./PlanSettingsPage.tsx";
import { planApi } from "./planApi.ts";
import { Section } from "./Section.tsx";
import { useDraft } from "./useDraft.ts";

type Row = { unitId: string; unitName: string; role: "ordinary" | "pilot"; invitees: string };

const from = (p: PlanDetail): Row[] =>
  p.participants
    .map((x) => ({
      unitId: x.unitId,
      unitName: x.unitName,
      role: x.role === "pilot" ? ("pilot" as const) : ("ordinary" as const),
      invitees: x.invitees.join("\n"),
    }))
    .sort((a, b) => compareVi(a.unitName, b.unitName));

/** B2, II.2.3: the pilot units and whom each invites. */
export function PilotsSection(props: SectionProps) {
  const d = useDraft(props, from);
  const rows = d.draft;
  const pilots = rows.filter((r) => r.role === "pilot");
  const set = (unitId: string, patch: Partial<Row>) =>
    d.set(rows.map((r) => (r.unitId === unitId ? { ...r, ...patch } : r)));
  const save = () =>
    d.save(
      (version) =>
        planApi.participants(
          props.plan.id,
          rows.map((r) => ({
            unitId: r.unitId,
            role: r.role,
            invitees:
              r.role === "pilot"
                ? r.invitees
                    .split("\n")
                    .map((s) => s.trim())
                    .filter(Boolean)
                : [],
          })),
          version,
        ),
      "Đã lưu các đơn vị tổ chức Hội nghị điểm.",
    );
  return (
    <Section
      title="Đơn vị tổ chức Hội nghị điểm"
      description={`Theo mục II.2.3 của kế hoạch; mỗi đơn vị điểm có thành phần mời riêng. Kế hoạch có ${rows.length} đơn vị tham gia.`}
      dirty={d.dirty}
      busy={d.busy}
      error={d.error}
      saveLabel="Lưu đơn vị điểm"
      onSave={save}
      onReload={d.reload}
    >
      {pilots.length === 0 ? <Text c="dimmed">Chưa có đơn vị điểm.</Text> : null}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {pilots.map((p) => (
          <Paper key={p.unitId} withBorder p="md" bg="gray.0" data-testid="pilot-edit">
            <Stack gap="xs">
              <Text fw={600}>{p.unitName}</Text>
              <Textarea
                label="Thành phần mời"
                description="Mỗi dòng một thành phần"
                autosize
                minRows={3}
                value={p.invitees}
                onChange={(e) => set(p.unitId, { invitees: e.currentTarget.value })}
              />
              <Group>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() => set(p.unitId, { role: "ordinary" })}
                >
                  Bỏ khỏi danh sách điểm
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <Select
        label="Thêm đơn vị điểm"
        placeholder="Gõ tên đơn vị, có dấu hoặc không dấu"
        searchable
        filter={viFilter}
        w={{ base: "100%", sm: 420 }}
        value={null}
        data={rows.filter((r) => r.role !== "pilot").map((r) => ({ value: r.unitId, label: r.unitName }))}
        onChange={(v) => v && set(v, { role: "pilot" })}
      />
    </Section>
  );
}
