import { Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { AwardDecisionView } from "../../../domain/awards.ts";
import { formatDong } from "../../../domain/money-words.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { awardDocs } from "./awardsApi.ts";

export const dong = (amount: number) => `${formatDong(amount)} đ`;

/** Plain links: the session cookie goes with them and the server names the file. */
export function DecisionDownloads({ decision }: { decision: AwardDecisionView }) {
  return (
    <Group gap="xs">
      <Button component="a" href={awardDocs.decision(decision.id)} download variant="default" size="xs">
        Tải quyết định (Word)
      </Button>
      <Button component="a" href={awardDocs.certificates(decision.id)} download variant="default" size="xs">
        In {decision.certificate === "bang_khen" ? "bằng khen" : "giấy khen"} (PDF)
      </Button>
    </Group>
  );
}

/**
 * A decision just recorded: what each recipient gets (SPEC H2: the multiple of the base
 * salary at the decision's date, rounded as the decree says) and the total in words.
 */
export function DecisionResult({ decision }: { decision: AwardDecisionView }) {
  return (
    <Paper withBorder p="md" data-testid="award-result">
      <Stack gap="sm">
        <Title order={4}>
          Quyết định số {decision.number} ngày {formatDateVi(decision.date)}: {decision.formName}
        </Title>
        <Text size="sm" c="dimmed">
          Lương cơ sở áp dụng: {dong(decision.baseSalary)}. Người ký:{" "}
          {[decision.signerTitle, decision.signerName].filter(Boolean).join(" ") || "chưa ghi"}.
        </Text>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>TT</Table.Th>
              <Table.Th>Người được khen</Table.Th>
              <Table.Th>Thành tích</Table.Th>
              <Table.Th ta="right">Tiền thưởng</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {decision.recipients.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.order}</Table.Td>
                <Table.Td>
                  {r.salutation} {r.name}
                </Table.Td>
                <Table.Td>{r.achievement ?? ""}</Table.Td>
                <Table.Td ta="right" data-testid="recipient-amount">
                  {dong(r.amount)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={3}>Tổng cộng</Table.Th>
              <Table.Th ta="right" data-testid="decision-total">
                {dong(decision.total)}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
        <Text size="sm" data-testid="decision-total-words">
          Bằng chữ: {decision.totalInWords}.
        </Text>
        <DecisionDownloads decision={decision} />
      </Stack>
    </Paper>
  );
}
