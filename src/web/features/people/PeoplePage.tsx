import { Alert, Stack, Tabs } from "@mantine/core";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useCurrentUser, useMay } from "../../lib/auth.ts";
import { useUnits } from "../../lib/queries.ts";
import { CollectivesTab } from "./CollectivesTab.tsx";
import { PeopleTab } from "./PeopleTab.tsx";
import { UnitSelect } from "./UnitSelect.tsx";

type Tab = "people" | "collectives";
/** In the address, in Vietnamese: /nguoi?muc=tap-the&don-vi=<id>. */
const TAB_PARAM = "muc";
const UNIT_PARAM = "don-vi";
const COLLECTIVES_SLUG = "tap-the";

/** "Người và tập thể" (E1, N2, N3): the registry of a unit's people and collectives. */
export function PeoplePage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const may = useMay();
  const allUnits = may("people.read_all");
  const unitsQ = useUnits(allUnits);
  const tab: Tab = params.get(TAB_PARAM) === COLLECTIVES_SLUG ? "collectives" : "people";

  if (!allUnits && !may("people.read_own")) {
    return (
      <Alert color="yellow" title="Không có quyền truy cập" role="alert">
        Danh sách người và tập thể có dữ liệu cá nhân (năm sinh, dân tộc), chỉ dành cho Thường trực Hội đồng
        Thi đua – Khen thưởng, thành viên Hội đồng, lãnh đạo UBND và cán bộ đơn vị.
      </Alert>
    );
  }

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const editable = may("people.edit_all") || may("people.edit_own");
  const units = unitsQ.data ?? [];
  const chosen = params.get(UNIT_PARAM);
  const unitId = allUnits ? (units.some((u) => u.id === chosen) ? chosen : null) : me.unitId;
  const unitName = allUnits ? (units.find((u) => u.id === unitId)?.name ?? null) : me.unitName;
  // The office names the unit of what it adds; a unit's staff always add to their own.
  const choice = may("people.edit_all") ? units : null;
  const picker = allUnits ? (
    <UnitSelect
      units={units}
      label="Đơn vị"
      placeholder={unitsQ.isPending ? "Đang tải danh sách đơn vị…" : "Tất cả đơn vị"}
      clearable
      value={unitId}
      onChange={(id) => set(UNIT_PARAM, id)}
      w={{ base: "100%", sm: 340 }}
    />
  ) : null;
  const body = { unitId, unitName, units: choice, editable, picker };

  const description = editable
    ? !allUnits
      ? `Cá nhân và tập thể của ${me.unitName ?? "đơn vị"}: thêm, sửa để chọn đại biểu, đề nghị khen thưởng.`
      : "Cá nhân và tập thể của các đơn vị; Thường trực HĐ TĐKT thêm, sửa cho bất kỳ đơn vị nào."
    : "Cá nhân và tập thể của các đơn vị (chỉ xem).";

  return (
    <Stack gap="md">
      <PageHeader title="Người và tập thể" description={description} />
      {allUnits && chosen && unitsQ.isPending ? null : (
        <Tabs
          value={tab}
          onChange={(v) => set(TAB_PARAM, v === "collectives" ? COLLECTIVES_SLUG : null)}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="people">Cá nhân</Tabs.Tab>
            <Tabs.Tab value="collectives">Tập thể</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="people">
            <PeopleTab {...body} />
          </Tabs.Panel>
          <Tabs.Panel value="collectives">
            <CollectivesTab {...body} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
