/**
 * "Tổng hợp đề cử" (SPEC F4, F3, F5): every unit's nominations against its quota (over
 * quota flagged), people put forward by two units, the composition targets live, return or
 * accept a unit's nominations, guests, send the list to the chairman — who approves or
 * returns it here — and the downloads: Tờ trình, trích ngang (Word), danh sách (Excel), the package.
 */
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { LIST_STATUS_LABELS } from "../../../domain/nomination-lifecycle.ts";
import type { Overview } from "../../../domain/nominations.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { MutationError } from "../../components/MutationError.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { useMay } from "../../lib/auth.ts";
import { confirmThen } from "../../lib/confirm.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { CompiledPeople } from "./CompiledPeople.tsx";
import { DecisionModal } from "./DecisionModal.tsx";
import { nominationKeys, nominationsApi, useOverview } from "./nominationsApi.ts";
import { type Ask, UnitsCard } from "./UnitsCard.tsx";

/** The list's documents, named as elsewhere in the app: (Word), (Excel). */
const DOWNLOADS = [
  { which: "proposal.docx", file: "To trinh.docx", label: "Tờ trình (Word)" },
  { which: "list.docx", file: "Danh sach trich ngang.docx", label: "Trích ngang (Word)" },
  { which: "list.xlsx", file: "Danh sach dai bieu.xlsx", label: "Danh sách (Excel)" },
] as const;
const NOBODY = "Danh sách chưa có ai";
const NO_EXEMPLAR = "Chưa chấp nhận đề cử của đơn vị nào: danh sách mới có khách mời";

export function CompiledListPage() {
  const [search, setSearch] = useState("");
  const [typed] = useDebouncedValue(search.trim(), 250);
  const [page, setPage] = useState(1);
  // A new search starts again from the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reset is the effect of the search changing
  useEffect(() => setPage(1), [typed]);
  const ov = useOverview({ q: typed, page });
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
  const nobody = o.list.exemplars + o.list.guests === 0;
  const noExemplar = o.list.exemplars === 0;

  return (
    <Stack>
      <PageHeader
        title="Tổng hợp đề cử"
        description={`Danh sách đại biểu dự ${o.conference.title} (${o.conference.unitName}).`}
        actions={
          <>
            {DOWNLOADS.map((d) => (
              <WhyDisabled key={d.which} disabled={nobody} reason={NOBODY}>
                <Button
                  variant="light"
                  disabled={nobody}
                  onClick={() => nominationsApi.download(d.which, d.file)}
                >
                  {d.label}
                </Button>
              </WhyDisabled>
            ))}
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
          <WhyDisabled disabled={noExemplar} reason={nobody ? NOBODY : NO_EXEMPLAR}>
            <Button
              color="green"
              disabled={noExemplar}
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
          </WhyDisabled>
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

      <UnitsCard
        o={o}
        search={search}
        onSearch={setSearch}
        searched={typed !== ""}
        onPage={setPage}
        run={run}
        onAsk={setAsk}
      />

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
        <WideTable minWidth={560} aria-label="Cơ cấu so với mục tiêu">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Thành phần</Table.Th>
              <Table.Th>Mục tiêu</Table.Th>
              <Table.Th>Thực tế</Table.Th>
              <Table.Th>Đánh giá</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.composition.map((c) => (
              <Table.Tr key={c.code}>
                <Table.Td>{c.label}</Table.Td>
                <Table.Td>{c.target}</Table.Td>
                <Table.Td>{c.actual}</Table.Td>
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
        </WideTable>
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
