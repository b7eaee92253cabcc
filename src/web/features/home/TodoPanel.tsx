/**
 * "Việc cần làm" on every role's home page (issue #8 item 5): the sections of GET /api/todo,
 * what was returned first, each line linking to where the work is done, "Xem tất cả" when
 * the list holds more than it shows, and an empty state saying what will appear.
 */
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { daysText, type TodoLine, type TodoList, type TodoSection } from "../../../domain/todo.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { api } from "../../lib/api.ts";
import { todoPath, todoWhen } from "./todoLinks.ts";

const TONE_BADGE: Record<TodoLine["tone"], { color: string; label: string } | null> = {
  returned: { color: "orange", label: "Bị trả lại" },
  overdue: null,
  due: null,
  review: { color: "violet", label: "Chờ duyệt" },
};

function DaysBadge({ line }: { line: TodoLine }) {
  const fixed = TONE_BADGE[line.tone];
  if (fixed)
    return (
      <Badge color={fixed.color} variant="light">
        {fixed.label}
      </Badge>
    );
  if (line.days === null) return null;
  const color = line.tone === "overdue" ? "red" : line.days <= 7 ? "yellow" : "blue";
  return (
    <Badge color={color} variant="light">
      {daysText(line.tone, line.days)}
    </Badge>
  );
}

function Line({ line }: { line: TodoLine }) {
  return (
    <Stack gap={2} data-testid="todo-line">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={0}>
          <Anchor component={Link} to={todoPath(line.target)} fw={500}>
            {line.unitName ? `${line.unitName}: ` : ""}
            {line.text}
          </Anchor>
          {line.at ? (
            <Text size="xs" c="dimmed">
              {todoWhen(line)}
            </Text>
          ) : null}
        </Stack>
        <DaysBadge line={line} />
      </Group>
      {line.comment ? (
        <Text size="sm" c="orange.9">
          Ý kiến: {line.comment}
        </Text>
      ) : null}
    </Stack>
  );
}

function Section({ s }: { s: TodoSection }) {
  const hidden = s.total - s.lines.length;
  return (
    <Stack gap="xs" data-testid={`todo-${s.key}`}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Title order={4}>{s.title}</Title>
        {s.total > 0 ? (
          <Badge variant="filled" color={s.key === "returned" ? "orange" : "gray"}>
            {s.total}
          </Badge>
        ) : null}
      </Group>
      {s.lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {s.empty}
        </Text>
      ) : (
        s.lines.map((l) => <Line key={`${l.target.kind}-${l.target.id}-${l.unitName}-${l.text}`} line={l} />)
      )}
      {hidden > 0 && s.more ? (
        <Anchor component={Link} to={todoPath(s.more)} size="sm">
          Xem tất cả ({s.total})
        </Anchor>
      ) : null}
    </Stack>
  );
}

export function TodoPanel() {
  const todo = useQuery({ queryKey: ["todo"], queryFn: () => api<TodoList>("/api/todo") });
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Title order={3}>Việc cần làm</Title>
        {todo.isPending ? <PageLoader /> : null}
        {todo.isError ? <ErrorAlert error={todo.error} onRetry={() => todo.refetch()} /> : null}
        {todo.data?.sections.map((s) => (
          <Section key={s.key} s={s} />
        ))}
      </Stack>
    </Paper>
  );
}
