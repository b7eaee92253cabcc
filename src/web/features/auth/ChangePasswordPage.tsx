import { Alert, Button, Paper, PasswordInput, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { PASSWORD_MIN } from "../../../domain/auth.ts";
import { PageHeader } from "../../components/PageHeader.tsx";
import { ApiError, api, errorMessage } from "../../lib/api.ts";
import { ME_KEY, useCurrentUser } from "../../lib/auth.ts";
import { notifyDone } from "../../lib/notify.ts";
import { PATHS } from "../../paths.ts";

type Values = { currentPassword: string; newPassword: string; confirm: string };

export function ChangePasswordPage() {
  const me = useCurrentUser();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { currentPassword: "", newPassword: "", confirm: "" },
    validate: {
      currentPassword: (v) => (v ? null : "Hãy nhập mật khẩu hiện tại"),
      newPassword: (v) =>
        v.length >= PASSWORD_MIN ? null : `Mật khẩu mới cần ít nhất ${PASSWORD_MIN} ký tự`,
      confirm: (v, values) => (v === values.newPassword ? null : "Hai lần nhập mật khẩu mới chưa khớp nhau"),
    },
  });

  const onSubmit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setBusy(true);
    setError(null);
    try {
      await api("/api/auth/password", { body: { currentPassword, newPassword } });
      await qc.invalidateQueries({ queryKey: ME_KEY });
      form.reset();
      notifyDone("Đã đổi mật khẩu", "Các phiên đăng nhập khác của bạn đã được đăng xuất.");
      if (me.mustChangePassword) navigate(PATHS.home, { replace: true });
    } catch (e) {
      setError(errorMessage(e));
      if (e instanceof ApiError) form.setErrors(e.fields);
    } finally {
      setBusy(false);
    }
  });

  return (
    <Stack maw={480}>
      <PageHeader title="Đổi mật khẩu" description={`Mật khẩu mới cần ít nhất ${PASSWORD_MIN} ký tự.`} />
      {me.mustChangePassword ? (
        <Alert color="yellow" variant="light" title="Cần đổi mật khẩu">
          Bạn đang dùng mật khẩu được cấp. Hãy đặt mật khẩu mới của riêng mình trước khi tiếp tục làm việc.
        </Alert>
      ) : null}
      <Paper withBorder p="lg">
        <form onSubmit={onSubmit} noValidate aria-label="Đổi mật khẩu">
          <Stack>
            {error ? (
              <Alert color="red" variant="light" role="alert">
                {error}
              </Alert>
            ) : null}
            <PasswordInput
              label="Mật khẩu hiện tại"
              autoComplete="current-password"
              {...form.getInputProps("currentPassword")}
            />
            <PasswordInput
              label="Mật khẩu mới"
              autoComplete="new-password"
              {...form.getInputProps("newPassword")}
            />
            <PasswordInput
              label="Nhập lại mật khẩu mới"
              autoComplete="new-password"
              {...form.getInputProps("confirm")}
            />
            <Button type="submit" loading={busy} style={{ alignSelf: "flex-start" }}>
              Đổi mật khẩu
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
