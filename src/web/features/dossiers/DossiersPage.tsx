/**
 * "Hồ sơ" (G1–G4): a unit prepares its own dossier; the office, Council and chairman see
 * every unit's completeness and timeliness (paged and filtered on the server) and open one.
 */
import { Alert, Badge, Group, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { DOSSIER_STATE_LABELS, type DossierState } from "../../../domain/dossiers.ts";
import { formatDateTimeVi, formatDateVi } from "../../../domain/text.ts";
import { ChoiceButtons } from "../../components/ChoiceButtons.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { hasCapability, useCurrentUser } from "../../lib/auth.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { dossierUnitPath } from "../../paths.ts";
import { DossierView } from "./DossierView.tsx";
import { STATE_COLORS, TIMELINESS_COLORS, useDossierList } from "./dossiersApi.ts";

const LIMIT = 50;
type Filter = "all" | DossierState | "awaiting";

export function DossiersPage() {
  const me = useCurrentUser();
  useDocumentTitle("Hồ sơ sau Hội nghị");
  if (!hasCapability(me, "dossiers.read_all") && !hasCapability(me, "dossiers.edit_own")) {
    return (
      <Alert color="yellow" title="Không có quyền truy cập" role="alert">
        Trang này dành cho Thường trực HĐ TĐKT, thành viên Hội đồng TĐKT, lãnh đạo UBND và cán bộ các đơn vị.
      </Alert>
    );
  }
  if (hasCapability(me, "dossiers.edit_own")) {
    return me.unitId ? (
      <DossierView unitId={me.unitId} />
    ) : (
      <Alert color="yellow">Tài khoản chưa gắn với đơn vị.</Alert>
    );
  }
  return <AllDossiers />;
}

function AllDossiers() {
  const [filter, setFilter] = useState<Filter>("all");
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const list = useDossierList({
    state: filter === "all" || filter === "awaiting" ? undefined : filter,
    awaiting: filter === "awaiting",
    q,
    page,
    limit: LIMIT,
  });
  const data = list.data;
  return (
    <>
      <PageHeader
        title="Hồ sơ sau Hội nghị"
        description={
          data?.dueOn
            ? `Các đơn vị nộp hồ sơ về UBND qua Phòng Nội vụ trước ngày ${formatDateVi(data.dueOn)} (mục II.3.3 của Kế hoạch).`
            : "Hồ sơ các đơn vị nộp sau Hội nghị (mục II.3.3 của Kế hoạch)."
        }
      />
      <Group mb="md" gap="sm" wrap="wrap">
        <ChoiceButtons<Filter>
          label="Lọc theo tình trạng hồ sơ"
          value={filter}
          onChange={(v) => {
            setFilter(v);
            setPage(1);
          }}
          data={[
            { value: "all", label: "Tất cả" },
            { value: "complete", label: DOSSIER_STATE_LABELS.complete },
            { value: "partial", label: DOSSIER_STATE_LABELS.partial },
            { value: "missing", label: DOSSIER_STATE_LABELS.missing },
            { value: "awaiting", label: "Chờ duyệt" },
          ]}
        />
        <TextInput
          placeholder="Tìm đơn vị (gõ không dấu cũng được)"
          aria-label="Tìm đơn vị"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
          w={280}
        />
      </Group>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {!data ? (
        <PageLoader />
      ) : (
        <>
          {/* Above the list, saying what it counts: the units taking part, not the plan's
              issuer nor its standing office (issue #13, walk screenshots). */}
          <Text size="sm" c="dimmed" mb="xs" data-testid="dossiers-total">
            {data.total} đơn vị tham gia kế hoạch
            {data.total > LIMIT ? ` · trang ${page}/${Math.ceil(data.total / LIMIT)}` : ""}
          </Text>
          <WideTable minWidth={760} striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Đơn vị</Table.Th>
                <Table.Th>Hồ sơ</Table.Th>
                <Table.Th ta="center">Đã gửi / cần</Table.Th>
                <Table.Th ta="center">Đã chấp nhận</Table.Th>
                <Table.Th>Thời hạn</Table.Th>
                <Table.Th>Đủ hồ sơ lúc</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((s) => (
                <Table.Tr key={s.unitId} data-testid="dossier-row" data-unit-code={s.unitCode}>
                  <Table.Td>
                    <Link to={dossierUnitPath(s.unitId)}>{s.unitName}</Link>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Badge color={STATE_COLORS[s.state]} variant="light">
                        {s.stateLabel}
                      </Badge>
                      {s.returned > 0 ? (
                        <Badge color="red" variant="outline">
                          {s.returned} mục bị trả lại
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="center">
                    {s.submitted}/{s.required}
                  </Table.Td>
                  <Table.Td ta="center">{s.accepted}</Table.Td>
                  <Table.Td>
                    {s.timeliness ? (
                      <Badge color={TIMELINESS_COLORS[s.timeliness.state]} variant="outline">
                        {s.timeliness.label}
                      </Badge>
                    ) : (
                      "—"
                    )}
                  </Table.Td>
                  <Table.Td>{s.completedAt ? formatDateTimeVi(s.completedAt) : "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </WideTable>
          {data.items.length === 0 ? (
            <Text c="dimmed" mt="md">
              Không có đơn vị nào phù hợp.
            </Text>
          ) : null}
          <ListPagination
            mt="md"
            total={data.total}
            limit={LIMIT}
            page={page}
            onChange={setPage}
            label="Các trang danh sách hồ sơ"
          />
        </>
      )}
    </>
  );
}
