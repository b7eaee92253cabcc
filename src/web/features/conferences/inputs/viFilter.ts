/** Mantine combobox filter that ignores diacritics and case (E5): "ba dinh" finds "Ba Đình". */
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from "@mantine/core";
import { matchesSearch } from "../../../../domain/text.ts";

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
