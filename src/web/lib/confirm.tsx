import { Text } from "@mantine/core";
import { modals } from "@mantine/modals";
import type { ReactNode } from "react";

export type ConfirmOptions = {
  /** The question's heading, e.g. "Nộp kế hoạch của đơn vị?" */
  title: string;
  /** What will happen and what cannot be undone. */
  message: ReactNode;
  /** The step's own verb, e.g. "Nộp kế hoạch" (never a bare "OK"). */
  confirmLabel: string;
  danger?: boolean;
};

/**
 * Asks once before an irreversible step — submit, approve, return, close, delete — the same
 * way everywhere (issue #13 item 3): a Mantine modal with "Hủy" and the step's own verb.
 * Resolves true when the user confirms, false when they cancel or close it.
 */
export function confirmAction({ title, message, confirmLabel, danger }: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (yes: boolean) => {
      if (answered) return;
      answered = true;
      resolve(yes);
    };
    modals.openConfirmModal({
      title,
      centered: true,
      children: typeof message === "string" ? <Text>{message}</Text> : message,
      labels: { confirm: confirmLabel, cancel: "Hủy" },
      confirmProps: { color: danger ? "red" : undefined },
      onConfirm: () => answer(true),
      onCancel: () => answer(false),
      onClose: () => answer(false),
    });
  });
}

/** Asks with `confirmAction`, then takes the step only on "yes". */
export async function confirmThen(
  options: ConfirmOptions,
  step: () => unknown | Promise<unknown>,
): Promise<void> {
  if (await confirmAction(options)) await step();
}
