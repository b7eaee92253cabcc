import { Button, Group, Modal, Radio, Select, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { compareVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { conferencePath } from "../../paths.ts";
import { useCurrentPlanDetail } from "../plan-settings/planApi.ts";
import { conferencesApi, confKeys, useConferences } from "./conferencesApi.ts";
import { viFilter } from "./inputs/viFilter.ts";

/** The office opens the town conference, or a unit's conference on the unit's behalf. */
export function CreateConferenceModal({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  // The plan's conferences (a plan has its participants', at most a few hundred); the server
  // refuses a second conference of a unit anyway.
  const list = useConferences({ limit: 200 });
  const existing = list.data?.items ?? [];
  const navigate = useNavigate();
  const { detail } = useCurrentPlanDetail();
  const hasTown = existing.some((c) => c.kind === "town");
  const withConf = new Set(existing.filter((c) => c.kind !== "town").map((c) => c.unitId));
  const [what, setWhat] = useState<"town" | "unit">(hasTown ? "unit" : "town");
  useEffect(() => {
    if (hasTown) setWhat("unit");
  }, [hasTown]);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const level = (detail.data?.rules as { levelName?: string } | undefined)?.levelName ?? "Thị xã";
  const options = (detail.data?.participants ?? [])
    .filter((p) => !withConf.has(p.unitId))
    .sort((a, b) => compareVi(a.unitName, b.unitName))
    .map((p) => ({
      value: p.unitId,
      label: p.role === "pilot" ? `${p.unitName} (Hội nghị điểm)` : p.unitName,
    }));

  const create = async () => {
    if (what === "unit" && !unitId) {
      setError(null);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const c = await conferencesApi.create(what === "town" ? { kind: "town" } : { unitId: unitId! });
      await qc.invalidateQueries({ queryKey: confKeys.list });
      notifyDone("Đã tạo hội nghị", `Hội nghị của ${c.unitName}.`);
      navigate(conferencePath(c.id));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title="Tạo hội nghị" centered size="lg">
      <Stack>
        <Radio.Group value={what} onChange={(v) => setWhat(v as "town" | "unit")} label="Tạo hội nghị nào?">
          <Stack gap="xs" mt="xs">
            <Radio
              value="town"
              label={`Hội nghị điển hình tiên tiến cấp ${level}`}
              description={
                hasTown ? "Đã có, không tạo thêm được" : "Do Thường trực HĐ TĐKT chuẩn bị (mục II.2.2)"
              }
              disabled={hasTown}
            />
            <Radio
              value="unit"
              label="Hội nghị của một đơn vị"
              description="Thay mặt đơn vị chưa tự tạo hội nghị"
            />
          </Stack>
        </Radio.Group>
        {what === "unit" ? (
          <Select
            label="Đơn vị"
            placeholder="Gõ tên đơn vị, có dấu hoặc không dấu"
            searchable
            filter={viFilter}
            data={options}
            value={unitId}
            onChange={setUnitId}
            nothingFoundMessage="Mọi đơn vị phù hợp đều đã có hội nghị"
          />
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <WhyDisabled disabled={what === "unit" && !unitId} reason="Chọn đơn vị tổ chức hội nghị trước">
            <Button onClick={create} loading={busy} disabled={what === "unit" && !unitId}>
              Tạo hội nghị
            </Button>
          </WhyDisabled>
        </Group>
        <Text size="xs" c="dimmed">
          Hội nghị mới có sẵn các mục chương trình bắt buộc của kế hoạch; hình thức, ngày giờ và đại biểu nhập
          sau.
        </Text>
      </Stack>
    </Modal>
  );
}
