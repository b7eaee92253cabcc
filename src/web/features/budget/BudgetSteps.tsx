/** The steps open to the reader (SPEC I1, plan III.4), from the server's `can` map and the lifecycle table's words. */
import { Button, Group, Textarea } from "@mantine/core";
import { useState } from "react";
import type { BudgetSheet } from "../../../domain/budget/schemas.ts";
import { BUDGET_LIFECYCLE, type BudgetTransition } from "../../../domain/budget-lifecycle.ts";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";

const ORDER: BudgetTransition[] = ["submit", "forward", "approve", "settle"];

export function BudgetSteps({
  sheet,
  busy,
  onStep,
}: {
  sheet: BudgetSheet;
  busy: boolean;
  onStep: (step: BudgetTransition, comment?: string) => void;
}) {
  const [comment, setComment] = useState("");
  const open = ORDER.filter((s) => sheet.can[s]);
  if (open.length === 0 && !sheet.can.return) return null;
  return (
    <Group align="flex-end" gap="sm" data-testid="budget-steps">
      {open.map((s) => (
        <WhyDisabled
          key={s}
          disabled={s === "submit" && !sheet.exists}
          reason="Chưa có dòng dự toán nào để trình"
        >
          <Button loading={busy} onClick={() => onStep(s)} disabled={s === "submit" && !sheet.exists}>
            {BUDGET_LIFECYCLE[s].label}
          </Button>
        </WhyDisabled>
      ))}
      {sheet.can.return ? (
        <>
          <Textarea
            label="Ý kiến khi trả lại"
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={1}
            w={360}
          />
          <WhyDisabled disabled={comment.trim() === ""} reason="Ghi ý kiến khi trả lại trước">
            <Button
              color="red"
              variant="light"
              loading={busy}
              disabled={comment.trim() === ""}
              onClick={() => onStep("return", comment)}
            >
              {BUDGET_LIFECYCLE.return.label}
            </Button>
          </WhyDisabled>
        </>
      ) : null}
    </Group>
  );
}
