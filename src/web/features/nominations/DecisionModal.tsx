/** Return with a comment (a unit's nominations, or the compiled list): the comment is required. */
import { Button, Group, Modal, Textarea } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { notifyDone } from "../../lib/notify.ts";

type Ask = { title: string; label: string; run: (comment: string) => Promise<unknown>; done: string } | null;

export function DecisionModal({
  ask,
  onClose,
  onDone,
}: {
  ask: Ask;
  onClose: () => void;
  onDone: () => void;
}) {
  const [comment, setComment] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setComment("");
    setError(null);
    onClose();
  };
  return (
    <Modal opened={ask !== null} onClose={close} title={ask?.title}>
      <Textarea
        label={ask?.label}
        required
        autosize
        minRows={3}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        data-autofocus
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={close}>
          Hủy
        </Button>
        <WhyDisabled disabled={comment.trim() === ""} reason="Ghi ý kiến trước">
          <Button
            color="red"
            loading={busy}
            disabled={comment.trim() === ""}
            onClick={async () => {
              if (!ask) return;
              setBusy(true);
              try {
                await ask.run(comment.trim());
                notifyDone(ask.done.replace(/\.$/u, ""));
                onDone();
                close();
              } catch (e) {
                setError(e);
              } finally {
                setBusy(false);
              }
            }}
          >
            Trả lại
          </Button>
        </WhyDisabled>
      </Group>
    </Modal>
  );
}
