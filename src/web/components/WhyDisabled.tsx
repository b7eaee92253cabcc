import { Tooltip } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * A disabled button says why (issue #13 item 3): while `disabled`, hovering or focusing it
 * shows `reason`. The span carries the tooltip because a disabled button gets no pointer events.
 */
export function WhyDisabled({
  disabled,
  reason,
  children,
}: {
  disabled: boolean;
  reason: string;
  children: ReactNode;
}) {
  return (
    <Tooltip label={reason} disabled={!disabled}>
      <span style={{ display: "inline-block" }}>{children}</span>
    </Tooltip>
  );
}
