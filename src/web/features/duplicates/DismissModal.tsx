import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import type { DuplicateGroup } from "../../../domain/duplicates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";

type Person = DuplicateGroup["people"][number];
export type PairToDismiss = { a: Person; b: Person };

/** The office confirms two people of different units are not the same person, with an optional note. */
export function DismissModal({
  pair,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  pair: PairToDismiss | null;
  busy: boolean;
  error: unknown;
  onConfirm: (note: string) => void;
  onClose: () => void;
}) {
  const [note, setNote] = useState("");
  const close = () => {
    setNote("");
    onClose();
  };
  return (
    <Modal opened={pair !== null} onClose={close} title="Không phải cùng một người" centered size="lg">
      {pair ? (
        <Stack>
          <Text size="sm">
            Đánh dấu <b>{pair.a.fullName}</b> ({pair.a.unitName}) và <b>{pair.b.fullName}</b> (
            {pair.b.unitName}) là hai người khác nhau. Hai người này sẽ không còn bị báo trùng; có thể hoàn
            tác ở mục “Đã đánh dấu không phải cùng một người”.
          </Text>
          <Textarea
            label="Ghi chú (không bắt buộc)"
            placeholder="Ví dụ: đã gọi điện xác minh với hai đơn vị, khác quê quán"
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {error ? <ErrorAlert error={error} title="Chưa lưu được" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Hủy
            </Button>
            <Button loading={busy} onClick={() => onConfirm(note)}>
              Xác nhận không phải cùng một người
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
