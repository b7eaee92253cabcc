/**
 * When reminders are sent, as plan data (SPEC K4, plan III.5): days before each deadline, on
 * the first overdue day, then every N days. Saved with the plan's version (409 when stale).
 */
import { Checkbox, NumberInput, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import type { ReminderPolicy } from "../../../domain/reminders.ts";
import { api } from "../../lib/api.ts";
import { notifyDone } from "../../lib/notify.ts";
import type { SectionProps } from "./PlanSettingsPage.tsx";
import { Section } from "./Section.tsx";

type View = { policy: ReminderPolicy; version: number };
type Draft = { beforeDays: string; onOverdue: boolean; every: number | string };

const toDraft = (p: ReminderPolicy): Draft => ({
  beforeDays: p.beforeDays.join(", "),
  onOverdue: p.onOverdue,
  every: p.overdueEveryDays,
});

/** "7, 1" → [7, 1]; null when a part is not a whole number. */
function parseDays(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/u).filter(Boolean);
  if (!parts.every((p) => /^\d+$/u.test(p))) return null;
  return parts.map(Number);
}

export function ReminderPolicySection(props: SectionProps) {
  const qc = useQueryClient();
  const url = `/api/plans/${props.plan.id}/reminder-policy`;
  const q = useQuery({ queryKey: ["reminder-policy", props.plan.id], queryFn: () => api<View>(url) });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [base, setBase] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (q.data && draft === null) {
      setDraft(toDraft(q.data.policy));
      setBase(q.data.version);
    }
  }, [q.data, draft]);
  if (!q.data || !draft) return null;
  const saved = toDraft(q.data.policy);
  const dirty = JSON.stringify(saved) !== JSON.stringify(draft);
  const days = parseDays(draft.beforeDays);
  const valid = days !== null && draft.every !== "";

  const save = async () => {
    if (!days) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api<View>(url, {
        method: "PUT",
        body: {
          policy: { beforeDays: days, onOverdue: draft.onOverdue, overdueEveryDays: Number(draft.every) },
          version: props.resolve(base ?? props.plan.version),
        },
      });
      qc.setQueryData(["reminder-policy", props.plan.id], r);
      setDraft(toDraft(r.policy));
      setBase(r.version);
      await props.saved(await api<PlanDetail>(`/api/plans/${props.plan.id}`));
      notifyDone("Đã lưu lịch nhắc việc");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const reload = async () => {
    setError(null);
    setDraft(null);
    await q.refetch();
    await props.reload();
  };

  return (
    <Section
      title="Nhắc việc"
      description="Khi nào hệ thống nhắc các đơn vị (và thành viên Hội đồng theo dõi đơn vị) về mỗi mốc thời gian, trong ứng dụng và qua thư điện tử (mục III.5 của kế hoạch)."
      dirty={dirty && valid}
      busy={busy}
      error={error}
      saveLabel="Lưu lịch nhắc việc"
      onSave={save}
      onReload={reload}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="Nhắc trước hạn (số ngày)"
          description="Các số ngày, cách nhau bằng dấu phẩy, ví dụ 7, 1"
          value={draft.beforeDays}
          onChange={(e) => setDraft({ ...draft, beforeDays: e.currentTarget.value })}
          error={days === null ? "Chỉ nhập các số ngày nguyên, cách nhau bằng dấu phẩy" : null}
        />
        <Checkbox
          mt="xl"
          label="Nhắc vào ngày đầu tiên quá hạn"
          checked={draft.onOverdue}
          onChange={(e) => setDraft({ ...draft, onOverdue: e.currentTarget.checked })}
        />
        <NumberInput
          label="Sau đó nhắc lại mỗi (ngày)"
          description="0: không nhắc lại"
          min={0}
          max={60}
          allowDecimal={false}
          allowNegative={false}
          value={draft.every}
          onChange={(v) => setDraft({ ...draft, every: v })}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        Mỗi lần nhắc chỉ gửi một lần cho mỗi người; đơn vị đã hoàn thành việc thì không bị nhắc.
      </Text>
    </Section>
  );
}
