import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useId, useState } from "react";
import { formatDateTimeVi } from "../../../domain/text.ts";
import type { UnitPlan } from "../../../domain/unit-plans.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatNumber } from "../../lib/dates.ts";
import { notifyDone, notifyError } from "../../lib/notify.ts";
import { unitPlansApi } from "./unitPlansApi.ts";

const ACCEPT =
  ".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const fileSize = (bytes: number) =>
  bytes >= 1_048_576
    ? `${formatNumber(Math.round(bytes / 104_857.6) / 10)} MB`
    : `${formatNumber(Math.ceil(bytes / 1024))} KB`;

/** The unit's plan as a file (PDF or Word .docx; the server checks the content, G2). */
export function UnitPlanFile({
  plan,
  editable,
  onUploaded,
}: {
  plan: UnitPlan;
  editable: boolean;
  onUploaded: (p: UnitPlan) => void;
}) {
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const upload = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      onUploaded(await unitPlansApi.upload(file, plan.version));
      notifyDone("Đã tải lên tệp", `“${file.name}”.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const f = plan.file;
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        Tệp kế hoạch (PDF hoặc Word .docx)
      </Text>
      <Group gap="sm">
        {f ? (
          <Text size="sm">
            <Anchor
              component="button"
              type="button"
              onClick={() => unitPlansApi.downloadFile(f).catch((e) => notifyError(e, "Chưa tải được tệp"))}
            >
              {f.name}
            </Anchor>{" "}
            <Text span c="dimmed" size="sm">
              ({fileSize(f.size)}, tải lên lúc {formatDateTimeVi(f.uploadedAt)})
            </Text>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Chưa có tệp.
          </Text>
        )}
        {editable ? (
          <>
            <input
              id={inputId}
              type="file"
              aria-label="Tệp kế hoạch (PDF hoặc Word .docx)"
              className="visually-hidden-input"
              accept={ACCEPT}
              onChange={(e) => {
                void upload(e.currentTarget.files?.[0] ?? null);
                e.currentTarget.value = "";
              }}
            />
            <Button
              component="label"
              htmlFor={inputId}
              variant="default"
              size="sm"
              loading={busy}
              aria-hidden
            >
              {f ? "Thay tệp khác…" : "Chọn tệp kế hoạch…"}
            </Button>
          </>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} title="Chưa tải lên được" /> : null}
    </Stack>
  );
}
