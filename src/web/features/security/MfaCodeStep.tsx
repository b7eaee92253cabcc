import { Alert, Button, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiError, errorMessage } from "../../lib/api.ts";
import { ME_KEY, useSignOut } from "../../lib/auth.ts";
import { securityApi } from "./securityApi.ts";

/** The second step of sign-in (issue #12 item 3): a code from the app, or a recovery code. */
export function MfaCodeStep() {
  const qc = useQueryClient();
  const signOut = useSignOut();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) {
      setError("Hãy nhập mã xác thực.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const me = await securityApi.verify(code);
      qc.setQueryData(ME_KEY, me);
    } catch (err) {
      setError(errorMessage(err));
      if (err instanceof ApiError && err.status === 401 && err.code !== "MFA_CODE_INVALID") {
        qc.setQueryData(ME_KEY, null);
      }
      setCode("");
      setBusy(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Xác thực hai lớp">
      <Stack>
        <Text>
          Mở ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator…) và nhập mã 6
          chữ số của thidua. Không có điện thoại bên mình: nhập một mã khôi phục.
        </Text>
        {error ? (
          <Alert color="red" variant="light" role="alert" title="Chưa xác thực được">
            {error}
          </Alert>
        ) : null}
        <TextInput
          label="Mã xác thực"
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          autoFocus
        />
        <Button type="submit" loading={busy} fullWidth>
          Xác nhận
        </Button>
        <Button variant="subtle" onClick={() => void signOut()}>
          Đăng nhập bằng tài khoản khác
        </Button>
      </Stack>
    </form>
  );
}
