import { Alert, Button, Group, Loader, Modal, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ImportErrorTable } from "../../components/ImportErrorTable.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { keys } from "../../lib/queries.ts";
import { type ImportResult, unitsApi } from "./unitsApi.ts";

/**
 * Import of the unit list from xlsx (B1): the file is checked first (dry run),
 * every bad row and cell is listed, and only a clean file can be imported.
 */
export function UnitImportModal({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);

  const check = async (f: File | null) => {
    setFile(f);
    setResult(null);
    setError(null);
    if (!f) return;
    setBusy("check");
    try {
      setResult(await unitsApi.importXlsx(f, true));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const doImport = async () => {
    if (!file) return;
    setBusy("import");
    setError(null);
    try {
      const r = await unitsApi.importXlsx(file, false);
      if (r.errors.length > 0) {
        setResult(r);
        return;
      }
      await qc.invalidateQueries({ queryKey: keys.units });
      notifyDone("Đã nhập danh sách đơn vị", `Thêm ${r.created}, cập nhật ${r.updated} đơn vị.`);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const errors = result?.errors ?? [];
  return (
    <Modal opened onClose={onClose} title="Nhập danh sách đơn vị từ Excel" size="xl" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          Dùng tệp có cùng mẫu với tệp “Xuất Excel”. Hệ thống kiểm tra toàn bộ tệp trước; nếu có lỗi thì không
          nhập dòng nào.
        </Text>
        <Group gap="sm">
          {/* The browser's own file control speaks the browser's language: a Vietnamese button stands in for it. */}
          <input
            id={inputId}
            type="file"
            aria-label="Tệp Excel (.xlsx)"
            className="visually-hidden-input"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              void check(e.currentTarget.files?.[0] ?? null);
              e.currentTarget.value = "";
            }}
          />
          <Button component="label" htmlFor={inputId} variant="default" aria-hidden>
            Chọn tệp Excel (.xlsx)…
          </Button>
          <Text size="sm" c={file ? undefined : "dimmed"}>
            {file ? file.name : "Chưa chọn tệp"}
          </Text>
        </Group>
        {busy === "check" ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm">Đang kiểm tra tệp…</Text>
          </Group>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
        {result && errors.length > 0 ? (
          <>
            <Alert color="red" variant="light" title="Chưa nhập dòng nào" role="alert">
              Tệp có {errors.length} lỗi. Hãy sửa các lỗi dưới đây trong tệp Excel rồi chọn lại tệp.
            </Alert>
            <ImportErrorTable errors={errors} testId="import-error" columnWidth={180} />
          </>
        ) : null}
        {result && errors.length === 0 ? (
          <Alert color="green" variant="light" title="Tệp hợp lệ" data-testid="import-summary">
            Tệp có {result.rows} dòng: sẽ thêm {result.created}, cập nhật {result.updated}
            {result.unchanged > 0 ? `, giữ nguyên ${result.unchanged}` : ""} đơn vị. Bấm “Nhập” để lưu.
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <WhyDisabled
            disabled={!result || errors.length > 0}
            reason={!result ? "Chọn tệp danh sách đơn vị trước" : "Tệp còn lỗi: sửa trong tệp rồi chọn lại"}
          >
            <Button
              onClick={doImport}
              loading={busy === "import"}
              disabled={!result || errors.length > 0 || busy !== null}
            >
              Nhập
            </Button>
          </WhyDisabled>
        </Group>
      </Stack>
    </Modal>
  );
}
