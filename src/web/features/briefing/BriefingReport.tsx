/**
 * The giao ban report as a printable page (SPEC K3): the same content as the NĐ 30 báo cáo —
 * counts per milestone, late and overdue units by name with days, what awaits a decision.
 */
import { Badge, Stack, Table, Text, Title } from "@mantine/core";
import { awaitingUnits, type Briefing, milestoneSummary, unitsWithDays } from "../../../domain/briefing.ts";
import { daysLeftLabel } from "../../../domain/reminders.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { WideTable } from "../../components/WideTable.tsx";

function Counts({ b }: { b: Briefing }) {
  return (
    <WideTable
      minWidth={640}
      withTableBorder
      withColumnBorders
      striped
      verticalSpacing="xs"
      data-testid="briefing-counts"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>STT</Table.Th>
          <Table.Th>Mốc thời gian</Table.Th>
          <Table.Th>Hạn</Table.Th>
          <Table.Th className="num">Đúng hạn</Table.Th>
          <Table.Th className="num">Muộn</Table.Th>
          <Table.Th className="num">Quá hạn</Table.Th>
          <Table.Th className="num">Chưa đến hạn</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {b.milestones.map((m, i) => (
          <Table.Tr key={m.code}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>{m.label}</Table.Td>
            <Table.Td className="nowrap">{formatDateVi(m.dueOn)}</Table.Td>
            <Table.Td className="num">{m.counts.on_time}</Table.Td>
            <Table.Td className="num">{m.counts.late}</Table.Td>
            <Table.Td className="num">{m.counts.overdue}</Table.Td>
            <Table.Td className="num">{m.counts.not_due}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </WideTable>
  );
}

function Lateness({ b }: { b: Briefing }) {
  return (
    <Stack gap="sm">
      {b.milestones
        .filter((m) => m.applicable > 0)
        .map((m, i) => (
          <Stack key={m.code} gap={4} data-testid={`briefing-${m.code}`}>
            <Text fw={700}>
              {i + 1}. {m.label} (hạn {formatDateVi(m.dueOn)}, {daysLeftLabel(m.daysLeft)})
            </Text>
            <Text>{milestoneSummary(m)}.</Text>
            {m.overdue.length > 0 ? (
              <Text>
                <b>Quá hạn:</b> {unitsWithDays(m.overdue)}.
              </Text>
            ) : null}
            {m.late.length > 0 ? (
              <Text>
                <b>Hoàn thành muộn:</b> {unitsWithDays(m.late)}.
              </Text>
            ) : null}
            {m.overdue.length === 0 && m.late.length === 0 ? (
              <Text c="dimmed">Không có đơn vị chậm.</Text>
            ) : null}
          </Stack>
        ))}
    </Stack>
  );
}

function Awaiting({ b }: { b: Briefing }) {
  const open = b.awaiting.filter((a) => a.count > 0);
  if (open.length === 0) return <Text c="dimmed">Không có việc nào đang chờ quyết định.</Text>;
  return (
    <Stack gap={4} data-testid="briefing-awaiting">
      {open.map((a) => (
        <Text key={a.kind}>
          <b>
            {a.what}: {a.count}
          </b>{" "}
          ({a.who}){awaitingUnits(a)}.
        </Text>
      ))}
    </Stack>
  );
}

export function BriefingReport({ b }: { b: Briefing }) {
  const day = formatDateVi(b.date);
  return (
    <Stack gap="md" className="briefing-sheet">
      <Stack gap={2} align="center">
        <Title order={3}>BÁO CÁO</Title>
        <Text fw={700} ta="center">
          Giao ban tình hình tổ chức Hội nghị điển hình tiên tiến ngày {day}
        </Text>
        {b.demo ? (
          <Badge color="orange" variant="light" tt="none">
            Số liệu mẫu, không phải số liệu thật
          </Badge>
        ) : null}
      </Stack>
      <Text>
        Thực hiện {b.planTitle.replace(/\s+/gu, " ")}, Thường trực Hội đồng Thi đua – Khen thưởng báo cáo Chủ
        tịch Hội đồng tình hình thực hiện của {b.units} đơn vị tính đến ngày {day} như sau:
      </Text>
      <Title order={4}>I. KẾT QUẢ THỰC HIỆN CÁC MỐC THỜI GIAN</Title>
      <Counts b={b} />
      <Title order={4}>II. ĐƠN VỊ HOÀN THÀNH MUỘN, QUÁ HẠN</Title>
      <Lateness b={b} />
      <Title order={4}>III. VIỆC CHỜ QUYẾT ĐỊNH</Title>
      <Awaiting b={b} />
    </Stack>
  );
}
