import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from "@mantine/core";

/** Shows a one-time password once (N1); it cannot be read again afterwards. */
export function OneTimePasswordModal({
  username,
  password,
  onClose,
}: {
  username: string;
  password: string;
  onClose: () => void;
}) {
  return (
    <Modal opened onClose={onClose} title="Mật khẩu dùng một lần" centered closeOnClickOutside={false}>
      <Stack>
        <Text>
          Mật khẩu của tài khoản <b>{username}</b>:
        </Text>
        <Code block fz="xl" data-testid="one-time-password" style={{ letterSpacing: 1 }}>
          {password}
        </Code>
        <Alert color="yellow" variant="light">
          Mật khẩu này chỉ hiện một lần. Hãy ghi lại và trao tận tay người dùng; ở lần đăng nhập đầu tiên họ
          sẽ phải đổi sang mật khẩu của riêng mình.
        </Alert>
        <Group justify="flex-end">
          <CopyButton value={password}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? "Đã sao chép" : "Sao chép mật khẩu"}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>Tôi đã ghi lại, đóng</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
