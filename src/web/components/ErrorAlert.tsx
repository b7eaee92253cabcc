import { Alert, Button, Group, Text } from "@mantine/core";
import { errorMessage } from "../lib/api.ts";

/** A failed request, in the server's Vietnamese words. */
export function ErrorAlert({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  return (
    <Alert color="red" variant="light" title={title ?? "Không thực hiện được"} role="alert">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry ? (
          <Button size="xs" variant="white" onClick={onRetry}>
            Thử lại
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
