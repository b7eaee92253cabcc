import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { MutationError } from "../../components/MutationError.tsx";

type Props = {
  title: string;
  intro: string;
  label: string;
  confirmLabel: string;
  danger?: boolean;
  loading: boolean;
  error: unknown;
  onConfirm: (text: string) => void;
  onClose: () => void;
  onReload: () => void;
};

/** Asks for the comment of a return or the reason of a reopening; both are required. */
export function ReasonModal({ title, intro, label, confirmLabel, danger, loading, error, ...on }: Props) {
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);
  const confirm = () => {
    if (text.trim() === "") {
      setMissing(true);
      return;
    }
    on.onConfirm(text.trim());
  };
  return (
    <Modal opened onClose={on.onClose} title={title} centered size="lg">
      <Stack>
        <Text size="sm">{intro}</Text>
        <Textarea
          label={label}
          autosize
          minRows={4}
          maxLength={2000}
          data-autofocus
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? `Hãy nhập ${label.toLowerCase()}.` : undefined}
          required
        />
        <MutationError error={error} onReload={on.onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={on.onClose}>
            Hủy
          </Button>
          <Button color={danger ? "red" : undefined} loading={loading} onClick={confirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
