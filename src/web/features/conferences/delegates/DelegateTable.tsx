import { Badge, Button, Group, NativeSelect, Table, Text } from "@mantine/core";
import type { Delegate } from "../../../../domain/conferences.ts";
import { GENDER_LABELS } from "../../../../domain/persons.ts";
import { foldVietnamese } from "../../../../domain/text.ts";
import { useConferenceCtx } from "../ConferenceContext.tsx";
import type { DelegatePatch } from "../conferencesApi.ts";
import { DELEGATE_STATUS_LABELS, ROLE_LABELS } from "../labels.ts";

type Props = {
  delegates: Delegate[];
  inPresidium: Set<string>;
  editable: boolean;
  statusEditable: boolean;
  busyId: string | null;
  onChange: (d: Delegate, patch: DelegatePatch) => void;
  onRemove: (d: Delegate) => void;
};

const ROLE_OPTIONS = Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }));
const STATUS_OPTIONS = Object.entries(DELEGATE_STATUS_LABELS).map(([value, label]) => ({ value, label }));

/**
 * "Trưởng khu phố 3, Phường Ba Đình" without repeating a workplace the position already
 * names, nor the organising unit itself (`host`) on its own conference's list.
 */
export function positionLine(d: Delegate, host?: string): string {
  const p = d.person;
  if (!p) return "Tập thể";
  const pos = p.position ?? "";
  const place = p.workplace ? foldVietnamese(p.workplace) : "";
  if (p.workplace && place !== (host ? foldVietnamese(host) : null) && !foldVietnamese(pos).includes(place)) {
    return pos ? `${pos}, ${p.workplace}` : p.workplace;
  }
  return pos;
}

export function DelegateTable({
  delegates,
  inPresidium,
  editable,
  statusEditable,
  busyId,
  onChange,
  onRemove,
}: Props) {
  const { conf, seesPersonalData } = useConferenceCtx();
  const host = conf.kind === "town" ? undefined : conf.unitName;
  return (
    <Table.ScrollContainer minWidth={seesPersonalData ? 800 : 700}>
      <Table
        striped
        highlightOnHover
        withTableBorder
        horizontalSpacing={6}
        verticalSpacing={6}
        fz="sm"
        className="delegate-table"
        style={{ tableLayout: "fixed" }}
        aria-label="Danh sách đại biểu"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right" w={40}>
              STT
            </Table.Th>
            <Table.Th w={150}>Họ và tên</Table.Th>
            <Table.Th w={52}>Giới tính</Table.Th>
            {seesPersonalData ? (
              <Table.Th ta="right" w={56}>
                Năm sinh
              </Table.Th>
            ) : null}
            {seesPersonalData ? <Table.Th w={64}>Dân tộc</Table.Th> : null}
            <Table.Th>Chức vụ – đơn vị</Table.Th>
            <Table.Th w={116}>Loại đại biểu</Table.Th>
            <Table.Th w={136}>Trạng thái</Table.Th>
            {editable ? <Table.Th w={52}>Thao tác</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {delegates.map((d, i) => (
            <Table.Tr key={d.id} data-testid="delegate-row" data-delegate-id={d.id}>
              <Table.Td className="num">{i + 1}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Text size="sm" fw={500}>
                    {d.fullName}
                  </Text>
                  {inPresidium.has(d.id) ? (
                    <Badge size="xs" variant="light" color="grape">
                      Chủ tọa
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                {d.person?.gender ? GENDER_LABELS[d.person.gender as "male" | "female"] : ""}
              </Table.Td>
              {seesPersonalData ? <Table.Td className="num">{d.person?.birthYear ?? ""}</Table.Td> : null}
              {seesPersonalData ? (
                <Table.Td className="nowrap">{d.person?.ethnicityName ?? ""}</Table.Td>
              ) : null}
              <Table.Td>
                <Text size="sm">{positionLine(d, host) || "—"}</Text>
              </Table.Td>
              <Table.Td>
                {editable ? (
                  <NativeSelect
                    size="xs"
                    w={104}
                    aria-label={`Loại đại biểu của ${d.fullName}`}
                    value={d.role}
                    data={ROLE_OPTIONS}
                    disabled={busyId === d.id}
                    onChange={(e) => onChange(d, { role: e.currentTarget.value as Delegate["role"] })}
                  />
                ) : (
                  <Text size="sm" className="nowrap">
                    {ROLE_LABELS[d.role]}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {statusEditable ? (
                  <NativeSelect
                    size="xs"
                    w={124}
                    aria-label={`Trạng thái của ${d.fullName}`}
                    value={d.status}
                    data={STATUS_OPTIONS}
                    disabled={busyId === d.id}
                    onChange={(e) => onChange(d, { status: e.currentTarget.value as Delegate["status"] })}
                  />
                ) : (
                  <Text size="sm" className="nowrap">
                    {DELEGATE_STATUS_LABELS[d.status]}
                  </Text>
                )}
              </Table.Td>
              {editable ? (
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={`Xóa ${d.fullName} khỏi danh sách`}
                    onClick={() => onRemove(d)}
                    disabled={busyId === d.id}
                  >
                    Xóa
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
