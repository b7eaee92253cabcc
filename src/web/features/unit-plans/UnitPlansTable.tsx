import { Anchor, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { formatDateVi } from "../../../domain/text.ts";
import type { UnitPlan } from "../../../domain/unit-plans.ts";
import { WideTable } from "../../components/WideTable.tsx";
import { notifyError } from "../../lib/notify.ts";
import {
  STATUS_COLORS,
  STATUS_LABELS,
  TIMELINESS_COLORS,
  timelinessText,
  unitPlansApi,
} from "./unitPlansApi.ts";

type Props = {
  items: UnitPlan[];
  onOpen: (kind: "accept" | "return" | "view", p: UnitPlan) => void;
};

export function UnitPlansTable({ items, onOpen }: Props) {
  return (
    <WideTable minWidth={1000} striped highlightOnHover withTableBorder aria-label="Kế hoạch của các đơn vị">
      <Table.Thead>
        <Table.Tr className="nowrap">
          <Table.Th>Đơn vị</Table.Th>
          <Table.Th>Trạng thái</Table.Th>
          <Table.Th>Ngày gửi</Table.Th>
          <Table.Th>Thời hạn</Table.Th>
          <Table.Th>Tệp kế hoạch</Table.Th>
          <Table.Th>Thao tác</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((p) => {
          const review = p.can.review;
          return (
            <Table.Tr
              key={p.unitId}
              data-testid="unit-plan-row"
              data-unit-code={p.unitCode}
              data-status={p.status}
            >
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {p.unitName}
                  </Text>
                  {p.role === "pilot" ? (
                    <Badge size="xs" variant="light" color="grape">
                      Đơn vị tổ chức Hội nghị điểm
                    </Badge>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[p.status]} variant="light">
                  {STATUS_LABELS[p.status]}
                </Badge>
                {p.status === "returned" && p.reviewComment ? (
                  <Text size="xs" c="dimmed" maw={260}>
                    Ý kiến: {p.reviewComment}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td className="nowrap">{p.submittedAt ? formatDateVi(p.submittedAt) : ""}</Table.Td>
              <Table.Td className="nowrap">
                {p.timeliness ? (
                  <Badge
                    color={TIMELINESS_COLORS[p.timeliness.state]}
                    variant="light"
                    data-testid="unit-plan-timeliness"
                  >
                    {timelinessText(p.timeliness)}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>
                {p.file ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() =>
                      unitPlansApi.downloadFile(p.file!).catch((e) => notifyError(e, "Chưa tải được tệp"))
                    }
                  >
                    {p.file.name}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {p.id || review ? (
                  <Group gap={6} wrap="nowrap">
                    {p.id ? (
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => onOpen("view", p)}
                        aria-label={`Xem kế hoạch của ${p.unitName}`}
                      >
                        Xem
                      </Button>
                    ) : null}
                    {review ? (
                      <>
                        <Button size="compact-sm" color="green" onClick={() => onOpen("accept", p)}>
                          Chấp nhận
                        </Button>
                        <Button
                          size="compact-sm"
                          color="red"
                          variant="light"
                          onClick={() => onOpen("return", p)}
                        >
                          Trả lại
                        </Button>
                      </>
                    ) : null}
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </WideTable>
  );
}
