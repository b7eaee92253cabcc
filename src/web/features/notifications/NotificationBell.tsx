/**
 * The bell in the header (SPEC K4): the unread count, and a list of the user's latest
 * notifications; each one opens the page where the work is done and is marked read.
 */
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from "@mantine/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { Notification } from "../../../domain/notifications.ts";
import { NOTIFICATION_KIND_LABELS } from "../../../domain/reminders.ts";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { useMarkRead, useNotifications } from "./notificationsApi.ts";

function BellIcon() {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3h-16a4 4 0 0 0 2 -3v-3a7 7 0 0 1 4 -6" />
      <path d="M9 17v1a3 3 0 0 0 6 0v-1" />
    </svg>
  );
}

function Item({ n, onOpen, onRead }: { n: Notification; onOpen: () => void; onRead: () => void }) {
  const unread = n.readAt === null;
  return (
    <Stack
      gap={4}
      p="sm"
      bg={unread ? "blue.0" : undefined}
      style={{ borderRadius: 6 }}
      data-testid="notification"
    >
      <UnstyledButton onClick={onOpen}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Badge
            size="xs"
            variant="light"
            color={n.kind === "reminder" ? "orange" : "blue"}
            style={{ flexShrink: 0 }}
          >
            {NOTIFICATION_KIND_LABELS[n.kind]}
          </Badge>
          <Text size="sm" fw={unread ? 700 : 500} c="blue.9">
            {n.title}
          </Text>
        </Group>
        <Text size="sm" mt={4}>
          {n.body}
        </Text>
      </UnstyledButton>
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {formatDateTimeVi(n.createdAt)}
        </Text>
        {unread ? (
          <Button variant="subtle" size="compact-xs" onClick={onRead}>
            Đánh dấu đã đọc
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            Đã đọc
          </Text>
        )}
      </Group>
    </Stack>
  );
}

export function NotificationBell() {
  const [opened, setOpened] = useState(false);
  const navigate = useNavigate();
  const q = useNotifications();
  const mark = useMarkRead();
  const unread = q.data?.unread ?? 0;
  const label = unread > 0 ? `Thông báo: ${unread} chưa đọc` : "Thông báo";
  const open = (n: Notification) => {
    if (n.readAt === null) mark.mutate(n.id);
    setOpened(false);
    navigate(n.link);
  };
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      width={400}
      position="bottom-end"
      shadow="md"
      withArrow
      transitionProps={{ duration: 0 }}
    >
      <Popover.Target>
        <Indicator
          label={unread > 99 ? "99+" : unread}
          size={18}
          disabled={unread === 0}
          color="red"
          offset={4}
        >
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={label}
            onClick={() => setOpened((o) => !o)}
            data-testid="bell"
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p="xs" aria-label="Danh sách thông báo">
        <Group justify="space-between" px="xs" pb="xs">
          <Text fw={700}>Thông báo</Text>
          <WhyDisabled disabled={unread === 0} reason="Không có thông báo chưa đọc">
            <Button
              variant="subtle"
              size="compact-sm"
              disabled={unread === 0}
              onClick={() => mark.mutate("all")}
            >
              Đánh dấu tất cả đã đọc
            </Button>
          </WhyDisabled>
        </Group>
        <ScrollArea.Autosize mah={420}>
          <Stack gap={4}>
            {q.data?.items.length ? (
              q.data.items.map((n) => (
                <Item key={n.id} n={n} onOpen={() => open(n)} onRead={() => mark.mutate(n.id)} />
              ))
            ) : (
              <Text size="sm" c="dimmed" p="sm">
                {q.isPending ? "Đang tải…" : "Chưa có thông báo nào."}
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
        {q.data && q.data.total > q.data.items.length ? (
          <Text size="xs" c="dimmed" px="xs" pt="xs">
            Đang hiện {q.data.items.length} thông báo mới nhất trong tổng số {q.data.total}.
          </Text>
        ) : null}
      </Popover.Dropdown>
    </Popover>
  );
}
