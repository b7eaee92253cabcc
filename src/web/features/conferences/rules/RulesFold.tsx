import { Collapse, Group, Paper, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useConferenceCtx } from "../ConferenceContext.tsx";
import { useConferenceCheck } from "../conferencesApi.ts";
import { RulesPanel } from "./RulesPanel.tsx";

/**
 * The rules panel on a phone or a narrow window (issue #13 item 2): one line under the tabs —
 * how many errors and warnings — that opens the whole check. The tabs stay on the first screen.
 */
export function RulesFold() {
  const { conf } = useConferenceCtx();
  const check = useConferenceCheck(conf.id);
  const [opened, { toggle }] = useDisclosure(false);
  const violations = check.data?.violations ?? conf.violations;
  const errors = violations.filter((v) => v.severity === "error").length;
  const warnings = violations.length - errors;
  return (
    <Paper withBorder mb="md" data-testid="rules-fold">
      <UnstyledButton
        onClick={toggle}
        aria-expanded={opened}
        aria-controls="rules-fold-body"
        w="100%"
        p="sm"
        data-testid="rules-fold-toggle"
      >
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" fw={600}>
            Kiểm tra theo kế hoạch:{" "}
            <Text span c={errors ? "red.8" : "green.8"} fw={700}>
              {errors} lỗi
            </Text>
            {" · "}
            <Text span c={warnings ? "yellow.9" : undefined} fw={700}>
              {warnings} cảnh báo
            </Text>
          </Text>
          <Text size="sm" c="blue.7" style={{ whiteSpace: "nowrap" }}>
            {opened ? "Thu gọn ▲" : "Xem chi tiết ▼"}
          </Text>
        </Group>
      </UnstyledButton>
      <Collapse expanded={opened} id="rules-fold-body">
        {opened ? <RulesPanel /> : null}
      </Collapse>
    </Paper>
  );
}
