import { Badge, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { PLAN_STATUS_LABELS } from "../../../domain/plan/status.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { useMay } from "../../lib/auth.ts";
import { usePlan } from "../../lib/queries.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { PATHS } from "../../paths.ts";
import { APPLIES_TO_LABELS } from "../home/milestones.ts";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Title order={3} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{children}</Text>
    </Stack>
  );
}

/** The plan as issued (A1): read-only. */
export function PlanPage() {
  const may = useMay();
  const q = usePlan();
  useDocumentTitle("Kế hoạch");
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group gap="sm">
          <Text tt="uppercase" fw={600} c="dimmed" size="sm">
            {p.issuingBody}
          </Text>
          <Badge variant="light" color={p.status === "issued" ? "green" : "gray"} tt="none">
            {(PLAN_STATUS_LABELS as Record<string, string>)[p.status] ?? p.status}
          </Badge>
        </Group>
        {/* On a phone the button goes under the title instead of squeezing it. */}
        <Group justify="space-between" align="flex-start">
          <Title order={2} style={{ flex: "1 1 20rem" }}>
            {p.title}
          </Title>
          {may("plans.manage") ? (
            <Button component={Link} to={PATHS.planSettings} variant="default" style={{ flexShrink: 0 }}>
              Sửa kế hoạch
            </Button>
          ) : null}
        </Group>
      </Stack>

      <Paper withBorder p="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Field label="Số, ký hiệu">{p.numberSymbol}</Field>
          <Field label="Địa danh, ngày ban hành">
            {p.issuedOn ? `${p.place}, ${formatDateVi(p.issuedOn)}` : `${p.place}, chưa ghi ngày`}
          </Field>
          <Field label="Người ký">
            {p.signerName}
            {p.signerTitle ? ` – ${p.signerTitle}` : ""}
          </Field>
          {p.targetCongress ? <Field label="Hướng tới">{p.targetCongress}</Field> : null}
        </SimpleGrid>
      </Paper>

      <Section title="Căn cứ">
        <List spacing="xs">
          {p.legalBases.map((b) => (
            <List.Item key={b.code}>
              <Text span fw={500}>
                {b.title}
              </Text>
              <Text span c="dimmed" size="sm">
                {[b.issuer, b.issuedOn ? `ngày ${formatDateVi(b.issuedOn)}` : null, b.version]
                  .filter(Boolean)
                  .map((s) => ` · ${s}`)
                  .join("")}
              </Text>
            </List.Item>
          ))}
        </List>
      </Section>

      <Section title="Mục đích, yêu cầu">
        <List type="ordered" spacing="xs">
          {p.purposes.map((t) => (
            <List.Item key={t}>{t}</List.Item>
          ))}
        </List>
      </Section>

      <Section title="Các mốc thời gian">
        <WideTable minWidth={640} striped withTableBorder aria-label="Các mốc thời gian">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Việc</Table.Th>
              <Table.Th>Hạn chót</Table.Th>
              <Table.Th>Áp dụng cho</Table.Th>
              <Table.Th>Mục kế hoạch</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...p.milestones]
              .sort((a, b) => a.sortOrder - b.sortOrder)
              .map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td fw={500}>{m.label}</Table.Td>
                  <Table.Td className="nowrap">{formatDateVi(m.dueOn)}</Table.Td>
                  <Table.Td>{APPLIES_TO_LABELS[m.appliesTo] ?? m.appliesTo}</Table.Td>
                  <Table.Td className="nowrap">{m.section ? `Mục ${m.section}` : null}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </WideTable>
      </Section>

      <Section title="Đơn vị tổ chức Hội nghị điểm">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {p.pilots.map((pilot) => (
            <Paper key={pilot.unitId} withBorder p="md" bg="gray.0" data-testid="pilot-unit">
              <Text fw={600} mb="xs">
                {pilot.unitName}
              </Text>
              <Text size="sm" c="dimmed" mb={4}>
                Thành phần mời:
              </Text>
              <List size="sm" spacing={4}>
                {pilot.invitees.map((i) => (
                  <List.Item key={i}>{i}</List.Item>
                ))}
              </List>
            </Paper>
          ))}
        </SimpleGrid>
      </Section>

      <Section title="Nơi nhận">
        <List size="sm" spacing={4}>
          {p.recipients.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      </Section>
    </Stack>
  );
}
