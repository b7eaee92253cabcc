import { Tooltip, VisuallyHidden } from "@mantine/core";
import { type ReactNode, useId } from "react";

/**
 * A disabled button says why (issue #13 item 3): while `disabled`, hovering or focusing it
 * shows `reason`, and a screen reader hears it as the description. The span carries the
 * tooltip (and takes the keyboard's focus) because a disabled button gets no pointer events
 * and no focus. Not for a request in flight: Mantine's `loading` says that.
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
  const id = useId();
  return (
    <Tooltip label={reason} disabled={!disabled}>
      <span
        style={{ display: "inline-block" }}
        tabIndex={disabled ? 0 : undefined}
        aria-describedby={disabled ? id : undefined}
        data-why-disabled={disabled ? "" : undefined}
      >
        {children}
        {disabled ? <VisuallyHidden id={id}>{reason}</VisuallyHidden> : null}
      </span>
    </Tooltip>
  );
}
