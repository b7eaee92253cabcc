/** K1: the office picks a Council member and the units they follow; a stale save shows the 409 message. */
import { Button, Group, MultiSelect, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { sortVi } from "../../../domain/text.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { useUnits } from "../../lib/queries.ts";
import { progressApi, useCouncilMembers } from "./progressApi.ts";

export function AssignmentsPanel() {
  const qc = useQueryClient();
  const members = useCouncilMembers(true);
  const units = useUnits();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const member = members.data?.find((m) => m.id === memberId);
  const value = picked ?? member?.unitIds ?? [];
  const options = sortVi(
    (units.data ?? []).filter((u) => u.active),
    (u) => u.name,
  ).map((u) => ({ value: u.id, label: u.name }));

  const save = async () => {
    if (!member) return;
    setBusy(true);
    setError(null);
    try {
      await progressApi.setAssignments(member.id, value, member.unitIds);
      await qc.invalidateQueries({ queryKey: ["council-assignments"] });
      await qc.invalidateQueries({ queryKey: ["progress"] });
      setPicked(null);
      notifyDone(`Đã lưu phân công theo dõi của ${member.fullName}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>Phân công thành viên Hội đồng theo dõi đơn vị</Title>
        <Text size="sm" c="dimmed">
          Mỗi thành viên Hội đồng thấy trước các đơn vị mình theo dõi trên bảng tiến độ và trang chủ.
        </Text>
        <Group align="flex-end" wrap="wrap">
          <Select
            label="Thành viên Hội đồng"
            placeholder="Chọn thành viên"
            data={(members.data ?? []).map((m) => ({
              value: m.id,
              label: `${m.fullName} (${m.unitIds.length} đơn vị)`,
            }))}
            value={memberId}
            onChange={(v) => {
              setMemberId(v);
              setPicked(null);
              setError(null);
            }}
            w={{ base: "100%", sm: 320 }}
          />
          <MultiSelect
            label="Các đơn vị theo dõi"
            data={options}
            value={value}
            onChange={setPicked}
            disabled={!member}
            searchable
            clearable
            // Its own row, no wider than the card, when the card is narrower than Select + 360 px.
            miw={0}
            style={{ flex: "1 1 360px" }}
          />
          <WhyDisabled
            disabled={!member || picked === null}
            reason={!member ? "Chọn thành viên Hội đồng trước" : "Chưa thay đổi đơn vị theo dõi"}
          >
            <Button onClick={save} loading={busy} disabled={!member || picked === null}>
              Lưu phân công
            </Button>
          </WhyDisabled>
        </Group>
        <MutationError
          error={error}
          onReload={() => {
            setPicked(null);
            setError(null);
            void members.refetch();
          }}
        />
      </Stack>
    </Paper>
  );
}
