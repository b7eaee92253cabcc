/**
 * "Nhập danh sách cấp dưới" (SPEC F5, M1): the receiving level's office imports the package
 * the level below exported, as that unit's nominations to its own conference. All or
 * nothing; the same package twice adds nobody; refusals in the server's Vietnamese words.
 */
import { Alert, Button, FileInput, Group, Paper, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { PackageImportResult } from "../../../domain/nominations.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { nominationKeys, nominationsApi, useOverview } from "./nominationsApi.ts";

const NO_CONFERENCE = "Chưa có hội nghị cấp trên nào nhận đề cử nên chưa có chỗ nhập gói";

export function ImportPackagePage() {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<PackageImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ov = useOverview({ q: "", page: 1 });
  const qc = useQueryClient();
  const conference = ov.data?.conference ?? null;
  /** Nowhere to import to yet: no conference of this level takes nominations (issue #13). */
  const nothing = ov.data && ov.data.conference === null;
  const why = nothing ? NO_CONFERENCE : !file ? "Chọn tệp gói danh sách trước" : null;
  return (
    <Stack>
      <PageHeader
        title="Nhập danh sách cấp dưới"
        description={
          conference
            ? `Nhập gói danh sách đại biểu do cấp dưới tải về từ thidua, thành đề cử của đơn vị đó dự ${conference.title}.`
            : "Nhập gói danh sách đại biểu do cấp dưới tải về từ thidua."
        }
      />
      {nothing ? (
        <Alert color="blue" data-testid="nothing-to-nominate">
          {NO_CONFERENCE}. Khi Thường trực HĐ TĐKT tạo hội nghị cấp trên ở trang Hội nghị, gói danh sách của
          cấp dưới nhập được tại đây.
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        <Group align="flex-end">
          <FileInput
            label="Tệp gói danh sách do cấp dưới tải về từ thidua (đuôi .json)"
            placeholder="Chọn tệp"
            accept=".json,application/json"
            value={file}
            onChange={(f) => {
              setFile(f);
              setResult(null);
              setError(null);
            }}
            w={360}
          />
          <WhyDisabled disabled={why !== null} reason={why ?? ""}>
            <Button
              disabled={why !== null}
              loading={busy}
              onClick={async () => {
                if (!file || why) return;
                setBusy(true);
                setError(null);
                setResult(null);
                try {
                  setResult(await nominationsApi.importPackage(file));
                  await qc.invalidateQueries({ queryKey: nominationKeys.all });
                } catch (e) {
                  setError(e);
                } finally {
                  setBusy(false);
                }
              }}
            >
              Nhập gói
            </Button>
          </WhyDisabled>
        </Group>
        <Text size="sm" c="dimmed" mt="sm">
          Hệ thống kiểm tra tệp không bị sửa trên đường gửi và đơn vị gửi có tham gia kế hoạch của cấp này.
          Tệp có lỗi thì không nhập người nào; nhập lại cùng một tệp không thêm ai.
        </Text>
      </Paper>
      {error ? <ErrorAlert error={error} title="Không nhập được gói" /> : null}
      {result ? (
        <Alert
          color={result.alreadyImported ? "yellow" : "green"}
          title={result.unitName}
          data-testid="import-result"
        >
          {result.message}
        </Alert>
      ) : null}
    </Stack>
  );
}
