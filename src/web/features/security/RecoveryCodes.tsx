import { Alert, Button, CopyButton, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";

/** The recovery codes, shown once after enrolment (issue #12 item 3): copy or print them now. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <Stack className="recovery-codes">
      <Alert color="yellow" variant="light" title="Lưu các mã khôi phục ngay bây giờ">
        Mỗi mã dùng được một lần, khi bạn không có điện thoại bên mình. Các mã chỉ hiện một lần này: hãy sao
        chép hoặc in ra và cất ở nơi an toàn.
      </Alert>
      <Paper withBorder p="md">
        <SimpleGrid cols={2} spacing="xs" aria-label="Mã khôi phục">
          {codes.map((c) => (
            <Text key={c} ff="monospace" fz="lg" data-testid="recovery-code">
              {c}
            </Text>
          ))}
        </SimpleGrid>
      </Paper>
      <Group className="no-print">
        <CopyButton value={codes.join("\n")}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? "Đã sao chép" : "Sao chép các mã"}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={() => window.print()}>
          In các mã
        </Button>
        <Button onClick={onDone}>Tôi đã lưu các mã</Button>
      </Group>
    </Stack>
  );
}
