import { Alert, Button, Group, Text } from "@mantine/core";
import { ApiError } from "../lib/api.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

export const STALE_MESSAGE =
  "Dữ liệu đã được người khác thay đổi sau khi bạn mở. Hãy bấm “Tải lại” để xem bản mới nhất rồi sửa lại.";

/** A failed save; a stale one (409 STALE, N2) offers to reload the latest data. */
export function MutationError({ error, onReload }: { error: unknown; onReload: () => void }) {
  if (!error) return null;
  if (error instanceof ApiError && error.code === "STALE") {
    return (
      <Alert color="orange" variant="light" title="Chưa lưu được" role="alert">
        <Group justify="space-between" gap="sm">
          <Text size="sm">{STALE_MESSAGE}</Text>
          <Button size="xs" onClick={onReload}>
            Tải lại
          </Button>
        </Group>
      </Alert>
    );
  }
  return <ErrorAlert error={error} title="Chưa lưu được" />;
}
