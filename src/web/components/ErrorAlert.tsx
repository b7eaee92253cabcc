import { Alert, Button, Group, Text } from "@mantine/core";
import { ApiError, errorMessage } from "../lib/api.ts";

/** A refusal (4xx) stays a refusal: only timeouts, throttling and server faults are worth a retry. */
const retryable = (e: unknown) =>
  !(e instanceof ApiError) || e.status >= 500 || e.status === 408 || e.status === 429;

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
        {onRetry && retryable(error) ? (
          <Button size="xs" variant="white" onClick={onRetry}>
            Thử lại
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
