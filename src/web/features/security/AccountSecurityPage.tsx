import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Image,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { MfaEnrolment } from "../../../domain/mfa.ts";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { errorMessage } from "../../lib/api.ts";
import { ME_KEY } from "../../lib/auth.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { RecoveryCodes } from "./RecoveryCodes.tsx";
import { MFA_KEY, securityApi } from "./securityApi.ts";

/** "Bảo mật tài khoản" (issue #12 item 3): second-factor status and enrolment with a QR code. */
export function AccountSecurityPage() {
  useDocumentTitle("Bảo mật tài khoản");
  const qc = useQueryClient();
  const status = useQuery({ queryKey: MFA_KEY, queryFn: securityApi.status });
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      setEnrolment(await securityApi.enrol());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await securityApi.confirm(code);
      setCodes(result.recoveryCodes);
      setEnrolment(null);
      setCode("");
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const done = async () => {
    setCodes(null);
    await qc.invalidateQueries({ queryKey: MFA_KEY });
    await qc.invalidateQueries({ queryKey: ME_KEY });
  };

  const s = status.data;
  return (
    <Stack maw={640}>
      <PageHeader
        title="Bảo mật tài khoản"
        description="Xác thực hai lớp: ngoài mật khẩu, mỗi lần đăng nhập cần thêm mã 6 chữ số trên điện thoại của bạn."
      />
      {status.isPending ? <PageLoader /> : null}
      {status.isError ? <ErrorAlert error={status.error} onRetry={() => status.refetch()} /> : null}
      {codes ? <RecoveryCodes codes={codes} onDone={done} /> : null}
      {s && !codes ? (
        <Paper withBorder p="lg">
          <Stack>
            <Group>
              <Title order={3}>Xác thực hai lớp</Title>
              <Badge color={s.enabled ? "teal" : "gray"} variant="light" tt="none">
                {s.enabled ? "Đã bật" : "Chưa bật"}
              </Badge>
            </Group>
            {s.enabled ? (
              <Text>
                Bật từ {s.enabledAt ? formatDateTimeVi(s.enabledAt) : ""}. Còn {s.recoveryCodesLeft} mã khôi
                phục chưa dùng. Mất hoặc đổi điện thoại: hãy nhờ Phòng Nội vụ đặt lại xác thực hai lớp.
              </Text>
            ) : null}
            {!s.enabled && s.required ? (
              <Alert color="yellow" variant="light" title="Vai trò của bạn phải dùng xác thực hai lớp">
                Hãy bật xác thực hai lớp trước khi tiếp tục làm việc.
              </Alert>
            ) : null}
            {error ? (
              <Alert color="red" variant="light" role="alert">
                {error}
              </Alert>
            ) : null}
            {!s.enabled && !enrolment ? (
              <>
                <Text>
                  Cài một ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator…),
                  rồi bấm “Bắt đầu” để nhận mã QR.
                </Text>
                <Group>
                  <Button onClick={start} loading={busy}>
                    Bắt đầu
                  </Button>
                </Group>
              </>
            ) : null}
            {enrolment ? (
              <form onSubmit={confirm} noValidate aria-label="Xác nhận xác thực hai lớp">
                <Stack>
                  <Text>1. Trong ứng dụng, chọn thêm tài khoản và quét mã QR này:</Text>
                  <Image
                    src={enrolment.qrDataUrl}
                    alt="Mã QR để thêm thidua vào ứng dụng xác thực"
                    w={220}
                    h={220}
                  />
                  <Text size="sm">
                    Không quét được? Nhập khóa này bằng tay (loại: theo thời gian):{" "}
                    <Code data-testid="mfa-secret">{enrolment.secret}</Code>
                  </Text>
                  <Text>2. Nhập mã 6 chữ số ứng dụng đang hiện:</Text>
                  <TextInput
                    label="Mã xác thực"
                    name="code"
                    autoComplete="one-time-code"
                    inputMode="numeric"
                    value={code}
                    onChange={(e) => setCode(e.currentTarget.value)}
                    maw={200}
                  />
                  <Group>
                    <Button type="submit" loading={busy}>
                      Bật xác thực hai lớp
                    </Button>
                  </Group>
                </Stack>
              </form>
            ) : null}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
