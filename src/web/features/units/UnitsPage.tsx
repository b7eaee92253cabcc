import { Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { matchesSearch } from "../../../domain/text.ts";
import type { Cluster, Unit } from "../../../domain/units.ts";
import { ChoiceButtons } from "../../components/ChoiceButtons.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useMay } from "../../lib/auth.ts";
import { notifyError } from "../../lib/notify.ts";
import { keys, useClusters, useUnitKinds, useUnits } from "../../lib/queries.ts";
import type { UnitAction } from "./UnitActionsMenu.tsx";
import { UnitConfirm } from "./UnitConfirm.tsx";
import { UnitFormModal } from "./UnitFormModal.tsx";
import { UnitImportModal } from "./UnitImportModal.tsx";
import { UnitMoveModal } from "./UnitMoveModal.tsx";
import { UnitTable } from "./UnitTable.tsx";
import { UnitTree } from "./UnitTree.tsx";
import { unitsApi } from "./unitsApi.ts";

type Modal =
  | { kind: "form"; unit: Unit | null }
  | { kind: "move"; unit: Unit }
  | { kind: "confirm"; action: "deactivate" | "delete"; unit: Unit }
  | { kind: "import" }
  | null;

export function UnitsPage() {
  const qc = useQueryClient();
  const unitsQ = useUnits();
  const units = unitsQ.data ?? [];
  const kinds = useUnitKinds(unitsQ.data);
  const clustersQ = useClusters();
  const [view, setView] = useState<"tree" | "table">("tree");
  const [search, setSearch] = useState("");
  const [kind, setKind] = useState<string | null>(null);
  const [showInactive, setShowInactive] = useState(true);
  const [modal, setModal] = useState<Modal>(null);
  const [exporting, setExporting] = useState(false);
  const may = useMay();
  const manage = may("units.manage");

  const clusters: Cluster[] = useMemo(() => {
    if (clustersQ.data) return clustersQ.data;
    const seen = new Map<string, Cluster>();
    for (const u of units)
      if (u.clusterId) seen.set(u.clusterId, { id: u.clusterId, name: u.clusterName ?? "", note: null });
    return [...seen.values()];
  }, [clustersQ.data, units]);

  const filtering = search.trim() !== "" || kind !== null || !showInactive;
  const matches = units.filter(
    (u) =>
      (showInactive || u.active) &&
      (!kind || u.kind === kind) &&
      matchesSearch(`${u.name} ${u.code}`, search),
  );
  const treeUnits = useMemo(() => {
    if (!filtering) return units;
    const byId = new Map(units.map((u) => [u.id, u]));
    const keep = new Set<string>();
    for (const m of matches) {
      for (
        let cur: Unit | undefined = m;
        cur && !keep.has(cur.id);
        cur = cur.parentId ? byId.get(cur.parentId) : undefined
      ) {
        keep.add(cur.id);
      }
    }
    return units.filter((u) => keep.has(u.id));
  }, [filtering, matches, units]);

  const onAction = async (action: UnitAction, unit: Unit) => {
    if (action === "edit") setModal({ kind: "form", unit });
    else if (action === "move") setModal({ kind: "move", unit });
    else if (action === "deactivate" || action === "delete") setModal({ kind: "confirm", action, unit });
    else {
      try {
        await unitsApi.activate(unit);
        await qc.invalidateQueries({ queryKey: keys.units });
      } catch (e) {
        await qc.invalidateQueries({ queryKey: keys.units });
        notifyError(e, "Chưa kích hoạt lại được");
      }
    }
  };

  const onExport = async () => {
    setExporting(true);
    try {
      await unitsApi.exportXlsx();
    } catch (e) {
      notifyError(e, "Chưa xuất được tệp Excel");
    } finally {
      setExporting(false);
    }
  };

  const actions = (
    <>
      {manage ? <Button onClick={() => setModal({ kind: "form", unit: null })}>Thêm đơn vị</Button> : null}
      {manage ? (
        <Button variant="default" onClick={() => setModal({ kind: "import" })}>
          Nhập từ Excel
        </Button>
      ) : null}
      {may("units.export") ? (
        <Button variant="default" onClick={onExport} loading={exporting}>
          Xuất Excel
        </Button>
      ) : null}
    </>
  );

  return (
    <Stack gap="md">
      <PageHeader
        title="Đơn vị"
        description={
          manage
            ? "Cây đơn vị của kế hoạch; Thường trực HĐ TĐKT thêm, sửa, chuyển và nhập từ Excel."
            : undefined
        }
        actions={actions}
      />
      {units.length > 1 ? (
        <Paper withBorder p="md">
          <Group gap="md" align="flex-end">
            <ChoiceButtons<"tree" | "table">
              value={view}
              onChange={setView}
              label="Cách hiển thị"
              data={[
                { value: "tree", label: "Cây đơn vị" },
                { value: "table", label: "Bảng" },
              ]}
            />
            <TextInput
              label="Tìm đơn vị"
              placeholder="Gõ tên, có dấu hoặc không dấu"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={280}
              type="search"
            />
            <Select
              label="Loại đơn vị"
              placeholder="Tất cả các loại"
              clearable
              data={kinds.map((k) => ({ value: k.code, label: k.name }))}
              value={kind}
              onChange={setKind}
              w={220}
            />
            <Checkbox
              label="Hiện cả đơn vị ngừng hoạt động"
              checked={showInactive}
              onChange={(e) => setShowInactive(e.currentTarget.checked)}
              mb={8}
            />
          </Group>
        </Paper>
      ) : null}

      {unitsQ.isPending ? <PageLoader /> : null}
      {unitsQ.isError ? <ErrorAlert error={unitsQ.error} onRetry={() => unitsQ.refetch()} /> : null}
      {unitsQ.data ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {filtering ? `Tìm thấy ${matches.length} / ${units.length} đơn vị` : `${units.length} đơn vị`}
          </Text>
          {matches.length === 0 ? (
            <Text>Không có đơn vị nào phù hợp.</Text>
          ) : view === "tree" ? (
            <Paper withBorder p="md">
              <UnitTree
                units={treeUnits}
                matched={filtering ? new Set(matches.map((u) => u.id)) : null}
                manage={manage}
                onAction={onAction}
              />
            </Paper>
          ) : (
            <UnitTable units={matches} manage={manage} onAction={onAction} />
          )}
        </>
      ) : null}

      {modal?.kind === "form" ? (
        <UnitFormModal
          unit={modal.unit}
          units={units}
          kinds={kinds}
          clusters={clusters}
          onClose={() => setModal(null)}
        />
      ) : null}
      {modal?.kind === "move" ? (
        <UnitMoveModal unit={modal.unit} units={units} onClose={() => setModal(null)} />
      ) : null}
      {modal?.kind === "import" ? <UnitImportModal onClose={() => setModal(null)} /> : null}
      {modal?.kind === "confirm" ? (
        <UnitConfirm
          action={modal.action}
          unit={units.find((u) => u.id === modal.unit.id) ?? modal.unit}
          onClose={() => setModal(null)}
        />
      ) : null}
    </Stack>
  );
}
