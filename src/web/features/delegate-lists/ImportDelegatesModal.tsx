import { Button, Group, Loader, Modal, NativeSelect, NumberInput, Stack, Text, Title } from "@mantine/core";
import { useId, useRef, useState } from "react";
import type { FieldKey, ImportResult } from "../../../domain/delegate-lists.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { ColumnMapping } from "./ColumnMapping.tsx";
import { importDelegateList, type MappingChoice } from "./delegateListsApi.ts";
import { ImportVerdict } from "./ImportVerdict.tsx";

type Choice = { mapping: MappingChoice | null; sheetName: string | null; headerRow: number | null };
const AUTO: Choice = { mapping: null, sheetName: null, headerRow: null };

export type ImportDelegatesModalProps = {
  conferenceId: string;
  opened: boolean;
  onClose: () => void;
  /** After a successful import, with the server's answer (its `version` is the conference's new version). */
  onImported: (result: ImportResult) => void;
};

/**
 * Import of a conference's delegate list from a "danh sách trích ngang" (E3):
 * upload → the system reads the file (dry run) and shows the sheet, the column
 * mapping (which the user may correct), every bad row and cell, or a preview →
 * "Nhập danh sách" saves all rows, or nothing when any row is wrong.
 */
export function ImportDelegatesModal({
  conferenceId,
  opened,
  onClose,
  onImported,
}: ImportDelegatesModalProps) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [choice, setChoice] = useState<Choice>(AUTO);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const latest = useRef(0);

  const check = async (f: File, next: Choice) => {
    const call = ++latest.current;
    setChoice(next);
    setError(null);
    setBusy("check");
    try {
      const r = await importDelegateList(conferenceId, f, { dryRun: true, ...next });
      if (call === latest.current) setResult(r);
    } catch (e) {
      if (call === latest.current) {
        setResult(null);
        setError(e);
      }
    } finally {
      if (call === latest.current) setBusy(null);
    }
  };

  const pickFile = (f: File | null) => {
    setFile(f);
    setResult(null);
    setError(null);
    if (f) void check(f, AUTO);
  };

  const changeColumn = (field: FieldKey, column: string | null) => {
    if (!file || !result) return;
    const mapping: MappingChoice = { ...result.mapping, [field]: column };
    // One column holds one field: the field that had this column gives it up.
    if (column)
      for (const [k, v] of Object.entries(mapping))
        if (k !== field && v === column) mapping[k as FieldKey] = null;
    void check(file, { ...choice, mapping });
  };

  const close = () => {
    latest.current++;
    setFile(null);
    setResult(null);
    setError(null);
    setChoice(AUTO);
    setBusy(null);
    onClose();
  };

  const doImport = async () => {
    if (!file) return;
    const call = ++latest.current;
    setBusy("import");
    setError(null);
    try {
      const r = await importDelegateList(conferenceId, file, { dryRun: false, ...choice });
      if (call !== latest.current) return;
      if (r.errors.length > 0) {
        setResult(r);
        return;
      }
      notifyDone("Đã nhập danh sách đại biểu", `Thêm ${r.added} đại biểu (${r.created} người mới).`);
      onImported(r);
      close();
    } catch (e) {
      if (call === latest.current) setError(e);
    } finally {
      if (call === latest.current) setBusy(null);
    }
  };

  const errors = result?.errors ?? [];
  const cannotImport = !result
    ? "Chọn tệp danh sách trước"
    : errors.length > 0
      ? "Tệp còn lỗi: sửa trong tệp rồi chọn lại"
      : result.added === 0
        ? "Tệp không có người nào để thêm"
        : null;
  return (
    <Modal opened={opened} onClose={close} title="Nhập danh sách đại biểu từ Excel" size="70rem" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          Chọn tệp danh sách trích ngang (STT, Họ và tên, Năm sinh Nam/Nữ, Dân tộc, Chức vụ – đơn vị công tác,
          Thành tích…) dạng Excel (.xlsx, .xls) hoặc CSV; chữ gõ bằng bảng mã TCVN3 (ABC) hay VNI được tự
          chuyển sang Unicode. Hệ thống đọc thử toàn bộ tệp trước; nếu có lỗi thì không nhập dòng nào.
        </Text>
        <Group gap="sm">
          {/* The browser's own file control speaks the browser's language: a Vietnamese button stands in for it. */}
          <input
            id={inputId}
            type="file"
            aria-label="Tệp danh sách đại biểu (.xlsx, .xls, .csv)"
            className="visually-hidden-input"
            accept=".xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv"
            onChange={(e) => {
              pickFile(e.currentTarget.files?.[0] ?? null);
              e.currentTarget.value = "";
            }}
          />
          <Button
            component="label"
            htmlFor={inputId}
            variant="default"
            aria-hidden
            disabled={busy === "import"}
          >
            {file ? "Chọn tệp khác…" : "Chọn tệp danh sách đại biểu (.xlsx, .xls, .csv)…"}
          </Button>
          <Text size="sm" c={file ? undefined : "dimmed"}>
            {file ? file.name : "Chưa chọn tệp"}
          </Text>
          {busy === "check" ? (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">Đang đọc tệp…</Text>
            </Group>
          ) : null}
        </Group>
        {error ? <ErrorAlert error={error} title="Không đọc được tệp" /> : null}

        {result && file ? (
          <>
            <Group align="flex-end" gap="md">
              {result.sheetNames.length > 1 ? (
                <NativeSelect
                  label="Trang tính"
                  w={260}
                  data={result.sheetNames}
                  value={result.sheetName ?? ""}
                  disabled={busy !== null}
                  onChange={(e) => void check(file, { ...AUTO, sheetName: e.currentTarget.value })}
                />
              ) : result.sheetName ? (
                <Text size="sm">
                  Trang tính: <b>{result.sheetName}</b>
                </Text>
              ) : null}
              <NumberInput
                key={`${result.sheetName}|${result.headerRow}`}
                label="Dòng tiêu đề"
                w={140}
                min={1}
                max={1000}
                allowDecimal={false}
                defaultValue={result.headerRow ?? ""}
                disabled={busy !== null}
                onBlur={(e) => {
                  const n = Number(e.currentTarget.value);
                  if (Number.isInteger(n) && n >= 1 && n !== result.headerRow)
                    void check(file, { ...AUTO, sheetName: result.sheetName, headerRow: n });
                }}
              />
            </Group>
            <Stack gap={4}>
              <Title order={5}>Cột dữ liệu</Title>
              <Text size="sm" c="dimmed">
                Hệ thống tự nhận cột theo tiêu đề. Nếu nhận sai, chọn lại cột đúng; tệp sẽ được đọc lại.
              </Text>
              <ColumnMapping
                mapping={result.mapping}
                headers={result.headers}
                disabled={busy !== null}
                onChange={changeColumn}
              />
            </Stack>
            <ImportVerdict result={result} />
          </>
        ) : null}

        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Hủy
          </Button>
          <WhyDisabled disabled={cannotImport !== null} reason={cannotImport ?? ""}>
            <Button
              onClick={doImport}
              loading={busy === "import"}
              disabled={cannotImport !== null || busy !== null}
            >
              Nhập danh sách
            </Button>
          </WhyDisabled>
        </Group>
      </Stack>
    </Modal>
  );
}
