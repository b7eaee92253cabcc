import { ActionIcon, Anchor, Button, Paper, Stack, Table, Text, Tooltip } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { AwardDecisionView } from "../../../domain/awards.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { conferencePath } from "../../paths.ts";
import { useConference } from "../conferences/conferencesApi.ts";
import { kindLabel } from "../conferences/labels.ts";
import { AwardDecisionForm } from "./AwardDecisionForm.tsx";
import { awardDocs, awardKeys, awardsApi, useAwards } from "./awardsApi.ts";
import { DecisionDownloads, DecisionResult, dong } from "./DecisionResult.tsx";

/**
 * "Khen thưởng" of one conference (SPEC H1, H2; issue #14): the decisions recorded there with
 * their money, a form to record one, and the decision, list read out and certificates to print.
 */
export function AwardsPage() {
  const { id = "" } = useParams();
  const conf = useConference(id);
  const awards = useAwards(id);
  const [saved, setSaved] = useState<AwardDecisionView | null>(null);

  if (conf.isPending || awards.isPending) return <PageLoader />;
  if (conf.isError || awards.isError) {
    return (
      <Stack>
        <ErrorAlert
          error={conf.error ?? awards.error}
          onRetry={() => {
            void conf.refetch();
            void awards.refetch();
          }}
        />
        <Anchor component={Link} to={conferencePath(id)}>
          Về hội nghị
        </Anchor>
      </Stack>
    );
  }
  const c = conf.data;
  const list = awards.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={conferencePath(id)} size="sm">
        ← {kindLabel(c.kind, c.kindLabel)} – {c.unitName}
      </Anchor>
      <PageHeader
        title="Khen thưởng"
        description={`Quyết định khen thưởng tại ${c.title ?? `${kindLabel(c.kind, c.kindLabel)} – ${c.unitName}`}`}
        actions={
          list.items.length > 0 ? (
            <Button component="a" href={awardDocs.readingList(id)} download variant="default">
              Tải danh sách đọc tại hội nghị (Word)
            </Button>
          ) : null
        }
      />
      <DecisionTable items={list.items} conferenceId={id} />
      <Paper withBorder p="sm">
        <Text size="sm" data-testid="conference-award-total">
          Tổng tiền thưởng tại hội nghị: <b>{dong(list.total)}</b> ({list.totalInWords}).
        </Text>
      </Paper>
      {/* The decision just recorded, while it is still there (not deleted since). */}
      {saved && list.items.some((d) => d.id === saved.id) ? <DecisionResult decision={saved} /> : null}
      {list.canEdit ? (
        <AwardDecisionForm conferenceId={id} delegates={c.delegates} onSaved={setSaved} />
      ) : null}
    </Stack>
  );
}

function DecisionTable({ items, conferenceId }: { items: AwardDecisionView[]; conferenceId: string }) {
  const qc = useQueryClient();
  const [doomed, setDoomed] = useState<AwardDecisionView | null>(null);
  const remove = useMutation({
    mutationFn: (d: AwardDecisionView) => awardsApi.remove(d.id, d.version),
    onSuccess: async (_v, d) => {
      notifyDone(`Đã xóa quyết định khen thưởng số ${d.number}`);
      setDoomed(null);
      await qc.invalidateQueries({ queryKey: awardKeys.list(conferenceId) });
    },
  });
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Chưa có quyết định khen thưởng nào tại hội nghị này.
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder striped aria-label="Quyết định khen thưởng">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Số</Table.Th>
              <Table.Th>Ngày</Table.Th>
              <Table.Th>Hình thức</Table.Th>
              <Table.Th>Phong trào</Table.Th>
              <Table.Th ta="right">Số người được khen</Table.Th>
              <Table.Th ta="right">Tổng tiền</Table.Th>
              <Table.Th>Văn bản</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.number}</Table.Td>
                <Table.Td>{formatDateVi(d.date)}</Table.Td>
                <Table.Td>{d.formName}</Table.Td>
                <Table.Td>{d.movementName ?? "—"}</Table.Td>
                <Table.Td ta="right">{d.recipients.length}</Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" fw={600}>
                    {dong(d.total)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {d.totalInWords}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DecisionDownloads decision={d} />
                </Table.Td>
                <Table.Td>
                  {d.canEdit ? (
                    <Tooltip label="Xóa quyết định">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Xóa quyết định số ${d.number}`}
                        onClick={() => {
                          remove.reset();
                          setDoomed(d);
                        }}
                      >
                        ✕
                      </ActionIcon>
                    </Tooltip>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={doomed !== null}
        title="Xóa quyết định khen thưởng?"
        confirmLabel="Xóa quyết định"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => doomed && remove.mutate(doomed)}
        onClose={() => setDoomed(null)}
      >
        {doomed
          ? `Xóa quyết định số ${doomed.number} ngày ${formatDateVi(doomed.date)} cùng ${doomed.recipients.length} người được khen và số tiền thưởng ${dong(doomed.total)}?`
          : ""}
      </ConfirmModal>
    </>
  );
}
