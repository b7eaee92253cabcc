/**
 * The higher conference's seats (SPEC F1): total, exemplars and guests, the plan's cap and
 * split beside them; more than the cap is refused, a split outside the band is a warning.
 */
import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { SeatsView } from "../../../domain/quotas/schemas.ts";
import { formatPercent } from "../../../domain/rules/format.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { quotaKeys, quotasApi } from "./quotasApi.ts";

const asInt = (v: string | number) => (typeof v === "number" ? v : Number.parseInt(v, 10) || 0);

export function SeatsCard({ view }: { view: SeatsView }) {
  const qc = useQueryClient();
  const [total, setTotal] = useState(view.total);
  const [exemplars, setExemplars] = useState(view.exemplars);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const guests = total - exemplars;

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const saved = await quotasApi.saveSeats({ total, exemplars, guests, version: view.version });
      qc.setQueryData(quotaKeys.seats, saved);
      notifyDone("Đã lưu số đại biểu của hội nghị cấp trên");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={3}>Số đại biểu của {view.conferenceTitle}</Title>
        <Text size="sm" c="dimmed">
          Kế hoạch: tối đa {view.cap} đại biểu, điển hình tiên tiến khoảng{" "}
          {formatPercent(view.exemplarTarget)} (chấp nhận lệch ±{formatPercent(view.exemplarTolerance)}), còn
          lại là khách mời.
          {view.isDefault ? " Đang hiển thị số mặc định theo kế hoạch, chưa lưu." : ""}
        </Text>
        <Group align="flex-end">
          <NumberInput
            label="Tổng số đại biểu"
            min={1}
            max={view.cap}
            value={total}
            onChange={(v) => setTotal(asInt(v))}
            allowDecimal={false}
            w={180}
            disabled={!view.canEdit}
          />
          <NumberInput
            label="Đại biểu điển hình tiên tiến"
            min={0}
            value={exemplars}
            onChange={(v) => setExemplars(asInt(v))}
            allowDecimal={false}
            w={220}
            disabled={!view.canEdit}
          />
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              Khách mời
            </Text>
            <Text size="lg" aria-label="Số khách mời">
              {guests}
            </Text>
          </Stack>
          {view.canEdit ? (
            <WhyDisabled disabled={guests < 0} reason="Số đại biểu điển hình tiên tiến vượt tổng số đại biểu">
              <Button onClick={save} loading={busy} disabled={guests < 0}>
                Lưu số đại biểu
              </Button>
            </WhyDisabled>
          ) : null}
        </Group>
        {view.violations.map((v) => (
          <Alert key={v.code} color={v.severity === "error" ? "red" : "orange"} variant="light">
            <Text size="sm">
              {v.message} {v.hint}{" "}
              <Text span c="dimmed">
                (mục {v.section})
              </Text>
            </Text>
          </Alert>
        ))}
        <MutationError error={error} onReload={() => qc.invalidateQueries({ queryKey: quotaKeys.seats })} />
      </Stack>
    </Paper>
  );
}
