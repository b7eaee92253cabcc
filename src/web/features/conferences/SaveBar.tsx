import { Button, Group, Text } from "@mantine/core";
import { MutationError } from "../../components/MutationError.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";

/**
 * The foot of a conference tab edited as a whole (presidium, agenda): the save error with
 * "Tải lại" (a stale save, N2), "Có thay đổi chưa lưu", and the save button.
 */
export function SaveBar(props: {
  editable: boolean;
  dirty: boolean;
  busy: boolean;
  error: unknown;
  label: string;
  onSave: () => void;
  /** Drops the local edits and reloads the conference. */
  onReload: () => Promise<void>;
}) {
  return (
    <>
      <MutationError error={props.error} onReload={props.onReload} />
      {props.editable ? (
        <Group justify="flex-end">
          {props.dirty ? (
            <Text size="sm" c="dimmed">
              Có thay đổi chưa lưu
            </Text>
          ) : null}
          <WhyDisabled disabled={!props.dirty} reason="Chưa có thay đổi nào để lưu">
            <Button onClick={props.onSave} loading={props.busy} disabled={!props.dirty}>
              {props.label}
            </Button>
          </WhyDisabled>
        </Group>
      ) : null}
    </>
  );
}
