/** One item of a dossier's checklist (G1–G3): status, file, the office's comment, and the actions the viewer may take. */
import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { DOSSIER_EDITABLE, type DossierItem } from "../../../domain/dossiers.ts";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { notifyError } from "../../lib/notify.ts";
import { dossiersApi, ITEM_COLORS } from "./dossiersApi.ts";
import { FilePicker } from "./FilePicker.tsx";

export type ItemActions = {
  busy: boolean;
  upload?: (file: File) => void;
  generate?: () => void;
  generateLabel?: string;
  resubmit?: () => void;
  remove?: () => void;
  accept?: () => void;
  returnWith?: (comment: string) => void;
};

export function DossierItemRow({
  label,
  item,
  actions,
}: {
  label: string;
  item: DossierItem;
  actions: ItemActions;
}) {
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState("");
  const editable = DOSSIER_EDITABLE.includes(item.status);
  const f = item.file;
  return (
    <Stack
      gap={6}
      data-testid="dossier-item"
      data-status={item.status}
      data-requirement={item.requirementCode}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={500}>{item.person ? `${label}: ${item.person.fullName}` : label}</Text>
        <Badge color={ITEM_COLORS[item.status]} variant="light" data-testid="dossier-item-status">
          {item.statusLabel}
        </Badge>
      </Group>
      {item.status === "returned" && item.reviewComment ? (
        <Alert
          color="red"
          title="Thường trực trả lại, đề nghị sửa và gửi lại"
          data-testid="dossier-return-comment"
        >
          {item.reviewComment}
        </Alert>
      ) : null}
      <Group gap="sm" wrap="wrap">
        {f ? (
          <Text size="sm">
            <Anchor
              component="button"
              type="button"
              onClick={() => dossiersApi.downloadFile(f).catch((e) => notifyError(e, "Chưa tải được tệp"))}
            >
              {f.name}
            </Anchor>{" "}
            <Text span c="dimmed" size="sm">
              ({item.generated ? "dự thảo do hệ thống tạo, " : ""}
              {formatDateTimeVi(f.uploadedAt)})
            </Text>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Chưa có tệp.
          </Text>
        )}
        {item.submittedAt ? (
          <Text size="sm" c="dimmed">
            Gửi lúc {formatDateTimeVi(item.submittedAt)}
          </Text>
        ) : null}
      </Group>
      <Group gap="xs" wrap="wrap">
        {editable && actions.upload ? (
          <FilePicker
            label={`Tải lên tệp: ${item.person ? item.person.fullName : label}`}
            busy={actions.busy}
            onPick={actions.upload}
          />
        ) : null}
        {editable && actions.generate ? (
          <Button size="xs" variant="default" loading={actions.busy} onClick={actions.generate}>
            {actions.generateLabel}
          </Button>
        ) : null}
        {item.status === "returned" && item.file && actions.resubmit ? (
          <Button size="xs" color="blue" loading={actions.busy} onClick={actions.resubmit}>
            Gửi lại mục này
          </Button>
        ) : null}
        {item.status === "draft" && actions.remove && item.person ? (
          <Button size="xs" variant="subtle" color="red" loading={actions.busy} onClick={actions.remove}>
            Bỏ mục này
          </Button>
        ) : null}
        {item.status === "submitted" && actions.accept ? (
          <Button size="xs" color="green" loading={actions.busy} onClick={actions.accept}>
            Chấp nhận
          </Button>
        ) : null}
        {item.status === "submitted" && actions.returnWith ? (
          <Button size="xs" color="red" variant="light" onClick={() => setReturning(true)}>
            Trả lại
          </Button>
        ) : null}
      </Group>
      <Modal opened={returning} onClose={() => setReturning(false)} title={`Trả lại: ${label}`}>
        <Stack>
          <Textarea
            label="Ý kiến trả lại"
            description="Ghi rõ đơn vị cần sửa gì; ý kiến hiện ngay trên trang hồ sơ của đơn vị."
            autosize
            minRows={3}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setReturning(false)}>
              Hủy
            </Button>
            <WhyDisabled disabled={comment.trim() === ""} reason="Ghi ý kiến trả lại trước">
              <Button
                color="red"
                disabled={comment.trim() === ""}
                onClick={() => {
                  actions.returnWith?.(comment);
                  setReturning(false);
                  setComment("");
                }}
              >
                Trả lại
              </Button>
            </WhyDisabled>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
