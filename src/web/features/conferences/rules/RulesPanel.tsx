import { Alert, Button, Divider, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import type { Violation } from "../../../../domain/rules/types.ts";
import { useConferenceCtx } from "../ConferenceContext.tsx";
import { useConferenceCheck } from "../conferencesApi.ts";
import { tabOfViolation } from "../labels.ts";
import { CapSummary } from "./CapSummary.tsx";
import { CompositionSummary } from "./CompositionSummary.tsx";

const TAB_NAMES = {
  info: "Thông tin chung",
  delegates: "Đại biểu",
  presidium: "Chủ tọa",
  agenda: "Chương trình",
} as const;

function ViolationCard({ v, onGo }: { v: Violation; onGo: () => void }) {
  const error = v.severity === "error";
  const tab = tabOfViolation(v.code);
  return (
    <Paper
      withBorder
      p="sm"
      data-testid="violation"
      data-code={v.code}
      data-severity={v.severity}
      style={{ borderLeft: `4px solid var(--mantine-color-${error ? "red" : "yellow"}-6)` }}
    >
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {v.message}
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            Cách sửa:{" "}
          </Text>
          {v.hint}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed" data-testid="violation-section">
            Mục {v.section} của kế hoạch
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={onGo} aria-label={`Mở mục ${TAB_NAMES[tab]}`}>
            Đi tới “{TAB_NAMES[tab]}”
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * The live check (D9): every error and warning with the plan section it comes from and how
 * to fix it, checked as a submission would be; then the composition (D4, D5) and the cap (D3).
 */
export function RulesPanel() {
  const { conf, goTo } = useConferenceCtx();
  const check = useConferenceCheck(conf.id);
  const violations = check.data?.violations ?? conf.violations;
  const errors = violations.filter((v) => v.severity === "error");
  const warnings = violations.filter((v) => v.severity === "warning");
  return (
    <Paper
      withBorder
      p="md"
      data-testid="rules-panel"
      component="section"
      aria-label="Kiểm tra theo kế hoạch"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">
            Kiểm tra theo kế hoạch
          </Title>
          {check.isFetching ? <Loader size="xs" aria-label="Đang kiểm tra lại" /> : null}
        </Group>
        {violations.length === 0 ? (
          <Alert color="green" variant="light" p="xs" data-testid="rules-ok">
            Không có lỗi hay cảnh báo nào: hội nghị đáp ứng các quy định của kế hoạch.
          </Alert>
        ) : (
          <Text size="sm" data-testid="rules-summary">
            <Text span c={errors.length ? "red.8" : undefined} fw={600}>
              {errors.length} lỗi
            </Text>{" "}
            (phải sửa trước khi nộp) ·{" "}
            <Text span c={warnings.length ? "yellow.9" : undefined} fw={600}>
              {warnings.length} cảnh báo
            </Text>{" "}
            (nên xem lại, không chặn việc nộp)
          </Text>
        )}
        {errors.length ? (
          <Stack gap={6} aria-label="Lỗi">
            <Text fw={700} c="red.8" size="sm">
              Lỗi
            </Text>
            {errors.map((v) => (
              <ViolationCard key={`${v.code}|${v.message}`} v={v} onGo={() => goTo(tabOfViolation(v.code))} />
            ))}
          </Stack>
        ) : null}
        {warnings.length ? (
          <Stack gap={6} aria-label="Cảnh báo">
            <Text fw={700} c="yellow.9" size="sm">
              Cảnh báo
            </Text>
            {warnings.map((v) => (
              <ViolationCard key={`${v.code}|${v.message}`} v={v} onGo={() => goTo(tabOfViolation(v.code))} />
            ))}
          </Stack>
        ) : null}
        <Divider />
        <CapSummary />
        <Divider />
        <CompositionSummary />
      </Stack>
    </Paper>
  );
}
