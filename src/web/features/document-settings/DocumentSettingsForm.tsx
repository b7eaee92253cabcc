/**
 * The form of a unit's document settings (SPEC L1, issue #10 item 9): issuing body, parent
 * body, place, symbol and signer, with a preview of the header and signature block as the
 * documents print them. A default not yet saved is said to be one.
 */
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  type DocumentSettingsView,
  SIGNER_PREFIX_LABELS,
  SIGNER_PREFIXES,
  type SignerPrefix,
} from "../../../domain/document-settings.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { ApiError } from "../../lib/api.ts";
import { notifyDone } from "../../lib/notify.ts";
import { documentSettingsApi, documentSettingsKey } from "./documentSettingsApi.ts";

type Values = {
  issuingBody: string;
  parentBody: string;
  place: string;
  symbol: string;
  signerPrefix: string | null;
  signerOnBehalfOf: string;
  signerTitle: string;
  signerName: string;
};

const toValues = (v: DocumentSettingsView): Values => ({
  issuingBody: v.settings.issuingBody,
  parentBody: v.settings.parentBody ?? "",
  place: v.settings.place,
  symbol: v.settings.symbol,
  signerPrefix: v.settings.signerPrefix,
  signerOnBehalfOf: v.settings.signerOnBehalfOf ?? "",
  signerTitle: v.settings.signerTitle,
  signerName: v.settings.signerName ?? "",
});

const up = (s: string) => s.trim().toLocaleUpperCase("vi");
const orNull = (s: string) => s.trim() || null;

export function DocumentSettingsForm({ view }: { view: DocumentSettingsView }) {
  const qc = useQueryClient();
  const [version, setVersion] = useState(view.version);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({ mode: "controlled", initialValues: toValues(view) });
  const v = form.values;

  const onSubmit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await documentSettingsApi.save(
        view.unitId,
        {
          issuingBody: values.issuingBody,
          parentBody: orNull(values.parentBody),
          place: values.place,
          symbol: up(values.symbol),
          signerPrefix: (values.signerPrefix as SignerPrefix | null) ?? null,
          signerOnBehalfOf: values.signerPrefix ? orNull(values.signerOnBehalfOf) : null,
          signerTitle: values.signerTitle,
          signerName: orNull(values.signerName),
        },
        version,
      );
      setVersion(saved.version);
      qc.setQueryData(documentSettingsKey(view.unitId), saved);
      notifyDone(`Đã lưu thiết lập văn bản của ${view.unitName}`);
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) {
        form.setErrors(
          Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [k.replace(/^settings\./u, ""), m])),
        );
      }
    } finally {
      setBusy(false);
    }
  });

  const reload = async () => {
    const fresh = await documentSettingsApi.get(view.unitId);
    form.setValues(toValues(fresh));
    setVersion(fresh.version);
    setError(null);
  };

  const readOnly = !view.canEdit;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Thiết lập văn bản">
      <Stack>
        {view.isDefault && version === 0 ? (
          <Alert color="yellow" variant="light" title="Đang dùng thiết lập mặc định">
            Đơn vị chưa lưu thiết lập văn bản; hệ thống tạm suy ra từ tên đơn vị. Hãy kiểm tra, điền họ tên
            người ký rồi bấm “Lưu thiết lập”.
          </Alert>
        ) : null}
        <MutationError error={error} onReload={reload} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label="Cơ quan chủ quản (nếu có)"
            description="Chỉ ghi khi có cơ quan cấp trên trực tiếp, ví dụ: UBND THỊ XÃ BỈM SƠN"
            readOnly={readOnly}
            {...form.getInputProps("parentBody")}
          />
          <TextInput
            label="Cơ quan ban hành"
            required
            readOnly={readOnly}
            {...form.getInputProps("issuingBody")}
          />
          <TextInput
            label="Địa danh ghi ở dòng ngày tháng"
            description="Ví dụ: Ba Đình → “Ba Đình, ngày … tháng … năm …”"
            required
            readOnly={readOnly}
            {...form.getInputProps("place")}
          />
          <TextInput
            label="Ký hiệu cơ quan"
            description="Ví dụ: UBND → “Số: …/DS-UBND”"
            required
            readOnly={readOnly}
            {...form.getInputProps("symbol")}
          />
          <Select
            label="Thể thức ký"
            placeholder="Người đứng đầu ký trực tiếp"
            clearable
            readOnly={readOnly}
            data={SIGNER_PREFIXES.map((p) => ({ value: p, label: SIGNER_PREFIX_LABELS[p] }))}
            {...form.getInputProps("signerPrefix")}
          />
          <TextInput
            label="Thay mặt / ký thay cho"
            description="Ví dụ: ỦY BAN NHÂN DÂN (sau TM.), CHỦ TỊCH (sau KT.)"
            disabled={!v.signerPrefix}
            readOnly={readOnly}
            {...form.getInputProps("signerOnBehalfOf")}
          />
          <TextInput
            label="Chức vụ người ký"
            required
            readOnly={readOnly}
            {...form.getInputProps("signerTitle")}
          />
          <TextInput
            label="Họ và tên người ký"
            description="Để trống nếu muốn ghi tay"
            readOnly={readOnly}
            {...form.getInputProps("signerName")}
          />
        </SimpleGrid>
        <Paper withBorder p="md" aria-label="Xem trước phần đầu và chữ ký">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={0} align="center" style={{ fontFamily: "'Times New Roman', serif" }}>
              {v.parentBody.trim() ? <Text size="sm">{up(v.parentBody)}</Text> : null}
              <Text size="sm" fw={700}>
                {up(v.issuingBody)}
              </Text>
              <Text size="sm" mt="xs">
                Số: &nbsp;&nbsp;&nbsp;&nbsp;/DS-{up(v.symbol)}
              </Text>
            </Stack>
            <Stack gap={0} align="center" style={{ fontFamily: "'Times New Roman', serif" }}>
              <Text size="sm" style={{ fontStyle: "italic" }}>
                {v.place.trim()}, ngày … tháng … năm …
              </Text>
              {v.signerPrefix && v.signerOnBehalfOf.trim() ? (
                <Text size="sm" fw={700} mt="xs">
                  {v.signerPrefix} {up(v.signerOnBehalfOf)}
                </Text>
              ) : null}
              <Text size="sm" fw={700}>
                {up(v.signerTitle)}
              </Text>
              <Text size="sm" fw={700} mt="lg">
                {v.signerName.trim() || "(họ và tên người ký)"}
              </Text>
            </Stack>
          </Group>
        </Paper>
        {readOnly ? null : (
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              Lưu thiết lập
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
