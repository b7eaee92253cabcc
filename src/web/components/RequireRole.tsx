import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import type { Capability } from "../../domain/access.ts";
import { useMay } from "../lib/auth.ts";

/** A page only roles with `capability` use; the server refuses the others anyway. */
export function RequireRole({ capability, children }: { capability: Capability; children: ReactNode }) {
  const may = useMay();
  if (!may(capability)) {
    return (
      <Alert color="yellow" title="Không có quyền truy cập" role="alert">
        Trang này chỉ dành cho Thường trực Hội đồng Thi đua – Khen thưởng.
      </Alert>
    );
  }
  return <>{children}</>;
}
