import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import type { Delegate } from "../../../../domain/conferences.ts";
import { isExemplarGroup, isLeader } from "../../../../domain/rules/categories.ts";
import { WhyDisabled } from "../../../components/WhyDisabled.tsx";

export type Member = { delegateId: string; titleShown: string };

type Props = {
  members: Member[];
  byId: Map<string, Delegate>;
  editable: boolean;
  onChange: (next: Member[]) => void;
};

const move = <T,>(list: T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/** The presidium in its seating order, each with the title shown on the stage list. */
export function PresidiumList({ members, byId, editable, onChange }: Props) {
  if (members.length === 0) return <Text c="dimmed">Chưa chọn người nào vào đoàn Chủ tọa.</Text>;
  return (
    <Stack gap="xs">
      {members.map((m, i) => {
        const d = byId.get(m.delegateId);
        const cats = d?.person?.categories ?? [];
        const name = d?.fullName ?? "(không còn trong danh sách đại biểu)";
        return (
          <Paper
            key={m.delegateId}
            withBorder
            p="sm"
            data-testid="presidium-member"
            data-delegate-id={m.delegateId}
          >
            {/* Narrower than 20rem (a phone): the buttons wrap onto their own row under the input. */}
            <Group justify="space-between" align="center" gap="xs">
              <Group gap="sm" wrap="nowrap" style={{ flex: "1 1 20rem", minWidth: 0 }}>
                <Text fw={700} w={24} ta="right">
                  {i + 1}.
                </Text>
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap={6}>
                    <Text fw={600}>{name}</Text>
                    {isLeader(cats) ? (
                      <Badge size="xs" variant="light" color="blue">
                        Lãnh đạo
                      </Badge>
                    ) : null}
                    {isExemplarGroup(cats) ? (
                      <Badge size="xs" variant="light" color="orange">
                        Anh hùng, CSTĐ, điển hình
                      </Badge>
                    ) : null}
                  </Group>
                  {editable ? (
                    <TextInput
                      size="xs"
                      aria-label={`Chức danh hiển thị của ${name}`}
                      placeholder="Chức danh hiển thị (ví dụ: Bí thư Đảng ủy phường)"
                      value={m.titleShown}
                      onChange={(e) =>
                        onChange(
                          members.map((x, j) => (j === i ? { ...x, titleShown: e.currentTarget.value } : x)),
                        )
                      }
                    />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {m.titleShown}
                    </Text>
                  )}
                </Stack>
              </Group>
              {editable ? (
                <Group gap={4} wrap="nowrap" ml="auto">
                  <WhyDisabled disabled={i === 0} reason="Người này đã ở đầu danh sách">
                    <ActionIcon
                      variant="default"
                      aria-label={`Đưa ${name} lên trên`}
                      disabled={i === 0}
                      onClick={() => onChange(move(members, i, i - 1))}
                    >
                      ↑
                    </ActionIcon>
                  </WhyDisabled>
                  <WhyDisabled disabled={i === members.length - 1} reason="Người này đã ở cuối danh sách">
                    <ActionIcon
                      variant="default"
                      aria-label={`Đưa ${name} xuống dưới`}
                      disabled={i === members.length - 1}
                      onClick={() => onChange(move(members, i, i + 1))}
                    >
                      ↓
                    </ActionIcon>
                  </WhyDisabled>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={`Bỏ ${name} khỏi đoàn Chủ tọa`}
                    onClick={() => onChange(members.filter((_, j) => j !== i))}
                  >
                    Bỏ
                  </Button>
                </Group>
              ) : null}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
