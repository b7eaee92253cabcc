import { Alert, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { formatDateTimeVi, formatDateVi } from "../../../domain/text.ts";
import type { UnitPlan } from "../../../domain/unit-plans.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useCurrentPlanDetail } from "../plan-settings/planApi.ts";
import { UnitPlanForm } from "./UnitPlanForm.tsx";
import {
  STATUS_COLORS,
  STATUS_LABELS,
  TIMELINESS_COLORS,
  timelinessText,
  useMyUnitPlan,
} from "./unitPlansApi.ts";

function StatusLine({ plan }: { plan: UnitPlan }) {
  const reviewer = plan.role === "pilot" ? "Thường trực HĐ TĐKT hoặc Hội đồng TĐKT" : "Thường trực HĐ TĐKT";
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group gap="sm">
          <Text fw={600}>Tình trạng:</Text>
          <Badge
            color={STATUS_COLORS[plan.status]}
            variant="filled"
            data-testid="unit-plan-status"
            data-status={plan.status}
          >
            {STATUS_LABELS[plan.status]}
          </Badge>
          {plan.timeliness ? (
            <Badge color={TIMELINESS_COLORS[plan.timeliness.state]} variant="light">
              {timelinessText(plan.timeliness)}
            </Badge>
          ) : null}
          {plan.role === "pilot" ? (
            <Badge color="grape" variant="light">
              Đơn vị tổ chức Hội nghị điểm
            </Badge>
          ) : null}
        </Group>
        {plan.timeliness ? (
          <Text size="sm" c="dimmed">
            Hạn gửi: {formatDateVi(plan.timeliness.dueOn)} (mục III.2 của kế hoạch)
            {plan.submittedAt ? ` · Đã gửi lúc ${formatDateTimeVi(plan.submittedAt)}` : ""}
          </Text>
        ) : null}
        {plan.status === "returned" ? (
          <Alert
            color="red"
            variant="light"
            title="Cần sửa theo ý kiến của người duyệt"
            data-testid="unit-plan-return-comment"
          >
            <Text fw={500} style={{ whiteSpace: "pre-wrap" }}>
              Bị trả lại: {plan.reviewComment ?? "(không ghi ý kiến)"}
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {plan.reviewedAt ? `Trả lại lúc ${formatDateTimeVi(plan.reviewedAt)}. ` : ""}Hãy sửa theo ý kiến
              trên rồi bấm “Nộp kế hoạch” lại.
            </Text>
          </Alert>
        ) : null}
        {plan.status === "submitted" ? (
          <Alert color="blue" variant="light">
            Kế hoạch đã gửi, đang chờ {reviewer} xem xét. Trong lúc chờ, kế hoạch không sửa được.
          </Alert>
        ) : null}
        {plan.status === "accepted" ? (
          <Alert color="green" variant="light">
            Kế hoạch đã được chấp nhận{plan.reviewedAt ? ` lúc ${formatDateTimeVi(plan.reviewedAt)}` : ""}.
            {plan.reviewComment ? ` Ý kiến: ${plan.reviewComment}` : ""}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The unit's own plan: the short form, the file, "Nộp kế hoạch", and the office's answer. */
export function MyUnitPlan() {
  const q = useMyUnitPlan(true);
  const { detail } = useCurrentPlanDetail();
  const rules = detail.data?.rules as { forms?: { unit?: string[]; pilot?: string[] } } | undefined;
  const due = q.data?.timeliness?.dueOn;
  return (
    <Stack gap="md">
      <PageHeader
        title="Kế hoạch của đơn vị"
        description={`Mỗi đơn vị xây dựng kế hoạch thực hiện và gửi về UBND (qua Phòng Nội vụ)${
          due ? ` trước ngày ${formatDateVi(due)}` : ""
        }. Gửi tệp kế hoạch (PDF hoặc Word), hoặc điền đủ phiếu dưới đây.`}
      />
      {q.isPending ? <PageLoader /> : null}
      {q.isError ? <ErrorAlert error={q.error} onRetry={() => q.refetch()} /> : null}
      {q.data ? (
        <>
          <StatusLine plan={q.data} />
          <UnitPlanForm
            plan={q.data}
            forms={(q.data.role === "pilot" ? rules?.forms?.pilot : rules?.forms?.unit) ?? []}
            editable={q.data.can.edit}
          />
        </>
      ) : null}
    </Stack>
  );
}
