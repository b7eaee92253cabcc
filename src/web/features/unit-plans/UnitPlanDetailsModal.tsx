import { Button, Group, Modal, SimpleGrid, Stack, Text } from "@mantine/core";
import { formatDateTimeVi, formatDateVi } from "../../../domain/text.ts";
import { UNIT_PLAN_ANSWER_LABELS, type UnitPlan } from "../../../domain/unit-plans.ts";
import { formatNumber } from "../../lib/dates.ts";
import { STATUS_LABELS } from "./unitPlansApi.ts";

function Field({ label, value }: { label: string; value: string | undefined }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={500} style={{ whiteSpace: "pre-wrap" }}>
        {value || "—"}
      </Text>
    </Stack>
  );
}

/** What the unit wrote in its short form. */
export function UnitPlanDetailsModal({ plan, onClose }: { plan: UnitPlan; onClose: () => void }) {
  const a = plan.answers;
  const L = UNIT_PLAN_ANSWER_LABELS;
  return (
    <Modal opened onClose={onClose} title={`Kế hoạch của ${plan.unitName}`} size="lg" centered>
      <Stack>
        <Text size="sm">
          Trạng thái: <b>{STATUS_LABELS[plan.status]}</b>
          {plan.submittedAt ? ` · Gửi lúc ${formatDateTimeVi(plan.submittedAt)}` : ""}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={L.conferenceForm} value={a.conferenceForm} />
          <Field label={L.plannedDate} value={a.plannedDate ? formatDateVi(a.plannedDate) : undefined} />
          <Field
            label={L.expectedDelegates}
            value={a.expectedDelegates ? formatNumber(a.expectedDelegates) : undefined}
          />
          <Field label={L.contactName} value={a.contactName} />
          <Field label="Điện thoại" value={a.contactPhone} />
        </SimpleGrid>
        <Field label={L.notes} value={a.notes} />
        {plan.reviewComment ? <Field label="Ý kiến của người duyệt" value={plan.reviewComment} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Đóng
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
