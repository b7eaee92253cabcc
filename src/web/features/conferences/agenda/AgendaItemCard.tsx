import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";

export type AgendaDraft = {
  key: string;
  id?: string;
  coreCode: string | null;
  title: string;
  presenter: string;
  durationMinutes: number | string;
  media: { label: string; url: string }[];
};

type Props = {
  item: AgendaDraft;
  index: number;
  count: number;
  coreTitle: string | undefined;
  editable: boolean;
  onChange: (next: AgendaDraft) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/** One agenda item: core items are marked and cannot be dropped; every item has a presenter and media links. */
export function AgendaItemCard({
  item,
  index,
  count,
  coreTitle,
  editable,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const core = item.coreCode !== null;
  const set = (patch: Partial<AgendaDraft>) => onChange({ ...item, ...patch });
  const setMedia = (i: number, patch: Partial<AgendaDraft["media"][number]>) =>
    set({ media: item.media.map((m, j) => (j === i ? { ...m, ...patch } : m)) });
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
            {editable ? (
              <Group gap="xs" align="flex-end" wrap="wrap">
                <TextInput
                  size="xs"
                  label="Người trình bày"
                  value={item.presenter}
                  onChange={(e) => set({ presenter: e.currentTarget.value })}
                  w={260}
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
                  w={120}
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
              editable ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: media links have no id of their own
                <Group key={i} gap="xs" align="flex-end" wrap="wrap">
                  <TextInput
                    size="xs"
                    label={i === 0 ? "Tư liệu (tên)" : undefined}
                    aria-label={`Tên tư liệu ${i + 1} của mục ${index + 1}`}
                    placeholder="Ví dụ: Phóng sự 5 năm phong trào thi đua"
                    value={m.label}
                    onChange={(e) => setMedia(i, { label: e.currentTarget.value })}
                    w={260}
                  />
                  <TextInput
                    size="xs"
                    label={i === 0 ? "Đường dẫn" : undefined}
                    aria-label={`Đường dẫn tư liệu ${i + 1} của mục ${index + 1}`}
                    placeholder="https://…"
                    value={m.url}
                    onChange={(e) => setMedia(i, { url: e.currentTarget.value })}
                    w={300}
                  />
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => set({ media: item.media.filter((_, j) => j !== i) })}
                  >
                    Bỏ tư liệu
                  </Button>
                </Group>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: media links have no id of their own
                <Anchor key={i} href={m.url} target="_blank" rel="noopener noreferrer" size="sm">
                  {m.label || m.url}
                </Anchor>
              ),
            )}
            {editable ? (
              <Group>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => set({ media: [...item.media, { label: "", url: "" }] })}
                >
                  + Thêm tư liệu (video, hình ảnh)
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Group>
        {editable ? (
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="default"
              aria-label={`Đưa mục ${index + 1} lên trên`}
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={`Đưa mục ${index + 1} xuống dưới`}
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
            >
              ↓
            </ActionIcon>
            {core ? (
              <Tooltip label="Mục bắt buộc theo kế hoạch, không được bỏ">
                <span style={{ display: "inline-block" }}>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    disabled
                    aria-label={`Không bỏ được mục ${index + 1}`}
                  >
                    Bỏ
                  </Button>
                </span>
              </Tooltip>
            ) : (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                aria-label={`Bỏ mục ${index + 1}`}
                onClick={onRemove}
              >
                Bỏ
              </Button>
            )}
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}
