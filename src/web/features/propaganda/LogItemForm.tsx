/**
 * Logging a propaganda item (SPEC J1): kind, channel, title, date, duration or length, who it
 * features, and a link or a file. A unit logs its own; the culture office logs as its own unit.
 */
import { Button, FileButton, Group, NumberInput, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  PROPAGANDA_CHANNEL_LABELS,
  PROPAGANDA_CHANNELS,
  PROPAGANDA_KIND_LABELS,
  PROPAGANDA_KINDS,
  type PropagandaChannel,
  type PropagandaKind,
} from "../../../domain/propaganda.ts";
import { formatDateVi, parseDateVi } from "../../../domain/text.ts";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { useCurrentUser } from "../../lib/auth.ts";
import { notifyDone, notifyError } from "../../lib/notify.ts";
import { propagandaApi, propagandaKeys, usePendingTasks } from "./propagandaApi.ts";

const KINDS = PROPAGANDA_KINDS.map((k) => ({ value: k, label: PROPAGANDA_KIND_LABELS[k] }));
const CHANNELS = PROPAGANDA_CHANNELS.map((c) => ({ value: c, label: PROPAGANDA_CHANNEL_LABELS[c] }));

export function LogItemForm() {
  const qc = useQueryClient();
  const me = useCurrentUser();
  const tasks = usePendingTasks(me.unitId);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [kind, setKind] = useState<PropagandaKind>("article");
  const [channel, setChannel] = useState<PropagandaChannel>("website");
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [minutes, setMinutes] = useState<number | "">("");
  const [length, setLength] = useState("");
  const [featured, setFeatured] = useState("");
  const [link, setLink] = useState("");
  const [file, setFile] = useState<{ fileId: string; name: string } | null>(null);
  const iso = parseDateVi(date);
  const upload = useMutation({
    mutationFn: (f: File) => propagandaApi.upload(f),
    onSuccess: setFile,
    onError: (e) => notifyError(e),
  });
  const save = useMutation({
    mutationFn: () =>
      propagandaApi.logItem({
        taskId,
        kind,
        channel,
        title,
        date: iso!,
        durationMinutes: minutes === "" ? null : minutes,
        length: length || null,
        featured,
        link: link || null,
        fileId: file?.fileId ?? null,
      }),
    onSuccess: () => {
      setTaskId(null);
      setTitle("");
      setMinutes("");
      setLength("");
      setFeatured("");
      setLink("");
      setFile(null);
      qc.invalidateQueries({ queryKey: propagandaKeys.all });
      notifyDone("Đã ghi tin bài");
    },
    onError: (e) => notifyError(e),
  });
  return (
    <Stack gap="xs" data-testid="log-item">
      <Title order={3}>Ghi tin bài</Title>
      <Group align="flex-end" gap="sm">
        <Select
          label="Loại"
          data={KINDS}
          value={kind}
          onChange={(v) => v && setKind(v as PropagandaKind)}
          allowDeselect={false}
          w={260}
        />
        <Select
          label="Kênh"
          data={CHANNELS}
          value={channel}
          onChange={(v) => v && setChannel(v as PropagandaChannel)}
          allowDeselect={false}
          w={220}
        />
        <TextInput
          label="Ngày đăng, phát"
          placeholder="dd/mm/yyyy"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={date && !iso ? "Nhập ngày theo dạng dd/mm/yyyy" : null}
          w={150}
        />
        <NumberInput
          label="Thời lượng (phút)"
          value={minutes}
          min={1}
          allowDecimal={false}
          onChange={(v) => setMinutes(v === "" ? "" : Number(v))}
          w={140}
        />
        <TextInput
          label="Độ dài"
          placeholder="1.200 chữ"
          value={length}
          onChange={(e) => setLength(e.currentTarget.value)}
          w={130}
        />
      </Group>
      <Group align="flex-end" gap="sm">
        <Select
          label="Thuộc nhiệm vụ"
          placeholder={
            tasks.data?.items.length ? "Không thuộc nhiệm vụ nào" : "Đơn vị chưa có nhiệm vụ đang làm"
          }
          data={(tasks.data?.items ?? []).map((t) => ({
            value: t.id,
            label: `${t.title} (hạn ${formatDateVi(t.dueDate)})`,
          }))}
          value={taskId}
          onChange={setTaskId}
          clearable
          disabled={!tasks.data?.items.length}
          w={380}
        />
      </Group>
      <Group align="flex-end" gap="sm">
        <TextInput label="Tiêu đề" value={title} onChange={(e) => setTitle(e.currentTarget.value)} w={380} />
        <TextInput
          label="Người, đơn vị được nêu"
          value={featured}
          onChange={(e) => setFeatured(e.currentTarget.value)}
          w={300}
        />
      </Group>
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Đường dẫn"
          placeholder="https://…"
          value={link}
          onChange={(e) => setLink(e.currentTarget.value)}
          w={380}
        />
        <FileButton
          onChange={(f) => f && upload.mutate(f)}
          accept="application/pdf,image/png,image/jpeg,video/mp4,.docx"
        >
          {(props) => (
            <Button variant="default" loading={upload.isPending} {...props}>
              Đính kèm tệp
            </Button>
          )}
        </FileButton>
        {file ? <Text size="sm">{file.name}</Text> : null}
        <WhyDisabled
          disabled={!title.trim() || !iso || (!link && !file)}
          reason="Nhập tiêu đề, ngày (dd/mm/yyyy) và đường dẫn hoặc tệp trước"
        >
          <Button
            loading={save.isPending}
            disabled={!title.trim() || !iso || (!link && !file)}
            onClick={() => save.mutate()}
          >
            Ghi tin bài
          </Button>
        </WhyDisabled>
      </Group>
    </Stack>
  );
}
