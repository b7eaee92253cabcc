import { Alert, List, Text } from "@mantine/core";
import type { ImportResult } from "../../../domain/delegate-lists.ts";
import { ImportErrorTable, ImportPreviewTable } from "./ImportTables.tsx";

/** What was done to the file as a whole: legacy encoding converted, sheet chosen, .xls or CSV read. */
function ImportNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <Alert color="blue" variant="light" title="Hệ thống đã xử lý tệp" data-testid="delegate-import-notes">
      <List size="sm" spacing={2}>
        {notes.map((n) => (
          <List.Item key={n}>{n}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * What the dry run (or a refused import) found (E3; issue #10 items 4, 7): notes on the
 * file, every error, the rows worth a look, what will be added, and every row read —
 * rows with an error first.
 */
export function ImportVerdict({ result }: { result: ImportResult }) {
  const errors = result.errors;
  const warnings = result.warnings;
  const known = result.reused - result.alreadyListed;
  return (
    <>
      <ImportNotes notes={result.notes} />
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
      ) : result.added > 0 ? (
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
      {warnings.length > 0 ? (
        <>
          <Text size="sm" fw={500}>
            Cần xem lại {warnings.length} chỗ (vẫn nhập được):
          </Text>
          <ImportErrorTable errors={warnings} testId="delegate-import-warning" messageLabel="Cần xem lại" />
        </>
      ) : null}
      {result.preview.length > 0 ? (
        <>
          <Text size="sm" c="dimmed">
            {`Xem trước cả ${result.preview.length} dòng${errors.length > 0 ? ", dòng có lỗi lên đầu" : ""}:`}
          </Text>
          <ImportPreviewTable rows={result.preview} errors={errors} warnings={warnings} />
        </>
      ) : null}
    </>
  );
}
