import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { AwardDecisionInput, AwardDecisionView } from "../../../domain/awards.ts";
import type { Delegate } from "../../../domain/conferences.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { todayIso } from "../../lib/dates.ts";
import { notifyDone } from "../../lib/notify.ts";
import { DATE_ERROR, DateViInput, viToIso } from "../conferences/inputs/DateViInput.tsx";
import { awardKeys, awardsApi, useAwardForms, useMovements } from "./awardsApi.ts";
import { type Picked, RecipientPicker } from "./RecipientPicker.tsx";

type Props = {
  conferenceId: string;
  delegates: Delegate[];
  onSaved: (decision: AwardDecisionView) => void;
  /** The decision being edited (PUT with its version; 409 when someone saved first). */
  editing?: AwardDecisionView;
  onCancel?: () => void;
};

type Recipient = AwardDecisionInput["recipients"][number];
const subjectKey = (r: { personId?: string | null; collectiveId?: string | null }) =>
  r.personId ? `p:${r.personId}` : `c:${r.collectiveId}`;

/** The decision's recipients as ticked delegates, and those not on the delegate list (kept as they are). */
function pickedOf(d: AwardDecisionView | undefined, delegates: Delegate[]) {
  const picked: Picked = new Map();
  const extras: Recipient[] = [];
  for (const r of d?.recipients ?? []) {
    const del = delegates.find((x) => subjectKey(x) === subjectKey(r));
    if (del) picked.set(del.id, r.achievement ?? "");
    else
      extras.push({
        ...(r.personId ? { personId: r.personId } : { collectiveId: r.collectiveId ?? undefined }),
        achievement: r.achievement,
        registerNumber: r.registerNumber,
      });
  }
  return { picked, extras };
}

/**
 * Records one award decision at the conference (SPEC H1; issue #14 item 2). Issuer and signer
 * may be left empty: the server takes them from the unit's document settings. The money is
 * worked out by the server from the base salary on the decision's date.
 */
export function AwardDecisionForm({ conferenceId, delegates, onSaved, editing, onCancel }: Props) {
  const qc = useQueryClient();
  const forms = useAwardForms();
  const movements = useMovements();
  const [number, setNumber] = useState(editing?.number ?? "");
  const [date, setDate] = useState(formatDateVi(editing?.date ?? todayIso()));
  const [form, setForm] = useState<string | null>(editing?.form ?? null);
  const [movement, setMovement] = useState<string | null>(editing?.movement ?? null);
  const [issuer, setIssuer] = useState(editing?.issuer ?? "");
  const [signerTitle, setSignerTitle] = useState(editing?.signerTitle ?? "");
  const [signerName, setSignerName] = useState(editing?.signerName ?? "");
  const [{ picked: first, extras }] = useState(() => pickedOf(editing, delegates));
  const [picked, setPicked] = useState<Picked>(first);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const registers = new Map((editing?.recipients ?? []).map((r) => [subjectKey(r), r.registerNumber]));

  const save = useMutation({
    mutationFn: (body: AwardDecisionInput) =>
      editing
        ? awardsApi.update(editing.id, {
            ...body,
            fundingSource: editing.fundingSource,
            version: editing.version,
          })
        : awardsApi.create(conferenceId, body),
    onSuccess: async (decision) => {
      notifyDone(`Đã ${editing ? "sửa" : "ghi"} quyết định khen thưởng số ${decision.number}`);
      await qc.invalidateQueries({ queryKey: awardKeys.list(conferenceId) });
      if (!editing) {
        setNumber("");
        setPicked(new Map());
      }
      onSaved(decision);
    },
  });

  const submit = () => {
    const iso = viToIso(date);
    const next: Record<string, string> = {};
    if (!number.trim()) next.number = "Số quyết định: bắt buộc nhập";
    if (!iso) next.date = iso === null ? "Ngày quyết định: bắt buộc nhập" : DATE_ERROR;
    if (!form) next.form = "Hình thức khen thưởng: bắt buộc chọn";
    if (picked.size + extras.length === 0) next.recipients = "Người được khen: chọn ít nhất một đại biểu";
    setErrors(next);
    if (Object.keys(next).length > 0 || !iso || !form) return;
    const byId = new Map(delegates.map((d) => [d.id, d]));
    const recipients = [...picked].flatMap(([id, achievement]) => {
      const d = byId.get(id);
      if (!d) return [];
      const who = d.personId
        ? { personId: d.personId }
        : d.collectiveId
          ? { collectiveId: d.collectiveId }
          : null;
      const registerNumber = registers.get(subjectKey(who ?? {})) ?? null;
      return who ? [{ ...who, achievement: achievement.trim() || null, registerNumber }] : [];
    });
    save.mutate({
      number: number.trim(),
      date: iso,
      form,
      movement,
      issuer: issuer.trim() || null,
      signerTitle: signerTitle.trim() || null,
      signerName: signerName.trim() || null,
      fundingSource: null,
      recipients: [...recipients, ...extras],
    });
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>
          {editing ? `Sửa quyết định số ${editing.number}` : "Ghi quyết định khen thưởng"}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput
            label="Số quyết định"
            placeholder="12/QĐ-UBND"
            required
            value={number}
            error={errors.number}
            onChange={(e) => setNumber(e.currentTarget.value)}
          />
          <DateViInput label="Ngày quyết định" required value={date} error={errors.date} onChange={setDate} />
          <Select
            label="Hình thức khen thưởng"
            required
            placeholder={forms.isPending ? "Đang tải…" : "Chọn hình thức"}
            data={(forms.data ?? []).filter((f) => f.active).map((f) => ({ value: f.code, label: f.name }))}
            value={form}
            onChange={setForm}
            error={errors.form}
          />
          <Select
            label="Phong trào thi đua"
            placeholder="Không gắn phong trào"
            clearable
            data={(movements.data ?? [])
              .filter((m) => m.active)
              .map((m) => ({ value: m.code, label: m.name }))}
            value={movement}
            onChange={setMovement}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Cơ quan ban hành"
            description="Để trống: theo thiết lập văn bản của đơn vị"
            value={issuer}
            onChange={(e) => setIssuer(e.currentTarget.value)}
          />
          <TextInput
            label="Chức vụ người ký"
            description="Để trống: theo thiết lập văn bản"
            value={signerTitle}
            onChange={(e) => setSignerTitle(e.currentTarget.value)}
          />
          <TextInput
            label="Người ký"
            description="Để trống: theo thiết lập văn bản"
            value={signerName}
            onChange={(e) => setSignerName(e.currentTarget.value)}
          />
        </SimpleGrid>
        <RecipientPicker
          delegates={delegates}
          picked={picked}
          onChange={setPicked}
          error={errors.recipients ?? null}
        />
        {save.error ? <ErrorAlert error={save.error} title="Chưa ghi được quyết định" /> : null}
        {extras.length > 0 ? (
          <Text size="sm" c="dimmed">
            Giữ nguyên {extras.length} người được khen không có trong danh sách đại biểu.
          </Text>
        ) : null}
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Hủy
            </Button>
          ) : null}
          <Button onClick={submit} loading={save.isPending}>
            {editing ? "Lưu thay đổi" : "Ghi quyết định"}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
