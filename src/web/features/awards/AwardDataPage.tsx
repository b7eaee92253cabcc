import { Stack, Tabs } from "@mantine/core";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useMay } from "../../lib/auth.ts";
import { AwardFormsPanel } from "./AwardFormsPanel.tsx";
import { BaseSalariesPanel } from "./BaseSalariesPanel.tsx";

/**
 * "Danh mục khen thưởng" (SPEC H1, H2; issue #14 item 2): the data the office keeps for every
 * decision's money — the base salary as dated values and the award forms with their multiples.
 */
export function AwardDataPage() {
  const may = useMay();
  const canEdit = may("awards.manage_data");
  return (
    <Stack gap="md">
      <PageHeader
        title="Danh mục khen thưởng"
        description="Mức lương cơ sở theo thời gian và hình thức khen thưởng cùng hệ số tiền thưởng, dùng để tính tiền thưởng của mọi quyết định."
      />
      <Tabs defaultValue="salaries" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="salaries">Lương cơ sở</Tabs.Tab>
          <Tabs.Tab value="forms">Hình thức khen thưởng</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="salaries" pt="md">
          <BaseSalariesPanel canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="forms" pt="md">
          <AwardFormsPanel canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
