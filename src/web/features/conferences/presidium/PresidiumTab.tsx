import { Badge, Button, Group, Paper, Select, Stack, Text } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { isExemplarGroup, isLeader } from "../../../../domain/rules/categories.ts";
import { WhyDisabled } from "../../../components/WhyDisabled.tsx";
import { notifyDone } from "../../../lib/notify.ts";
import { useConferenceCtx } from "../ConferenceContext.tsx";
import { conferencesApi } from "../conferencesApi.ts";
import { sortDelegates } from "../delegates/DelegatesTab.tsx";
import { positionLine } from "../delegates/DelegateTable.tsx";
import { viFilter } from "../inputs/viFilter.ts";
import { SaveBar } from "../SaveBar.tsx";
import { type Member, PresidiumList } from "./PresidiumList.tsx";

const fromConf = (ms: { delegateId: string; titleShown: string | null; order: number }[]): Member[] =>
  [...ms]
    .sort((a, b) => a.order - b.order)
    .map((m) => ({ delegateId: m.delegateId, titleShown: m.titleShown ?? "" }));

/** "Chủ tọa" (D6, 3.2): 5 to 7 delegates in order, leaders and exemplars both present. */
export function PresidiumTab() {
  const { conf, editable, rules, versions, saved, reload } = useConferenceCtx();
  const [members, setMembers] = useState<Member[]>(() => fromConf(conf.presidium));
  const [base, setBase] = useState(conf.version);
  const [dirty, setDirty] = useState(false);
  const [pick, setPick] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!dirty) {
      setMembers(fromConf(conf.presidium));
      setBase(conf.version);
    }
  }, [conf, dirty]);

  const byId = useMemo(() => new Map(conf.delegates.map((d) => [d.id, d])), [conf.delegates]);
  const update = (next: Member[]) => {
    setMembers(next);
    setDirty(true);
  };
  const chosen = useMemo(() => new Set(members.map((m) => m.delegateId)), [members]);
  // Sorted and labelled once per answer from the server; only the filter runs per render.
  const host = conf.kind === "town" ? undefined : conf.unitName;
  const allOptions = useMemo(
    () =>
      sortDelegates(conf.delegates).map((d) => ({
        value: d.id,
        label: [d.fullName, positionLine(d, host)].filter(Boolean).join(" — "),
      })),
    [conf.delegates, host],
  );
  const options = useMemo(() => allOptions.filter((o) => !chosen.has(o.value)), [allOptions, chosen]);
  const { min, max } = rules.presidium;
  const n = members.length;
  const inRange = n >= min && n <= max;
  const cats = (id: string) => byId.get(id)?.person?.categories ?? [];
  const leaders = members.filter((m) => isLeader(cats(m.delegateId))).length;
  const exemplars = members.filter((m) => isExemplarGroup(cats(m.delegateId))).length;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const detail = await conferencesApi.setPresidium(
        conf.id,
        members.map((m) => ({ delegateId: m.delegateId, titleShown: m.titleShown.trim() || null })),
        versions.resolve(base),
      );
      await saved(detail);
      setDirty(false);
      notifyDone("Đã lưu đoàn Chủ tọa");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="lg">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              Theo mục {rules.sections.presidium}: từ {min} đến {max} người, gồm đại diện lãnh đạo cấp ủy,
              chính quyền, đoàn thể và đại diện Anh hùng, chiến sĩ thi đua, điển hình tiên tiến.
            </Text>
          </Stack>
          <Badge size="lg" variant="light" color={inRange ? "green" : "orange"} data-testid="presidium-count">
            Đã chọn {n} / {min}–{max} người
          </Badge>
        </Group>
        <Group gap="lg">
          <Text size="sm" c={leaders > 0 ? undefined : "red.8"}>
            Lãnh đạo cấp ủy, chính quyền, đoàn thể: <b>{leaders}</b>
          </Text>
          <Text size="sm" c={exemplars > 0 ? undefined : "red.8"}>
            Anh hùng, chiến sĩ thi đua, điển hình: <b>{exemplars}</b>
          </Text>
        </Group>
        <PresidiumList members={members} byId={byId} editable={editable} onChange={update} />
        {editable ? (
          <Group align="flex-end" gap="sm">
            <Select
              label="Thêm vào đoàn Chủ tọa"
              description="Chọn trong danh sách đại biểu"
              placeholder="Gõ tên, có dấu hoặc không dấu"
              searchable
              clearable
              filter={viFilter}
              data={options}
              value={pick}
              onChange={setPick}
              w={{ base: "100%", sm: 460 }}
              maxDropdownHeight={300}
              nothingFoundMessage="Không có đại biểu phù hợp"
            />
            <WhyDisabled disabled={!pick} reason="Chọn đại biểu trước">
              <Button
                variant="default"
                disabled={!pick}
                onClick={() => {
                  if (!pick) return;
                  const d = byId.get(pick);
                  update([...members, { delegateId: pick, titleShown: d?.person?.position ?? "" }]);
                  setPick(null);
                }}
              >
                Thêm
              </Button>
            </WhyDisabled>
          </Group>
        ) : null}
        <SaveBar
          editable={editable}
          dirty={dirty}
          busy={busy}
          error={error}
          label="Lưu đoàn Chủ tọa"
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
