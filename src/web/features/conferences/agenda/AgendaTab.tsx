import { Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import type { ConferenceDetail } from "../../../../domain/conferences.ts";
import { WhyDisabled } from "../../../components/WhyDisabled.tsx";
import { notifyDone } from "../../../lib/notify.ts";
import { useConferenceCtx } from "../ConferenceContext.tsx";
import { SaveBar } from "../SaveBar.tsx";
import { type AgendaDraft, AgendaItemCard, type AgendaMediaDraft } from "./AgendaItemCard.tsx";
import { agendaMediaApi } from "./agendaMediaApi.ts";

let nextKey = 0;
const key = () => `new-${++nextKey}`;

const fromConf = (agenda: ConferenceDetail["agenda"]): AgendaDraft[] =>
  [...agenda]
    .sort((a, b) => a.order - b.order)
    .map((a) => ({
      key: a.id,
      id: a.id,
      coreCode: a.coreCode,
      title: a.title,
      presenter: a.presenter ?? "",
      durationMinutes: a.durationMinutes ?? "",
      media: a.media.map(
        (m): AgendaMediaDraft =>
          m.kind === "file" && m.fileId
            ? { kind: "file", fileId: m.fileId, label: m.label }
            : { kind: "link", label: m.label, url: m.url ?? "" },
      ),
    }));

/** "Chương trình" (D7, 3.1): the plan's core items in order, plus the unit's own items, media links and files. */
export function AgendaTab() {
  const { conf, editable, rules, versions, saved, reload } = useConferenceCtx();
  const [items, setItems] = useState<AgendaDraft[]>(() => fromConf(conf.agenda));
  const [base, setBase] = useState(conf.version);
  const [dirty, setDirty] = useState(false);
  const [newTitle, setNewTitle] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!dirty) {
      setItems(fromConf(conf.agenda));
      setBase(conf.version);
    }
  }, [conf, dirty]);

  const update = (next: AgendaDraft[]) => {
    setItems(next);
    setDirty(true);
  };
  const present = new Set(items.map((i) => i.coreCode).filter(Boolean));
  const missingCore = rules.coreAgenda.filter((c) => !present.has(c.code));
  const coreTitles = new Map(rules.coreAgenda.map((c) => [c.code, c.title]));
  const total = items.reduce((s, i) => s + (Number(i.durationMinutes) || 0), 0);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const detail = await agendaMediaApi.save(
        conf.id,
        items.map((i) => ({
          ...(i.id ? { id: i.id } : {}),
          coreCode: i.coreCode,
          title: i.title,
          presenter: i.presenter.trim() || null,
          durationMinutes: i.durationMinutes === "" ? null : Number(i.durationMinutes),
          media: i.media
            .filter((m) => m.kind === "file" || m.label.trim() || m.url.trim())
            .map((m) =>
              m.kind === "file"
                ? { kind: "file" as const, fileId: m.fileId, label: m.label.trim() }
                : { kind: "link" as const, label: m.label.trim(), url: m.url.trim() },
            ),
        })),
        versions.resolve(base),
      );
      await saved(detail);
      setDirty(false);
      notifyDone("Đã lưu chương trình hội nghị");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p={{ base: "sm", sm: "lg" }}>
      <Stack>
        <Text size="sm" c="dimmed">
          Theo mục {rules.sections.agenda} của kế hoạch: {rules.coreAgenda.length} mục bắt buộc, giữ đúng thứ
          tự; đơn vị được thêm mục và tư liệu (phóng sự, video clip, hình ảnh) nhưng không được bỏ mục bắt
          buộc. Tư liệu là đường dẫn, hoặc tệp đính kèm: PDF, Word (.docx), ảnh PNG/JPEG, video MP4.
          {total > 0 ? ` Tổng thời lượng dự kiến: ${total} phút.` : ""}
        </Text>
        <Stack gap="xs">
          {items.map((item, i) => (
            <AgendaItemCard
              key={item.key}
              conferenceId={conf.id}
              item={item}
              index={i}
              count={items.length}
              coreTitle={item.coreCode ? coreTitles.get(item.coreCode) : undefined}
              coreAbove={Boolean(items[i - 1]?.coreCode)}
              coreBelow={Boolean(items[i + 1]?.coreCode)}
              editable={editable}
              onChange={(next) => update(items.map((x, j) => (j === i ? next : x)))}
              onMove={(to) => {
                const next = [...items];
                const [moved] = next.splice(i, 1);
                next.splice(to, 0, moved!);
                update(next);
              }}
              onRemove={() => update(items.filter((_, j) => j !== i))}
            />
          ))}
        </Stack>
        {editable && missingCore.length > 0 ? (
          <Stack gap={6}>
            <Text size="sm" fw={600} c="red.8">
              Còn thiếu mục bắt buộc:
            </Text>
            {missingCore.map((c) => (
              <Group key={c.code} gap="sm">
                <Text size="sm">{c.title}</Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() =>
                    update([
                      ...items,
                      {
                        key: key(),
                        coreCode: c.code,
                        title: c.title,
                        presenter: "",
                        durationMinutes: "",
                        media: [],
                      },
                    ])
                  }
                >
                  Thêm lại mục này
                </Button>
              </Group>
            ))}
          </Stack>
        ) : null}
        {editable ? (
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Thêm mục của đơn vị"
              placeholder="Ví dụ: Chiếu phóng sự về phong trào thi đua"
              value={newTitle}
              onChange={(e) => setNewTitle(e.currentTarget.value)}
              w={{ base: "100%", sm: 460 }}
            />
            <WhyDisabled disabled={!newTitle.trim()} reason="Nhập tên mục trước">
              <Button
                variant="default"
                disabled={!newTitle.trim()}
                onClick={() => {
                  update([
                    ...items,
                    {
                      key: key(),
                      coreCode: null,
                      title: newTitle.trim(),
                      presenter: "",
                      durationMinutes: "",
                      media: [],
                    },
                  ]);
                  setNewTitle("");
                }}
              >
                Thêm mục
              </Button>
            </WhyDisabled>
          </Group>
        ) : null}
        <SaveBar
          editable={editable}
          dirty={dirty}
          busy={busy}
          error={error}
          label="Lưu chương trình"
          onSave={save}
          onReload={async () => {
            setError(null);
            setDirty(false);
            await reload();
          }}
        />
      </Stack>
    </Paper>
  );
}
