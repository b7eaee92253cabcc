import { Alert } from "@mantine/core";
import type { ReactNode } from "react";
import type { Role } from "../../domain/roles.ts";
import { useCurrentUser } from "../lib/auth.ts";

/** A page only some roles use; the server refuses the others anyway. */
export function RequireRole({ allow, children }: { allow: (role: Role) => boolean; children: ReactNode }) {
  const me = useCurrentUser();
  if (!allow(me.role)) {
    return (
      <Alert color="yellow" title="Không có quyền truy cập" role="alert">
        Trang này chỉ dành cho Thường trực Hội đồng Thi đua – Khen thưởng.
      </Alert>
    );
  }
  return <>{children}</>;
}
