/** A button that opens the file chooser for a dossier file (PDF, Word, Excel, images; the server checks the content, G2). */
import { Button } from "@mantine/core";
import { useId } from "react";

const ACCEPT = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg";

export function FilePicker({
  label,
  busy,
  onPick,
}: {
  label: string;
  busy: boolean;
  onPick: (f: File) => void;
}) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        type="file"
        aria-label={label}
        className="visually-hidden-input"
        accept={ACCEPT}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onPick(file);
          e.currentTarget.value = "";
        }}
      />
      <Button size="xs" variant="default" component="label" htmlFor={id} loading={busy}>
        Tải lên tệp
      </Button>
    </>
  );
}
