/**
 * The plan's composition targets (SPEC F3): a minimum and/or maximum share per group, in
 * percent. The compiled list shows them beside the actual shares (warnings, never a block).
 * Only the office edits them; others read the numbers as text and are told why (issue #13).
 */
import { Button, NumberInput, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ECONOMIC_SECTORS } from "../../../domain/persons.ts";
import type { CompositionTargets, TargetBand } from "../../../domain/plan/composition-targets.ts";
import type { TargetsView } from "../../../domain/quotas/schemas.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { quotaKeys, quotasApi } from "./quotasApi.ts";

type Path =
  | ["women" | "ethnicMinorities" | "directWorkers" | "leaders"]
  | ["sectors", keyof CompositionTargets["sectors"]];

const ROWS: { label: string; path: Path }[] = [
  { label: "Đại biểu nữ", path: ["women"] },
  { label: "Đại biểu dân tộc thiểu số", path: ["ethnicMinorities"] },
  { label: "Người trực tiếp sản xuất, công tác", path: ["directWorkers"] },
  { label: "Lãnh đạo cấp ủy, chính quyền, đoàn thể", path: ["leaders"] },
  // Named and ordered as on Tổng hợp đề cử (composition-targets.ts): one list of sectors.
  ...ECONOMIC_SECTORS.map((s) => ({
    label: `Thành phần kinh tế ${s.label.toLowerCase()}`,
    path: ["sectors", s.code] as Path,
  })),
];

const get = (t: CompositionTargets, p: Path): TargetBand => (p[0] === "sectors" ? t.sectors[p[1]] : t[p[0]]);
function set(t: CompositionTargets, p: Path, band: TargetBand): CompositionTargets {
  return p[0] === "sectors" ? { ...t, sectors: { ...t.sectors, [p[1]]: band } } : { ...t, [p[0]]: band };
}
const toPercent = (r: number | null) => (r === null ? "" : Math.round(r * 1000) / 10);
const fromPercent = (v: string | number) => (v === "" ? null : Number(v) / 100);

export function TargetsCard({ view }: { view: TargetsView }) {
  const qc = useQueryClient();
  const [targets, setTargets] = useState(view.targets);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const saved = await quotasApi.saveTargets(targets, view.version);
      qc.setQueryData(quotaKeys.targets, saved);
      notifyDone("Đã lưu mục tiêu cơ cấu đại biểu");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={3}>Mục tiêu cơ cấu đại biểu đi dự cấp trên</Title>
        <Text size="sm" c="dimmed">
          Kế hoạch (mục II.2.2) yêu cầu chú trọng người trực tiếp sản xuất, công tác, đại biểu nữ, dân tộc và
          các thành phần kinh tế nhưng không nêu con số: các tỷ lệ dưới đây do Thường trực đặt. Danh sách tổng
          hợp hiện tỷ lệ thực tế bên cạnh; ngoài mục tiêu chỉ là cảnh báo.
          {view.isDefault ? " Đang hiển thị mục tiêu mặc định, chưa lưu." : ""}
        </Text>
        {view.canEdit ? null : (
          <Text size="sm" data-testid="targets-read-only">
            Chỉ Thường trực HĐ TĐKT sửa được mục tiêu; bạn xem các tỷ lệ đã đặt.
          </Text>
        )}
        <WideTable minWidth={420} withTableBorder aria-label="Mục tiêu cơ cấu">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nhóm</Table.Th>
              <Table.Th>Tối thiểu (%)</Table.Th>
              <Table.Th>Tối đa (%)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ROWS.map((r) => {
              const band = get(targets, r.path);
              return (
                <Table.Tr key={r.path.join(".")}>
                  <Table.Td>{r.label}</Table.Td>
                  {(["min", "max"] as const).map((k) => (
                    <Table.Td key={k}>
                      {view.canEdit ? (
                        <NumberInput
                          size="xs"
                          min={0}
                          max={100}
                          w={110}
                          aria-label={`${r.label}: ${k === "min" ? "tối thiểu" : "tối đa"} (%)`}
                          value={toPercent(band[k])}
                          onChange={(v) =>
                            setTargets((t) => set(t, r.path, { ...band, [k]: fromPercent(v) }))
                          }
                        />
                      ) : (
                        <Text size="sm">{band[k] === null ? "Không đặt" : `${toPercent(band[k])}%`}</Text>
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </WideTable>
        {view.canEdit ? (
          <Button onClick={save} loading={busy} w="fit-content">
            Lưu mục tiêu cơ cấu
          </Button>
        ) : null}
        <MutationError error={error} onReload={() => qc.invalidateQueries({ queryKey: quotaKeys.targets })} />
      </Stack>
    </Paper>
  );
}
