import { Alert, Text } from "@mantine/core";
import type { ImportResult } from "../../../domain/delegate-lists.ts";
import { ImportErrorTable, ImportPreviewTable } from "./ImportTables.tsx";

/** What the dry run (or a refused import) found: every error, or what will be added and a preview. */
export function ImportVerdict({ result }: { result: ImportResult }) {
  const errors = result.errors;
  const known = result.reused - result.alreadyListed;
  return (
    <>
      {errors.length > 0 ? (
        <>
          <Alert
            color="red"
            variant="light"
            title={`Chưa nhập dòng nào — tệp có ${errors.length} lỗi`}
            role="alert"
          >
            Hãy sửa các lỗi dưới đây trong tệp Excel rồi chọn lại tệp (hoặc chọn lại cột nếu hệ thống nhận sai
            cột).
          </Alert>
          <ImportErrorTable errors={errors} />
        </>
      ) : (
        <>
          {result.added > 0 ? (
            <Alert color="green" variant="light" title="Tệp hợp lệ" data-testid="delegate-import-summary">
              Sẽ thêm {result.added} đại biểu ({result.created} người mới, {known} người đã có)
              {result.alreadyListed > 0
                ? `; ${result.alreadyListed} người đã có trong danh sách đại biểu nên giữ nguyên`
                : ""}
              . Bấm “Nhập danh sách” để lưu.
            </Alert>
          ) : (
            <Alert
              color="yellow"
              variant="light"
              title="Không có ai để thêm"
              data-testid="delegate-import-summary"
            >
              Cả {result.rows} người trong tệp đều đã có trong danh sách đại biểu của hội nghị.
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            {result.preview.length < result.rows
              ? `Xem trước ${result.preview.length} dòng đầu trong số ${result.rows} dòng:`
              : `Xem trước ${result.rows} dòng:`}
          </Text>
          <ImportPreviewTable rows={result.preview} />
        </>
      )}
    </>
  );
}
