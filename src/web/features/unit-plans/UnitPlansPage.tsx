import { Alert } from "@mantine/core";
import { useMay } from "../../lib/auth.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { AllUnitPlans } from "./AllUnitPlans.tsx";
import { MyUnitPlan } from "./MyUnitPlan.tsx";

/** "Kế hoạch đơn vị" (C1): a unit writes and sends its own; the office, Council and chairman follow all. */
export function UnitPlansPage() {
  const may = useMay();
  useDocumentTitle("Kế hoạch đơn vị");
  if (!may("unit_plans.read_all") && !may("unit_plans.read_own")) {
    return (
      <Alert color="yellow" title="Không có quyền truy cập" role="alert">
        Trang này dành cho Thường trực HĐ TĐKT, thành viên Hội đồng TĐKT, lãnh đạo UBND và cán bộ các đơn vị.
      </Alert>
    );
  }
  return may("unit_plans.read_all") ? <AllUnitPlans /> : <MyUnitPlan />;
}
