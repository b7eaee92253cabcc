import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Navigate, useSearchParams } from "react-router";
import type { Me } from "../../../domain/auth.ts";
import { ApiError, api, errorMessage } from "../../lib/api.ts";
import { ME_KEY, useMe } from "../../lib/auth.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { PATHS } from "../../paths.ts";
import { MfaCodeStep } from "../security/MfaCodeStep.tsx";

/** Only addresses inside the app are followed after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith(PATHS.login) ? next : PATHS.home;
}

export function LoginPage() {
  const me = useMe();
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useDocumentTitle("Đăng nhập");

  // Right password, second factor due (issue #12 item 3): the code step.
  if (me.data?.mfa.pending) {
    return (
      <Center mih="100vh" bg="gray.0" p="md">
        <Paper withBorder shadow="sm" p="xl" w="100%" maw={420} radius="md">
          <Stack>
            <Title order={1} size="h2" c="red.8">
              Xác thực hai lớp
            </Title>
            <MfaCodeStep />
          </Stack>
        </Paper>
      </Center>
    );
  }
  // Signed in (just now, or already): on to the page asked for, or to the forced password change.
  if (me.data) {
    return (
      <Navigate
        to={me.data.mustChangePassword ? PATHS.changePassword : safeNext(params.get("next"))}
        replace
      />
    );
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!username.trim()) missing.username = "Hãy nhập tên đăng nhập";
    if (!password) missing.password = "Hãy nhập mật khẩu";
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const user = await api<Me>("/api/auth/login", { body: { username: username.trim(), password } });
      qc.setQueryData(ME_KEY, user);
    } catch (err) {
      setError(errorMessage(err));
      if (err instanceof ApiError) setFieldErrors(err.fields);
      setPassword("");
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420} radius="md">
        <form onSubmit={onSubmit} noValidate aria-label="Đăng nhập">
          <Stack>
            <Stack gap={2} mb="sm">
              <Title order={1} c="red.8">
                thidua
              </Title>
              <Text c="dimmed">Hội nghị điển hình tiên tiến các cấp</Text>
            </Stack>
            {error ? (
              <Alert color="red" variant="light" role="alert" title="Chưa đăng nhập được">
                {error}
              </Alert>
            ) : null}
            <TextInput
              label="Tên đăng nhập"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={fieldErrors.username}
              autoFocus
            />
            <PasswordInput
              label="Mật khẩu"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldErrors.password}
            />
            <Button type="submit" loading={busy} fullWidth mt="sm">
              Đăng nhập
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
