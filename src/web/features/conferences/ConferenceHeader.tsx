import { Alert, Badge, Group, Stack, Text, Title } from "@mantine/core";
import { formatDateTimeVi, formatDateVi } from "../../../domain/text.ts";
import { useConferenceCtx } from "./ConferenceContext.tsx";
import { kindLabel, STATUS_COLORS, STATUS_LABELS } from "./labels.ts";

function when(at: string | null): string {
  return at ? ` lúc ${formatDateTimeVi(at)}` : "";
}

/** Unit, kind, status, deadline, and what the reviewer said. */
export function ConferenceHeader() {
  const { conf } = useConferenceCtx();
  const kind = kindLabel(conf.kind, conf.kindLabel);
  const approver = conf.kind === "pilot" ? "Hội đồng Thi đua – Khen thưởng" : "Thường trực HĐ TĐKT";
  const schedule = [
    conf.date ? formatDateVi(conf.date) : null,
    conf.startTime && conf.endTime ? `${conf.startTime}–${conf.endTime}` : (conf.startTime ?? null),
    conf.venue,
  ].filter(Boolean);
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Badge
          variant="light"
          color={conf.kind === "pilot" ? "grape" : conf.kind === "town" ? "red" : "blue"}
        >
          {kind}
        </Badge>
        <Badge
          variant="filled"
          color={STATUS_COLORS[conf.status]}
          data-testid="conference-status"
          data-status={conf.status}
        >
          {STATUS_LABELS[conf.status]}
        </Badge>
      </Group>
      <Title order={2}>{conf.title ?? `${kind} – ${conf.unitName}`}</Title>
      <Group gap="xl" wrap="wrap">
        <Text size="sm">
          <Text span c="dimmed">
            Đơn vị tổ chức:{" "}
          </Text>
          <Text span fw={600}>
            {conf.unitName}
          </Text>
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            Hạn hoàn thành:{" "}
          </Text>
          <Text span fw={600} data-testid="conference-deadline">
            {conf.deadline ? formatDateVi(conf.deadline) : "chưa có trong kế hoạch"}
          </Text>
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            Tổ chức:{" "}
          </Text>
          <Text span fw={600}>
            {schedule.length ? schedule.join(", ") : "chưa ghi ngày, giờ"}
          </Text>
        </Text>
      </Group>
      {conf.status === "returned" ? (
        <Alert
          color="red"
          variant="light"
          title="Cần sửa theo ý kiến của người duyệt"
          data-testid="return-comment"
        >
          <Text size="sm" fw={500} style={{ whiteSpace: "pre-wrap" }}>
            Bị trả lại: {conf.reviewComment ?? "(không ghi ý kiến)"}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            Trả lại{conf.reviewedBy ? ` bởi ${conf.reviewedBy}` : ""}
            {when(conf.reviewedAt)}.
            {conf.can.submit ? " Hãy sửa theo ý kiến trên rồi bấm “Nộp để duyệt” lại." : ""}
          </Text>
        </Alert>
      ) : null}
      {conf.status === "submitted" ? (
        <Alert color="blue" variant="light">
          Đã nộp{when(conf.submittedAt)}, đang chờ {approver} duyệt.
        </Alert>
      ) : null}
      {conf.status === "approved" && conf.reviewedAt ? (
        <Text size="sm" c="green.9">
          Đã được duyệt{when(conf.reviewedAt)}
          {conf.reviewedBy ? ` (${conf.reviewedBy})` : ""}
          {conf.reviewComment ? `. Ý kiến: ${conf.reviewComment}` : "."}
        </Text>
      ) : null}
      {conf.status === "draft" && conf.reopenReason ? (
        <Alert color="yellow" variant="light" title="Đã mở lại để sửa">
          Lý do mở lại: {conf.reopenReason}
        </Alert>
      ) : null}
    </Stack>
  );
}
