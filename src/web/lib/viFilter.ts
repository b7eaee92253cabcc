/**
 * The one combobox filter of the app (issue #13 item 4, E5): ignores diacritics, đ and case
 * with the domain's fold ("van hoa" finds "Phòng Văn hóa – Thông tin"). The theme makes it the
 * default of every Select, MultiSelect and Autocomplete, so each unit or person picker has it.
 */
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from "@mantine/core";
import { matchesSearch } from "../../domain/text.ts";

export const viFilter: OptionsFilter = ({ options, search, limit }) => {
  const out: ComboboxParsedItem[] = [];
  for (const o of options) {
    if (out.length >= limit) break;
    if ("group" in o) {
      const items = o.items.filter((i: ComboboxItem) => matchesSearch(i.label, search));
      if (items.length) out.push({ ...o, items });
    } else if (matchesSearch((o as ComboboxItem).label, search)) out.push(o);
  }
  return out;
};

/** No filtering on the client: the server has searched already. */
export const serverFiltered: OptionsFilter = ({ options }) => options;
