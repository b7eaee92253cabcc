import { Button, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { ApiError } from "../lib/api.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";

/** A refusal that no retry will change: the record is gone, or is not this user's to see. */
export const isNotFound = (e: unknown) => e instanceof ApiError && (e.status === 404 || e.status === 403);

type Props = {
  /** What was asked for, e.g. "hội nghị"; none: an address that is not in the app. */
  what?: string;
  /** A page this user can open: the list the record belongs to, or the home page. */
  backTo?: string;
  backLabel?: string;
};

/**
 * "Không tìm thấy" (issue #13 item 3): plain words and one way back to a page the user can
 * open — no "Thử lại", which would only fail again.
 */
export function NotFoundPage({ what, backTo = "/", backLabel = "Về trang chủ" }: Props) {
  const title = what ? `Không tìm thấy ${what}` : "Không tìm thấy trang";
  useDocumentTitle(title);
  return (
    <Stack align="flex-start" data-testid="not-found">
      <Title order={2}>{title}</Title>
      <Text>
        {what
          ? `Không có ${what} này, hoặc ${what} này không thuộc phạm vi tài khoản của bạn được xem.`
          : "Địa chỉ này không có trong hệ thống. Có thể đường dẫn đã bị gõ sai."}
      </Text>
      <Button component={Link} to={backTo}>
        {backLabel}
      </Button>
    </Stack>
  );
}
