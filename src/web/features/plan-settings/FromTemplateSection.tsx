import {
  Alert,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { shiftIsoDate } from "../../../domain/plan/milestones.ts";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { daysBetween } from "../../lib/dates.ts";
import { DateViInput, viToIso } from "../conferences/inputs/DateViInput.tsx";
import { planApi, planKeys, usePlanDetail, usePlanTemplates } from "./planApi.ts";
import { Section } from "./Section.tsx";

/** A2: a new plan from a template, every milestone moved by the same number of days. */
export function FromTemplateSection() {
  const qc = useQueryClient();
  const plans = usePlanTemplates();
  const templates = plans.data ?? [];
  const [templateId, setTemplateId] = useState<string | null>(null);
  const chosen = templateId ?? templates[0]?.id ?? null;
  const template = usePlanDetail(chosen ?? undefined);
  const [how, setHow] = useState<"date" | "shift">("date");
  const [firstDate, setFirstDate] = useState("");
  const [shift, setShift] = useState<number | string>("");
  const [title, setTitle] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<PlanDetail | null>(null);

  const ms = [...(template.data?.milestones ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const first = ms[0];
  const firstIso = viToIso(firstDate);
  const days =
    how === "shift"
      ? shift === ""
        ? null
        : Number(shift)
      : first && firstIso
        ? daysBetween(first.dueOn, firstIso)
        : null;

  const create = async () => {
    if (!chosen || days === null) return;
    setBusy(true);
    setError(null);
    try {
      const p = await planApi.fromTemplate({
        templateId: chosen,
        dateShiftDays: days,
        ...(title.trim() ? { title: title.trim() } : {}),
      });
      setCreated(p);
      await qc.invalidateQueries({ queryKey: planKeys.list });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section
      title="Tạo kế hoạch mới từ mẫu"
      description="Kế hoạch mới chép nội dung, quy định, đơn vị tham gia và các mốc thời gian của mẫu; mọi mốc được dời cùng một số ngày. Kế hoạch mới ở trạng thái dự thảo."
    >
      <Group align="flex-end" gap="md">
        <Select
          label="Kế hoạch mẫu"
          w={{ base: "100%", sm: 480 }}
          allowDeselect={false}
          data={templates.map((t) => ({ value: t.id, label: `${t.title} (${t.numberSymbol})` }))}
          value={chosen}
          onChange={setTemplateId}
        />
        <SegmentedControl
          value={how}
          onChange={(v) => setHow(v as "date" | "shift")}
          aria-label="Cách đặt ngày"
          data={[
            { value: "date", label: "Chọn ngày cho mốc đầu tiên" },
            { value: "shift", label: "Dời một số ngày" },
          ]}
        />
      </Group>
      <Group align="flex-end" gap="md">
        {how === "date" ? (
          <DateViInput
            label={first ? `Ngày mới của mốc “${first.label}”` : "Ngày mới của mốc đầu tiên"}
            description={first ? `Trong mẫu: ${formatDateVi(first.dueOn)}` : undefined}
            value={firstDate}
            onChange={setFirstDate}
            w={320}
          />
        ) : (
          <NumberInput
            label="Dời tất cả các mốc (ngày)"
            description="Số âm để dời sớm hơn"
            allowDecimal={false}
            value={shift}
            onChange={setShift}
            w={240}
          />
        )}
        <TextInput
          label="Tên kế hoạch mới (không bắt buộc)"
          placeholder="Để trống: giữ tên của mẫu"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          w={{ base: "100%", sm: 420 }}
        />
      </Group>
      {days !== null && ms.length ? (
        <Table withTableBorder aria-label="Các mốc của kế hoạch mới" maw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Việc</Table.Th>
              <Table.Th>Trong mẫu</Table.Th>
              <Table.Th>Kế hoạch mới</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ms.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.label}</Table.Td>
                <Table.Td className="nowrap">{formatDateVi(m.dueOn)}</Table.Td>
                <Table.Td className="nowrap" fw={600}>
                  {formatDateVi(shiftIsoDate(m.dueOn, days))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      {created ? (
        <Alert color="green" variant="light" title="Đã tạo kế hoạch mới">
          <Text size="sm">
            “{created.title}” (dự thảo), {created.milestones.length} mốc thời gian,{" "}
            {created.participants.length} đơn vị tham gia.
          </Text>
        </Alert>
      ) : null}
      <Stack gap={0} align="flex-start">
        <WhyDisabled
          disabled={!chosen || days === null}
          reason={!chosen ? "Chọn kế hoạch mẫu trước" : "Nhập ngày mới của mốc đầu tiên trước"}
        >
          <Button onClick={create} loading={busy} disabled={!chosen || days === null}>
            Tạo kế hoạch mới từ mẫu
          </Button>
        </WhyDisabled>
      </Stack>
    </Section>
  );
}
