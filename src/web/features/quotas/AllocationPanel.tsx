/**
 * Allocating the exemplar seats (SPEC F2): basis, total, minimum, maximum, a custom weight
 * column and fixed seats per unit; "Tính thử" runs the what-if (nothing saved) beside the
 * published allocation and the previous what-if; "Lưu phương án" saves a new version.
 */
import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  QUOTA_BASES,
  QUOTA_BASIS_LABELS,
  type QuotaBasis,
  type QuotaOverview,
  type SimulateResult,
} from "../../../domain/quotas/schemas.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { MutationError } from "../../components/MutationError.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { type QuotaAsk, quotaKeys, quotasApi } from "./quotasApi.ts";
import { WhatIfTable } from "./WhatIfTable.tsx";

type Unit = QuotaOverview["units"][number];
const numberFormat = new Intl.NumberFormat("vi-VN");

function figure(u: Unit, basis: QuotaBasis): string {
  const n =
    basis === "workforce"
      ? u.workforce
      : basis === "population"
        ? u.population
        : basis === "honoured"
          ? u.honoured
          : null;
  return n === null ? (basis === "equal" || basis === "custom" ? "" : "—") : numberFormat.format(n);
}

const cleanNumbers = (m: Record<string, number | "">) =>
  Object.fromEntries(Object.entries(m).filter(([, v]) => v !== "" && Number.isFinite(v))) as Record<
    string,
    number
  >;

export function AllocationPanel({
  overview,
  exemplarSeats,
}: {
  overview: QuotaOverview;
  exemplarSeats: number;
}) {
  const qc = useQueryClient();
  const [basis, setBasis] = useState<QuotaBasis>("population");
  const [total, setTotal] = useState<number>(exemplarSeats);
  const [minimum, setMinimum] = useState<number>(2);
  const [maximum, setMaximum] = useState<number | "">("");
  const [weights, setWeights] = useState<Record<string, number | "">>({});
  const [overrides, setOverrides] = useState<Record<string, number | "">>({});
  const [note, setNote] = useState("");
  const [result, setResult] = useState<SimulateResult | null>(null);
  const [previous, setPrevious] = useState<SimulateResult | null>(null);
  const [simError, setSimError] = useState<unknown>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [busy, setBusy] = useState<"simulate" | "save" | null>(null);

  const ask = (): QuotaAsk => ({
    total,
    basis,
    minimum,
    maximum: maximum === "" ? null : maximum,
    ...(basis === "custom" ? { weights: cleanNumbers(weights) } : {}),
    overrides: cleanNumbers(overrides),
  });

  async function simulate() {
    setBusy("simulate");
    setSimError(null);
    try {
      const next = await quotasApi.simulate(ask());
      setPrevious(result);
      setResult(next);
    } catch (e) {
      setSimError(e);
    } finally {
      setBusy(null);
    }
  }

  async function save() {
    setBusy("save");
    setSaveError(null);
    try {
      const saved = await quotasApi.save({
        ...ask(),
        note: note || null,
        latestVersionNo: overview.latestVersionNo,
      });
      notifyDone(`Đã lưu phương án số ${saved.versionNo}`, "Bấm “Công bố” để các đơn vị thấy chỉ tiêu.");
      await qc.invalidateQueries({ queryKey: quotaKeys.all });
    } catch (e) {
      setSaveError(e);
    } finally {
      setBusy(null);
    }
  }

  const num = (v: string | number): number | "" => (v === "" ? "" : Number(v));
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={3}>Phân bổ chỉ tiêu đại biểu điển hình tiên tiến</Title>
        <Group align="flex-end">
          <Select
            label="Căn cứ phân bổ"
            data={QUOTA_BASES.map((b) => ({ value: b, label: QUOTA_BASIS_LABELS[b] }))}
            value={basis}
            onChange={(v) => v && setBasis(v as QuotaBasis)}
            allowDeselect={false}
            w={320}
          />
          <NumberInput
            label="Tổng chỉ tiêu"
            min={0}
            allowDecimal={false}
            value={total}
            onChange={(v) => setTotal(Number(v) || 0)}
            w={140}
          />
          <NumberInput
            label="Tối thiểu mỗi đơn vị"
            min={0}
            allowDecimal={false}
            value={minimum}
            onChange={(v) => setMinimum(Number(v) || 0)}
            w={170}
          />
          <NumberInput
            label="Tối đa mỗi đơn vị"
            min={0}
            allowDecimal={false}
            value={maximum}
            onChange={(v) => setMaximum(num(v))}
            placeholder="Không giới hạn"
            w={170}
          />
        </Group>
        <WideTable minWidth={640} withTableBorder aria-label="Đơn vị tham gia và số liệu">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Đơn vị</Table.Th>
              <Table.Th ta="right">
                {basis === "custom" || basis === "equal" ? "Số liệu" : QUOTA_BASIS_LABELS[basis]}
              </Table.Th>
              {basis === "custom" ? <Table.Th>Trọng số</Table.Th> : null}
              <Table.Th>Chỉ tiêu cố định</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overview.units.map((u) => (
              <Table.Tr key={u.unitId}>
                <Table.Td>{u.unitName}</Table.Td>
                <Table.Td ta="right">{figure(u, basis)}</Table.Td>
                {basis === "custom" ? (
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      min={0}
                      aria-label={`Trọng số của ${u.unitName}`}
                      value={weights[u.unitId] ?? ""}
                      onChange={(v) => setWeights((w) => ({ ...w, [u.unitId]: num(v) }))}
                      w={110}
                    />
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <NumberInput
                    size="xs"
                    min={0}
                    allowDecimal={false}
                    aria-label={`Chỉ tiêu cố định của ${u.unitName}`}
                    placeholder="Theo phân bổ"
                    value={overrides[u.unitId] ?? ""}
                    onChange={(v) => setOverrides((o) => ({ ...o, [u.unitId]: num(v) }))}
                    w={130}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </WideTable>
        <Group>
          <Button onClick={simulate} loading={busy === "simulate"} variant="light">
            Tính thử
          </Button>
          <TextInput
            placeholder="Ghi chú cho phương án (không bắt buộc)"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            w={320}
            aria-label="Ghi chú cho phương án"
          />
          <WhyDisabled disabled={!overview.conference} reason="Chưa có hội nghị cấp trên để phân bổ chỉ tiêu">
            <Button onClick={save} loading={busy === "save"} disabled={!overview.conference}>
              Lưu phương án
            </Button>
          </WhyDisabled>
        </Group>
        {simError ? <ErrorAlert error={simError} title="Không phân bổ được" /> : null}
        <MutationError error={saveError} onReload={() => qc.invalidateQueries({ queryKey: quotaKeys.all })} />
        {result ? (
          <WhatIfTable result={result} previous={previous} />
        ) : (
          <Text size="sm" c="dimmed">
            Bấm “Tính thử” để xem phương án mới bên cạnh phương án đang công bố; chưa có gì được lưu.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
