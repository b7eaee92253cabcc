import { Button, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";

export function NotFoundPage() {
  useDocumentTitle("Không tìm thấy trang");
  return (
    <Stack align="flex-start">
      <Title order={2}>Không tìm thấy trang</Title>
      <Text>Địa chỉ này không có trong hệ thống. Có thể đường dẫn đã bị gõ sai.</Text>
      <Button component={Link} to="/">
        Về trang chủ
      </Button>
    </Stack>
  );
}
