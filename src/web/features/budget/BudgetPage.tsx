/**
 * A conference's budget (SPEC I1, plan III.4) at /hoi-nghi/:id/kinh-phi: the estimate's
 * lines with norm warnings, the steps office → finance → chairman, actuals with receipts
 * and variance, cost per delegate beside the others, dự toán and quyết toán (Word).
 */
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { formatDong } from "../../../domain/budget/lines.ts";
import { VENUE_CLASS_LABELS } from "../../../domain/budget/norms.ts";
import type { BudgetSheet } from "../../../domain/budget/schemas.ts";
import {
  BUDGET_LIFECYCLE,
  BUDGET_STATUS_LABELS,
  type BudgetTransition,
} from "../../../domain/budget-lifecycle.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { download } from "../../lib/api.ts";
import { confirmThen } from "../../lib/confirm.tsx";
import { notifyDone, notifyError } from "../../lib/notify.ts";
import { conferencePath, PATHS } from "../../paths.ts";
import { BudgetSteps } from "./BudgetSteps.tsx";
import { budgetApi, budgetKeys, useBudgetSheet } from "./budgetApi.ts";
import { EstimateEditor } from "./EstimateEditor.tsx";
import { LinesTable } from "./LinesTable.tsx";
import { PeerCosts } from "./PeerCosts.tsx";
import { statusColor } from "./words.ts";

export function BudgetPage() {
  const { id = "" } = useParams();
  const q = useBudgetSheet(id);
  const qc = useQueryClient();
  const done = (message: string) => (s: BudgetSheet) => {
    qc.setQueryData(budgetKeys.sheet(id), s);
    qc.invalidateQueries({ queryKey: ["budgets", "list"] });
    notifyDone(message.replace(/\.$/u, ""));
  };
  const onError = (e: unknown) => {
    notifyError(e);
    qc.invalidateQueries({ queryKey: budgetKeys.sheet(id) });
  };
  const version = q.data?.version ?? 0;
  const estimate = useMutation({
    mutationFn: (v: Parameters<typeof budgetApi.saveEstimate>[1]) => budgetApi.saveEstimate(id, v),
    onSuccess: done("Đã lưu dự toán."),
    onError,
  });
  const actuals = useMutation({
    mutationFn: (lines: { id: string; actual: number | null }[]) =>
      budgetApi.saveActuals(id, { version, lines }),
    onSuccess: done("Đã lưu số thực chi."),
    onError,
  });
  const receipt = useMutation({
    mutationFn: (v: { lineId: string; file: File }) => budgetApi.receipt(id, v.lineId, v.file),
    onSuccess: done("Đã đính kèm chứng từ."),
    onError,
  });
  const step = useMutation({
    mutationFn: (v: { step: BudgetTransition; comment?: string }) =>
      budgetApi.step(id, v.step, { version, comment: v.comment }),
    // The toast names the step taken: "Đã phê duyệt", "Đã quyết toán"… (issue #13 item 3).
    onSuccess: (sheet, v) => done(`Đã ${BUDGET_LIFECYCLE[v.step].verb}`)(sheet),
    onError,
  });

  if (q.error) return <ErrorAlert error={q.error} />;
  if (q.isPending || !q.data) return <PageLoader />;
  const s = q.data;
  const fileName = (what: string) => `${what} - ${s.unitName}.docx`;

  return (
    <Stack gap="md">
      <PageHeader
        title={`Kinh phí: ${s.conferenceTitle}`}
        description={`${s.unitName} · ${VENUE_CLASS_LABELS[s.venueClass]} · ${s.delegates} đại biểu`}
        actions={
          <>
            <WhyDisabled disabled={!s.exists} reason="Chưa lập dự toán">
              <Button
                variant="light"
                disabled={!s.exists}
                onClick={() =>
                  download(`/api/conferences/${id}/budget/estimate.docx`, fileName("Dự toán kinh phí"))
                }
              >
                Tải dự toán (Word)
              </Button>
            </WhyDisabled>
            <WhyDisabled
              disabled={s.status !== "approved" && s.status !== "settled"}
              reason="Quyết toán tải được khi dự toán đã được phê duyệt"
            >
              <Button
                variant="light"
                disabled={s.status !== "approved" && s.status !== "settled"}
                onClick={() =>
                  download(`/api/conferences/${id}/budget/settlement.docx`, fileName("Quyết toán kinh phí"))
                }
              >
                Tải quyết toán (Word)
              </Button>
            </WhyDisabled>
          </>
        }
      />
      <Group gap="sm">
        <Badge size="lg" variant="light" color={statusColor(s.status)} data-testid="budget-status">
          {s.statusLabel}
        </Badge>
        <Anchor component={Link} to={conferencePath(id)} size="sm">
          Xem hội nghị
        </Anchor>
        <Anchor component={Link} to={PATHS.budgets} size="sm">
          Kinh phí các hội nghị
        </Anchor>
      </Group>
      {s.status === "returned" && s.reviewComment ? (
        <Alert color="red" title="Dự toán bị trả lại">
          {s.reviewComment}
        </Alert>
      ) : null}
      {s.violations.length > 0 ? (
        <Alert color="orange" title="Khoản chi vượt định mức" data-testid="norm-warnings">
          <Stack gap={4}>
            {s.violations.map((v) => (
              <Text key={`${v.line}-${v.code}`} size="sm">
                {v.message} {v.hint}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        {s.can.editEstimate ? (
          <EstimateEditor
            key={`${s.version}`}
            sheet={s}
            saving={estimate.isPending}
            onSave={(v) => estimate.mutate({ version: s.version, ...v })}
          />
        ) : (
          <LinesTable
            key={`${s.version}`}
            sheet={s}
            saving={actuals.isPending}
            onSaveActuals={(lines) => actuals.mutate(lines)}
            onReceipt={(lineId, file) => receipt.mutate({ lineId, file })}
          />
        )}
        <Text mt="sm" data-testid="estimate-words">
          <b>Tổng dự toán:</b> {formatDong(s.totalEstimate)} — <i>{s.totalEstimateInWords}</i>
        </Text>
        {s.totalActual > 0 ? (
          <Text>
            <b>Tổng thực chi:</b> {formatDong(s.totalActual)} — <i>{s.totalActualInWords}</i>
          </Text>
        ) : null}
      </Paper>
      <BudgetSteps
        sheet={s}
        busy={step.isPending}
        onStep={(st, comment) => {
          const t = BUDGET_LIFECYCLE[st];
          // Each step is asked once, naming the budget and where it goes next (issue #13 item 3).
          void confirmThen(
            {
              title: `${t.label}?`,
              message: `${t.label}: dự toán kinh phí ${s.conferenceTitle}. Sau bước này dự toán ở trạng thái “${BUDGET_STATUS_LABELS[t.to]}”.`,
              confirmLabel: t.label,
              danger: st === "return",
            },
            () => step.mutate({ step: st, comment }),
          );
        }}
      />
      <PeerCosts sheet={s} />
    </Stack>
  );
}
