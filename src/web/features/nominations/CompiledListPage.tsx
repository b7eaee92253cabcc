/**
 * "Tổng hợp đề cử" (SPEC F4, F3, F5): every unit's nominations against its quota (over
 * quota flagged), people put forward by two units, the composition targets live, return or
 * accept a unit's nominations, guests, send the list to the chairman — who approves or
 * returns it here — and the downloads: Tờ trình, trích ngang, xlsx, the package.
 */
import { Alert, Badge, Button, Group, Pagination, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { LIST_STATUS_LABELS, NOMINATION_STATUS_LABELS } from "../../../domain/nomination-lifecycle.ts";
import type { Overview } from "../../../domain/nominations.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { MutationError } from "../../components/MutationError.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useMay } from "../../lib/auth.ts";
import { confirmThen } from "../../lib/confirm.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { CompiledPeople } from "./CompiledPeople.tsx";
import { DecisionModal } from "./DecisionModal.tsx";
import { nominationKeys, nominationsApi, useOverview } from "./nominationsApi.ts";

type Ask = { title: string; label: string; run: (comment: string) => Promise<unknown>; done: string } | null;

export function CompiledListPage() {
  const [offset, setOffset] = useState(0);
  const ov = useOverview(offset);
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [ask, setAsk] = useState<Ask>(null);
  const may = useMay();
  if (ov.isPending) return <PageLoader />;
  if (ov.isError) return <ErrorAlert error={ov.error} onRetry={() => ov.refetch()} />;
  if (ov.data.conference === null) {
    // Not an error: no conference of this level takes nominations yet (issue #13).
    return (
      <Stack gap="md">
        <PageHeader title="Tổng hợp đề cử" />
        <Alert color="blue" data-testid="nothing-to-nominate">
          {ov.data.reason}
        </Alert>
      </Stack>
    );
  }
  const o: Overview = ov.data;
  const refresh = () => qc.invalidateQueries({ queryKey: nominationKeys.all });
  const run = async (f: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await f();
      notifyDone(done.replace(/\.$/u, ""));
      await refresh();
    } catch (e) {
      setError(e);
    }
  };
  const can = o.list.can;

  return (
    <Stack>
      <PageHeader
        title="Tổng hợp đề cử"
        description={`Danh sách đại biểu dự ${o.conference.title} (${o.conference.unitName}).`}
        actions={
          <>
            <Button variant="light" onClick={() => nominationsApi.download("proposal.docx", "To trinh.docx")}>
              Tờ trình (docx)
            </Button>
            <Button
              variant="light"
              onClick={() => nominationsApi.download("list.docx", "Danh sach trich ngang.docx")}
            >
              Trích ngang (docx)
            </Button>
            <Button
              variant="light"
              onClick={() => nominationsApi.download("list.xlsx", "Danh sach dai bieu.xlsx")}
            >
              Danh sách (xlsx)
            </Button>
            {o.list.status === "approved" && may("nominations.review") ? (
              <Button onClick={() => nominationsApi.download("package.json", "Goi danh sach.json")}>
                Gói gửi cấp trên (JSON)
              </Button>
            ) : null}
          </>
        }
      />
      <Group>
        <Badge
          size="lg"
          data-testid="list-status"
          color={o.list.status === "approved" ? "green" : o.list.status === "returned" ? "red" : "blue"}
        >
          {LIST_STATUS_LABELS[o.list.status]}
        </Badge>
        <Text>
          Đã đề cử: <b>{o.summary.nominated}</b> · Đã chấp nhận: <b>{o.summary.accepted}</b> · Khách mời:{" "}
          <b>{o.list.guests}</b>
        </Text>
        {o.summary.overQuotaUnits > 0 ? (
          <Badge color="red" size="lg" data-testid="over-quota-count">
            {o.summary.overQuotaUnits} đơn vị vượt chỉ tiêu
          </Badge>
        ) : null}
      </Group>
      {o.list.decisionComment ? (
        <Alert color="red" title="Ý kiến của Chủ tịch">
          {o.list.decisionComment}
        </Alert>
      ) : null}
      <MutationError error={error} onReload={refresh} />
      <Group>
        {can.send ? (
          <Button
            color="green"
            onClick={() =>
              confirmThen(
                {
                  title: "Trình Chủ tịch",
                  message:
                    "Trình danh sách đại biểu lên Chủ tịch? Danh sách không sửa được nữa, trừ khi bị trả lại.",
                  confirmLabel: "Trình Chủ tịch",
                },
                () => run(() => nominationsApi.send(o.list.version), "Đã trình danh sách lên Chủ tịch."),
              )
            }
          >
            Trình Chủ tịch
          </Button>
        ) : null}
        {can.approve ? (
          <Button
            color="green"
            onClick={() =>
              confirmThen(
                {
                  title: "Phê duyệt danh sách",
                  message:
                    "Phê duyệt danh sách đại biểu? Các đại biểu được đưa vào hội nghị; không hoàn tác được.",
                  confirmLabel: "Phê duyệt",
                },
                () => run(() => nominationsApi.approve(o.list.version), "Đã phê duyệt danh sách đại biểu."),
              )
            }
          >
            Phê duyệt danh sách
          </Button>
        ) : null}
        {can.return ? (
          <Button
            color="red"
            variant="light"
            onClick={() =>
              setAsk({
                title: "Trả lại danh sách",
                label: "Ý kiến của Chủ tịch",
                run: (c) => nominationsApi.returnList(o.list.version, c),
                done: "Đã trả lại danh sách.",
              })
            }
          >
            Trả lại danh sách
          </Button>
        ) : null}
      </Group>

      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          Đề cử của các đơn vị
        </Title>
        <Table.ScrollContainer minWidth={800}>
          <Table striped withTableBorder aria-label="Đề cử của các đơn vị">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Đơn vị</Table.Th>
                <Table.Th>Đề cử / chỉ tiêu</Table.Th>
                <Table.Th>Trạng thái</Table.Th>
                <Table.Th>Thao tác</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.units.items.map((u) => (
                <Table.Tr
                  key={u.unitId}
                  data-testid="unit-row"
                  data-unit-code={u.unitCode}
                  data-over={u.overQuota}
                >
                  <Table.Td>{u.unitName}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Text>
                        {u.count} / {u.quota ?? "—"}
                      </Text>
                      {u.overQuota ? (
                        <Badge color="red" variant="filled">
                          Vượt chỉ tiêu
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {u.status ? (
                      <Badge
                        variant="light"
                        color={u.status === "accepted" ? "green" : u.status === "returned" ? "red" : "blue"}
                      >
                        {NOMINATION_STATUS_LABELS[u.status]}
                        {u.source === "package" ? " (gói cấp dưới)" : ""}
                      </Badge>
                    ) : (
                      <Text c="dimmed" size="sm">
                        Chưa đề cử
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {u.nominationId && u.status && u.version !== null && can.editGuests ? (
                      <Group gap="xs">
                        {u.status === "submitted" ? (
                          <Button
                            size="xs"
                            aria-label={`Chấp nhận ${u.unitName}`}
                            onClick={() =>
                              confirmThen(
                                {
                                  title: "Chấp nhận đề cử",
                                  message: `Chấp nhận đề cử của ${u.unitName}? Đơn vị sẽ không sửa được nữa.`,
                                  confirmLabel: "Chấp nhận",
                                },
                                () =>
                                  run(
                                    () => nominationsApi.accept(u.nominationId!, u.version!),
                                    `Đã chấp nhận đề cử của ${u.unitName}.`,
                                  ),
                              )
                            }
                          >
                            Chấp nhận
                          </Button>
                        ) : null}
                        {u.status === "submitted" || u.status === "accepted" ? (
                          <Button
                            size="xs"
                            color="red"
                            variant="light"
                            aria-label={`Trả lại ${u.unitName}`}
                            onClick={() =>
                              setAsk({
                                title: `Trả lại đề cử của ${u.unitName}`,
                                label: "Ý kiến gửi đơn vị",
                                run: (c) => nominationsApi.return(u.nominationId!, u.version!, c),
                                done: `Đã trả lại đề cử của ${u.unitName}.`,
                              })
                            }
                          >
                            Trả lại
                          </Button>
                        ) : null}
                      </Group>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Pagination
          mt="sm"
          total={Math.max(1, Math.ceil(o.units.total / 50))}
          value={offset / 50 + 1}
          onChange={(p) => setOffset((p - 1) * 50)}
        />
      </Paper>

      {o.duplicates.length > 0 ? (
        <Alert color="orange" title="Người được hai đơn vị cùng đề cử" data-testid="duplicates">
          {o.duplicates.map((d) => (
            <Text key={d.identityKey} size="sm">
              {d.fullName}: {d.units.join(", ")}
            </Text>
          ))}
        </Alert>
      ) : null}

      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          Cơ cấu danh sách so với mục tiêu
        </Title>
        <Table aria-label="Cơ cấu so với mục tiêu">
          <Table.Tbody>
            {o.composition.map((c) => (
              <Table.Tr key={c.code}>
                <Table.Td>{c.label}</Table.Td>
                <Table.Td>Mục tiêu: {c.target}</Table.Td>
                <Table.Td>Thực tế: {c.actual}</Table.Td>
                <Table.Td>
                  {c.counted === 0 ? (
                    <Badge color="gray" variant="light">
                      Chưa có người
                    </Badge>
                  ) : (
                    <Badge color={c.within ? "green" : "orange"} variant="light">
                      {c.within ? "Đạt" : "Chưa đạt (cảnh báo)"}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>

      <CompiledPeople
        version={o.list.version}
        editGuests={can.editGuests}
        onError={setError}
        onChanged={refresh}
      />
      <DecisionModal ask={ask} onClose={() => setAsk(null)} onDone={refresh} />
    </Stack>
  );
}
