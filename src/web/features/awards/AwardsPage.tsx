import { ActionIcon, Anchor, Button, Group, Paper, Stack, Table, Text, Tooltip } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import type { AwardDecisionView } from "../../../domain/awards.ts";
import { pageCount } from "../../../domain/paging.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { confirmAction } from "../../lib/confirm.tsx";
import { notifyDone, notifyError } from "../../lib/notify.ts";
import { certificateLayoutPath, conferencePath } from "../../paths.ts";
import { useConference } from "../conferences/conferencesApi.ts";
import { kindLabel } from "../conferences/labels.ts";
import { AwardDecisionForm } from "./AwardDecisionForm.tsx";
import { AWARDS_PAGE_LIMIT, awardDocs, awardKeys, awardsApi, useAwards } from "./awardsApi.ts";
import { DecisionDownloads, DecisionResult, dong } from "./DecisionResult.tsx";

/**
 * "Khen thưởng" of one conference (SPEC H1, H2; issue #14): the decisions recorded there with
 * their money, a page at a time (issue #11 item 5), the money of them all, a form to record one,
 * and the decision, list read out and certificates to print.
 */
export function AwardsPage() {
  const { id = "" } = useParams();
  const conf = useConference(id);
  const [page, setPage] = useState(1);
  const awards = useAwards(id, page);
  const [saved, setSaved] = useState<AwardDecisionView | null>(null);
  const [editing, setEditing] = useState<AwardDecisionView | null>(null);
  // The last decision of the last page deleted: go back to the page that is now the last.
  const lastPage = awards.data ? pageCount(awards.data.total, AWARDS_PAGE_LIMIT) : 1;
  useEffect(() => {
    if (page > lastPage) setPage(lastPage);
  }, [page, lastPage]);

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
          <Group gap="xs">
            {list.canEdit ? (
              <Button component={Link} to={certificateLayoutPath(c.unitId)} variant="default">
                Mẫu in giấy khen, bằng khen
              </Button>
            ) : null}
            {list.total > 0 ? (
              <Button component="a" href={awardDocs.readingList(id)} download variant="default">
                Tải danh sách đọc tại hội nghị (Word)
              </Button>
            ) : null}
          </Group>
        }
      />
      <DecisionTable
        items={list.items}
        conferenceId={id}
        onEdit={setEditing}
        onRemoved={(d) => {
          if (saved?.id === d.id) setSaved(null);
          if (editing?.id === d.id) setEditing(null);
        }}
      />
      <ListPagination
        total={list.total}
        limit={AWARDS_PAGE_LIMIT}
        page={page}
        onChange={setPage}
        label="Các trang danh sách khen thưởng"
      />
      <Paper withBorder p="sm">
        <Text size="sm" data-testid="conference-award-total">
          Tổng tiền thưởng tại hội nghị ({list.total} quyết định): <b>{dong(list.amount)}</b> (
          {list.amountInWords}).
        </Text>
      </Paper>
      {/* The decision just recorded, until it is deleted (it may be on another page of the list). */}
      {saved ? <DecisionResult decision={saved} /> : null}
      {list.canEdit && editing ? (
        <AwardDecisionForm
          key={`${editing.id}-${editing.version}`}
          conferenceId={id}
          delegates={c.delegates}
          editing={editing}
          onCancel={() => setEditing(null)}
          onSaved={(d) => {
            setEditing(null);
            setSaved(d);
          }}
        />
      ) : list.canEdit ? (
        <AwardDecisionForm conferenceId={id} delegates={c.delegates} onSaved={setSaved} />
      ) : null}
    </Stack>
  );
}

type TableProps = {
  items: AwardDecisionView[];
  conferenceId: string;
  onEdit: (d: AwardDecisionView) => void;
  onRemoved: (d: AwardDecisionView) => void;
};

function DecisionTable({ items, conferenceId, onEdit, onRemoved }: TableProps) {
  const qc = useQueryClient();
  const remove = useMutation({
    mutationFn: (d: AwardDecisionView) => awardsApi.remove(d.id, d.version),
    onSuccess: async (_v, d) => {
      notifyDone(`Đã xóa quyết định khen thưởng số ${d.number}`);
      onRemoved(d);
      await qc.invalidateQueries({ queryKey: awardKeys.list(conferenceId) });
    },
    onError: (e) => notifyError(e, "Chưa xóa được quyết định"),
  });
  const askRemove = async (d: AwardDecisionView) => {
    const yes = await confirmAction({
      title: "Xóa quyết định khen thưởng?",
      message: `Xóa quyết định số ${d.number} ngày ${formatDateVi(d.date)} cùng ${d.recipients.length} người được khen và số tiền thưởng ${dong(d.total)}? Không hoàn tác được.`,
      confirmLabel: "Xóa quyết định",
      danger: true,
    });
    if (yes) remove.mutate(d);
  };
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Chưa có quyết định khen thưởng nào tại hội nghị này.
      </Text>
    );
  }
  return (
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
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={`Sửa quyết định số ${d.number}`}
                      onClick={() => onEdit(d)}
                    >
                      Sửa
                    </Button>
                    <Tooltip label="Xóa quyết định">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Xóa quyết định số ${d.number}`}
                        loading={remove.isPending && remove.variables?.id === d.id}
                        onClick={() => void askRemove(d)}
                      >
                        ✕
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
