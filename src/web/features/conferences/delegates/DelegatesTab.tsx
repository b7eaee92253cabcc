import { Alert, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useDeferredValue, useMemo, useState } from "react";
import type { Delegate } from "../../../../domain/conferences.ts";
import { foldVietnamese, sortByPersonName } from "../../../../domain/text.ts";
import { ChoiceButtons } from "../../../components/ChoiceButtons.tsx";
import { MutationError } from "../../../components/MutationError.tsx";
import { useMay } from "../../../lib/auth.ts";
import { confirmAction } from "../../../lib/confirm.tsx";
import { notifyDone } from "../../../lib/notify.ts";
import { ExportButtons, ImportDelegatesModal } from "../../delegate-lists/index.ts";
import { useConferenceCtx } from "../ConferenceContext.tsx";
import { conferencesApi, type DelegatePatch } from "../conferencesApi.ts";
import { AddDelegateModal } from "./AddDelegateModal.tsx";
import { DelegateTable } from "./DelegateTable.tsx";

type RoleFilter = "all" | "exemplar" | "guest";

/** People first, by given name the Vietnamese way (E4); collectives after them. */
export function sortDelegates(list: readonly Delegate[]): Delegate[] {
  return sortByPersonName(
    list,
    (d) => d.fullName,
    (a, b) => Number(a.personId === null) - Number(b.personId === null),
  );
}

const searchText = (d: Delegate) =>
  [d.fullName, d.person?.position, d.person?.workplace].filter(Boolean).join(" ");

/** "Đại biểu" (E2): the list, a filter that ignores diacritics (E5), add, remove, role and status inline. */
export function DelegatesTab() {
  const { conf, editable, statusEditable, versions, savedVersion, reload } = useConferenceCtx();
  const [search, setSearch] = useState("");
  const [role, setRole] = useState<RoleFilter>("all");
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const may = useMay();
  // The danh sách trích ngang carries personal data (N3): culture and finance do not export it.
  const mayExport = may("people.read_personal");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  // Derived once per answer from the server, not on every keystroke or save (issue #11 item 3).
  const sorted = useMemo(() => sortDelegates(conf.delegates), [conf.delegates]);
  const folded = useMemo(() => new Map(sorted.map((d) => [d.id, foldVietnamese(searchText(d))])), [sorted]);
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(() => {
    const words = foldVietnamese(deferredSearch).split(" ").filter(Boolean);
    return sorted.filter(
      (d) =>
        (role === "all" || d.role === role) && words.every((w) => folded.get(d.id)?.includes(w) ?? false),
    );
  }, [sorted, folded, role, deferredSearch]);
  const inPresidium = useMemo(() => new Set(conf.presidium.map((p) => p.delegateId)), [conf.presidium]);
  const demo = useMemo(() => conf.delegates.filter((d) => d.person?.isDemo).length, [conf.delegates]);

  const change = async (d: Delegate, patch: DelegatePatch) => {
    setBusy(d.id);
    setError(null);
    try {
      const r = await conferencesApi.updateDelegate(conf.id, d.id, {
        ...patch,
        version: versions.resolve(conf.version),
      });
      await savedVersion(r.version);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const remove = async (removing: Delegate) => {
    const yes = await confirmAction({
      title: "Xóa đại biểu",
      message: `Xóa ${removing.fullName} khỏi danh sách đại biểu của hội nghị?${
        inPresidium.has(removing.id) ? " Người này cũng sẽ bị bỏ khỏi đoàn Chủ tọa." : ""
      } Thông tin của người này vẫn được giữ trong danh sách người của đơn vị.`,
      confirmLabel: "Xóa khỏi danh sách",
      danger: true,
    });
    if (!yes) return;
    setBusy(removing.id);
    setError(null);
    try {
      const r = await conferencesApi.removeDelegate(conf.id, removing.id);
      await savedVersion(r.version);
      notifyDone("Đã xóa đại biểu", `${removing.fullName} không còn trong danh sách đại biểu.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="sm">
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Lọc đại biểu"
              placeholder="Gõ tên, chức vụ; có dấu hoặc không dấu"
              type="search"
              w={300}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
            <ChoiceButtons<RoleFilter>
              value={role}
              onChange={setRole}
              label="Loại đại biểu"
              data={[
                { value: "all", label: "Tất cả" },
                { value: "exemplar", label: "Điển hình" },
                { value: "guest", label: "Khách mời" },
              ]}
            />
          </Group>
          <Group gap="sm">
            {mayExport ? <ExportButtons conferenceId={conf.id} size="sm" /> : null}
            {editable ? (
              <Button variant="default" onClick={() => setImporting(true)}>
                Nhập từ Excel
              </Button>
            ) : null}
            {editable ? <Button onClick={() => setAdding(true)}>Thêm đại biểu</Button> : null}
          </Group>
        </Group>
      </Paper>
      <Text size="sm" c="dimmed" aria-live="polite">
        {shown.length === sorted.length
          ? `${sorted.length} đại biểu, xếp theo tên (A–Z, theo thứ tự chữ cái tiếng Việt)`
          : `Tìm thấy ${shown.length} / ${sorted.length} đại biểu`}
      </Text>
      {demo > 0 ? (
        <Alert color="yellow" variant="light" p="xs">
          <Text size="sm">
            {demo === conf.delegates.length ? "Toàn bộ" : `${demo}`} người trong danh sách là số liệu mẫu để
            chạy thử, không phải người thật.
          </Text>
        </Alert>
      ) : null}
      <MutationError
        error={error}
        onReload={async () => {
          setError(null);
          await reload();
        }}
      />
      {shown.length === 0 ? (
        <Text>{sorted.length === 0 ? "Chưa có đại biểu nào." : "Không có đại biểu nào phù hợp."}</Text>
      ) : (
        <DelegateTable
          delegates={shown}
          inPresidium={inPresidium}
          editable={editable}
          statusEditable={statusEditable}
          busyId={busy}
          onChange={change}
          onRemove={(d) => void remove(d)}
        />
      )}
      {adding ? <AddDelegateModal onClose={() => setAdding(false)} /> : null}
      <ImportDelegatesModal
        conferenceId={conf.id}
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={async (result) => {
          // The modal itself says how many were added.
          if (result.version !== null) await savedVersion(result.version);
          else await reload();
        }}
      />
    </Stack>
  );
}
