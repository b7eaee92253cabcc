import { Badge, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { ROLE_LABELS } from "../../../domain/roles.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { hasCapability, useCurrentUser } from "../../lib/auth.ts";
import { todayIso } from "../../lib/dates.ts";
import { usePlan } from "../../lib/queries.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { APPLIES_TO_LABELS, dueStatus, milestonesFor, TONE_COLORS } from "./milestones.ts";
import { UnitCounts } from "./UnitCounts.tsx";

export function HomePage() {
  const me = useCurrentUser();
  const plan = usePlan();
  const today = todayIso();
  useDocumentTitle("Trang chủ");

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>Xin chào, {me.fullName}</Title>
        <Text c="dimmed">
          Vai trò: {ROLE_LABELS[me.role]}
          {me.unitName ? ` · Đơn vị: ${me.unitName}` : ""}
        </Text>
      </Stack>

      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Title order={3}>Việc sắp đến hạn</Title>
          {plan.isPending ? <PageLoader /> : null}
          {plan.isError ? <ErrorAlert error={plan.error} onRetry={() => plan.refetch()} /> : null}
          {plan.data ? (
            <>
              <Text size="sm" c="dimmed">
                Theo {plan.data.title.charAt(0).toLowerCase() + plan.data.title.slice(1)}. Hôm nay là{" "}
                {formatDateVi(today)}. Tình trạng được tính theo ngày hôm nay; hệ thống chưa ghi nhận việc
                hoàn thành các mốc này.
              </Text>
              <Table.ScrollContainer minWidth={640}>
                <Table striped withTableBorder aria-label="Việc sắp đến hạn">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Việc</Table.Th>
                      <Table.Th>Hạn chót</Table.Th>
                      <Table.Th>Mục kế hoạch</Table.Th>
                      {me.role !== "unit" ? <Table.Th>Áp dụng cho</Table.Th> : null}
                      <Table.Th>Tình trạng</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {milestonesFor(plan.data, me).map((m) => {
                      const status = dueStatus(m.dueOn, today);
                      return (
                        <Table.Tr key={m.id} data-testid="milestone-row">
                          <Table.Td fw={500}>{m.label}</Table.Td>
                          <Table.Td className="nowrap">{formatDateVi(m.dueOn)}</Table.Td>
                          <Table.Td className="nowrap">{m.section ? `Mục ${m.section}` : ""}</Table.Td>
                          {me.role !== "unit" ? (
                            <Table.Td>{APPLIES_TO_LABELS[m.appliesTo] ?? m.appliesTo}</Table.Td>
                          ) : null}
                          <Table.Td>
                            <Badge color={TONE_COLORS[status.tone]} variant="light" tt="none" size="md">
                              {status.text}
                            </Badge>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          ) : null}
        </Stack>
      </Paper>

      {hasCapability(me, "units.read_all") ? <UnitCounts /> : null}
    </Stack>
  );
}
