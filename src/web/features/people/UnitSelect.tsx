import { Select, type SelectProps } from "@mantine/core";
import { useMemo } from "react";
import { sortVi } from "../../../domain/text.ts";
import type { Unit } from "../../../domain/units.ts";
import { viFilter } from "../conferences/inputs/viFilter.ts";

/** Active units grouped by kind ("Phường, xã", "Cơ quan" …), names in Vietnamese order. */
export function unitOptions(units: readonly Unit[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const u of sortVi(
    units.filter((x) => x.active),
    (x) => x.name,
  )) {
    const list = groups.get(u.kindName) ?? [];
    list.push({ value: u.id, label: u.name });
    groups.set(u.kindName, list);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** A searchable unit choice that ignores diacritics ("ba dinh" finds "Phường Ba Đình"). */
export function UnitSelect({ units, ...props }: { units: readonly Unit[] } & Omit<SelectProps, "data">) {
  const data = useMemo(() => unitOptions(units), [units]);
  return (
    <Select
      searchable
      filter={viFilter}
      nothingFoundMessage="Không có đơn vị phù hợp"
      data={data}
      {...props}
    />
  );
}
