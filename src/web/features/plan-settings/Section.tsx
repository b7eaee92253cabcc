import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { MutationError } from "../../components/MutationError.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";

type Props = {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  dirty?: boolean;
  busy?: boolean;
  error?: unknown;
  saveLabel?: string;
  onSave?: () => void;
  onReload?: () => void;
};

/** One block of the settings page with its own "Lưu" and its own stale-save message (N2). */
export function Section({
  title,
  description,
  children,
  dirty,
  busy,
  error,
  saveLabel,
  onSave,
  onReload,
}: Props) {
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Stack>
        <Stack gap={4}>
          <Title order={3}>{title}</Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
        {onReload ? <MutationError error={error} onReload={onReload} /> : null}
        {onSave ? (
          <Group justify="flex-end">
            {dirty ? (
              <Text size="sm" c="dimmed">
                Có thay đổi chưa lưu
              </Text>
            ) : null}
            <WhyDisabled disabled={!dirty} reason="Chưa có thay đổi nào để lưu">
              <Button onClick={onSave} loading={busy} disabled={!dirty}>
                {saveLabel ?? "Lưu"}
              </Button>
            </WhyDisabled>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
