import { Anchor, Badge, Button, Group, NumberInput, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useId, useState } from "react";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { PHONE_QUERY } from "../../../components/WideTable.tsx";
import { notifyDone, notifyError } from "../../../lib/notify.ts";
import { AgendaOrderButtons } from "./AgendaOrderButtons.tsx";
import { AGENDA_MEDIA_ACCEPT, agendaMediaApi, fileUrl } from "./agendaMediaApi.ts";

/** A link typed in (video, photos online) or a file uploaded for the conference (D7). */
export type AgendaMediaDraft =
  | { kind: "link"; label: string; url: string }
  | { kind: "file"; label: string; fileId: string };

export type AgendaDraft = {
  key: string;
  id?: string;
  coreCode: string | null;
  title: string;
  presenter: string;
  durationMinutes: number | string;
  media: AgendaMediaDraft[];
};

type Props = {
  conferenceId: string;
  item: AgendaDraft;
  index: number;
  count: number;
  coreTitle: string | undefined;
  coreAbove: boolean;
  coreBelow: boolean;
  editable: boolean;
  onChange: (next: AgendaDraft) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/** A file on the agenda: "Tệp" and its name, downloaded through /api/files/:id. */
function FileLink({ media }: { media: Extract<AgendaMediaDraft, { kind: "file" }> }) {
  return (
    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
      <Badge size="xs" variant="light" color="blue" style={{ flexShrink: 0 }}>
        Tệp
      </Badge>
      <Anchor
        href={fileUrl(media.fileId)}
        size="sm"
        truncate="end"
        title={media.label}
        style={{ minWidth: 0 }}
        onClick={(e) => {
          e.preventDefault();
          agendaMediaApi
            .download(media.fileId, media.label)
            .catch((err) => notifyError(err, "Chưa tải được tệp"));
        }}
      >
        {media.label}
      </Anchor>
    </Group>
  );
}

/** One agenda item: core items are marked and cannot be dropped; every item has a presenter, links and files. */
export function AgendaItemCard({
  conferenceId,
  item,
  index,
  count,
  coreTitle,
  coreAbove,
  coreBelow,
  editable,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const core = item.coreCode !== null;
  const set = (patch: Partial<AgendaDraft>) => onChange({ ...item, ...patch });
  const setMedia = (i: number, patch: { label?: string; url?: string }) =>
    set({ media: item.media.map((m, j) => (j === i ? ({ ...m, ...patch } as AgendaMediaDraft) : m)) });
  const inputId = useId();
  const phone = useMediaQuery(PHONE_QUERY);
  const order = (
    <AgendaOrderButtons
      index={index}
      count={count}
      core={core}
      coreAbove={coreAbove}
      coreBelow={coreBelow}
      onMove={onMove}
      onRemove={onRemove}
    />
  );
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const attach = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    try {
      const up = await agendaMediaApi.upload(conferenceId, file);
      set({ media: [...item.media, { kind: "file", fileId: up.fileId, label: up.label }] });
      notifyDone("Đã tải lên tệp", `“${up.label}”. Bấm “Lưu chương trình” để lưu vào chương trình.`);
    } catch (e) {
      setUploadError(e);
    } finally {
      setUploading(false);
    }
  };
  return (
    <Paper withBorder p="sm" data-testid="agenda-item" data-core={core ? item.coreCode! : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="sm" align="flex-start" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
          <Text fw={700} w={28} ta="right">
            {index + 1}.
          </Text>
          <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
            <Group gap={6}>
              {editable && !core ? (
                <TextInput
                  size="xs"
                  aria-label={`Tên mục ${index + 1}`}
                  value={item.title}
                  onChange={(e) => set({ title: e.currentTarget.value })}
                  style={{ flex: 1 }}
                />
              ) : (
                <Text fw={600}>{coreTitle ?? item.title}</Text>
              )}
              {core ? (
                <Badge size="xs" variant="light" color="red">
                  Mục bắt buộc
                </Badge>
              ) : (
                <Badge size="xs" variant="light" color="gray">
                  Mục của đơn vị
                </Badge>
              )}
            </Group>
            {editable && phone ? order : null}
            {editable ? (
              <Group gap="xs" align="flex-end" wrap="wrap">
                <TextInput
                  size="xs"
                  label="Người trình bày"
                  value={item.presenter}
                  onChange={(e) => set({ presenter: e.currentTarget.value })}
                  w={{ base: "100%", sm: 260 }}
                />
                <NumberInput
                  size="xs"
                  label="Thời lượng (phút)"
                  min={1}
                  max={600}
                  allowDecimal={false}
                  allowNegative={false}
                  hideControls
                  value={item.durationMinutes}
                  onChange={(v) => set({ durationMinutes: v })}
                  w={{ base: "100%", sm: 120 }}
                />
              </Group>
            ) : item.presenter || item.durationMinutes !== "" ? (
              <Text size="sm" c="dimmed">
                {[
                  item.presenter ? `Trình bày: ${item.presenter}` : null,
                  item.durationMinutes !== "" ? `${item.durationMinutes} phút` : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
            ) : null}
            {item.media.map((m, i) =>
              !editable ? (
                m.kind === "file" ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: media have no id of their own
                  <FileLink key={i} media={m} />
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: media have no id of their own
                  <Anchor key={i} href={m.url} target="_blank" rel="noopener noreferrer" size="sm">
                    {m.label || m.url}
                  </Anchor>
                )
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: media have no id of their own
                <Group key={i} gap="xs" align="flex-end" wrap="wrap">
                  <TextInput
                    size="xs"
                    label={i === 0 ? "Tư liệu (tên)" : undefined}
                    aria-label={`Tên tư liệu ${i + 1} của mục ${index + 1}`}
                    placeholder="Ví dụ: Phóng sự 5 năm phong trào thi đua"
                    value={m.label}
                    onChange={(e) => setMedia(i, { label: e.currentTarget.value })}
                    w={{ base: "100%", sm: 260 }}
                  />
                  {m.kind === "file" ? (
                    <Group mih={30} maw={300} style={{ minWidth: 0 }}>
                      <FileLink media={m} />
                    </Group>
                  ) : (
                    <TextInput
                      size="xs"
                      label={i === 0 ? "Đường dẫn" : undefined}
                      aria-label={`Đường dẫn tư liệu ${i + 1} của mục ${index + 1}`}
                      placeholder="https://…"
                      value={m.url}
                      onChange={(e) => setMedia(i, { url: e.currentTarget.value })}
                      w={{ base: "100%", sm: 300 }}
                    />
                  )}
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => set({ media: item.media.filter((_, j) => j !== i) })}
                  >
                    Bỏ tư liệu
                  </Button>
                </Group>
              ),
            )}
            {editable ? (
              <Group gap="xs">
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => set({ media: [...item.media, { kind: "link", label: "", url: "" }] })}
                >
                  + Thêm liên kết tư liệu
                </Button>
                <input
                  id={inputId}
                  type="file"
                  aria-label={`Đính kèm tệp cho mục ${index + 1}`}
                  className="visually-hidden-input"
                  accept={AGENDA_MEDIA_ACCEPT}
                  onChange={(e) => {
                    void attach(e.currentTarget.files?.[0] ?? null);
                    e.currentTarget.value = "";
                  }}
                />
                <Button
                  component="label"
                  htmlFor={inputId}
                  size="compact-xs"
                  variant="subtle"
                  loading={uploading}
                  aria-hidden
                >
                  Đính kèm tệp
                </Button>
              </Group>
            ) : null}
            {uploadError ? <ErrorAlert error={uploadError} title="Chưa tải tệp lên được" /> : null}
          </Stack>
        </Group>
        {editable && !phone ? order : null}
      </Group>
    </Paper>
  );
}
