/**
 * The what-if beside the published allocation (SPEC F2): each unit's exact share, its
 * current seats, the previous what-if, the new seats and the change; the largest deviation
 * and the Alabama-paradox warnings under the table.
 */
import { Alert, Stack, Table, Text } from "@mantine/core";
import type { SimulateResult } from "../../../domain/quotas/schemas.ts";
import { WideTable } from "../../components/WideTable.tsx";

const exactFormat = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signed = (n: number) => (n > 0 ? `+${n}` : n === 0 ? "0" : `−${-n}`);

export function WhatIfTable({
  result,
  previous,
}: {
  result: SimulateResult;
  previous: SimulateResult | null;
}) {
  const before = new Map(previous?.allocations.map((a) => [a.unitId, a.seats]));
  return (
    <Stack gap="sm">
      <WideTable minWidth={720} striped withTableBorder aria-label="So sánh phương án phân bổ">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th ta="right">Phần chính xác</Table.Th>
            <Table.Th ta="right">
              Hiện tại{result.current ? ` (PA số ${result.current.versionNo})` : ""}
            </Table.Th>
            {previous ? <Table.Th ta="right">Lần tính trước ({previous.total})</Table.Th> : null}
            <Table.Th ta="right">Phương án mới ({result.total})</Table.Th>
            <Table.Th ta="right">Thay đổi</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.allocations.map((a) => (
            <Table.Tr key={a.unitId}>
              <Table.Td>
                {a.unitName}
                {a.overridden ? (
                  <Text span size="xs" c="blue.8">
                    {" "}
                    (cố định)
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td ta="right">{exactFormat.format(a.exact)}</Table.Td>
              <Table.Td ta="right">{a.current ?? "—"}</Table.Td>
              {previous ? <Table.Td ta="right">{before.get(a.unitId) ?? "—"}</Table.Td> : null}
              <Table.Td ta="right" fw={600}>
                {a.seats}
              </Table.Td>
              <Table.Td ta="right" c={a.change < 0 ? "red.8" : a.change > 0 ? "teal.8" : undefined}>
                {result.current ? signed(a.change) : "—"}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>Cộng</Table.Th>
            <Table.Th />
            <Table.Th ta="right">{result.current?.total ?? "—"}</Table.Th>
            {previous ? <Table.Th ta="right">{previous.sum}</Table.Th> : null}
            <Table.Th ta="right">{result.sum}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Tfoot>
      </WideTable>
      {result.largestDeviation ? (
        <Text size="sm">
          Lệch lớn nhất so với phần chính xác: <b>{result.largestDeviation.unitName}</b> (
          {exactFormat.format(result.largestDeviation.deviation)} chỉ tiêu).
        </Text>
      ) : null}
      {result.losers.length > 0 ? (
        <Alert color="red" variant="light" title="Tăng tổng nhưng có đơn vị bị giảm chỉ tiêu">
          {result.losers.map((l) => `${l.unitName}: ${l.before} → ${l.after}`).join("; ")}. Đây là nghịch lý
          Alabama của phương pháp số dư lớn nhất; cân nhắc đặt chỉ tiêu cố định cho đơn vị này.
        </Alert>
      ) : null}
      {result.paradox ? (
        <Alert color="orange" variant="light" title="Cảnh báo nghịch lý Alabama">
          Nếu tăng tổng lên {result.paradox.total},{" "}
          {result.paradox.losses.map((l) => `${l.unitName} (${l.before} → ${l.after})`).join(", ")} sẽ bị giảm
          chỉ tiêu dù tổng tăng.
        </Alert>
      ) : null}
      {result.missing.length > 0 ? (
        <Text size="sm" c="dimmed">
          Chưa có số liệu làm căn cứ (tính trọng số 0, chỉ nhận số tối thiểu):{" "}
          {result.missing.map((m) => m.unitName).join(", ")}.
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        Phương pháp số dư lớn nhất (Hamilton). {result.tieRule}
      </Text>
    </Stack>
  );
}
